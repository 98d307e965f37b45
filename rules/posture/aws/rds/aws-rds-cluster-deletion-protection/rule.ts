import { DB_CLUSTER_TYPE, type DbClusterConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbClusterConfig>({
  id: 'aws-rds-cluster-deletion-protection',
  services: ['rds'],
  title: {
    en: 'RDS DB clusters have deletion protection enabled',
    ja: 'RDS DB クラスターで削除保護が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_CLUSTER_TYPE],
  requires: ['DBClusterIdentifier', 'DeletionProtection', 'Engine'],
  frameworks: {
    fsbp: ['RDS.7'],
    'nist-800-53-r5': ['CM-3', 'SC-5(2)'],
  },
  doc: {
    en: {
      description: 'Checks that each RDS DB cluster (Aurora or Multi-AZ DB cluster) has DeletionProtection enabled.',
      urgency: 'Fix soon: a no-downtime setting, while its absence lets one mistaken or malicious call remove the whole cluster with all its instances.',
      risk: 'rds:DeleteDBCluster removes the cluster storage shared by all instances; with --skip-final-snapshot nothing is left except retained automated backups. Stolen credentials, a wrong Terraform workspace or an over-eager cleanup script can take down every application that uses the cluster.',
      recommendation: 'Enable deletion protection on all production clusters and require a reviewed change to disable it. Also keep a final-snapshot policy in your IaC (DeletionPolicy: Snapshot / skip_final_snapshot = false).',
      console: [
        'Open the RDS console, choose Databases and select the cluster (the regional cluster row).',
        'Choose Modify and tick "Enable deletion protection".',
        'Choose Continue and "Apply immediately".',
      ],
    },
    ja: {
      description: '各 RDS DB クラスター（Aurora またはマルチ AZ DB クラスター）で DeletionProtection が有効かを確認します。',
      urgency: '早めに対応してください。ダウンタイムなしの設定変更で済み、未設定だと誤操作や悪意ある 1 回の呼び出しで、すべてのインスタンスを含むクラスター全体が削除され得ます。',
      risk: 'rds:DeleteDBCluster はすべてのインスタンスが共有するクラスターストレージを削除し、--skip-final-snapshot を付ければ保持設定された自動バックアップ以外は何も残りません。盗まれた認証情報、誤った Terraform ワークスペース、行き過ぎた削除スクリプトで、クラスターを使うすべてのアプリケーションが停止します。',
      recommendation: 'すべての本番クラスターで削除保護を有効にし、無効化にはレビュー済みの変更を必須にしてください。IaC でも最終スナップショットを残す設定（DeletionPolicy: Snapshot / skip_final_snapshot = false）を維持します。',
      console: [
        'RDS コンソールで「データベース」からクラスター（リージョナルクラスターの行）を選択します。',
        '「変更」を選び「削除保護の有効化」をオンにします。',
        '「続行」から「すぐに適用」を選びます。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "main" {\n  # ...\n  deletion_protection = true\n  skip_final_snapshot = false\n}',
    cloudformation: 'AuroraCluster:\n  Type: AWS::RDS::DBCluster\n  DeletionPolicy: Snapshot\n  Properties:\n    # ...\n    DeletionProtection: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-7',
  ],
  evaluate(cluster) {
    const c = cluster.config;
    return c.DeletionProtection
      ? pass({ en: 'Deletion protection is enabled.', ja: '削除保護は有効です。' })
      : fail({ en: `DB cluster ${c.DBClusterIdentifier} (${c.Engine}) can be deleted without first disabling protection.`, ja: `DB クラスター ${c.DBClusterIdentifier}（${c.Engine}）は削除保護なしで削除できます。` }, { DeletionProtection: false });
  },
});
