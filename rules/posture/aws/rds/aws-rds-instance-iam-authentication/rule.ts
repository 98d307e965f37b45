import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isClusterMember } from '../shared.js';

/** Engines that support IAM database authentication on a standalone instance (RDS.10 scope). */
const IAM_AUTH_ENGINES = ['mysql', 'postgres', 'mariadb'];

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-iam-authentication',
  services: ['rds'],
  title: {
    en: 'IAM authentication is configured for RDS DB instances',
    ja: 'RDS DB インスタンスで IAM 認証が設定されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['DBClusterIdentifier', 'DBInstanceIdentifier', 'Engine', 'IAMDatabaseAuthenticationEnabled'],
  frameworks: {
    fsbp: ['RDS.10'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks that MySQL, MariaDB and PostgreSQL DB instances have IAM database authentication enabled, so applications and people can connect with short-lived IAM tokens instead of static passwords.',
      urgency: 'Plan it within the month: enabling the option has no downtime, but the benefit comes when applications move from passwords to tokens.',
      risk: 'With password-only authentication, database passwords end up in configuration files, environment variables and CI variables, rarely rotate and cannot be tied to a person. A leaked password keeps working from anywhere that reaches the port until someone notices and changes it.',
      recommendation: 'Enable IAM database authentication, create database users mapped to IAM (AWSAuthenticationPlugin for MySQL/MariaDB, rds_iam role for PostgreSQL), grant rds-db:connect to the application roles, and switch connection code to generate tokens. Keep the master password in Secrets Manager with rotation for break-glass use.',
      console: [
        'Open the RDS console, choose Databases, select the instance and choose Modify.',
        'Under Database authentication, choose "Password and IAM database authentication".',
        'Choose Continue and apply, then create IAM-mapped database users and rds-db:connect policies.',
      ],
    },
    ja: {
      description: 'MySQL、MariaDB、PostgreSQL の DB インスタンスで IAM データベース認証が有効になり、アプリケーションや利用者が固定パスワードではなく短期間有効な IAM トークンで接続できるかを確認します。',
      urgency: '今月中に計画してください。オプションの有効化はダウンタイムなしで行えますが、効果が出るのはアプリケーションがパスワードからトークンに移行してからです。',
      risk: 'パスワード認証のみだと、データベースのパスワードが設定ファイル、環境変数、CI の変数に散らばり、ほとんどローテーションされず、誰が使ったかも特定できません。漏えいしたパスワードは、誰かが気付いて変更するまでポートに到達できるあらゆる場所から使えてしまいます。',
      recommendation: 'IAM データベース認証を有効にし、IAM に対応付けたデータベースユーザー（MySQL/MariaDB は AWSAuthenticationPlugin、PostgreSQL は rds_iam ロール）を作成します。アプリケーションのロールに rds-db:connect を付与し、接続処理をトークン生成に切り替えてください。マスターパスワードは非常用として Secrets Manager でローテーション管理します。',
      console: [
        'RDS コンソールで「データベース」から対象インスタンスを選択し「変更」を選びます。',
        '「データベース認証」で「パスワードと IAM データベース認証」を選択します。',
        '「続行」を選んで適用し、IAM 対応のデータベースユーザーと rds-db:connect ポリシーを作成します。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --enable-iam-database-authentication --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    EnableIAMDatabaseAuthentication: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10',
  ],
  evaluate(db) {
    const c = db.config;
    if (isClusterMember(c) || !IAM_AUTH_ENGINES.includes(c.Engine)) {
      return notApplicable({ en: `IAM authentication for ${c.Engine} is not evaluated on the instance.`, ja: `${c.Engine} の IAM 認証はインスタンス単位では評価しません。` });
    }
    return c.IAMDatabaseAuthenticationEnabled
      ? pass({ en: 'IAM database authentication is enabled.', ja: 'IAM データベース認証は有効です。' })
      : fail({ en: `${c.Engine} instance ${c.DBInstanceIdentifier} accepts password authentication only.`, ja: `${c.Engine} インスタンス ${c.DBInstanceIdentifier} はパスワード認証のみです。` }, { IAMDatabaseAuthenticationEnabled: false });
  },
});
