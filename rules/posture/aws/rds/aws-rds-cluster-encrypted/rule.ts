import { DB_CLUSTER_TYPE, type DbClusterConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbClusterConfig>({
  id: 'aws-rds-cluster-encrypted',
  services: ['rds'],
  title: {
    en: 'RDS DB clusters are encrypted at rest',
    ja: 'RDS DB クラスターが保管時に暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_CLUSTER_TYPE],
  requires: ['DBClusterIdentifier', 'KmsKeyId', 'StorageEncrypted'],
  frameworks: {
    fsbp: ['RDS.27'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that the storage of each RDS DB cluster (and so its backups and snapshots) is encrypted with AWS KMS.',
      urgency: 'Plan the migration within weeks: encryption can only be chosen at creation, so it needs a snapshot copy and restore, but the unencrypted data and every snapshot of it stay exposed until then.',
      risk: 'An unencrypted cluster produces unencrypted snapshots, which can be shared publicly or with any account without KMS key policy checks. The data is also not protected by a key whose use is logged in CloudTrail and can be revoked.',
      recommendation: 'Create clusters with StorageEncrypted and a customer managed key. For an existing cluster, snapshot it, restore a new encrypted cluster from the snapshot (choosing the KMS key), switch the application endpoints and delete the old cluster and snapshots.',
      console: [
        'Open the RDS console, select the cluster and choose Actions > Take snapshot.',
        'Select the snapshot, choose Actions > Restore snapshot and under Encryption pick the KMS key.',
        'Move the application to the new cluster endpoints, verify, then delete the unencrypted cluster and its snapshots.',
      ],
    },
    ja: {
      description: '各 RDS DB クラスターのストレージ（およびバックアップとスナップショット）が AWS KMS で暗号化されているかを確認します。',
      urgency: '数週間以内に移行を計画してください。暗号化は作成時にしか選べずスナップショットからの復元が必要ですが、それまで平文のデータとすべてのスナップショットが露出したままです。',
      risk: '暗号化されていないクラスターからは暗号化されていないスナップショットが作成され、KMS キーポリシーによる確認なしにパブリックや任意のアカウントへ共有できてしまいます。CloudTrail で利用が記録され失効も可能なキーによる保護も受けられません。',
      recommendation: 'クラスターは StorageEncrypted とカスタマーマネージドキーを指定して作成してください。既存クラスターはスナップショットを取得し、KMS キーを指定して暗号化された新しいクラスターに復元、アプリケーションの接続先を切り替えてから旧クラスターとスナップショットを削除します。',
      console: [
        'RDS コンソールでクラスターを選択し「アクション」>「スナップショットの取得」を選びます。',
        'スナップショットを選択し「アクション」>「スナップショットの復元」で「暗号化」の KMS キーを指定します。',
        'アプリケーションを新しいクラスターエンドポイントに切り替えて確認後、暗号化されていないクラスターとスナップショットを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws rds create-db-cluster-snapshot --db-cluster-identifier <cluster> --db-cluster-snapshot-identifier <cluster>-plain',
      'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <cluster>-enc --snapshot-identifier <cluster>-plain --engine aurora-mysql --kms-key-id <kms-key-arn>',
    ].join('\n'),
    terraform: 'resource "aws_rds_cluster" "main" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.rds.arn\n}',
    cloudformation: 'AuroraCluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    # ...\n    StorageEncrypted: true\n    KmsKeyId: !Ref RdsKey',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-27',
  ],
  evaluate(cluster) {
    const c = cluster.config;
    return c.StorageEncrypted
      ? pass({ en: `Cluster storage is encrypted with ${c.KmsKeyId ?? 'a KMS key'}.`, ja: `クラスターのストレージは ${c.KmsKeyId ?? 'KMS キー'} で暗号化されています。` })
      : fail({ en: `DB cluster ${c.DBClusterIdentifier} stores data unencrypted.`, ja: `DB クラスター ${c.DBClusterIdentifier} のデータは暗号化されずに保存されています。` }, { StorageEncrypted: false });
  },
});
