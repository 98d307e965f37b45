import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/rds.js';
import { DB_CLUSTER_TYPE, DB_INSTANCE_TYPE, DB_SNAPSHOT_TYPE, type DbInstanceConfig, type DbSnapshotConfig } from '../../../../src/providers/aws/model/rds.js';
import { awsError, runCollector } from './harness.js';

const rds = mockClient(RDSClient);
const ACCOUNT = '111111111111';
const arn = (kind: string, id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:${kind}:${id}`;

const instance = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: arn('db', id),
  DBInstanceClass: 'db.t3.medium',
  Engine: 'mysql',
  EngineVersion: '8.0.39',
  DBInstanceStatus: 'available',
  Endpoint: { Address: `${id}.abc.us-east-1.rds.amazonaws.com`, Port: 3306 },
  StorageEncrypted: true,
  KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  PubliclyAccessible: false,
  AutoMinorVersionUpgrade: true,
  MultiAZ: false,
  BackupRetentionPeriod: 7,
  DeletionProtection: false,
  IAMDatabaseAuthenticationEnabled: false,
  CopyTagsToSnapshot: true,
  MonitoringInterval: 0,
  DBSubnetGroup: {
    DBSubnetGroupName: 'db-private',
    VpcId: 'vpc-0123',
    Subnets: [{ SubnetIdentifier: 'subnet-a' }, { SubnetIdentifier: 'subnet-b' }],
  },
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
  TagList: [{ Key: 'env', Value: 'prod' }],
  ...extra,
});

describe('rds collector', () => {
  beforeEach(() => {
    rds.reset();
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
  });

  it('paginates DescribeDBInstances (Marker) and keeps config trimmed with relationships', async () => {
    rds
      .on(DescribeDBInstancesCommand)
      .resolvesOnce({ DBInstances: [instance('orders-db')], Marker: 'page2' })
      .resolvesOnce({
        DBInstances: [instance('reporting-db', { Engine: 'postgres', StorageEncrypted: false, KmsKeyId: undefined, PubliclyAccessible: true, EnabledCloudwatchLogsExports: ['postgresql'] })],
      });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const dbs = resources.filter((r) => r.type === DB_INSTANCE_TYPE);
    assert.deepEqual(dbs.map((r) => r.name), ['orders-db', 'reporting-db']);
    assert.equal(rds.commandCalls(DescribeDBInstancesCommand)[1].args[0].input.Marker, 'page2');
    const orders = dbs[0].config as unknown as DbInstanceConfig;
    assert.equal(orders.Port, 3306);
    assert.deepEqual(orders.SubnetIds, ['subnet-a', 'subnet-b']);
    assert.deepEqual(orders.EnabledCloudwatchLogsExports, []);
    assert.equal(dbs[0].tags.env, 'prod');
    assert.ok(dbs[0].relationships?.some((r) => r.type === 'uses-security-group' && r.target === `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-db`));
    assert.ok(dbs[0].relationships?.some((r) => r.type === 'encrypted-by'));
    const reporting = dbs[1].config as unknown as DbInstanceConfig;
    assert.equal(reporting.PubliclyAccessible, true);
    assert.equal(reporting.StorageEncrypted, false);
    assert.equal('Endpoint' in reporting, false, 'SDK output is trimmed');
  });

  it('reads the restore attribute of manual snapshots; AccessDenied on one is recorded and the others still emitted', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
    rds.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        { DBSnapshotIdentifier: 'public-snap', DBSnapshotArn: arn('snapshot', 'public-snap'), DBInstanceIdentifier: 'orders-db', SnapshotType: 'manual', Encrypted: false },
        { DBSnapshotIdentifier: 'private-snap', DBSnapshotArn: arn('snapshot', 'private-snap'), DBInstanceIdentifier: 'orders-db', SnapshotType: 'manual', Encrypted: true },
        { DBSnapshotIdentifier: 'denied-snap', DBSnapshotArn: arn('snapshot', 'denied-snap'), SnapshotType: 'manual', Encrypted: true },
      ],
    });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'public-snap' }).resolves({
      DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'public-snap', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] },
    });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'private-snap' }).resolves({
      DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'private-snap', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] },
    });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied-snap' }).rejects(awsError('AccessDenied', 'not authorized', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(rds.commandCalls(DescribeDBSnapshotsCommand)[0].args[0].input.SnapshotType, 'manual');
    const snaps = Object.fromEntries(resources.filter((r) => r.type === DB_SNAPSHOT_TYPE).map((r) => [r.name, r]));
    assert.deepEqual((snaps['public-snap'].config as unknown as DbSnapshotConfig).restoreAccounts, ['all']);
    assert.equal((snaps['private-snap'].config as unknown as DbSnapshotConfig).restoreAccounts, null, 'no restore values = not shared');
    assert.equal((snaps['denied-snap'].config as unknown as DbSnapshotConfig).restoreAccounts, undefined);
    assert.deepEqual(snaps['denied-snap'].errors, { restoreAccounts: 'AccessDenied' });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].resourceUid, arn('snapshot', 'denied-snap'));
  });

  it('records a failed listing with its resource types and still collects clusters', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied', 'no rds:DescribeDBInstances', 403));
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        {
          DBClusterIdentifier: 'aurora-main',
          DBClusterArn: arn('cluster', 'aurora-main'),
          Engine: 'aurora-mysql',
          StorageEncrypted: true,
          DeletionProtection: true,
          IAMDatabaseAuthenticationEnabled: true,
          MultiAZ: true,
          AvailabilityZones: ['us-east-1a', 'us-east-1b'],
          BackupRetentionPeriod: 7,
          BacktrackWindow: 86400,
          CopyTagsToSnapshot: true,
          DBClusterMembers: [{ DBInstanceIdentifier: 'aurora-main-1', IsClusterWriter: true }],
        },
      ],
    });
    const { resources, errors } = await runCollector(collector);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'DescribeDBInstances');
    assert.equal(errors[0].code, 'AccessDenied');
    assert.deepEqual(errors[0].resourceTypes, [DB_INSTANCE_TYPE]);
    const cluster = resources.find((r) => r.type === DB_CLUSTER_TYPE);
    assert.ok(cluster);
    assert.deepEqual((cluster.config as { members: string[] }).members, ['aurora-main-1']);
  });

  it('collects cluster snapshots with a null restore attribute when none is set', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({
      DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'cs1', DBClusterSnapshotArn: arn('cluster-snapshot', 'cs1'), DBClusterIdentifier: 'aurora-main', StorageEncrypted: true }],
    });
    rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({ DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [] } });
    const { resources } = await runCollector(collector);
    const cs = resources.find((r) => r.name === 'cs1');
    assert.equal((cs?.config as { restoreAccounts: unknown }).restoreAccounts, null);
  });
});
