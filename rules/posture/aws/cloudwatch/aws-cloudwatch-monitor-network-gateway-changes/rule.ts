import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-network-gateway-changes',
  cis: '4.12',
  fsbp: 'CloudWatch.12',
  subject: { en: 'changes to network gateways', ja: 'ネットワークゲートウェイの変更' },
  pattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  terms: [
    '$.eventName = CreateCustomerGateway',
    '$.eventName = DeleteCustomerGateway',
    '$.eventName = AttachInternetGateway',
    '$.eventName = CreateInternetGateway',
    '$.eventName = DeleteInternetGateway',
    '$.eventName = DetachInternetGateway',
  ],
  metricName: 'NetworkGatewayChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: attaching an internet gateway to a private VPC creates a new path to the internet that bypasses your designed egress controls.',
    ja: '今月中に設定してください。プライベート VPC へのインターネットゲートウェイのアタッチは、設計した出口制御を迂回するインターネットへの新しい経路を作ります。',
  },
  risk: {
    en: 'An internet gateway attached to an isolated VPC, or a new customer gateway for a VPN, creates an unreviewed path in or out of your network that can be used to exfiltrate data or reach internal systems.',
    ja: '隔離された VPC へのインターネットゲートウェイのアタッチや、VPN 用の新しいカスタマーゲートウェイは、レビューされていない内外への経路を作り、データの持ち出しや内部システムへの到達に使われ得ます。',
  },
};

export const rule = monitoringRule(spec);
