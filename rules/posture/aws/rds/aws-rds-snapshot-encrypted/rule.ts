import { DB_CLUSTER_SNAPSHOT_TYPE, DB_SNAPSHOT_TYPE, type DbClusterSnapshotConfig, type DbSnapshotConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

type SnapshotConfig = DbSnapshotConfig | DbClusterSnapshotConfig;

export const rule = defineRule<SnapshotConfig>({
  id: 'aws-rds-snapshot-encrypted',
  services: ['rds'],
  title: {
    en: 'RDS cluster snapshots and database snapshots are encrypted at rest',
    ja: 'RDS クラスタースナップショットと DB スナップショットが保管時に暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_SNAPSHOT_TYPE, DB_CLUSTER_SNAPSHOT_TYPE],
  requires: ['Encrypted', 'StorageEncrypted'],
  frameworks: {
    fsbp: ['RDS.4'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that every manual DB snapshot and DB cluster snapshot is encrypted with AWS KMS.',
      urgency: 'Fix within weeks: an encrypted copy takes minutes, and unencrypted snapshots are exactly the copies that can be made public or shared without key-policy control.',
      risk: 'An unencrypted snapshot can be shared with any account or made public with a single API call, and the recipient needs no permission on any KMS key to restore it. Snapshots also outlive the instance, so forgotten unencrypted copies of production data keep the exposure open for years.',
      recommendation: 'Copy each unencrypted snapshot with encryption enabled (customer managed key), verify the copy, then delete the unencrypted original. Fix the source instance or cluster so new snapshots are encrypted (see the storage encryption rules).',
      console: [
        'Open the RDS console and choose Snapshots.',
        'Select the unencrypted snapshot, choose Actions > Copy snapshot, enable encryption and choose the KMS key.',
        'After the copy is available, delete the unencrypted snapshot.',
      ],
    },
    ja: {
      description: 'すべての手動 DB スナップショットと DB クラスタースナップショットが AWS KMS で暗号化されているかを確認します。',
      urgency: '数週間以内に対応してください。暗号化コピーは数分で作成でき、暗号化されていないスナップショットこそがキーポリシーの制御なしに公開・共有できてしまうコピーです。',
      risk: '暗号化されていないスナップショットは 1 回の API 呼び出しで任意のアカウントに共有したりパブリックにしたりでき、受け取った側は KMS キーの権限なしに復元できます。スナップショットはインスタンスより長く残るため、忘れられた本番データの平文コピーが何年も露出し続けます。',
      recommendation: '暗号化されていないスナップショットを暗号化を有効にして（カスタマーマネージドキーで）コピーし、確認後に元のスナップショットを削除してください。新しいスナップショットが暗号化されるよう、元のインスタンスやクラスターも修正します（ストレージ暗号化のルールを参照）。',
      console: [
        'RDS コンソールで「スナップショット」を開きます。',
        '暗号化されていないスナップショットを選択し「アクション」>「スナップショットのコピー」で暗号化を有効にして KMS キーを選びます。',
        'コピーが利用可能になったら、暗号化されていないスナップショットを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-enc --kms-key-id <kms-key-arn>',
      'aws rds delete-db-snapshot --db-snapshot-identifier <snapshot>',
    ].join('\n'),
    terraform: 'resource "aws_db_snapshot_copy" "encrypted" {\n  source_db_snapshot_identifier = "arn:aws:rds:ap-northeast-1:123456789012:snapshot:orders-export"\n  target_db_snapshot_identifier = "orders-export-enc"\n  kms_key_id                    = aws_kms_key.rds.arn\n}',
    cloudformation: 'RdsSnapshotEncrypted:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: rds-snapshot-encrypted\n    Source:\n      Owner: AWS\n      SourceIdentifier: RDS_SNAPSHOT_ENCRYPTED',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-4',
  ],
  evaluate(snapshot) {
    const c = snapshot.config;
    const encrypted = 'Encrypted' in c ? c.Encrypted : c.StorageEncrypted;
    return encrypted
      ? pass({ en: 'The snapshot is encrypted.', ja: 'スナップショットは暗号化されています。' })
      : fail({ en: `Snapshot ${snapshot.name} is not encrypted.`, ja: `スナップショット ${snapshot.name} は暗号化されていません。` }, { encrypted: false });
  },
});
