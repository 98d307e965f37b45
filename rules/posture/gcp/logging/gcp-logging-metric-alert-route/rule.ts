import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-route',
  cis: '2.9',
  subject: { en: "VPC network route changes", ja: "VPC ネットワークのルート変更" },
  filter: "resource.type=\"gce_route\" AND (protoPayload.methodName:\"compute.routes.delete\" OR protoPayload.methodName:\"compute.routes.insert\")",
  metricName: 'cis-vpc-route-changes',
  severity: 'LOW',
  urgency: 'low',
  why: {
    en: "Include it in your next monitoring change: route changes are rare in most projects and misuse needs network admin rights, but they are hard to spot afterwards.",
    ja: "次回の監視設定の変更に含めてください。ルート変更は多くのプロジェクトでまれで、悪用にはネットワーク管理権限が必要ですが、後から気付くのは困難です。",
  },
  risk: {
    en: "A new route can send traffic for a subnet, or for 0.0.0.0/0, through an instance an attacker controls to intercept it, or around the egress inspection appliance; deleting a route silently cuts connectivity or fallback paths.",
    ja: "新しいルートを追加すると、サブネットや 0.0.0.0/0 宛ての通信を攻撃者が制御するインスタンス経由にして盗聴したり、送信トラフィックの検査アプライアンスを迂回させたりできます。ルートの削除は、接続や迂回経路を気付かれないまま断ち切ります。",
  },
  nist: ["AU-6", "SI-4", "CM-3"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
