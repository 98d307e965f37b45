import { ALTERNATE_CONTACTS_TYPE, type AlternateContactsConfig } from '../../../../../src/providers/aws/model/organizations.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AlternateContactsConfig>({
  id: 'aws-account-security-contact',
  services: ['account'],
  title: {
    en: 'Security contact information is registered for the AWS account',
    ja: 'AWS アカウントにセキュリティ連絡先が登録されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [ALTERNATE_CONTACTS_TYPE],
  requires: ['security'],
  frameworks: {
    'cis-aws-3.0': ['1.2'],
    fsbp: ['Account.1'],
    'nist-800-53-r5': ['CM-2', 'CM-2(2)'],
  },
  doc: {
    en: {
      description: 'Checks that the account has a SECURITY alternate contact (name and e-mail address) registered in AWS Account Management.',
      urgency: 'Fix within a few weeks: it takes a minute, and it decides whether AWS\'s abuse and security notices reach the security team or sit in the mailbox of whoever created the account.',
      risk: 'When AWS detects compromised credentials, exposed keys on GitHub, or abuse from your resources (crypto-mining, outbound attacks), it writes to the security contact. Without one, notices go only to the root e-mail address, which is often an unmonitored individual mailbox; the incident runs for days and AWS may restrict the account.',
      recommendation: 'Register a security alternate contact that points to a monitored team distribution list (not an individual). In AWS Organizations, manage alternate contacts for all member accounts centrally from the management or delegated administrator account.',
      console: [
        'Open the AWS console → account menu → "Account".',
        'Under "Alternate contacts", choose "Edit".',
        'Fill in the "Security contact" (team name, title, shared e-mail address, phone) and save.',
      ],
    },
    ja: {
      description: 'AWS アカウント管理で、アカウントにセキュリティの代替連絡先（氏名とメールアドレス）が登録されているかを確認します。',
      urgency: '数週間以内に対応してください。作業は 1 分で済み、AWS からの不正利用やセキュリティに関する通知がセキュリティチームに届くか、アカウント作成者のメールボックスに埋もれるかを左右します。',
      risk: 'AWS は認証情報の侵害、GitHub 上でのキーの露出、リソースからの不正行為（暗号資産マイニング、外部への攻撃など）を検知するとセキュリティ連絡先に連絡します。登録がないと通知はルートのメールアドレスにしか届かず、それが誰も見ていない個人のメールボックスであることも多いため、インシデントが何日も続き、AWS によってアカウントが制限されることもあります。',
      recommendation: '個人ではなく、監視されているチームの配信リストをセキュリティの代替連絡先として登録してください。AWS Organizations では、管理アカウントまたは委任管理者アカウントから全メンバーアカウントの代替連絡先を一元管理できます。',
      console: [
        'AWS コンソールのアカウントメニュー →「アカウント」を開きます。',
        '「代替の連絡先」で「編集」を選びます。',
        '「セキュリティの連絡先」にチーム名、役職、共有メールアドレス、電話番号を入力して保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY \\\n  --name "Security Team" --title "Security Operations" \\\n  --email-address security@example.com --phone-number "+81-3-0000-0000"\n# From the management account, for a member account: add --account-id <member-account-id>',
    terraform: 'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name                   = "Security Team"\n  title                  = "Security Operations"\n  email_address          = "security@example.com"\n  phone_number           = "+81-3-0000-0000"\n}',
    cloudformation: '# CloudFormation has no alternate contact resource; detect drift with the AWS Config rule:\nSecurityContactProvided:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: security-account-information-provided\n    Source:\n      Owner: AWS\n      SourceIdentifier: SECURITY_ACCOUNT_INFORMATION_PROVIDED',
  },
  references: [
    'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/account-controls.html#account-1',
  ],
  evaluate(contacts) {
    const sec = contacts.config.security;
    if (sec === undefined) return notAssessed('The security contact could not be read.');
    if (sec === null || !sec.emailAddress) return fail({ en: 'No security alternate contact is registered.', ja: 'セキュリティの代替連絡先が登録されていません。' });
    return pass({ en: `Security contact registered (${sec.emailAddress}).`, ja: `セキュリティ連絡先が登録されています（${sec.emailAddress}）。` });
  },
});
