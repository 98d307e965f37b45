import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-security-group-changes',
  cis: '4.10',
  fsbp: 'CloudWatch.10',
  subject: { en: 'security group changes', ja: 'セキュリティグループの変更' },
  pattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  terms: [
    '$.eventName = AuthorizeSecurityGroupIngress',
    '$.eventName = AuthorizeSecurityGroupEgress',
    '$.eventName = RevokeSecurityGroupIngress',
    '$.eventName = RevokeSecurityGroupEgress',
    '$.eventName = CreateSecurityGroup',
    '$.eventName = DeleteSecurityGroup',
  ],
  metricName: 'SecurityGroupChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: an ingress rule opened to 0.0.0.0/0 is found by internet-wide scanners within minutes.',
    ja: '今月中に設定してください。0.0.0.0/0 に開放されたインバウンドルールは、インターネット全体を走査するスキャナーに数分で見つかります。',
  },
  risk: {
    en: 'Someone opens SSH, RDP or a database port to the internet "temporarily" or an attacker adds a rule for their own IP to reach an internal service. Without an alarm the rule stays until the next audit, and the exposed service is attacked in the meantime.',
    ja: '誰かが SSH・RDP・データベースのポートを「一時的に」インターネットへ開放したり、攻撃者が内部サービスに届くよう自分の IP を許可するルールを追加したりします。アラームがなければルールは次の監査まで残り、その間に公開されたサービスが攻撃されます。',
  },
};

export const rule = monitoringRule(spec);
