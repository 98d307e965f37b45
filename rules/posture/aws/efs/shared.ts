/** Fixture helpers shared by the EFS rules (not a rule folder). */
import { EFS_ACCESS_POINT_TYPE, EFS_FILE_SYSTEM_TYPE, type EfsAccessPointConfig, type EfsFileSystemConfig } from '../../../../src/providers/aws/model/efs.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const fsUid = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`;
export const apUid = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/${id}`;

export function fileSystem(id: string, over: Partial<EfsFileSystemConfig> = {}, errors?: Record<string, string>): Resource {
  const config: EfsFileSystemConfig = {
    FileSystemId: id,
    Name: 'shared-data',
    Encrypted: true,
    KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    PerformanceMode: 'generalPurpose',
    ThroughputMode: 'elastic',
    LifeCycleState: 'available',
    NumberOfMountTargets: 2,
    backupPolicy: 'ENABLED',
    policy: null,
    ...over,
  };
  return resource({ type: EFS_FILE_SYSTEM_TYPE, uid: fsUid(id), name: config.Name ?? id, config, errors });
}

export function accessPoint(id: string, over: Partial<EfsAccessPointConfig> = {}): Resource {
  const config: EfsAccessPointConfig = {
    AccessPointId: id,
    FileSystemId: 'fs-0123456789abcdef0',
    Name: 'app',
    RootDirectoryPath: '/app',
    PosixUser: { Uid: 1000, Gid: 1000 },
    LifeCycleState: 'available',
    ...over,
  };
  return resource({ type: EFS_ACCESS_POINT_TYPE, uid: apUid(id), name: config.Name ?? id, config });
}
