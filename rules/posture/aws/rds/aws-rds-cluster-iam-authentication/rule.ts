import { DB_CLUSTER_TYPE, type DbClusterConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbClusterConfig>({
  id: 'aws-rds-cluster-iam-authentication',
  services: ['rds'],
  title: {
    en: 'IAM authentication is configured for RDS DB clusters',
    ja: 'RDS DB クラスターで IAM 認証が設定されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_CLUSTER_TYPE],
  requires: ['DBClusterIdentifier', 'Engine', 'IAMDatabaseAuthenticationEnabled'],
  frameworks: {
    fsbp: ['RDS.12'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks that IAM database authentication is enabled on each RDS DB cluster, allowing connections with short-lived IAM tokens instead of static passwords.',
      urgency: 'Plan it within the month: enabling it has no downtime; the security gain arrives when applications switch from stored passwords to tokens.',
      risk: 'Static database passwords are copied into configuration, rarely rotated and shared between people and services. Once leaked they work from anywhere that can reach the cluster endpoint, and logins cannot be tied to an IAM identity or revoked centrally.',
      recommendation: 'Enable IAM database authentication on the cluster, create IAM-mapped database users, grant rds-db:connect on the cluster resource id to application roles and generate tokens in the connection code. Keep the master password in Secrets Manager with rotation.',
      console: [
        'Open the RDS console, choose Databases, select the cluster and choose Modify.',
        'Under Database authentication, choose "Password and IAM database authentication".',
        'Choose Continue and apply immediately.',
      ],
    },
    ja: {
      description: '各 RDS DB クラスターで IAM データベース認証が有効になり、固定パスワードではなく短期間有効な IAM トークンで接続できるかを確認します。',
      urgency: '今月中に計画してください。有効化はダウンタイムなしで行え、アプリケーションが保存済みパスワードからトークンに切り替えた時点で効果が出ます。',
      risk: '固定のデータベースパスワードは設定ファイルにコピーされ、ほとんどローテーションされず、人とサービスの間で共有されがちです。漏えいするとクラスターエンドポイントに到達できるあらゆる場所から使え、IAM の ID と結び付けた追跡や一元的な失効もできません。',
      recommendation: 'クラスターで IAM データベース認証を有効にし、IAM に対応付けたデータベースユーザーを作成します。アプリケーションのロールにクラスターのリソース ID に対する rds-db:connect を付与し、接続処理でトークンを生成してください。マスターパスワードは Secrets Manager でローテーション管理します。',
      console: [
        'RDS コンソールで「データベース」からクラスターを選択し「変更」を選びます。',
        '「データベース認証」で「パスワードと IAM データベース認証」を選択します。',
        '「続行」から「すぐに適用」を選びます。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "main" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
    cloudformation: 'AuroraCluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    # ...\n    EnableIAMDatabaseAuthentication: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-12',
  ],
  evaluate(cluster) {
    const c = cluster.config;
    if (c.Engine === 'docdb') return notApplicable({ en: 'Amazon DocumentDB does not support IAM database authentication.', ja: 'Amazon DocumentDB は IAM データベース認証に対応していません。' });
    return c.IAMDatabaseAuthenticationEnabled
      ? pass({ en: 'IAM database authentication is enabled.', ja: 'IAM データベース認証は有効です。' })
      : fail({ en: `DB cluster ${c.DBClusterIdentifier} accepts password authentication only.`, ja: `DB クラスター ${c.DBClusterIdentifier} はパスワード認証のみです。` }, { IAMDatabaseAuthenticationEnabled: false });
  },
});
