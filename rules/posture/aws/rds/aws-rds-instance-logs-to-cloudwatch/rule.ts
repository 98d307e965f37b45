import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isClusterMember } from '../shared.js';

/** Log types Security Hub RDS.9 expects per engine family. */
export function requiredLogs(engine: string): string[] | undefined {
  if (engine.startsWith('oracle') || engine === 'custom-oracle-ee') return ['alert', 'audit', 'trace', 'listener'];
  if (engine === 'postgres') return ['postgresql', 'upgrade'];
  if (engine === 'mysql' || engine === 'mariadb') return ['audit', 'error', 'general', 'slowquery'];
  if (engine.startsWith('sqlserver')) return ['error', 'agent'];
  return undefined;
}

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-logs-to-cloudwatch',
  services: ['rds'],
  title: {
    en: 'RDS DB instances publish logs to CloudWatch Logs',
    ja: 'RDS DB インスタンスがログを CloudWatch Logs に発行している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['DBClusterIdentifier', 'EnabledCloudwatchLogsExports', 'Engine'],
  frameworks: {
    fsbp: ['RDS.9'],
    'nist-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(10)', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that each standalone RDS DB instance exports the engine logs Security Hub expects to CloudWatch Logs: MySQL/MariaDB audit, error, general, slowquery; PostgreSQL postgresql, upgrade; Oracle alert, audit, trace, listener; SQL Server error, agent.',
      urgency: 'Enable within the month: logs only help for events after they are switched on, and without them a database intrusion leaves no record outside the instance.',
      risk: 'Engine logs on the instance rotate within days and disappear with the instance. Without exported audit and error logs you cannot see failed logins from brute forcing, the queries an attacker ran to dump tables, or who changed privileges, and you cannot keep the evidence required for PCI DSS investigations.',
      recommendation: 'Enable the log exports for the engine (for MySQL/MariaDB also enable the audit plugin through an option group and the general/slow query logs through the parameter group), set a retention period on the /aws/rds/instance/<db>/* log groups, and alert on authentication failures.',
      console: [
        'Open the RDS console, choose Databases, select the instance and choose Modify.',
        'Under Log exports, tick every log type listed for the engine.',
        'Choose Continue and apply; then set retention on the created CloudWatch log groups.',
      ],
    },
    ja: {
      description: 'クラスターに属さない各 RDS DB インスタンスが、Security Hub が求めるエンジンログ（MySQL/MariaDB: audit, error, general, slowquery、PostgreSQL: postgresql, upgrade、Oracle: alert, audit, trace, listener、SQL Server: error, agent）を CloudWatch Logs にエクスポートしているかを確認します。',
      urgency: '今月中に有効化してください。ログは有効化した後の事象しか記録できず、未設定のままではデータベースへの侵入の痕跡がインスタンス外に残りません。',
      risk: 'インスタンス上のエンジンログは数日でローテートされ、インスタンス削除とともに消えます。監査ログやエラーログをエクスポートしていないと、総当たりによるログイン失敗、攻撃者がテーブルを抜き出したクエリ、権限変更の実行者が分からず、PCI DSS の調査に必要な証跡も保持できません。',
      recommendation: 'エンジンに応じたログのエクスポートを有効にしてください（MySQL/MariaDB はオプショングループで監査プラグインを、パラメータグループで general/slow query ログも有効化）。/aws/rds/instance/<db>/* のロググループに保持期間を設定し、認証失敗にアラートを設定します。',
      console: [
        'RDS コンソールで「データベース」から対象インスタンスを選択し「変更」を選びます。',
        '「ログのエクスポート」でエンジンに対応するすべてのログタイプをオンにします。',
        '「続行」を選んで適用し、作成された CloudWatch ロググループに保持期間を設定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error","general","slowquery"]}\' --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    EnableCloudwatchLogsExports: [audit, error, general, slowquery]',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9',
  ],
  evaluate(db) {
    const c = db.config;
    const required = requiredLogs(c.Engine);
    if (isClusterMember(c) || !required) {
      return notApplicable({ en: `Log exports of ${c.Engine} are configured on the DB cluster.`, ja: `${c.Engine} のログエクスポートは DB クラスターで設定されます。` });
    }
    const missing = required.filter((l) => !c.EnabledCloudwatchLogsExports.includes(l));
    return missing.length === 0
      ? pass({ en: `Exports ${required.join(', ')} to CloudWatch Logs.`, ja: `${required.join(', ')} を CloudWatch Logs にエクスポートしています。` })
      : fail(
          { en: `Not exported to CloudWatch Logs: ${missing.join(', ')}.`, ja: `CloudWatch Logs にエクスポートされていないログ: ${missing.join(', ')}。` },
          { missing, EnabledCloudwatchLogsExports: c.EnabledCloudwatchLogsExports },
        );
  },
});
