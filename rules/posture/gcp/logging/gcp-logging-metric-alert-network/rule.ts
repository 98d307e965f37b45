import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-network',
  cis: '2.10',
  subject: { en: "VPC network changes", ja: "VPC ネットワークの変更" },
  filter: "resource.type=\"gce_network\" AND (protoPayload.methodName:\"compute.networks.insert\" OR protoPayload.methodName:\"compute.networks.patch\" OR protoPayload.methodName:\"compute.networks.delete\" OR protoPayload.methodName:\"compute.networks.removePeering\" OR protoPayload.methodName:\"compute.networks.addPeering\")",
  metricName: 'cis-vpc-network-changes',
  severity: 'LOW',
  urgency: 'low',
  why: {
    en: "Include it in your next monitoring change: network changes are infrequent and need network admin rights, but a new peering can quietly connect you to someone else's network.",
    ja: "次回の監視設定の変更に含めてください。ネットワークの変更は頻度が低く、ネットワーク管理権限が必要ですが、新しいピアリングは他者のネットワークと気付かれないまま接続してしまいます。",
  },
  risk: {
    en: "A new VPC peering connects your network to a network controlled by another project or organisation, opening internal paths around your perimeter; new or changed networks can bypass the firewall rules and inspection you rely on.",
    ja: "新しい VPC ピアリングは、他のプロジェクトや組織が管理するネットワークとつながり、境界を迂回する内部経路を開きます。ネットワークの新規作成や変更は、頼りにしているファイアウォール ルールや検査を迂回できます。",
  },
  nist: ["AU-6", "SI-4", "CM-3"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
