import { USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-console-mfa',
  services: ['iam'],
  title: {
    en: 'MFA is enabled for all IAM users that have a console password',
    ja: 'コンソールパスワードを持つすべての IAM ユーザーで MFA が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [USER_TYPE],
  requires: ['loginProfile', 'mfaDevices', 'passwordLastUsed'],
  frameworks: {
    'cis-aws-3.0': ['1.10'],
    fsbp: ['IAM.5'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
    'pci-dss-4.0': ['8.4.2'],
  },
  doc: {
    en: {
      description: 'Checks that every IAM user with a console password (login profile) has at least one MFA device.',
      urgency: 'Fix this week: a console password without MFA is a single factor that phishing or password reuse defeats, and console users often hold broad permissions.',
      risk: 'Anyone who phishes, guesses or finds the user\'s password in a breach dump signs in to the console with all of the user\'s permissions; for an administrator this means full control of the account.',
      recommendation: 'Require the user to register an MFA device (a passkey/security key preferred) at next sign-in, and attach a policy that denies actions when aws:MultiFactorAuthPresent is false. Better still, move people to IAM Identity Center and remove IAM user passwords.',
      console: [
        'Open the IAM console → "Users" and select the user.',
        'On "Security credentials", under "Multi-factor authentication (MFA)", choose "Assign MFA device" (or ask the user to do it for themselves).',
        'If the user no longer needs the console, choose "Manage console access" → "Disable" instead.',
      ],
    },
    ja: {
      description: 'コンソールパスワード（ログインプロファイル）を持つすべての IAM ユーザーに、少なくとも 1 つの MFA デバイスが登録されているかを確認します。',
      urgency: '今週中に対応してください。MFA のないコンソールパスワードはフィッシングやパスワードの使い回しで破られる単一要素であり、コンソールユーザーは広い権限を持つことが多いためです。',
      risk: 'パスワードをフィッシング・推測されたり、漏えいリストから見つけられたりすると、そのユーザーの全権限でコンソールにサインインされます。管理者ユーザーであればアカウントを完全に掌握されます。',
      recommendation: '次回サインイン時に MFA デバイス（パスキー/セキュリティキー推奨）を登録させ、aws:MultiFactorAuthPresent が false のときに操作を拒否するポリシーを付与してください。さらに望ましいのは、IAM Identity Center へ移行して IAM ユーザーのパスワードをなくすことです。',
      console: [
        'IAM コンソール →「ユーザー」で対象ユーザーを選択します。',
        '「セキュリティ認証情報」タブの「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選びます（またはユーザー本人に登録を依頼します）。',
        'コンソールを使わないユーザーであれば、「コンソールアクセスを管理」→「無効化」を選びます。',
      ],
    },
  },
  remediation: {
    cli: '# Users with a console password and no MFA device:\naws iam generate-credential-report >/dev/null; sleep 5\naws iam get-credential-report --query Content --output text | base64 --decode \\\n  | awk -F, \'$4=="true" && $8=="false" {print $1}\'\n# Remove console access from a user that should not have it:\naws iam delete-login-profile --user-name <user>',
    terraform: '# Deny everything except MFA self-management until the user signs in with MFA:\nresource "aws_iam_group_policy" "require_mfa" {\n  group = aws_iam_group.console_users.name\n  name  = "require-mfa"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyAllExceptMfaSetupWithoutMFA"\n      Effect    = "Deny"\n      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "iam:ChangePassword", "iam:GetUser", "sts:GetSessionToken"]\n      Resource  = "*"\n      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }\n    }]\n  })\n}',
    cloudformation: 'RequireMfaPolicy:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    ManagedPolicyName: require-mfa\n    Groups: [!Ref ConsoleUsersGroup]\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: DenyAllExceptMfaSetupWithoutMFA\n          Effect: Deny\n          NotAction:\n            - iam:CreateVirtualMFADevice\n            - iam:EnableMFADevice\n            - iam:ListMFADevices\n            - iam:ListVirtualMFADevices\n            - iam:ResyncMFADevice\n            - iam:ChangePassword\n            - iam:GetUser\n            - sts:GetSessionToken\n          Resource: "*"\n          Condition:\n            BoolIfExists:\n              aws:MultiFactorAuthPresent: "false"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
  ],
  evaluate(user) {
    if (user.config.loginProfile === undefined || user.config.mfaDevices === undefined) return notAssessed('Login profile or MFA devices were not collected.');
    if (user.config.loginProfile === null) return notApplicable({ en: 'User has no console password.', ja: 'このユーザーにはコンソールパスワードがありません。' });
    const n = user.config.mfaDevices.length;
    return n > 0
      ? pass({ en: `Console user has ${n} MFA device(s).`, ja: `コンソールユーザーに MFA デバイスが ${n} 個登録されています。` })
      : fail(
          { en: `User ${user.name} has a console password but no MFA device.`, ja: `ユーザー ${user.name} はコンソールパスワードを持っていますが、MFA デバイスが登録されていません。` },
          { passwordLastUsed: user.config.passwordLastUsed },
        );
  },
});
