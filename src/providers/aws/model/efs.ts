/**
 * Config shapes of Amazon EFS resources in the snapshot (contract between the efs collector and
 * the efs rules). Field names follow the EFS API.
 */

/** uid: FileSystemArn. */
export const EFS_FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';
/** uid: AccessPointArn. */
export const EFS_ACCESS_POINT_TYPE = 'AWS::EFS::AccessPoint';

export interface EfsFileSystemConfig {
  FileSystemId: string;
  Name?: string;
  Encrypted: boolean;
  KmsKeyId?: string;
  PerformanceMode?: string;
  ThroughputMode?: string;
  LifeCycleState?: string;
  NumberOfMountTargets?: number;
  /**
   * DescribeBackupPolicy BackupPolicy.Status (ENABLED, ENABLING, DISABLED, DISABLING).
   * null: no backup policy (PolicyNotFound = automatic backups off). Absent: not collected (errors.backupPolicy).
   */
  backupPolicy?: string | null;
  /** DescribeFileSystemPolicy, parsed. null: no file system policy. Absent: not collected (errors.policy). */
  policy?: Record<string, unknown> | null;
}

export interface EfsAccessPointConfig {
  AccessPointId: string;
  FileSystemId: string;
  Name?: string;
  /** RootDirectory.Path; '/' or absent means the file system root is exposed. */
  RootDirectoryPath?: string;
  /** PosixUser enforced for every request through the access point; null when none is enforced. */
  PosixUser: { Uid: number; Gid: number } | null;
  LifeCycleState?: string;
}
