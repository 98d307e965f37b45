import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-organizations-changes',
  cis: '4.15',
  subject: { en: 'AWS Organizations changes', ja: 'AWS Organizations の変更' },
  pattern: '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  terms: [
    '$.eventSource = organizations.amazonaws.com',
    '$.eventName = AcceptHandshake',
    '$.eventName = AttachPolicy',
    '$.eventName = CreateAccount',
    '$.eventName = CreateOrganizationalUnit',
    '$.eventName = CreatePolicy',
    '$.eventName = DeclineHandshake',
    '$.eventName = DeleteOrganization',
    '$.eventName = DeleteOrganizationalUnit',
    '$.eventName = DeletePolicy',
    '$.eventName = DetachPolicy',
    '$.eventName = DisablePolicyType',
    '$.eventName = EnablePolicyType',
    '$.eventName = InviteAccountToOrganization',
    '$.eventName = LeaveOrganization',
    '$.eventName = MoveAccount',
    '$.eventName = RemoveAccountFromOrganization',
    '$.eventName = UpdatePolicy',
    '$.eventName = UpdateOrganizationalUnit',
  ],
  metricName: 'OrganizationsChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month in the management account: organization changes affect every account at once, and SCP detachments remove guardrails everywhere.',
    ja: '管理アカウントで今月中に設定してください。組織の変更は全アカウントに一度に影響し、SCP のデタッチはすべての場所のガードレールを取り除きます。',
  },
  risk: {
    en: 'An attacker in the management account detaches a service control policy, moves an account out of a restricted OU, or removes an account from the organization to escape central logging and billing controls. These actions are few and high impact, so each should be reviewed.',
    ja: '管理アカウントに侵入した攻撃者が、サービスコントロールポリシーをデタッチしたり、アカウントを制限付き OU の外に移動したり、組織から外して一元的なログや請求の管理から逃れたりします。これらの操作は少数で影響が大きいため、1 件ずつ確認すべきです。',
  },
};

export const rule = monitoringRule(spec);
