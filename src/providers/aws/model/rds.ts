/**
 * Config shapes of Amazon RDS resources in the snapshot (the contract between the rds collector
 * and the rds rules). Field names follow the RDS API (DescribeDBInstances, DescribeDBClusters,
 * DescribeDBSnapshots, DescribeDBClusterSnapshots); only what rules need is kept.
 */

/** uid: DBInstanceArn. */
export const DB_INSTANCE_TYPE = 'AWS::RDS::DBInstance';
/** uid: DBClusterArn (Aurora and Multi-AZ DB clusters). */
export const DB_CLUSTER_TYPE = 'AWS::RDS::DBCluster';
/** uid: DBSnapshotArn. Only manual snapshots owned by the account are collected. */
export const DB_SNAPSHOT_TYPE = 'AWS::RDS::DBSnapshot';
/** uid: DBClusterSnapshotArn. Only manual cluster snapshots owned by the account are collected. */
export const DB_CLUSTER_SNAPSHOT_TYPE = 'AWS::RDS::DBClusterSnapshot';

export interface DbInstanceConfig {
  DBInstanceIdentifier: string;
  DBInstanceClass?: string;
  Engine: string;
  EngineVersion?: string;
  DBInstanceStatus?: string;
  /** Set when the instance is a member of a DB cluster (Aurora, Multi-AZ DB cluster). */
  DBClusterIdentifier?: string;
  /** Set when the instance is a read replica. */
  ReadReplicaSourceDBInstanceIdentifier?: string;
  StorageEncrypted: boolean;
  KmsKeyId?: string;
  PubliclyAccessible: boolean;
  AutoMinorVersionUpgrade: boolean;
  MultiAZ: boolean;
  /** Days; 0 means automated backups are disabled. */
  BackupRetentionPeriod: number;
  DeletionProtection: boolean;
  IAMDatabaseAuthenticationEnabled: boolean;
  EnabledCloudwatchLogsExports: string[];
  CopyTagsToSnapshot: boolean;
  /** Enhanced Monitoring interval in seconds; 0 means disabled. */
  MonitoringInterval: number;
  /** Endpoint port (or DbInstancePort when the endpoint is not yet available). */
  Port?: number;
  VpcId?: string;
  DBSubnetGroupName?: string;
  SubnetIds: string[];
  VpcSecurityGroupIds: string[];
}

export interface DbClusterConfig {
  DBClusterIdentifier: string;
  Engine: string;
  EngineVersion?: string;
  /** provisioned, serverless, ... (Aurora only). */
  EngineMode?: string;
  Status?: string;
  StorageEncrypted: boolean;
  KmsKeyId?: string;
  DeletionProtection: boolean;
  IAMDatabaseAuthenticationEnabled: boolean;
  MultiAZ: boolean;
  AvailabilityZones: string[];
  BackupRetentionPeriod: number;
  /** Aurora MySQL backtrack window in seconds; 0/absent means disabled. */
  BacktrackWindow?: number;
  CopyTagsToSnapshot: boolean;
  EnabledCloudwatchLogsExports: string[];
  VpcSecurityGroupIds: string[];
  /** DBInstanceIdentifiers of the cluster members. */
  members: string[];
}

/** One account id, or 'all' for a public snapshot, from the snapshot's `restore` attribute. */
export type RestoreAttribute = string[];

export interface DbSnapshotConfig {
  DBSnapshotIdentifier: string;
  DBInstanceIdentifier?: string;
  SnapshotType?: string;
  Engine?: string;
  Encrypted: boolean;
  KmsKeyId?: string;
  SnapshotCreateTime?: string;
  /** Accounts allowed to restore ('all' = public). null: attribute not set. Absent: not collected (see errors.restoreAccounts). */
  restoreAccounts?: RestoreAttribute | null;
}

export interface DbClusterSnapshotConfig {
  DBClusterSnapshotIdentifier: string;
  DBClusterIdentifier?: string;
  SnapshotType?: string;
  Engine?: string;
  StorageEncrypted: boolean;
  KmsKeyId?: string;
  SnapshotCreateTime?: string;
  restoreAccounts?: RestoreAttribute | null;
}
