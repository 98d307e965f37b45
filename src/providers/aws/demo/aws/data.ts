/**
 * Demo resources for Amazon RDS, Amazon EFS, Elastic Load Balancing v2 and AWS Lambda.
 *
 * prod (main Region): the orders database (MySQL 8.0, encrypted with the prod customer managed
 * key, private, auto minor upgrades on) but single-AZ, without deletion protection, IAM auth,
 * Enhanced Monitoring or full log exports; a publicly accessible, unencrypted PostgreSQL
 * "reporting-db" whose manual export snapshot was made public; the internet-facing "web-alb"
 * serving HTTP:80 without a redirect and HTTPS:443 with ELBSecurityPolicy-2016-08, no access logs
 * and no deletion protection; an unencrypted EFS file system for uploads without backups, exposed
 * through an access point at "/" without a POSIX user; the "order-processor" Lambda on the
 * deprecated nodejs16.x with DB_PASSWORD in its environment, a resource policy that lets
 * Principal "*" invoke it, outside any VPC; and a webhook function whose URL needs no auth.
 * mgmt: the well-built counterparts — an encrypted Multi-AZ PostgreSQL with deletion protection,
 * an Aurora MySQL cluster built to the baseline, an ALB redirecting to HTTPS with a TLS 1.3
 * policy, an encrypted and backed-up EFS with a confined access point, and a Lambda on nodejs22.x
 * in a VPC with X-Ray and a source-restricted EventBridge permission.
 * Config shapes are exactly what the rds / efs / elbv2 / lambda collectors emit.
 */
import { EFS_ACCESS_POINT_TYPE, EFS_FILE_SYSTEM_TYPE, type EfsAccessPointConfig, type EfsFileSystemConfig } from '../../model/efs.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, TARGET_GROUP_TYPE, type ListenerConfig, type LoadBalancerConfig, type TargetGroupConfig } from '../../model/elbv2.js';
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../model/lambda.js';
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
import { SQS_QUEUE_TYPE, type SqsQueueConfig } from '../../model/sqs.js';
import type { Relationship } from '../../../../model/types.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';
import { EC2_DEMO_NETWORK } from './ec2.js';
import { KMS_DEMO_KEYS } from './kms.js';

const { prod, mgmt, mainRegion, names } = DEMO;
const region = mainRegion;

/** Customer managed KMS keys the data area encrypts with (defined by the KMS demo area). */
export const DATA_DEMO_KEYS = {
  prodData: KMS_DEMO_KEYS.ordersDb,
  mgmtData: KMS_DEMO_KEYS.toolsData,
} as const;

/** Network ids the data area places resources in (defined by the EC2 demo area). */
export const DATA_DEMO_NETWORK = {
  prod: {
    vpcId: EC2_DEMO_NETWORK.prod.vpcId,
    dbSubnets: EC2_DEMO_NETWORK.prod.privateSubnets,
    publicSubnets: EC2_DEMO_NETWORK.prod.publicSubnets,
    dbSecurityGroupId: EC2_DEMO_NETWORK.prod.dbSecurityGroupId,
    albSecurityGroupId: EC2_DEMO_NETWORK.prod.albSecurityGroupId,
  },
  mgmt: {
    vpcId: EC2_DEMO_NETWORK.mgmt.vpcId,
    privateSubnets: EC2_DEMO_NETWORK.mgmt.privateSubnets,
    publicSubnets: EC2_DEMO_NETWORK.mgmt.publicSubnets,
    dbSecurityGroupId: EC2_DEMO_NETWORK.mgmt.dbSecurityGroupId,
    albSecurityGroupId: EC2_DEMO_NETWORK.mgmt.albSecurityGroupId,
    lambdaSecurityGroupId: EC2_DEMO_NETWORK.mgmt.lambdaSecurityGroupId,
  },
} as const;

const ec2Arn = (account: string, kind: string, id: string) => `arn:aws:ec2:${region}:${account}:${kind}/${id}`;
const rdsArn = (account: string, kind: string, id: string) => `arn:aws:rds:${region}:${account}:${kind}:${id}`;

export function addDataDemo(demo: DemoBuilder): void {
  addRds(demo);
  addEfs(demo);
  addLoadBalancers(demo);
  addLambda(demo);
}

// ---------------------------------------------------------------- RDS

