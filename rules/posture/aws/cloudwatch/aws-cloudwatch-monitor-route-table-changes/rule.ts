import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-route-table-changes',
  cis: '4.13',
  fsbp: 'CloudWatch.13',
  subject: { en: 'route table changes', ja: 'ルートテーブルの変更' },
  pattern: '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  terms: [
    '$.eventName = CreateRoute',
    '$.eventName = CreateRouteTable',
    '$.eventName = ReplaceRoute',
    '$.eventName = ReplaceRouteTableAssociation',
    '$.eventName = DeleteRouteTable',
    '$.eventName = DeleteRoute',
    '$.eventName = DisassociateRouteTable',
  ],
  metricName: 'RouteTableChanges',
  urgency: 'medium',
  why: {
    en: "Set up within the month: a single route change can send a private subnet's traffic to the internet or through an attacker-controlled appliance.",
    ja: '今月中に設定してください。ルートを 1 つ変えるだけで、プライベートサブネットの通信をインターネットや攻撃者が制御する機器経由に向けられます。',
  },
  risk: {
    en: 'A new 0.0.0.0/0 route to an internet gateway exposes a private subnet, and a route to an attacker-controlled instance or peering connection lets traffic be intercepted. Route changes do not show in security group reviews.',
    ja: 'インターネットゲートウェイへの 0.0.0.0/0 ルートの追加はプライベートサブネットを露出させ、攻撃者が制御するインスタンスやピアリング接続へのルートは通信の傍受を可能にします。ルートの変更はセキュリティグループのレビューには現れません。',
  },
};

export const rule = monitoringRule(spec);
