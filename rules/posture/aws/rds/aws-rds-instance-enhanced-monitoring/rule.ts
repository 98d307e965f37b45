import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-enhanced-monitoring',
  services: ['rds'],
  title: {
    en: 'Enhanced Monitoring is configured for RDS DB instances',
    ja: 'RDS DB インスタンスで拡張モニタリングが設定されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['MonitoringInterval'],
  frameworks: {
    fsbp: ['RDS.6'],
    'nist-800-53-r5': ['CA-7', 'SI-2'],
  },
  doc: {
    en: {
      description: 'Checks that Enhanced Monitoring (OS-level metrics collected by an agent on the DB host) is enabled, i.e. MonitoringInterval is greater than 0.',
      urgency: 'Low urgency: it improves detection and troubleshooting rather than closing an attack path, so add it with the next routine change.',
      risk: 'Without OS-level metrics, unusual processes, CPU spikes from crypto-mining or bulk exports, and memory pressure before an outage are invisible; hypervisor-level CloudWatch metrics are too coarse to tell what happened on the host during an incident.',
      recommendation: 'Enable Enhanced Monitoring with a 60-second (or finer) interval and the rds-monitoring-role, and alarm on the resulting CloudWatch Logs metrics for production instances.',
      console: [
        'Open the RDS console, choose Databases, select the instance and choose Modify.',
        'Under Monitoring, tick "Enable Enhanced monitoring", choose the granularity and the monitoring role (or let RDS create one).',
        'Choose Continue and apply.',
      ],
    },
    ja: {
      description: '拡張モニタリング（DB ホスト上のエージェントが収集する OS レベルのメトリクス）が有効、つまり MonitoringInterval が 0 より大きいかを確認します。',
      urgency: '緊急度は低めです。攻撃経路を塞ぐものではなく検知と調査を改善する対策のため、次回の定例変更で追加してください。',
      risk: 'OS レベルのメトリクスがないと、不審なプロセス、暗号資産マイニングや大量エクスポートによる CPU 急増、障害前のメモリ逼迫などが見えません。ハイパーバイザーレベルの CloudWatch メトリクスだけでは、インシデント時にホストで何が起きたかを判断できません。',
      recommendation: '60 秒以下の間隔と rds-monitoring-role で拡張モニタリングを有効にし、本番インスタンスでは収集されたメトリクスにアラームを設定してください。',
      console: [
        'RDS コンソールで「データベース」から対象インスタンスを選択し「変更」を選びます。',
        '「モニタリング」で「拡張モニタリングの有効化」をオンにし、粒度とモニタリングロールを選択します（RDS に作成させることもできます）。',
        '「続行」を選んで適用します。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::<account-id>:role/rds-monitoring-role --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  monitoring_interval = 60\n  monitoring_role_arn = aws_iam_role.rds_monitoring.arn\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    MonitoringInterval: 60\n    MonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6',
  ],
  evaluate(db) {
    const c = db.config;
    return c.MonitoringInterval > 0
      ? pass({ en: `Enhanced Monitoring collects metrics every ${c.MonitoringInterval} s.`, ja: `拡張モニタリングは ${c.MonitoringInterval} 秒間隔でメトリクスを収集しています。` })
      : fail({ en: 'Enhanced Monitoring is disabled (MonitoringInterval 0).', ja: '拡張モニタリングが無効です（MonitoringInterval 0）。' }, { MonitoringInterval: 0 });
  },
});
