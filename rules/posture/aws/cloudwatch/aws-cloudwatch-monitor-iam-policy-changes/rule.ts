import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-iam-policy-changes',
  cis: '4.4',
  fsbp: 'CloudWatch.4',
  subject: { en: 'IAM policy changes', ja: 'IAM ポリシーの変更' },
  pattern: '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }',
  terms: [
    '$.eventName = DeleteGroupPolicy',
    '$.eventName = DeleteRolePolicy',
    '$.eventName = DeleteUserPolicy',
    '$.eventName = PutGroupPolicy',
    '$.eventName = PutRolePolicy',
    '$.eventName = PutUserPolicy',
    '$.eventName = CreatePolicy',
    '$.eventName = DeletePolicy',
    '$.eventName = CreatePolicyVersion',
    '$.eventName = DeletePolicyVersion',
    '$.eventName = AttachRolePolicy',
    '$.eventName = DetachRolePolicy',
    '$.eventName = AttachUserPolicy',
    '$.eventName = DetachUserPolicy',
    '$.eventName = AttachGroupPolicy',
    '$.eventName = DetachGroupPolicy',
  ],
  metricName: 'IAMPolicyChanges',
  urgency: 'high',
  why: {
    en: 'Set up this week: attaching an admin policy is the most common privilege-escalation and persistence step, and it takes seconds.',
    ja: '今週中に設定してください。管理者ポリシーの付与は最もよくある権限昇格・永続化の手口で、数秒で完了します。',
  },
  risk: {
    en: 'An attacker with limited IAM permissions attaches AdministratorAccess to a role they control, or adds an inline policy to a forgotten user as a backdoor. Policy changes look like routine work in the logs, so without an alarm they survive until the next access review.',
    ja: '限られた IAM 権限を持つ攻撃者が、自分が操作できるロールに AdministratorAccess を付与したり、放置されたユーザーにインラインポリシーを追加してバックドアにしたりします。ポリシー変更はログ上は通常作業に見えるため、アラームがなければ次の権限棚卸しまで残り続けます。',
  },
};

export const rule = monitoringRule(spec);
