import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-storage-encrypted',
  services: ['rds'],
  title: {
    en: 'RDS DB instances have encryption at rest enabled',
    ja: 'RDS DB インスタンスで保管時の暗号化が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['DBInstanceIdentifier', 'Engine', 'KmsKeyId', 'StorageEncrypted'],
  frameworks: {
    'cis-aws-3.0': ['2.3.1'],
    fsbp: ['RDS.3'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that the storage of each RDS DB instance (and with it its automated backups, read replicas and snapshots) is encrypted with AWS KMS.',
      urgency: 'Plan the fix within weeks: encryption cannot be switched on in place, so it needs a snapshot-copy-restore migration and a maintenance window, but every day unencrypted data sits in storage and backups.',
      risk: 'Without encryption at rest, the database files, automated backups and every snapshot taken from the instance hold plaintext data. A snapshot shared by mistake, copied to another account, or read through a storage-level access path exposes all rows, including personal data and credentials stored in tables; there is also no KMS key policy to act as a second gate.',
      recommendation: 'Create new instances with StorageEncrypted enabled and a customer managed KMS key. For an existing instance, take a snapshot, copy it with encryption enabled (choosing the KMS key), restore a new instance from the encrypted copy, switch the application endpoint, then delete the unencrypted instance and snapshots.',
      console: [
        'Open the RDS console, choose Snapshots and take a manual snapshot of the instance.',
        'Select the snapshot, choose Actions > Copy snapshot, tick "Enable encryption" and pick the KMS key.',
        'Select the encrypted copy and choose Actions > Restore snapshot with the same settings as the original instance.',
        'Point the application at the new endpoint, verify it, then delete the unencrypted instance and its snapshots.',
      ],
    },
    ja: {
      description: '各 RDS DB インスタンスのストレージ（および自動バックアップ、リードレプリカ、スナップショット）が AWS KMS で暗号化されているかを確認します。',
      urgency: '数週間以内に計画的に対応してください。既存インスタンスの暗号化は後から有効化できず、スナップショットのコピーと復元による移行とメンテナンス時間が必要ですが、その間も平文データがストレージとバックアップに残り続けます。',
      risk: '保管時の暗号化がないと、データベースファイル、自動バックアップ、インスタンスから取得したすべてのスナップショットが平文のままです。誤って共有されたスナップショットや別アカウントへのコピー、ストレージレベルのアクセス経路から、個人情報やテーブル内の認証情報を含む全データが漏えいします。KMS キーポリシーによる二重の防御も働きません。',
      recommendation: '新規インスタンスは StorageEncrypted を有効にし、カスタマーマネージド KMS キーを指定して作成してください。既存インスタンスはスナップショットを取得し、暗号化を有効にしてコピー（KMS キーを指定）、暗号化済みコピーから新しいインスタンスを復元し、アプリケーションの接続先を切り替えた後、暗号化されていないインスタンスとスナップショットを削除します。',
      console: [
        'RDS コンソールで「スナップショット」を開き、対象インスタンスの手動スナップショットを取得します。',
        'スナップショットを選択し「アクション」>「スナップショットのコピー」で「暗号化を有効化」をオンにして KMS キーを選びます。',
        '暗号化されたコピーを選択し「アクション」>「スナップショットの復元」で元と同じ設定のインスタンスを作成します。',
        'アプリケーションの接続先を新しいエンドポイントに切り替えて動作確認後、暗号化されていないインスタンスとスナップショットを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws rds create-db-snapshot --db-instance-identifier <db> --db-snapshot-identifier <db>-plain',
      'aws rds copy-db-snapshot --source-db-snapshot-identifier <db>-plain --target-db-snapshot-identifier <db>-encrypted --kms-key-id <kms-key-arn>',
      'aws rds restore-db-instance-from-db-snapshot --db-instance-identifier <db>-new --db-snapshot-identifier <db>-encrypted --db-subnet-group-name <subnet-group> --vpc-security-group-ids <sg-id>',
    ].join('\n'),
    terraform: 'resource "aws_db_instance" "main" {\n  identifier        = "orders-db"\n  engine            = "mysql"\n  instance_class    = "db.t3.medium"\n  allocated_storage = 20\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.rds.arn\n  # ... other settings\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: mysql\n    DBInstanceClass: db.t3.medium\n    AllocatedStorage: "20"\n    StorageEncrypted: true\n    KmsKeyId: !Ref RdsKey',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-3',
  ],
  evaluate(db) {
    const c = db.config;
    return c.StorageEncrypted
      ? pass({ en: `Storage is encrypted with ${c.KmsKeyId ?? 'a KMS key'}.`, ja: `ストレージは ${c.KmsKeyId ?? 'KMS キー'} で暗号化されています。` }, { KmsKeyId: c.KmsKeyId })
      : fail(
          { en: `DB instance ${c.DBInstanceIdentifier} (${c.Engine}) stores data unencrypted.`, ja: `DB インスタンス ${c.DBInstanceIdentifier}（${c.Engine}）のデータは暗号化されずに保存されています。` },
          { StorageEncrypted: false },
        );
  },
});
