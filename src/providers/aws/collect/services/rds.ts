import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  RDSClient,
  type DBCluster,
  type DBClusterSnapshot,
  type DBInstance,
  type DBSnapshot,
  type Tag,
} from '@aws-sdk/client-rds';
import {
  DB_CLUSTER_SNAPSHOT_TYPE,
  DB_CLUSTER_TYPE,
  DB_INSTANCE_TYPE,
  DB_SNAPSHOT_TYPE,
  type DbClusterConfig,
  type DbClusterSnapshotConfig,
  type DbInstanceConfig,
  type DbSnapshotConfig,
} from '../../model/rds.js';
import type { Relationship } from '../../../../model/types.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const tagMap = (tags: Tag[] | undefined) => Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']));

export const collector: ServiceCollector = {
  service: 'rds',
  global: false,
  async collect(ctx) {
    const rds = ctx.client(RDSClient);
    const arn = (kind: string, id: string) => `arn:${ctx.partition}:rds:${ctx.region}:${ctx.account}:${kind}:${id}`;
    const ec2Arn = (kind: string, id: string) => `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:${kind}/${id}`;

    const instances = await ctx.list('DescribeDBInstances', [DB_INSTANCE_TYPE], async () => {
      const out: DBInstance[] = [];
      for await (const page of paginateDescribeDBInstances({ client: rds }, {})) out.push(...(page.DBInstances ?? []));
      return out;
    });
    for (const db of instances ?? []) emitInstance(ctx, db, arn, ec2Arn);

    const clusters = await ctx.list('DescribeDBClusters', [DB_CLUSTER_TYPE], async () => {
      const out: DBCluster[] = [];
      for await (const page of paginateDescribeDBClusters({ client: rds }, {})) out.push(...(page.DBClusters ?? []));
      return out;
    });
    for (const c of clusters ?? []) emitCluster(ctx, c, arn, ec2Arn);

    const snapshots = await ctx.list('DescribeDBSnapshots', [DB_SNAPSHOT_TYPE], async () => {
      const out: DBSnapshot[] = [];
      for await (const page of paginateDescribeDBSnapshots({ client: rds }, { SnapshotType: 'manual' })) out.push(...(page.DBSnapshots ?? []));
      return out;
    });
    for (const s of snapshots ?? []) {
      const id = s.DBSnapshotIdentifier ?? '';
      const uid = s.DBSnapshotArn ?? arn('snapshot', id);
      const errors: Record<string, string> = {};
      const attrs = await ctx.detail(errors, uid, 'restoreAccounts', 'DescribeDBSnapshotAttributes', async () => {
        const r = await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id }));
        return r.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? [];
      });
      const restore = attrs?.find((a) => a.AttributeName === 'restore');
      const config: DbSnapshotConfig = {
        DBSnapshotIdentifier: id,
        DBInstanceIdentifier: s.DBInstanceIdentifier,
        SnapshotType: s.SnapshotType,
        Engine: s.Engine,
        Encrypted: s.Encrypted ?? false,
        KmsKeyId: s.KmsKeyId,
        SnapshotCreateTime: s.SnapshotCreateTime?.toISOString(),
        restoreAccounts: attrs === undefined ? undefined : restore?.AttributeValues?.length ? restore.AttributeValues : null,
      };
      const relationships: Relationship[] = [];
      if (s.DBInstanceIdentifier) relationships.push({ type: 'snapshot-of', target: arn('db', s.DBInstanceIdentifier) });
      if (s.KmsKeyId) relationships.push({ type: 'encrypted-by', target: s.KmsKeyId });
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: DB_SNAPSHOT_TYPE,
        name: id,
        tags: tagMap(s.TagList),
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }

    const clusterSnapshots = await ctx.list('DescribeDBClusterSnapshots', [DB_CLUSTER_SNAPSHOT_TYPE], async () => {
      const out: DBClusterSnapshot[] = [];
      for await (const page of paginateDescribeDBClusterSnapshots({ client: rds }, { SnapshotType: 'manual' })) {
        out.push(...(page.DBClusterSnapshots ?? []));
      }
      return out;
    });
    for (const s of clusterSnapshots ?? []) {
      const id = s.DBClusterSnapshotIdentifier ?? '';
      const uid = s.DBClusterSnapshotArn ?? arn('cluster-snapshot', id);
      const errors: Record<string, string> = {};
      const attrs = await ctx.detail(errors, uid, 'restoreAccounts', 'DescribeDBClusterSnapshotAttributes', async () => {
        const r = await rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id }));
        return r.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [];
      });
      const restore = attrs?.find((a) => a.AttributeName === 'restore');
      const config: DbClusterSnapshotConfig = {
        DBClusterSnapshotIdentifier: id,
        DBClusterIdentifier: s.DBClusterIdentifier,
        SnapshotType: s.SnapshotType,
        Engine: s.Engine,
        StorageEncrypted: s.StorageEncrypted ?? false,
        KmsKeyId: s.KmsKeyId,
        SnapshotCreateTime: s.SnapshotCreateTime?.toISOString(),
        restoreAccounts: attrs === undefined ? undefined : restore?.AttributeValues?.length ? restore.AttributeValues : null,
      };
      const relationships: Relationship[] = [];
      if (s.DBClusterIdentifier) relationships.push({ type: 'snapshot-of', target: arn('cluster', s.DBClusterIdentifier) });
      if (s.KmsKeyId) relationships.push({ type: 'encrypted-by', target: s.KmsKeyId });
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: DB_CLUSTER_SNAPSHOT_TYPE,
        name: id,
        tags: tagMap(s.TagList),
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }
  },
};

