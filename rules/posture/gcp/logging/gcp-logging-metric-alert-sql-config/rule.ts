import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-sql-config',
  cis: '2.12',
  subject: { en: "Cloud SQL instance configuration changes", ja: "Cloud SQL インスタンスの構成変更" },
  filter: "protoPayload.methodName=\"cloudsql.instances.update\"",
  metricName: 'cis-sql-instance-config-changes',
  severity: 'LOW',
  urgency: 'low',
  why: {
    en: "Include it in your next monitoring change: configuration changes need Cloud SQL admin rights, but some of them (authorised networks, SSL, backups) weaken a database in one step.",
    ja: "次回の監視設定の変更に含めてください。構成変更には Cloud SQL の管理権限が必要ですが、承認済みネットワーク・SSL・バックアップなど一度の変更でデータベースを弱くするものがあります。",
  },
  risk: {
    en: "Adding 0.0.0.0/0 to authorised networks, turning off required SSL, disabling automated backups or changing database flags weakens the instance without any visible failure; an alert lets the owner confirm each change was intended.",
    ja: "承認済みネットワークへの 0.0.0.0/0 の追加、SSL 必須設定の解除、自動バックアップの無効化、データベースフラグの変更は、目に見える障害なしにインスタンスを弱くします。アラートがあれば、オーナーが変更ごとに意図したものかを確認できます。",
  },
  nist: ["AU-6", "SI-4", "CM-3"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
