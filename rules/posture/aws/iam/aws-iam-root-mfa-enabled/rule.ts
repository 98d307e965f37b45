import { ROOT_USER_TYPE, type RootUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RootUserConfig>({
  id: 'aws-iam-root-mfa-enabled',
  services: ['iam'],
  title: {
    en: "MFA is enabled for the 'root' user",
    ja: 'ルートユーザーで MFA が有効になっている',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [ROOT_USER_TYPE],
  requires: ['summary'],
  frameworks: {
    'cis-aws-3.0': ['1.5'],
    fsbp: ['IAM.9'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
    'pci-dss-3.2.1': ['8.3.1'],
    'pci-dss-4.0': ['8.4.2'],
  },
  doc: {
    en: {
      description: "Checks that the account's root user signs in with multi-factor authentication.",
      urgency: 'Fix today: the root user can do everything, including closing the account, and cannot be restricted by IAM policies.',
      risk: 'A phished or reused root password alone gives an attacker full, unrestricted control of the account: deleting backups and logs, creating backdoor users, running up cost, or closing the account.',
      recommendation: 'Enable an MFA device (preferably a hardware key or passkey) for the root user and store it in a controlled place. In AWS Organizations, consider centralised root access management and removing root credentials from member accounts.',
      console: [
        'Sign in as the root user and open "Security credentials" from the account menu.',
        'Under "Multi-factor authentication (MFA)", choose "Assign MFA device".',
        'Register a passkey/security key or an authenticator app and confirm with two codes.',
      ],
    },
    ja: {
      description: 'アカウントのルートユーザーが多要素認証 (MFA) でサインインするよう設定されているかを確認します。',
      urgency: '本日中に対応してください。ルートユーザーはアカウント解約を含むすべての操作が可能で、IAM ポリシーで制限できません。',
      risk: 'フィッシングや使い回しでルートのパスワードが漏れただけで、攻撃者はアカウントを完全に掌握できます（バックアップやログの削除、バックドアユーザーの作成、高額な利用、アカウント解約など）。',
      recommendation: 'ルートユーザーに MFA デバイス（できればハードウェアキーまたはパスキー）を登録し、管理された場所に保管してください。AWS Organizations を利用している場合は、ルートアクセスの一元管理とメンバーアカウントのルート認証情報の削除も検討してください。',
      console: [
        'ルートユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。',
        '「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選択します。',
        'パスキー/セキュリティキーまたは認証アプリを登録し、2 つのコードで確認します。',
      ],
    },
  },
  remediation: {
    cli: '# Root MFA cannot be enabled through the CLI with IAM credentials; use the console as root.\n# Verify afterwards:\naws iam get-account-summary --query "SummaryMap.AccountMFAEnabled"',
    terraform: '# Root MFA is not manageable by Terraform. Enforce it organisation-wide instead, e.g. with\n# centralised root access management:\nresource "aws_iam_organizations_features" "root" {\n  enabled_features = ["RootCredentialsManagement", "RootSessions"]\n}',
    cloudformation: '# Not manageable by CloudFormation; detect drift with an AWS Config managed rule:\nRootMfaEnabled:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    Source:\n      Owner: AWS\n      SourceIdentifier: ROOT_ACCOUNT_MFA_ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
  ],
  evaluate(root) {
    const enabled = root.config.summary?.AccountMFAEnabled;
    if (enabled === undefined) return notAssessed('The account summary did not include AccountMFAEnabled.');
    return enabled === 1
      ? pass({ en: 'Root user has MFA enabled.', ja: 'ルートユーザーの MFA は有効です。' })
      : fail({ en: 'Root user has no MFA device.', ja: 'ルートユーザーに MFA デバイスが登録されていません。' }, { AccountMFAEnabled: enabled });
  },
});