function dbInstance(demo: DemoBuilder, account: string, config: DbInstanceConfig, tags: Record<string, string>) {
  const relationships: Relationship[] = [];
  if (config.VpcId) relationships.push({ type: 'in-vpc', target: ec2Arn(account, 'vpc', config.VpcId) });
  for (const s of config.SubnetIds) relationships.push({ type: 'in-subnet', target: ec2Arn(account, 'subnet', s) });
  for (const g of config.VpcSecurityGroupIds) relationships.push({ type: 'uses-security-group', target: ec2Arn(account, 'security-group', g) });
  if (config.KmsKeyId) relationships.push({ type: 'encrypted-by', target: config.KmsKeyId });
  if (config.DBClusterIdentifier) relationships.push({ type: 'member-of', target: rdsArn(account, 'cluster', config.DBClusterIdentifier) });
  if (config.MonitoringInterval > 0) relationships.push({ type: 'uses-role', target: `arn:aws:iam::${account}:role/rds-monitoring-role` });
  demo.add({ uid: rdsArn(account, 'db', config.DBInstanceIdentifier), account, region, type: DB_INSTANCE_TYPE, name: config.DBInstanceIdentifier, config, relationships, tags });
}

function addRds(demo: DemoBuilder) {
  const p = DATA_DEMO_NETWORK.prod;
  const m = DATA_DEMO_NETWORK.mgmt;
  // prod: the orders database behind the web application.
  dbInstance(
    demo,
    prod,
    {
      DBInstanceIdentifier: names.database,
      DBInstanceClass: 'db.m6g.large',
      Engine: 'mysql',
      EngineVersion: '8.0.39',
      DBInstanceStatus: 'available',
      StorageEncrypted: true,
      KmsKeyId: DATA_DEMO_KEYS.prodData,
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
      MultiAZ: false,
      BackupRetentionPeriod: 7,
      DeletionProtection: false,
      IAMDatabaseAuthenticationEnabled: false,
      EnabledCloudwatchLogsExports: ['error'],
      CopyTagsToSnapshot: true,
      MonitoringInterval: 0,
      Port: 3306,
      VpcId: p.vpcId,
      DBSubnetGroupName: 'prod-db-private',
      SubnetIds: [...p.dbSubnets],
      VpcSecurityGroupIds: [p.dbSecurityGroupId],
    },
    { Name: names.database, env: 'prod', owner: 'orders-team', 'data-classification': 'confidential' },
  );
  // prod: a reporting replica-by-hand that an analyst opened to the internet "for a week".
  dbInstance(
    demo,
    prod,
    {
      DBInstanceIdentifier: 'reporting-db',
      DBInstanceClass: 'db.t3.medium',
      Engine: 'postgres',
      EngineVersion: '16.4',
      DBInstanceStatus: 'available',
      StorageEncrypted: false,
      PubliclyAccessible: true,
      AutoMinorVersionUpgrade: false,
      MultiAZ: false,
      BackupRetentionPeriod: 1,
      DeletionProtection: false,
      IAMDatabaseAuthenticationEnabled: false,
      EnabledCloudwatchLogsExports: [],
      CopyTagsToSnapshot: false,
      MonitoringInterval: 0,
      Port: 5432,
      VpcId: p.vpcId,
      DBSubnetGroupName: 'default-public',
      SubnetIds: [...p.publicSubnets],
      VpcSecurityGroupIds: [p.dbSecurityGroupId],
    },
    { Name: 'reporting-db', env: 'prod', owner: 'analytics' },
  );
  // prod: the export snapshot shared with "all" so a contractor could restore it.
  const publicSnapshot: DbSnapshotConfig = {
    DBSnapshotIdentifier: 'reporting-db-export-2026-10',
    DBInstanceIdentifier: 'reporting-db',
    SnapshotType: 'manual',
    Engine: 'postgres',
    Encrypted: false,
    SnapshotCreateTime: '2026-10-14T06:12:00.000Z',
    restoreAccounts: ['all'],
  };
  demo.add({
    uid: rdsArn(prod, 'snapshot', publicSnapshot.DBSnapshotIdentifier),
    account: prod,
    region,
    type: DB_SNAPSHOT_TYPE,
    name: publicSnapshot.DBSnapshotIdentifier,
    config: publicSnapshot,
    relationships: [{ type: 'snapshot-of', target: rdsArn(prod, 'db', 'reporting-db') }],
  });
  const ordersSnapshot: DbSnapshotConfig = {
    DBSnapshotIdentifier: `${names.database}-before-8-0-upgrade`,
    DBInstanceIdentifier: names.database,
    SnapshotType: 'manual',
    Engine: 'mysql',
    Encrypted: true,
    KmsKeyId: DATA_DEMO_KEYS.prodData,
    SnapshotCreateTime: '2026-06-02T15:00:00.000Z',
    restoreAccounts: null,
  };
  demo.add({
    uid: rdsArn(prod, 'snapshot', ordersSnapshot.DBSnapshotIdentifier),
    account: prod,
    region,
    type: DB_SNAPSHOT_TYPE,
    name: ordersSnapshot.DBSnapshotIdentifier,
    config: ordersSnapshot,
    relationships: [
      { type: 'snapshot-of', target: rdsArn(prod, 'db', names.database) },
      { type: 'encrypted-by', target: DATA_DEMO_KEYS.prodData },
    ],
    tags: { Name: names.database, env: 'prod', owner: 'orders-team', 'data-classification': 'confidential' },
  });

  // mgmt: the audit database of the security tooling, built to the baseline.
  dbInstance(
    demo,
    mgmt,
    {
      DBInstanceIdentifier: 'audit-db',
      DBInstanceClass: 'db.m6g.large',
      Engine: 'postgres',
      EngineVersion: '16.4',
      DBInstanceStatus: 'available',
      StorageEncrypted: true,
      KmsKeyId: DATA_DEMO_KEYS.mgmtData,
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
      MultiAZ: true,
      BackupRetentionPeriod: 14,
      DeletionProtection: true,
      IAMDatabaseAuthenticationEnabled: true,
      EnabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      CopyTagsToSnapshot: true,
      MonitoringInterval: 60,
      Port: 5432,
      VpcId: m.vpcId,
      DBSubnetGroupName: 'mgmt-db-private',
      SubnetIds: [...m.privateSubnets],
      VpcSecurityGroupIds: [m.dbSecurityGroupId],
    },
    { Name: 'audit-db', env: 'mgmt', owner: 'platform-security', 'data-classification': 'internal' },
  );
  // mgmt: Aurora MySQL cluster for internal tools, writer + reader in two AZs.
  const cluster: DbClusterConfig = {
    DBClusterIdentifier: 'tools-aurora',
    Engine: 'aurora-mysql',
    EngineVersion: '8.0.mysql_aurora.3.08.0',
    EngineMode: 'provisioned',
    Status: 'available',
    StorageEncrypted: true,
    KmsKeyId: DATA_DEMO_KEYS.mgmtData,
    DeletionProtection: true,
    IAMDatabaseAuthenticationEnabled: true,
    MultiAZ: true,
    AvailabilityZones: [`${region}a`, `${region}c`, `${region}d`],
    BackupRetentionPeriod: 14,
    BacktrackWindow: 86400,
    CopyTagsToSnapshot: true,
    EnabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    VpcSecurityGroupIds: [m.dbSecurityGroupId],
    members: ['tools-aurora-1', 'tools-aurora-2'],
  };
  const clusterTags = { Name: 'tools-aurora', env: 'mgmt', owner: 'platform-security' };
  demo.add({
    uid: rdsArn(mgmt, 'cluster', cluster.DBClusterIdentifier),
    account: mgmt,
    region,
    type: DB_CLUSTER_TYPE,
    name: cluster.DBClusterIdentifier,
    config: cluster,
    relationships: [
      { type: 'uses-security-group', target: ec2Arn(mgmt, 'security-group', m.dbSecurityGroupId) },
      { type: 'encrypted-by', target: DATA_DEMO_KEYS.mgmtData },
      ...cluster.members.map((id) => ({ type: 'has-member', target: rdsArn(mgmt, 'db', id) })),
    ],
    tags: clusterTags,
  });
  cluster.members.forEach((id, i) =>
    dbInstance(
      demo,
      mgmt,
      {
        DBInstanceIdentifier: id,
        DBInstanceClass: 'db.r6g.large',
        Engine: 'aurora-mysql',
        EngineVersion: cluster.EngineVersion,
        DBInstanceStatus: 'available',
        DBClusterIdentifier: cluster.DBClusterIdentifier,
        StorageEncrypted: true,
        KmsKeyId: DATA_DEMO_KEYS.mgmtData,
        PubliclyAccessible: false,
        AutoMinorVersionUpgrade: true,
        MultiAZ: false,
        BackupRetentionPeriod: 14,
        DeletionProtection: false,
        IAMDatabaseAuthenticationEnabled: true,
        EnabledCloudwatchLogsExports: [],
        CopyTagsToSnapshot: false,
        MonitoringInterval: 60,
        Port: 3306,
        VpcId: m.vpcId,
        DBSubnetGroupName: 'mgmt-db-private',
        SubnetIds: [...m.privateSubnets],
        VpcSecurityGroupIds: [m.dbSecurityGroupId],
      },
      { ...clusterTags, Name: id, role: i === 0 ? 'writer' : 'reader' },
    ),
  );
  const clusterSnapshot: DbClusterSnapshotConfig = {
    DBClusterSnapshotIdentifier: 'tools-aurora-before-3-08',
    DBClusterIdentifier: cluster.DBClusterIdentifier,
    SnapshotType: 'manual',
    Engine: 'aurora-mysql',
    StorageEncrypted: true,
    KmsKeyId: DATA_DEMO_KEYS.mgmtData,
    SnapshotCreateTime: '2026-08-20T13:30:00.000Z',
    restoreAccounts: null,
  };
  demo.add({
    uid: rdsArn(mgmt, 'cluster-snapshot', clusterSnapshot.DBClusterSnapshotIdentifier),
    account: mgmt,
    region,
    type: DB_CLUSTER_SNAPSHOT_TYPE,
    name: clusterSnapshot.DBClusterSnapshotIdentifier,
    config: clusterSnapshot,
    relationships: [
      { type: 'snapshot-of', target: rdsArn(mgmt, 'cluster', cluster.DBClusterIdentifier) },
      { type: 'encrypted-by', target: DATA_DEMO_KEYS.mgmtData },
    ],
    tags: clusterTags,
  });
}