function emitInstance(
  ctx: CollectContext,
  db: DBInstance,
  arn: (kind: string, id: string) => string,
  ec2Arn: (kind: string, id: string) => string,
) {
  const id = db.DBInstanceIdentifier ?? '';
  const vpcId = db.DBSubnetGroup?.VpcId;
  const subnetIds = (db.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((s): s is string => !!s);
  const sgIds = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((s): s is string => !!s);
  const config: DbInstanceConfig = {
    DBInstanceIdentifier: id,
    DBInstanceClass: db.DBInstanceClass,
    Engine: db.Engine ?? 'unknown',
    EngineVersion: db.EngineVersion,
    DBInstanceStatus: db.DBInstanceStatus,
    DBClusterIdentifier: db.DBClusterIdentifier,
    ReadReplicaSourceDBInstanceIdentifier: db.ReadReplicaSourceDBInstanceIdentifier,
    StorageEncrypted: db.StorageEncrypted ?? false,
    KmsKeyId: db.KmsKeyId,
    PubliclyAccessible: db.PubliclyAccessible ?? false,
    AutoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? false,
    MultiAZ: db.MultiAZ ?? false,
    BackupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
    DeletionProtection: db.DeletionProtection ?? false,
    IAMDatabaseAuthenticationEnabled: db.IAMDatabaseAuthenticationEnabled ?? false,
    EnabledCloudwatchLogsExports: db.EnabledCloudwatchLogsExports ?? [],
    CopyTagsToSnapshot: db.CopyTagsToSnapshot ?? false,
    MonitoringInterval: db.MonitoringInterval ?? 0,
    Port: db.Endpoint?.Port ?? db.DbInstancePort,
    VpcId: vpcId,
    DBSubnetGroupName: db.DBSubnetGroup?.DBSubnetGroupName,
    SubnetIds: subnetIds,
    VpcSecurityGroupIds: sgIds,
  };
  const relationships: Relationship[] = [];
  if (vpcId) relationships.push({ type: 'in-vpc', target: ec2Arn('vpc', vpcId) });
  for (const s of subnetIds) relationships.push({ type: 'in-subnet', target: ec2Arn('subnet', s) });
  for (const g of sgIds) relationships.push({ type: 'uses-security-group', target: ec2Arn('security-group', g) });
  if (db.KmsKeyId) relationships.push({ type: 'encrypted-by', target: db.KmsKeyId });
  if (db.DBClusterIdentifier) relationships.push({ type: 'member-of', target: arn('cluster', db.DBClusterIdentifier) });
  if (db.MonitoringRoleArn) relationships.push({ type: 'uses-role', target: db.MonitoringRoleArn });
  ctx.emit({
    uid: db.DBInstanceArn ?? arn('db', id),
    account: ctx.account,
    region: ctx.region,
    type: DB_INSTANCE_TYPE,
    name: id,
    tags: tagMap(db.TagList),
    config: config as unknown as Record<string, unknown>,
    relationships,
  });
}

function emitCluster(
  ctx: CollectContext,
  c: DBCluster,
  arn: (kind: string, id: string) => string,
  ec2Arn: (kind: string, id: string) => string,
) {
  const id = c.DBClusterIdentifier ?? '';
  const sgIds = (c.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((s): s is string => !!s);
  const members = (c.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier).filter((s): s is string => !!s);
  const config: DbClusterConfig = {
    DBClusterIdentifier: id,
    Engine: c.Engine ?? 'unknown',
    EngineVersion: c.EngineVersion,
    EngineMode: c.EngineMode,
    Status: c.Status,
    StorageEncrypted: c.StorageEncrypted ?? false,
    KmsKeyId: c.KmsKeyId,
    DeletionProtection: c.DeletionProtection ?? false,
    IAMDatabaseAuthenticationEnabled: c.IAMDatabaseAuthenticationEnabled ?? false,
    MultiAZ: c.MultiAZ ?? false,
    AvailabilityZones: c.AvailabilityZones ?? [],
    BackupRetentionPeriod: c.BackupRetentionPeriod ?? 0,
    BacktrackWindow: c.BacktrackWindow,
    CopyTagsToSnapshot: c.CopyTagsToSnapshot ?? false,
    EnabledCloudwatchLogsExports: c.EnabledCloudwatchLogsExports ?? [],
    VpcSecurityGroupIds: sgIds,
    members,
  };
  const relationships: Relationship[] = [];
  for (const g of sgIds) relationships.push({ type: 'uses-security-group', target: ec2Arn('security-group', g) });
  if (c.KmsKeyId) relationships.push({ type: 'encrypted-by', target: c.KmsKeyId });
  for (const m of members) relationships.push({ type: 'has-member', target: arn('db', m) });
  ctx.emit({
    uid: c.DBClusterArn ?? arn('cluster', id),
    account: ctx.account,
    region: ctx.region,
    type: DB_CLUSTER_TYPE,
    name: id,
    tags: tagMap(c.TagList),
    config: config as unknown as Record<string, unknown>,
    relationships,
  });
}
