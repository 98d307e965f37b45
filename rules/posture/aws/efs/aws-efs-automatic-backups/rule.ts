import { EFS_FILE_SYSTEM_TYPE, type EfsFileSystemConfig } from '../../../../../src/providers/aws/model/efs.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EfsFileSystemConfig>({
  id: 'aws-efs-automatic-backups',
  services: ['efs'],
  title: {
    en: 'EFS file systems have automatic backups enabled',
    ja: 'EFS ファイルシステムで自動バックアップが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [EFS_FILE_SYSTEM_TYPE],
  requires: ['backupPolicy'],
  frameworks: {
    fsbp: ['EFS.7'],
  },
  doc: {
    en: {
      description: "Checks that the file system's backup policy is ENABLED, so AWS Backup takes daily backups with the EFS default backup plan.",
      urgency: 'Fix this week: turning it on takes one call and no downtime, while without it deleted or encrypted files cannot be recovered.',
      risk: 'EFS has no snapshots or recycle bin of its own. A faulty deployment script that runs rm -rf on the mount, ransomware on a server that mounts the share, or an accidental file system deletion leaves no copy to restore from.',
      recommendation: 'Enable automatic backups (daily, 35-day retention in the default vault), or include the file system in an AWS Backup plan with a retention that matches your recovery objectives and a vault lock for critical data.',
      console: [
        'Open the Amazon EFS console and select the file system.',
        'Choose Edit in the General section.',
        'Tick "Enable automatic backups" and choose Save changes.',
      ],
    },
    ja: {
      description: 'ファイルシステムのバックアップポリシーが ENABLED で、AWS Backup が EFS のデフォルトバックアッププランにより毎日バックアップを取得しているかを確認します。',
      urgency: '今週中に対応してください。有効化は 1 回の操作でダウンタイムもありません。未設定だと削除や暗号化されたファイルを復旧できません。',
      risk: 'EFS 自体にはスナップショットやごみ箱がありません。マウント先で rm -rf を実行してしまうデプロイスクリプト、共有をマウントしたサーバー上のランサムウェア、誤ったファイルシステム削除のいずれでも、復元元のコピーが残りません。',
      recommendation: '自動バックアップ（毎日取得、デフォルトボールトで 35 日保持）を有効にするか、復旧目標に合った保持期間の AWS Backup プランにファイルシステムを含めてください。重要なデータにはボールトロックも設定します。',
      console: [
        'Amazon EFS コンソールで対象ファイルシステムを選択します。',
        '「一般」セクションの「編集」を選びます。',
        '「自動バックアップを有効化」をオンにして「変更を保存」を選びます。',
      ],
    },
  },
  remediation: {
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
    terraform: 'resource "aws_efs_backup_policy" "shared" {\n  file_system_id = aws_efs_file_system.shared.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}',
    cloudformation: 'SharedFileSystem:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true\n    BackupPolicy:\n      Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-7',
  ],
  evaluate(fs) {
    const status = fs.config.backupPolicy;
    if (status === 'ENABLED' || status === 'ENABLING') {
      return pass({ en: `Automatic backups are ${status.toLowerCase()}.`, ja: `自動バックアップは有効です（${status}）。` });
    }
    return fail(
      { en: `Automatic backups are off (backup policy: ${status ?? 'none'}).`, ja: `自動バックアップが無効です（バックアップポリシー: ${status ?? 'なし'}）。` },
      { backupPolicy: status ?? null },
    );
  },
});