// ---------------------------------------------------------------- EFS

function addEfs(demo: DemoBuilder) {
  const efsArn = (account: string, kind: string, id: string) => `arn:aws:elasticfilesystem:${region}:${account}:${kind}/${id}`;
  const fileSystem = (account: string, config: EfsFileSystemConfig, tags: Record<string, string>) =>
    demo.add({
      uid: efsArn(account, 'file-system', config.FileSystemId),
      account,
      region,
      type: EFS_FILE_SYSTEM_TYPE,
      name: config.Name ?? config.FileSystemId,
      config,
      relationships: config.KmsKeyId ? [{ type: 'encrypted-by', target: config.KmsKeyId }] : [],
      tags,
    });
  const accessPoint = (account: string, config: EfsAccessPointConfig) =>
    demo.add({
      uid: efsArn(account, 'access-point', config.AccessPointId),
      account,
      region,
      type: EFS_ACCESS_POINT_TYPE,
      name: config.Name ?? config.AccessPointId,
      config,
      relationships: [{ type: 'access-point-of', target: efsArn(account, 'file-system', config.FileSystemId) }],
      tags: config.Name ? { Name: config.Name } : {},
    });

  // prod: uploads shared by the web servers, created without encryption and never backed up.
  fileSystem(
    prod,
    {
      FileSystemId: 'fs-0a1b2c3d4e5f60500',
      Name: 'web-uploads',
      Encrypted: false,
      PerformanceMode: 'generalPurpose',
      ThroughputMode: 'bursting',
      LifeCycleState: 'available',
      NumberOfMountTargets: 2,
      backupPolicy: null,
      policy: null,
    },
    { Name: 'web-uploads', env: 'prod', owner: 'web-team' },
  );
  accessPoint(prod, { AccessPointId: 'fsap-0a1b2c3d4e5f60510', FileSystemId: 'fs-0a1b2c3d4e5f60500', Name: 'web-uploads-root', RootDirectoryPath: '/', PosixUser: null, LifeCycleState: 'available' });

  // mgmt: encrypted, backed up, reached only through a confined access point.
  fileSystem(
    mgmt,
    {
      FileSystemId: 'fs-0f1e2d3c4b5a60500',
      Name: 'tools-shared',
      Encrypted: true,
      KmsKeyId: DATA_DEMO_KEYS.mgmtData,
      PerformanceMode: 'generalPurpose',
      ThroughputMode: 'elastic',
      LifeCycleState: 'available',
      NumberOfMountTargets: 2,
      backupPolicy: 'ENABLED',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: '*',
            Resource: efsArn(mgmt, 'file-system', 'fs-0f1e2d3c4b5a60500'),
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    },
    { Name: 'tools-shared', env: 'mgmt', owner: 'platform-security' },
  );
  accessPoint(mgmt, {
    AccessPointId: 'fsap-0f1e2d3c4b5a60510',
    FileSystemId: 'fs-0f1e2d3c4b5a60500',
    Name: 'reports',
    RootDirectoryPath: '/reports',
    PosixUser: { Uid: 1001, Gid: 1001 },
    LifeCycleState: 'available',
  });
}

