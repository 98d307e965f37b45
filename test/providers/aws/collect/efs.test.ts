import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  DescribeAccessPointsCommand,
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  EFSClient,
} from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/efs.js';
import { EFS_ACCESS_POINT_TYPE, EFS_FILE_SYSTEM_TYPE, type EfsAccessPointConfig, type EfsFileSystemConfig } from '../../../../src/providers/aws/model/efs.js';
import { awsError, runCollector } from './harness.js';

const efs = mockClient(EFSClient);
const ACCOUNT = '111111111111';
const fsArn = (id: string) => `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/${id}`;
const fileSystem = (id: string, encrypted: boolean) => ({
  OwnerId: ACCOUNT,
  CreationToken: id,
  FileSystemId: id,
  FileSystemArn: fsArn(id),
  CreationTime: new Date('2025-01-01T00:00:00Z'),
  LifeCycleState: 'available' as const,
  Name: `${id}-name`,
  NumberOfMountTargets: 2,
  SizeInBytes: { Value: 6144 },
  PerformanceMode: 'generalPurpose' as const,
  Encrypted: encrypted,
  KmsKeyId: encrypted ? `arn:aws:kms:us-east-1:${ACCOUNT}:key/abcd` : undefined,
  ThroughputMode: 'bursting' as const,
  Tags: [{ Key: 'Name', Value: `${id}-name` }],
});

describe('efs collector', () => {
  beforeEach(() => {
    efs.reset();
    efs.on(DescribeAccessPointsCommand).resolves({ AccessPoints: [] });
  });

  it('paginates file systems (NextMarker) and maps PolicyNotFound to null', async () => {
    efs
      .on(DescribeFileSystemsCommand)
      .resolvesOnce({ FileSystems: [fileSystem('fs-1', true)], NextMarker: 'm2' })
      .resolvesOnce({ FileSystems: [fileSystem('fs-2', false)] });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ BackupPolicy: { Status: 'ENABLED' } });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 'no backup policy', 404));
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-1' }).resolves({
      FileSystemId: 'fs-1',
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
    });
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 'no policy', 404));
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(efs.commandCalls(DescribeFileSystemsCommand)[1].args[0].input.Marker, 'm2');
    const [fs1, fs2] = resources.filter((r) => r.type === EFS_FILE_SYSTEM_TYPE);
    const c1 = fs1.config as unknown as EfsFileSystemConfig;
    const c2 = fs2.config as unknown as EfsFileSystemConfig;
    assert.equal(c1.backupPolicy, 'ENABLED');
    assert.equal((c1.policy?.Statement as unknown[]).length, 1);
    assert.equal(c2.Encrypted, false);
    assert.equal(c2.backupPolicy, null);
    assert.equal(c2.policy, null);
    assert.equal(fs2.errors, undefined);
    assert.equal(fs1.name, 'fs-1-name');
  });

  it('records AccessDenied on one detail call without aborting, and collects access points', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1', true), fileSystem('fs-2', true)] });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-1' }).rejects(awsError('AccessDeniedException', 'denied', 403));
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-2' }).resolves({ BackupPolicy: { Status: 'DISABLED' } });
    efs.on(DescribeFileSystemPolicyCommand).rejects(awsError('PolicyNotFound', 'none', 404));
    efs
      .on(DescribeAccessPointsCommand)
      .resolvesOnce({
        AccessPoints: [{ AccessPointId: 'fsap-1', AccessPointArn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-1`, FileSystemId: 'fs-1', RootDirectory: { Path: '/app' }, PosixUser: { Uid: 1000, Gid: 1000 } }],
        NextToken: 't2',
      })
      .resolvesOnce({ AccessPoints: [{ AccessPointId: 'fsap-2', AccessPointArn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-2`, FileSystemId: 'fs-2' }] });
    const { resources, errors } = await runCollector(collector);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'DescribeBackupPolicy');
    assert.equal(errors[0].resourceUid, fsArn('fs-1'));
    const fs1 = resources.find((r) => r.uid === fsArn('fs-1'));
    assert.deepEqual(fs1?.errors, { backupPolicy: 'AccessDenied' });
    assert.equal((resources.find((r) => r.uid === fsArn('fs-2'))?.config as unknown as EfsFileSystemConfig).backupPolicy, 'DISABLED');
    const aps = resources.filter((r) => r.type === EFS_ACCESS_POINT_TYPE);
    assert.equal(aps.length, 2);
    assert.deepEqual((aps[0].config as unknown as EfsAccessPointConfig).PosixUser, { Uid: 1000, Gid: 1000 });
    assert.equal((aps[1].config as unknown as EfsAccessPointConfig).PosixUser, null);
    assert.equal((aps[1].config as unknown as EfsAccessPointConfig).RootDirectoryPath, undefined);
  });

  it('records a failed file system listing with its resource type', async () => {
    efs.on(DescribeFileSystemsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    const { resources, errors } = await runCollector(collector);
    assert.equal(resources.length, 0);
    assert.deepEqual(errors[0].resourceTypes, [EFS_FILE_SYSTEM_TYPE]);
  });
});
