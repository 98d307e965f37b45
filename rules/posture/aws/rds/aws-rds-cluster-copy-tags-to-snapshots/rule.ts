import { DB_CLUSTER_TYPE, type DbClusterConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isAurora } from '../shared.js';

export const rule = defineRule<DbClusterConfig>({
  id: 'aws-rds-cluster-copy-tags-to-snapshots',
  services: ['rds'],
  title: {
    en: 'Aurora DB clusters copy tags to DB snapshots',
    ja: 'Aurora DB クラスターでスナップショットへのタグのコピーが有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [DB_CLUSTER_TYPE],
  requires: ['CopyTagsToSnapshot', 'Engine'],
  frameworks: {
    fsbp: ['RDS.16'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  doc: {
    en: {
      description: 'Checks that Aurora DB clusters have CopyTagsToSnapshot enabled so cluster snapshots carry the cluster tags.',
      urgency: 'Low urgency: a governance gap; enable it with the next change to the cluster.',
      risk: 'Cluster snapshots without owner, environment and data-classification tags escape tag-based access policies, cost reports and retention clean-up, so old copies of production data linger unnoticed and unowned.',
      recommendation: 'Enable "Copy tags to snapshots" on every Aurora cluster and enforce it in infrastructure-as-code; retag existing manual cluster snapshots.',
      console: [
        'Open the RDS console, choose Databases, select the cluster and choose Modify.',
        'Under Backup, tick "Copy tags to snapshots".',
        'Choose Continue and apply immediately.',
      ],
    },
    ja: {
      description: 'Aurora DB クラスターで CopyTagsToSnapshot が有効になり、クラスタースナップショットにクラスターのタグが引き継がれるかを確認します。',
      urgency: '緊急度は低めです。ガバナンス上の不備のため、次回クラスターを変更する際に有効化してください。',
      risk: '所有者、環境、データ分類のタグがないクラスタースナップショットは、タグベースのアクセスポリシー、コストレポート、保持期間に基づく削除の対象外となり、本番データの古いコピーが所有者不明のまま放置されます。',
      recommendation: 'すべての Aurora クラスターで「スナップショットにタグをコピー」を有効にし、IaC で強制してください。既存の手動クラスタースナップショットにもタグを付け直します。',
      console: [
        'RDS コンソールで「データベース」からクラスターを選択し「変更」を選びます。',
        '「バックアップ」で「スナップショットにタグをコピー」をオンにします。',
        '「続行」から「すぐに適用」を選びます。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "main" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
    cloudformation: 'AuroraCluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    # ...\n    CopyTagsToSnapshot: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-16',
  ],
  evaluate(cluster) {
    const c = cluster.config;
    if (!isAurora(c.Engine)) return notApplicable({ en: `RDS.16 covers Aurora clusters only (engine ${c.Engine}).`, ja: `RDS.16 は Aurora クラスターのみが対象です（エンジン ${c.Engine}）。` });
    return c.CopyTagsToSnapshot
      ? pass({ en: 'Tags are copied to cluster snapshots.', ja: 'タグはクラスタースナップショットにコピーされます。' })
      : fail({ en: 'Cluster snapshots are created without the cluster tags.', ja: 'クラスタースナップショットはタグなしで作成されます。' }, { CopyTagsToSnapshot: false });
  },
});