// ---------------------------------------------------------------- ELBv2

function addLoadBalancers(demo: DemoBuilder) {
  const elbArn = (account: string, kind: string, rest: string) => `arn:aws:elasticloadbalancing:${region}:${account}:${kind}/${rest}`;
  const alb = (account: string, name: string, id: string, subnets: readonly string[], vpcId: string, sg: string, attributes: Record<string, string>) => {
    const uid = elbArn(account, 'loadbalancer', `app/${name}/${id}`);
    const config: LoadBalancerConfig = {
      LoadBalancerName: name,
      Type: 'application',
      Scheme: 'internet-facing',
      DNSName: `${name}-${id.slice(0, 10)}.${region}.elb.amazonaws.com`,
      VpcId: vpcId,
      State: 'active',
      AvailabilityZones: subnets.map((s, i) => ({ ZoneName: `${region}${i === 0 ? 'a' : 'c'}`, SubnetId: s })),
      SecurityGroups: [sg],
      attributes,
      listenerCount: 2,
    };
    const relationships: Relationship[] = [
      { type: 'in-vpc', target: ec2Arn(account, 'vpc', vpcId) },
      ...subnets.map((s) => ({ type: 'in-subnet', target: ec2Arn(account, 'subnet', s) })),
      { type: 'uses-security-group', target: ec2Arn(account, 'security-group', sg) },
    ];
    if (attributes['access_logs.s3.enabled'] === 'true') relationships.push({ type: 'logs-to', target: `arn:aws:s3:::${attributes['access_logs.s3.bucket']}` });
    demo.add({ uid, account, region, type: LOAD_BALANCER_TYPE, name, config, relationships });
    return uid;
  };
  const listener = (account: string, lbUid: string, lbName: string, listenerId: string, config: Omit<ListenerConfig, 'LoadBalancerArn' | 'LoadBalancerType'>) => {
    // DescribeRules: these listeners have only their default rule, which the collector leaves out.
    const full: ListenerConfig = { LoadBalancerArn: lbUid, LoadBalancerType: 'application', rules: [], ...config };
    const relationships: Relationship[] = [{ type: 'listener-of', target: lbUid }];
    for (const c of full.CertificateArns) relationships.push({ type: 'uses-certificate', target: c });
    for (const a of full.DefaultActions) if (a.TargetGroupArn) relationships.push({ type: 'forwards-to', target: a.TargetGroupArn });
    demo.add({
      uid: lbUid.replace(':loadbalancer/', ':listener/') + `/${listenerId}`,
      account,
      region,
      type: LISTENER_TYPE,
      name: `${lbName} ${full.Protocol}:${full.Port}`,
      config: full,
      relationships,
    });
  };

  // prod: the public entry of the web application.
  const p = DATA_DEMO_NETWORK.prod;
  const webTg = elbArn(prod, 'targetgroup', 'web-servers/6d0ecf831eec9f09');
  const web = alb(prod, 'web-alb', '50dc6c495c0c9188', p.publicSubnets, p.vpcId, p.albSecurityGroupId, {
    'deletion_protection.enabled': 'false',
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.desync_mitigation_mode': 'defensive',
    'idle_timeout.timeout_seconds': '60',
  });
  listener(prod, web, 'web-alb', '0467ef3c8400ae65', { Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: webTg }], CertificateArns: [] });
  listener(prod, web, 'web-alb', 'f2c6b0c9e8d7a615', {
    Protocol: 'HTTPS',
    Port: 443,
    SslPolicy: 'ELBSecurityPolicy-2016-08',
    DefaultActions: [{ Type: 'forward', TargetGroupArn: webTg }],
    CertificateArns: [`arn:aws:acm:${region}:${prod}:certificate/4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b`],
  });

  // The web servers' target group: web-1 serves behind the ALB as well as on its own public address.
  const tgConfig: TargetGroupConfig = {
    TargetGroupName: 'web-servers',
    TargetType: 'instance',
    Protocol: 'HTTP',
    Port: 80,
    VpcId: p.vpcId,
    LoadBalancerArns: [web],
    targets: [{ Id: DEMO.names.webInstanceId, Port: 80, AvailabilityZone: `${region}a`, State: 'healthy' }],
    attributes: { 'deregistration_delay.timeout_seconds': '300', 'stickiness.enabled': 'false' },
  };
  demo.add({ uid: webTg, account: prod, region, type: TARGET_GROUP_TYPE, name: 'web-servers', config: tgConfig as unknown as Record<string, unknown>, relationships: [{ type: 'target-of', target: web }] });

  // An order-events queue a former partner (444455556666, outside the organisation) may still read.
  const queueUrl = `https://sqs.${region}.amazonaws.com/${prod}/order-events`;
  const queueArn = `arn:aws:sqs:${region}:${prod}:order-events`;
  const queue: SqsQueueConfig = {
    queueName: 'order-events',
    queueUrl,
    fifoQueue: false,
    policy: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'OrderProcessorSends', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${prod}:role/order-processor-role` }, Action: 'sqs:SendMessage', Resource: queueArn },
        { Sid: 'PartnerReads', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: queueArn },
      ],
    },
    encryption: { sqsManagedSseEnabled: true, kmsMasterKeyId: null },
    deadLetterTargetArn: null,
    createdTimestamp: '2024-05-14T02:11:09.000Z',
  };
  demo.add({ uid: queueArn, account: prod, region, type: SQS_QUEUE_TYPE, name: 'order-events', config: queue as unknown as Record<string, unknown>, tags: { app: 'orders' } });

  // mgmt: the internal tools portal, built to the baseline.
  const m = DATA_DEMO_NETWORK.mgmt;
  const tools = alb(mgmt, 'tools-alb', '7a1b2c3d4e5f6789', m.publicSubnets, m.vpcId, m.albSecurityGroupId, {
    'deletion_protection.enabled': 'true',
    'access_logs.s3.enabled': 'true',
    'access_logs.s3.bucket': 'mamori-demo-alb-access-logs',
    'access_logs.s3.prefix': 'tools-alb',
    'routing.http.drop_invalid_header_fields.enabled': 'true',
    'routing.http.desync_mitigation_mode': 'strictest',
    'idle_timeout.timeout_seconds': '60',
  });
  listener(mgmt, tools, 'tools-alb', '1a2b3c4d5e6f7081', {
    Protocol: 'HTTP',
    Port: 80,
    DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', StatusCode: 'HTTP_301' } }],
    CertificateArns: [],
  });
  listener(mgmt, tools, 'tools-alb', '9f8e7d6c5b4a3921', {
    Protocol: 'HTTPS',
    Port: 443,
    SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    DefaultActions: [{ Type: 'forward', TargetGroupArn: elbArn(mgmt, 'targetgroup', 'tools/1c2d3e4f5a6b7c8d') }],
    CertificateArns: [`arn:aws:acm:${region}:${mgmt}:certificate/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d`],
  });
}

// ---------------------------------------------------------------- Lambda

function addLambda(demo: DemoBuilder) {
  const fn = (account: string, fnRegion: string, config: LambdaFunctionConfig, tags: Record<string, string>) => {
    const uid = `arn:aws:lambda:${fnRegion}:${account}:function:${config.FunctionName}`;
    const arn = (kind: string, id: string) => `arn:aws:ec2:${fnRegion}:${account}:${kind}/${id}`;
    const relationships: Relationship[] = [];
    if (config.Role) relationships.push({ type: 'uses-role', target: config.Role });
    if (config.VpcConfig) {
      relationships.push({ type: 'in-vpc', target: arn('vpc', config.VpcConfig.VpcId) });
      for (const s of config.VpcConfig.SubnetIds) relationships.push({ type: 'in-subnet', target: arn('subnet', s) });
      for (const g of config.VpcConfig.SecurityGroupIds) relationships.push({ type: 'uses-security-group', target: arn('security-group', g) });
    }
    if (config.KMSKeyArn) relationships.push({ type: 'encrypted-by', target: config.KMSKeyArn });
    demo.add({ uid, account, region: fnRegion, type: LAMBDA_FUNCTION_TYPE, name: config.FunctionName, config, relationships, tags });
    return uid;
  };

  // prod: processes orders written by the web application; deployed in 2022 and left alone.
  const orderProcessorArn = `arn:aws:lambda:${region}:${prod}:function:order-processor`;
  fn(
    prod,
    region,
    {
      FunctionName: 'order-processor',
      Runtime: 'nodejs16.x',
      PackageType: 'Zip',
      Handler: 'index.handler',
      Role: `arn:aws:iam::${prod}:role/order-processor-role`,
      Architectures: ['x86_64'],
      LastModified: '2022-09-14T02:41:07.000+0000',
      VpcConfig: null,
      environmentVariableNames: ['DB_PASSWORD', 'LOG_LEVEL'],
      TracingMode: 'PassThrough',
      policy: {
        Version: '2012-10-17',
        Id: 'default',
        Statement: [{ Sid: 'allow-partner-invoke', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: orderProcessorArn }],
      },
      functionUrls: [],
    },
    { Name: 'order-processor', env: 'prod', owner: 'orders-team' },
  );
  // prod: a payment webhook exposed through a function URL without auth (signature checked in code, supposedly).
  fn(
    prod,
    region,
    {
      FunctionName: 'payment-webhook',
      Runtime: 'python3.12',
      PackageType: 'Zip',
      Handler: 'app.handler',
      Role: `arn:aws:iam::${prod}:role/payment-webhook-role`,
      Architectures: ['arm64'],
      LastModified: '2026-03-02T08:15:33.000+0000',
      VpcConfig: null,
      environmentVariableNames: ['LOG_LEVEL', 'WEBHOOK_SECRET_ARN'],
      TracingMode: 'Active',
      policy: {
        Version: '2012-10-17',
        Id: 'default',
        Statement: [
          {
            Sid: 'FunctionURLAllowPublicAccess',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunctionUrl',
            Resource: `arn:aws:lambda:${region}:${prod}:function:payment-webhook`,
            Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
          },
        ],
      },
      functionUrls: [{ FunctionUrl: 'https://q7x2kd4m9vbn3hjt5w8yc6pz1r0sae.lambda-url.ap-northeast-1.on.aws/', FunctionArn: `arn:aws:lambda:${region}:${prod}:function:payment-webhook`, AuthType: 'NONE' }],
    },
    { Name: 'payment-webhook', env: 'prod', owner: 'payments-team' },
  );
  // prod, us-east-1: a small daily cost report, current runtime, no special access.
  fn(
    prod,
    'us-east-1',
    {
      FunctionName: 'cost-report',
      Runtime: 'python3.13',
      PackageType: 'Zip',
      Handler: 'report.handler',
      Role: `arn:aws:iam::${prod}:role/cost-report-role`,
      Architectures: ['arm64'],
      LastModified: '2026-05-11T00:02:19.000+0000',
      VpcConfig: null,
      environmentVariableNames: ['REPORT_BUCKET'],
      TracingMode: 'PassThrough',
      policy: null,
      functionUrls: [],
    },
    { Name: 'cost-report', env: 'prod', owner: 'finops' },
  );

  // mgmt: forwards GuardDuty findings from EventBridge to chat; built to the baseline.
  const m = DATA_DEMO_NETWORK.mgmt;
  const notifierArn = `arn:aws:lambda:${region}:${mgmt}:function:guardduty-notifier`;
  fn(
    mgmt,
    region,
    {
      FunctionName: 'guardduty-notifier',
      Runtime: 'nodejs22.x',
      PackageType: 'Zip',
      Handler: 'index.handler',
      Role: `arn:aws:iam::${mgmt}:role/guardduty-notifier-role`,
      Architectures: ['arm64'],
      LastModified: '2026-09-30T04:20:11.000+0000',
      VpcConfig: { VpcId: m.vpcId, SubnetIds: [...m.privateSubnets], SecurityGroupIds: [m.lambdaSecurityGroupId] },
      environmentVariableNames: ['LOG_LEVEL', 'SLACK_WEBHOOK_SECRET_ARN'],
      KMSKeyArn: DATA_DEMO_KEYS.mgmtData,
      TracingMode: 'Active',
      policy: {
        Version: '2012-10-17',
        Id: 'default',
        Statement: [
          {
            Sid: 'guardduty-findings-rule',
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'lambda:InvokeFunction',
            Resource: notifierArn,
            Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:events:${region}:${mgmt}:rule/guardduty-findings` } },
          },
        ],
      },
      functionUrls: [],
    },
    { Name: 'guardduty-notifier', env: 'mgmt', owner: 'platform-security' },
  );
}
