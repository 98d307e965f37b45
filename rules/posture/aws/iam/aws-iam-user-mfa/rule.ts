import { USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-mfa',
  services: ['iam'],
  title: {
    en: 'MFA is enabled for all IAM users',
    ja: 'すべての IAM ユーザーで MFA が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [USER_TYPE],
  requires: ['mfaDevices'],
  frameworks: {
    fsbp: ['IAM.19'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
    'pci-dss-3.2.1': ['8.3.1'],
    'pci-dss-4.0': ['8.4.2'],
  },
  doc: {
    en: {
      description: 'Checks that every IAM user, including users without a console password, has an MFA device registered.',
      urgency: 'Fix within a few weeks: for programmatic-only users MFA protects against a password later being added, and lets you require MFA (aws:MultiFactorAuthPresent) for sensitive API calls.',
      risk: 'A user without MFA can be given a console password later (by mistake or by an attacker with iam:CreateLoginProfile) and then used with a single factor; policies that require MFA for sensitive actions cannot be applied to such users.',
      recommendation: 'Register an MFA device for every human IAM user. For workloads, replace IAM users and access keys with IAM roles (EC2 instance profiles, IRSA, OIDC federation for CI) so that no long-lived user credentials remain.',
      console: [
        'Open the IAM console → "Users" and select the user.',
        'On "Security credentials", choose "Assign MFA device" and complete the registration.',
        'For machine users, plan a move to an IAM role and delete the user when done.',
      ],
    },
    ja: {
      description: 'コンソールパスワードを持たないユーザーも含め、すべての IAM ユーザーに MFA デバイスが登録されているかを確認します。',
      urgency: '数週間以内に対応してください。プログラム専用ユーザーでも、後からパスワードが追加された場合の防御になり、機密性の高い API 呼び出しに MFA（aws:MultiFactorAuthPresent）を必須にできるようになります。',
      risk: 'MFA のないユーザーには、誤操作や iam:CreateLoginProfile を持つ攻撃者によって後からコンソールパスワードが追加され、単一要素で利用される恐れがあります。また、重要な操作に MFA を必須とするポリシーをそのユーザーに適用できません。',
      recommendation: '人が使う IAM ユーザーにはすべて MFA デバイスを登録してください。ワークロード用には IAM ユーザーとアクセスキーをやめ、IAM ロール（EC2 インスタンスプロファイル、IRSA、CI 向け OIDC フェデレーション）に置き換えて長期認証情報をなくします。',
      console: [
        'IAM コンソール →「ユーザー」で対象ユーザーを選択します。',
        '「セキュリティ認証情報」で「MFA デバイスの割り当て」を選び、登録を完了します。',
        'マシン用ユーザーは IAM ロールへの移行を計画し、移行後にユーザーを削除します。',
      ],
    },
  },
  remediation: {
    cli: '# Users without any MFA device:\nfor u in $(aws iam list-users --query "Users[].UserName" --output text); do\n  [ "$(aws iam list-mfa-devices --user-name "$u" --query "length(MFADevices)")" = "0" ] && echo "$u"\ndone',
    terraform: '# Virtual MFA devices can be created with Terraform, but enabling needs the user\'s codes; enforce instead:\nresource "aws_config_config_rule" "iam_user_mfa" {\n  name = "iam-user-mfa-enabled"\n  source {\n    owner             = "AWS"\n    source_identifier = "IAM_USER_MFA_ENABLED"\n  }\n}',
    cloudformation: 'IamUserMfaEnabled:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: iam-user-mfa-enabled\n    Source:\n      Owner: AWS\n      SourceIdentifier: IAM_USER_MFA_ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-19',
  ],
  evaluate(user) {
    const devices = user.config.mfaDevices;
    if (devices === undefined) return notAssessed('MFA devices were not collected.');
    return devices.length > 0
      ? pass({ en: `User has ${devices.length} MFA device(s).`, ja: `ユーザーに MFA デバイスが ${devices.length} 個登録されています。` })
      : fail({ en: `User ${user.name} has no MFA device.`, ja: `ユーザー ${user.name} に MFA デバイスが登録されていません。` });
  },
});
