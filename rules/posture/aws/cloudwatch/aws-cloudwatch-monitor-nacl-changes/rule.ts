import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-nacl-changes',
  cis: '4.11',
  fsbp: 'CloudWatch.11',
  subject: { en: 'network ACL changes', ja: 'ネットワーク ACL の変更' },
  pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  terms: [
    '$.eventName = CreateNetworkAcl',
    '$.eventName = CreateNetworkAclEntry',
    '$.eventName = DeleteNetworkAcl',
    '$.eventName = DeleteNetworkAclEntry',
    '$.eventName = ReplaceNetworkAclEntry',
    '$.eventName = ReplaceNetworkAclAssociation',
  ],
  metricName: 'NACLChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: NACL changes are rare and affect whole subnets, so each one deserves a look the same day.',
    ja: '今月中に設定してください。NACL の変更はまれでサブネット全体に影響するため、その都度当日中に確認する価値があります。',
  },
  risk: {
    en: 'A network ACL entry that allows all traffic removes the subnet-level layer of defence for every instance in the subnet, and a deleted deny rule re-opens a blocked attacker range. Such changes are easy to miss because security groups still look correct.',
    ja: 'すべての通信を許可する NACL エントリは、サブネット内の全インスタンスに対するサブネット単位の防御層を取り除き、拒否ルールの削除はブロックしていた攻撃元の範囲を再び開放します。セキュリティグループは正しく見えるため、こうした変更は見落とされがちです。',
  },
};

export const rule = monitoringRule(spec);
