import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  EFSClient,
  paginateDescribeAccessPoints,
  paginateDescribeFileSystems,
  type AccessPointDescription,
  type FileSystemDescription,
  type Tag,
} from '@aws-sdk/client-efs';
import { EFS_ACCESS_POINT_TYPE, EFS_FILE_SYSTEM_TYPE, type EfsAccessPointConfig, type EfsFileSystemConfig } from '../../model/efs.js';
import type { Relationship } from '../../../../model/types.js';
import type { ServiceCollector } from '../types.js';

const tagMap = (tags: Tag[] | undefined) => Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']));
/** EFS answers PolicyNotFound when no backup policy / file system policy exists. */
const ABSENT = ['PolicyNotFound'];

export const collector: ServiceCollector = {
  service: 'efs',
  global: false,
  async collect(ctx) {
    const efs = ctx.client(EFSClient);
    const fsArn = (id: string) => `arn:${ctx.partition}:elasticfilesystem:${ctx.region}:${ctx.account}:file-system/${id}`;

    const fileSystems = await ctx.list('DescribeFileSystems', [EFS_FILE_SYSTEM_TYPE], async () => {
      const out: FileSystemDescription[] = [];
      for await (const page of paginateDescribeFileSystems({ client: efs }, {})) out.push(...(page.FileSystems ?? []));
      return out;
    });
    for (const fs of fileSystems ?? []) {
      const id = fs.FileSystemId ?? '';
      const uid = fs.FileSystemArn ?? fsArn(id);
      const errors: Record<string, string> = {};
      const backup = await ctx.detail(
        errors,
        uid,
        'backupPolicy',
        'DescribeBackupPolicy',
        async () => (await efs.send(new DescribeBackupPolicyCommand({ FileSystemId: id }))).BackupPolicy?.Status ?? null,
        ABSENT,
      );
      const policy = await ctx.detail(
        errors,
        uid,
        'policy',
        'DescribeFileSystemPolicy',
        async () => {
          const text = (await efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id }))).Policy;
          return text ? (JSON.parse(text) as Record<string, unknown>) : null;
        },
        ABSENT,
      );
      const config: EfsFileSystemConfig = {
        FileSystemId: id,
        Name: fs.Name,
        Encrypted: fs.Encrypted ?? false,
        KmsKeyId: fs.KmsKeyId,
        PerformanceMode: fs.PerformanceMode,
        ThroughputMode: fs.ThroughputMode,
        LifeCycleState: fs.LifeCycleState,
        NumberOfMountTargets: fs.NumberOfMountTargets,
        backupPolicy: backup,
        policy,
      };
      const relationships: Relationship[] = fs.KmsKeyId ? [{ type: 'encrypted-by', target: fs.KmsKeyId }] : [];
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: EFS_FILE_SYSTEM_TYPE,
        name: fs.Name || id,
        tags: tagMap(fs.Tags),
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }

    const accessPoints = await ctx.list('DescribeAccessPoints', [EFS_ACCESS_POINT_TYPE], async () => {
      const out: AccessPointDescription[] = [];
      for await (const page of paginateDescribeAccessPoints({ client: efs }, {})) out.push(...(page.AccessPoints ?? []));
      return out;
    });
    for (const ap of accessPoints ?? []) {
      const id = ap.AccessPointId ?? '';
      const config: EfsAccessPointConfig = {
        AccessPointId: id,
        FileSystemId: ap.FileSystemId ?? '',
        Name: ap.Name,
        RootDirectoryPath: ap.RootDirectory?.Path,
        PosixUser: ap.PosixUser && ap.PosixUser.Uid !== undefined ? { Uid: ap.PosixUser.Uid, Gid: ap.PosixUser.Gid ?? 0 } : null,
        LifeCycleState: ap.LifeCycleState,
      };
      ctx.emit({
        uid: ap.AccessPointArn ?? `arn:${ctx.partition}:elasticfilesystem:${ctx.region}:${ctx.account}:access-point/${id}`,
        account: ctx.account,
        region: ctx.region,
        type: EFS_ACCESS_POINT_TYPE,
        name: ap.Name || id,
        tags: tagMap(ap.Tags),
        config: config as unknown as Record<string, unknown>,
        relationships: ap.FileSystemId ? [{ type: 'access-point-of', target: fsArn(ap.FileSystemId) }] : [],
      });
    }
  },
};
