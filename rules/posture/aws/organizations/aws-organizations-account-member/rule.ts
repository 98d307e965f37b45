import { MEMBERSHIP_TYPE, type MembershipConfig } from '../../../../../src/providers/aws/model/organizations.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<MembershipConfig>({
  id: 'aws-organizations-account-member',
  services: ['organizations'],
  title: {
    en: 'The AWS account is part of an AWS Organizations organization',
    ja: 'AWS アカウントが AWS Organizations の組織に属している',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [MEMBERSHIP_TYPE],
  requires: ['inOrganization', 'isManagementAccount', 'organizationId'],
  frameworks: {
    fsbp: ['Account.2'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2'],
  },
  doc: {
    en: {
      description: 'Checks that the account belongs to an organization in AWS Organizations (DescribeOrganization does not return AWSOrganizationsNotInUseException).',
      urgency: 'Plan within the month: joining an organization is an organisational change, but until then the account has none of the central guardrails (SCPs, organization trail, delegated security services).',
      risk: 'A standalone account cannot be protected by service control policies, is not covered by an organization CloudTrail trail or organization-wide GuardDuty/Security Hub/Access Analyzer, and is easily forgotten: such "shadow" accounts are where unmonitored resources and leaked credentials live longest.',
      recommendation: 'Invite the account into your organization (or create new accounts from it), place it in the right OU, and let the organization-level baseline (SCPs, trail, security services, IAM Identity Center) apply.',
      console: [
        'In the management account, open AWS Organizations → "AWS accounts" → "Add an AWS account" → "Invite an existing AWS account".',
        'In the invited account, open AWS Organizations → "Invitations" and accept.',
        'Move the account to the appropriate OU.',
      ],
    },
    ja: {
      description: 'アカウントが AWS Organizations の組織に属していること（DescribeOrganization が AWSOrganizationsNotInUseException を返さないこと）を確認します。',
      urgency: '1 か月以内に計画してください。組織への参加は組織的な変更を伴いますが、それまでの間、このアカウントには SCP、組織の証跡、委任されたセキュリティサービスといった中央のガードレールが一切効きません。',
      risk: '単独のアカウントはサービスコントロールポリシーで保護できず、組織の CloudTrail 証跡や組織全体の GuardDuty・Security Hub・Access Analyzer の対象にもならず、忘れられがちです。こうした「野良」アカウントには、監視されないリソースや漏えいした認証情報が最も長く残ります。',
      recommendation: 'アカウントを組織に招待し（または組織から新規作成し）、適切な OU に配置して、組織レベルのベースライン（SCP、証跡、セキュリティサービス、IAM Identity Center）を適用してください。',
      console: [
        '管理アカウントで AWS Organizations →「AWS アカウント」→「AWS アカウントを追加」→「既存の AWS アカウントを招待」を選びます。',
        '招待されたアカウントで AWS Organizations →「招待」を開き、承諾します。',
        'アカウントを適切な OU に移動します。',
      ],
    },
  },
  remediation: {
    cli: '# In the management account:\naws organizations invite-account-to-organization --target Id=<account-id>,Type=ACCOUNT\n# In the invited account:\naws organizations list-handshakes-for-account\naws organizations accept-handshake --handshake-id <h-id>',
    terraform: '# In the management account (creates a new member account):\nresource "aws_organizations_account" "workload" {\n  name      = "workload-prod"\n  email     = "aws-workload-prod@example.com"\n  parent_id = aws_organizations_organizational_unit.workloads.id\n}',
    cloudformation: 'WorkloadAccount:\n  Type: AWS::Organizations::Account\n  Properties:\n    AccountName: workload-prod\n    Email: aws-workload-prod@example.com\n    ParentIds:\n      - !Ref WorkloadsOU',
  },
  references: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/account-controls.html#account-2',
  ],
  evaluate(m) {
    if (m.config.inOrganization === undefined) return notAssessed('DescribeOrganization could not be called.');
    return m.config.inOrganization
      ? pass(
          { en: `Account is in organization ${m.config.organizationId}${m.config.isManagementAccount ? ' (management account)' : ''}.`, ja: `アカウントは組織 ${m.config.organizationId} に属しています${m.config.isManagementAccount ? '（管理アカウント）' : ''}。` },
          { organizationId: m.config.organizationId },
        )
      : fail({ en: 'Account is not a member of any AWS Organizations organization.', ja: 'アカウントがどの AWS Organizations の組織にも属していません。' });
  },
});
