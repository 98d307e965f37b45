/** Helpers shared by the RDS rules and their fixtures (not a rule folder). */
import {
  DB_CLUSTER_SNAPSHOT_TYPE,
  DB_CLUSTER_TYPE,
  DB_INSTANCE_TYPE,
  DB_SNAPSHOT_TYPE,
  type DbClusterConfig,
  type DbClusterSnapshotConfig,
  type DbInstanceConfig,
  type DbSnapshotConfig,
} from '../../../../src/providers/aws/model/rds.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const dbUid = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`;
export const clusterUid = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${id}`;
export const snapshotUid = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:${id}`;
export const clusterSnapshotUid = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:${id}`;

/** A well-configured standalone MySQL instance; override what a fixture needs. */
export function dbInstance(id: string, over: Partial<DbInstanceConfig> = {}, errors?: Record<string, string>): Resource {
  const config: DbInstanceConfig = {
    DBInstanceIdentifier: id,
    DBInstanceClass: 'db.t3.medium',
    Engine: 'mysql',
    EngineVersion: '8.0.39',
    DBInstanceStatus: 'available',
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    MultiAZ: true,
    BackupRetentionPeriod: 7,
    DeletionProtection: true,
    IAMDatabaseAuthenticationEnabled: true,
    EnabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    CopyTagsToSnapshot: true,
    MonitoringInterval: 60,
    Port: 3306,
    VpcId: 'vpc-0123',
    DBSubnetGroupName: 'db-private',
    SubnetIds: ['subnet-a', 'subnet-b'],
    VpcSecurityGroupIds: ['sg-db'],
    ...over,
  };
  return resource({ type: DB_INSTANCE_TYPE, uid: dbUid(id), name: id, config, errors });
}

/** A well-configured Aurora MySQL cluster. */
export function dbCluster(id: string, over: Partial<DbClusterConfig> = {}): Resource {
  const config: DbClusterConfig = {
    DBClusterIdentifier: id,
    Engine: 'aurora-mysql',
    EngineVersion: '8.0.mysql_aurora.3.08.0',
    EngineMode: 'provisioned',
    Status: 'available',
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    DeletionProtection: true,
    IAMDatabaseAuthenticationEnabled: true,
    MultiAZ: true,
    AvailabilityZones: [`${REGION}a`, `${REGION}b`, `${REGION}c`],
    BackupRetentionPeriod: 7,
    BacktrackWindow: 86400,
    CopyTagsToSnapshot: true,
    EnabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    VpcSecurityGroupIds: ['sg-db'],
    members: [`${id}-1`, `${id}-2`],
    ...over,
  };
  return resource({ type: DB_CLUSTER_TYPE, uid: clusterUid(id), name: id, config });
}

export function dbSnapshot(id: string, over: Partial<DbSnapshotConfig> = {}, errors?: Record<string, string>): Resource {
  const config: DbSnapshotConfig = {
    DBSnapshotIdentifier: id,
    DBInstanceIdentifier: 'orders-db',
    SnapshotType: 'manual',
    Engine: 'mysql',
    Encrypted: true,
    KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    SnapshotCreateTime: '2026-10-01T00:00:00.000Z',
    restoreAccounts: null,
    ...over,
  };
  return resource({ type: DB_SNAPSHOT_TYPE, uid: snapshotUid(id), name: id, config, errors });
}

export function dbClusterSnapshot(id: string, over: Partial<DbClusterSnapshotConfig> = {}, errors?: Record<string, string>): Resource {
  const config: DbClusterSnapshotConfig = {
    DBClusterSnapshotIdentifier: id,
    DBClusterIdentifier: 'aurora-main',
    SnapshotType: 'manual',
    Engine: 'aurora-mysql',
    StorageEncrypted: true,
    SnapshotCreateTime: '2026-10-01T00:00:00.000Z',
    restoreAccounts: null,
    ...over,
  };
  return resource({ type: DB_CLUSTER_SNAPSHOT_TYPE, uid: clusterSnapshotUid(id), name: id, config, errors });
}

/** Instances managed through a DB cluster (Aurora, Multi-AZ DB cluster) get cluster-level settings from it. */
export const isClusterMember = (c: DbInstanceConfig) => !!c.DBClusterIdentifier;
export const isAurora = (engine: string) => engine.startsWith('aurora');
