import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-vpc-changes',
  cis: '4.14',
  fsbp: 'CloudWatch.14',
  subject: { en: 'VPC changes', ja: 'VPC の変更' },
  pattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  terms: [
    '$.eventName = CreateVpc',
    '$.eventName = DeleteVpc',
    '$.eventName = ModifyVpcAttribute',
    '$.eventName = AcceptVpcPeeringConnection',
    '$.eventName = CreateVpcPeeringConnection',
    '$.eventName = DeleteVpcPeeringConnection',
    '$.eventName = RejectVpcPeeringConnection',
    '$.eventName = AttachClassicLinkVpc',
    '$.eventName = DetachClassicLinkVpc',
    '$.eventName = DisableVpcClassicLink',
    '$.eventName = EnableVpcClassicLink',
  ],
  metricName: 'VPCChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: peering connections and VPC attribute changes alter which networks can reach each other, and they are rarely reviewed after the fact.',
    ja: '今月中に設定してください。ピアリング接続や VPC 属性の変更はネットワーク間の到達性を変えますが、後から見直されることはほとんどありません。',
  },
  risk: {
    en: "Accepting a peering request from an unknown account, or creating one to an attacker's VPC, joins your network to theirs; deleting a VPC or changing DNS attributes breaks workloads. Without an alarm these changes surface only as incidents.",
    ja: '見知らぬアカウントからのピアリング要求を承認したり、攻撃者の VPC へのピアリングを作成したりすると、自社のネットワークが相手とつながります。VPC の削除や DNS 属性の変更はワークロードを停止させます。アラームがなければ、これらはインシデントになって初めて表面化します。',
  },
};

export const rule = monitoringRule(spec);
