import { PASSWORD_POLICY_TYPE, type PasswordPolicyConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

const REMEMBER = 24;

export const rule = defineRule<PasswordPolicyConfig>({
  id: 'aws-iam-password-policy-reuse',
  services: ['iam'],
  title: {
    en: 'IAM password policy prevents password reuse',
    ja: 'IAM パスワードポリシーでパスワードの再利用が禁止されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [PASSWORD_POLICY_TYPE],
  requires: ['policy'],
  frameworks: {
    'cis-aws-3.0': ['1.9'],
    fsbp: ['IAM.16'],
    'pci-dss-4.0': ['8.3.7'],
  },
  doc: {
    en: {
      description: `Checks that the account password policy remembers the last ${REMEMBER} passwords (PasswordReusePrevention = ${REMEMBER}), so users cannot cycle back to an old password.`,
      urgency: 'Low urgency: reuse prevention matters when a password has already been exposed, so it strengthens rather than closes a direct hole; set it with the next password policy change.',
      risk: 'Without reuse prevention a user asked to change a leaked or expired password can set the same one again, so a password that is already in a breach list or known to a former colleague keeps working.',
      recommendation: `Set "Prevent password reuse" to ${REMEMBER} remembered passwords in the account password policy.`,
      console: [
        'Open the IAM console → "Account settings".',
        'Under "Password policy", choose "Edit" and select "Custom".',
        `Enable "Prevent password reuse" and set it to ${REMEMBER}; save.`,
      ],
    },
    ja: {
      description: `アカウントのパスワードポリシーで過去 ${REMEMBER} 世代のパスワードを記憶する設定（PasswordReusePrevention = ${REMEMBER}）になっており、古いパスワードに戻せないことを確認します。`,
      urgency: '緊急度は低めです。再利用防止はパスワードがすでに漏えいしている場合に効く補強策であり、直接の穴を塞ぐものではないため、次回のパスワードポリシー変更時に設定してください。',
      risk: '再利用防止がないと、漏えいや期限切れでパスワード変更を求められたユーザーが同じパスワードを再設定できるため、漏えいリストに載ったパスワードや元同僚が知っているパスワードが使われ続けます。',
      recommendation: `アカウントのパスワードポリシーで「パスワードの再利用を禁止」を ${REMEMBER} 世代に設定してください。`,
      console: [
        'IAM コンソール →「アカウント設定」を開きます。',
        '「パスワードポリシー」で「編集」を選び、「カスタム」を選択します。',
        `「パスワードの再利用を禁止」を有効にして ${REMEMBER} に設定し、保存します。`,
      ],
    },
  },
  remediation: {
    cli: '# Note: update-account-password-policy replaces the whole policy; repeat your other settings.\naws iam update-account-password-policy \\\n  --password-reuse-prevention 24 --minimum-password-length 14 \\\n  --require-symbols --require-numbers \\\n  --require-uppercase-characters --require-lowercase-characters \\\n  --allow-users-to-change-password',
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  password_reuse_prevention      = 24\n  minimum_password_length        = 14\n  require_symbols                = true\n  require_numbers                = true\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  allow_users_to_change_password = true\n}',
    cloudformation: 'PasswordPolicyCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: iam-password-policy\n    Source:\n      Owner: AWS\n      SourceIdentifier: IAM_PASSWORD_POLICY\n    InputParameters:\n      PasswordReusePrevention: "24"\n      MinimumPasswordLength: "14"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
  ],
  evaluate(pp) {
    const policy = pp.config.policy;
    if (policy === undefined) return notAssessed('The password policy could not be read.');
    if (policy === null) return fail({ en: 'No account password policy is set, so password reuse is allowed.', ja: 'アカウントのパスワードポリシーが設定されておらず、パスワードの再利用が可能です。' });
    const n = policy.PasswordReusePrevention ?? 0;
    return n >= REMEMBER
      ? pass({ en: `The last ${n} passwords cannot be reused.`, ja: `過去 ${n} 世代のパスワードは再利用できません。` })
      : fail(
          n === 0
            ? { en: 'Password reuse prevention is not enabled.', ja: 'パスワードの再利用防止が有効になっていません。' }
            : { en: `Only the last ${n} passwords are remembered (CIS asks for ${REMEMBER}).`, ja: `記憶されるのは過去 ${n} 世代のみです（CIS の推奨は ${REMEMBER} 世代）。` },
          { PasswordReusePrevention: n },
        );
  },
});
