import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isClusterMember } from '../shared.js';

/** Engines Security Hub evaluates for RDS.8 (cluster-managed engines are covered by RDS.7). */
const ENGINE = /^(mariadb|mysql|postgres|custom-oracle-ee|oracle-|sqlserver-)/;

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-deletion-protection',
  services: ['rds'],
  title: {
    en: 'RDS DB instances have deletion protection enabled',
    ja: 'RDS DB インスタンスで削除保護が有効になっている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['DBClusterIdentifier', 'DBInstanceIdentifier', 'DeletionProtection', 'Engine'],
  frameworks: {
    fsbp: ['RDS.8'],
    'nist-800-53-r5': ['CM-3', 'SC-5(2)', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: 'Checks that standalone RDS DB instances (MariaDB, MySQL, PostgreSQL, Oracle, SQL Server) have DeletionProtection enabled.',
      urgency: 'Fix soon: it is a one-setting change without downtime, and without it a single mistaken API call, Terraform destroy or compromised credential can delete the production database.',
      risk: 'Anyone or any pipeline with rds:DeleteDBInstance can delete the instance in one call, optionally skipping the final snapshot; automated backups are deleted with it unless retained. An attacker with stolen credentials uses exactly this to cause an outage or to extort.',
      recommendation: 'Enable deletion protection on every production instance. Turning it off must then be a separate, reviewed change, which also protects against accidental infrastructure-as-code replacements.',
      console: [
        'Open the RDS console, choose Databases, select the instance and choose Modify.',
        'At the bottom, tick "Enable deletion protection".',
        'Choose Continue and "Apply immediately" (no downtime).',
      ],
    },
    ja: {
      description: 'クラスターに属さない RDS DB インスタンス（MariaDB、MySQL、PostgreSQL、Oracle、SQL Server）で DeletionProtection が有効かを確認します。',
      urgency: '早めに対応してください。ダウンタイムなしの設定変更 1 つで済み、未設定だと誤った API 呼び出し、Terraform の destroy、漏えいした認証情報のいずれか 1 回で本番データベースが削除され得ます。',
      risk: 'rds:DeleteDBInstance 権限を持つ人やパイプラインは、最終スナップショットを省略してインスタンスを 1 回の呼び出しで削除でき、保持設定がなければ自動バックアップも同時に消えます。認証情報を盗んだ攻撃者は、サービス停止や脅迫のためにまさにこの操作を行います。',
      recommendation: 'すべての本番インスタンスで削除保護を有効にしてください。無効化は別途レビューされた変更として扱うことになり、IaC による意図しない置き換えからも保護されます。',
      console: [
        'RDS コンソールで「データベース」から対象インスタンスを選択し「変更」を選びます。',
        '画面下部の「削除保護の有効化」をオンにします。',
        '「続行」から「すぐに適用」を選びます（ダウンタイムなし）。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  deletion_protection = true\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  DeletionPolicy: Snapshot\n  Properties:\n    # ...\n    DeletionProtection: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8',
  ],
  evaluate(db) {
    const c = db.config;
    if (isClusterMember(c) || !ENGINE.test(c.Engine)) {
      return notApplicable({ en: `Engine ${c.Engine} is protected at the DB cluster level.`, ja: `エンジン ${c.Engine} の削除保護は DB クラスター単位で設定されます。` });
    }
    return c.DeletionProtection
      ? pass({ en: 'Deletion protection is enabled.', ja: '削除保護は有効です。' })
      : fail({ en: `DB instance ${c.DBInstanceIdentifier} can be deleted without first disabling protection.`, ja: `DB インスタンス ${c.DBInstanceIdentifier} は削除保護なしで削除できます。` }, { DeletionProtection: false });
  },
});
