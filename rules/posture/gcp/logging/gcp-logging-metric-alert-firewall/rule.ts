import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-firewall',
  cis: '2.8',
  subject: { en: "VPC firewall rule changes", ja: "VPC ファイアウォール ルールの変更" },
  filter: "resource.type=\"gce_firewall_rule\" AND (protoPayload.methodName:\"compute.firewalls.patch\" OR protoPayload.methodName:\"compute.firewalls.insert\" OR protoPayload.methodName:\"compute.firewalls.delete\")",
  metricName: 'cis-vpc-firewall-rule-changes',
  severity: 'LOW',
  urgency: 'medium',
  why: {
    en: "Plan it soon: one permissive rule exposes instances to internet scanning within minutes, so hearing about it quickly matters.",
    ja: "早めに計画してください。許可の広いルールが 1 つあるだけでインスタンスは数分でインターネットからのスキャンにさらされるため、すぐに気付けることが重要です。",
  },
  risk: {
    en: "A rule allowing 0.0.0.0/0 to SSH, RDP or a database port, added for a quick test or by an intruder, exposes instances directly to the internet; deleting a deny rule silently reopens paths that were closed on purpose.",
    ja: "手早い検証のため、あるいは侵入者によって 0.0.0.0/0 から SSH・RDP・データベースのポートへの通信を許可するルールが追加されると、インスタンスがインターネットに直接さらされます。拒否ルールの削除は、意図して閉じていた経路を気付かれないまま再び開きます。",
  },
  nist: ["AU-6", "SI-4", "CM-3"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
