import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-audit-config',
  cis: '2.6',
  subject: { en: "audit configuration changes", ja: "監査ログ構成の変更" },
  filter: "protoPayload.methodName=\"SetIamPolicy\" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*",
  metricName: 'cis-audit-config-changes',
  severity: 'MEDIUM',
  urgency: 'high',
  why: {
    en: "Set up this week: switching off Data Access audit logs is how an intruder blinds you before touching data.",
    ja: "今週中に設定してください。データアクセス監査ログの無効化は、侵入者がデータに手を出す前に監視の目をふさぐ典型的な手口です。",
  },
  risk: {
    en: "An attacker, or an engineer trimming logging costs, removes DATA_READ logging or exempts a service account from audit logging; from then on, data read through that account leaves no trace. Without an alert nobody notices the gap until an investigation finds the logs missing.",
    ja: "攻撃者、あるいはログ費用を削りたいエンジニアが DATA_READ のログを無効にしたり、サービスアカウントを監査ログの対象外にしたりすると、以降そのアカウントによるデータの読み取りは痕跡が残りません。アラートがなければ、調査でログが欠けていると分かるまで誰もその空白に気付きません。",
  },
  nist: ["AU-6", "AU-12", "SI-4"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
