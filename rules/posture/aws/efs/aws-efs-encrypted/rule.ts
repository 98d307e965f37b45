import { EFS_FILE_SYSTEM_TYPE, type EfsFileSystemConfig } from '../../../../../src/providers/aws/model/efs.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EfsFileSystemConfig>({
  id: 'aws-efs-encrypted',
  services: ['efs'],
  title: {
    en: 'EFS file systems are encrypted at rest with AWS KMS',
    ja: 'EFS ファイルシステムが AWS KMS で保管時に暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [EFS_FILE_SYSTEM_TYPE],
  requires: ['Encrypted', 'FileSystemId', 'KmsKeyId'],
  frameworks: {
    'cis-aws-3.0': ['2.4.1'],
    fsbp: ['EFS.1', 'EFS.8'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that each Amazon EFS file system has encryption at rest enabled (Encrypted = true, with an AWS KMS key).',
      urgency: 'Plan the migration within weeks: encryption is fixed at creation, so the data has to be copied to a new file system, but until then shared files sit unencrypted on storage.',
      risk: 'EFS often holds application uploads, shared configuration and exports that several servers mount. Without encryption at rest the data and its backups are not protected by a KMS key whose use is logged and can be revoked, and the file system fails CIS and PCI-style storage encryption requirements.',
      recommendation: 'Create a new encrypted file system (customer managed KMS key), copy the data with AWS DataSync or AWS Backup restore, switch the mount targets in your instances or task definitions, then delete the unencrypted file system. Enforce encryption for new file systems with an SCP or IAM condition elasticfilesystem:Encrypted.',
      console: [
        'Open the Amazon EFS console and choose Create file system > Customize.',
        'Keep "Enable encryption of data at rest" ticked and choose the KMS key.',
        'Copy the data with AWS DataSync from the old file system, update clients to mount the new one and delete the old file system.',
      ],
    },
    ja: {
      description: '各 Amazon EFS ファイルシステムで保管時の暗号化（Encrypted = true、AWS KMS キー）が有効かを確認します。',
      urgency: '数週間以内に移行を計画してください。暗号化は作成時に決まるため新しいファイルシステムへのデータコピーが必要ですが、それまで共有ファイルは暗号化されずに保存されています。',
      risk: 'EFS には複数のサーバーがマウントするアップロードファイル、共有設定、エクスポートデータが置かれがちです。保管時の暗号化がないと、データとそのバックアップは利用が記録され失効も可能な KMS キーで保護されず、CIS や PCI のストレージ暗号化要件も満たせません。',
      recommendation: 'カスタマーマネージド KMS キーで暗号化した新しいファイルシステムを作成し、AWS DataSync または AWS Backup の復元でデータをコピーします。インスタンスやタスク定義のマウント先を切り替えたら、暗号化されていないファイルシステムを削除してください。新規作成時の暗号化は SCP や IAM 条件 elasticfilesystem:Encrypted で強制します。',
      console: [
        'Amazon EFS コンソールで「ファイルシステムの作成」>「カスタマイズ」を選びます。',
        '「保管中のデータの暗号化を有効にする」をオンのまま KMS キーを選択します。',
        'AWS DataSync で旧ファイルシステムからデータをコピーし、クライアントのマウント先を変更して旧ファイルシステムを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws efs create-file-system --encrypted --kms-key-id <kms-key-arn> --performance-mode generalPurpose --throughput-mode elastic --tags Key=Name,Value=shared-data-encrypted',
    terraform: 'resource "aws_efs_file_system" "shared" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.efs.arn\n  tags = { Name = "shared-data" }\n}',
    cloudformation: 'SharedFileSystem:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true\n    KmsKeyId: !Ref EfsKey',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
  ],
  evaluate(fs) {
    const c = fs.config;
    return c.Encrypted
      ? pass({ en: `Encrypted with ${c.KmsKeyId ?? 'a KMS key'}.`, ja: `${c.KmsKeyId ?? 'KMS キー'} で暗号化されています。` })
      : fail({ en: `File system ${c.FileSystemId} is not encrypted at rest.`, ja: `ファイルシステム ${c.FileSystemId} は保管時に暗号化されていません。` }, { Encrypted: false });
  },
});
