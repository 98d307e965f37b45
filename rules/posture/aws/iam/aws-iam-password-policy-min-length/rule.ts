import { PASSWORD_POLICY_TYPE, type PasswordPolicyConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

const MIN = 14;

export const rule = defineRule<PasswordPolicyConfig>({
  id: 'aws-iam-password-policy-min-length',
  services: ['iam'],
  title: {
    en: 'IAM password policy requires a minimum length of 14 or greater',
    ja: 'IAM パスワードポリシーで 14 文字以上の最小長が必須になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [PASSWORD_POLICY_TYPE],
  requires: ['policy'],
  frameworks: {
    'cis-aws-3.0': ['1.8'],
    fsbp: ['IAM.15'],
  },
  doc: {
    en: {
      description: `Checks that the account password policy sets MinimumPasswordLength to ${MIN} or more. Without a password policy IAM accepts 8-character passwords.`,
      urgency: 'Fix within a few weeks: the setting only applies to new and changed passwords, so the sooner it is set the sooner existing IAM user passwords are brought up to strength.',
      risk: 'Short console passwords are far easier to guess, spray and crack offline after a breach elsewhere; an IAM user whose password is guessed gets console access with all of that user\'s permissions (and without MFA, nothing else stands in the way).',
      recommendation: `Set the account password policy minimum length to at least ${MIN} characters (together with the other CIS settings, e.g. reuse prevention 24). Prefer federation through IAM Identity Center so that few or no IAM users need passwords at all.`,
      console: [
        'Open the IAM console → "Account settings".',
        'Under "Password policy", choose "Edit" and select "Custom".',
        `Set "Password minimum length" to ${MIN} or more and save.`,
      ],
    },
    ja: {
      description: `アカウントのパスワードポリシーで MinimumPasswordLength が ${MIN} 以上に設定されているかを確認します。パスワードポリシーがない場合、IAM は 8 文字のパスワードを受け付けます。`,
      urgency: '数週間以内に対応してください。設定は新規作成・変更されたパスワードにのみ適用されるため、早く設定するほど既存の IAM ユーザーのパスワード強度が早く改善されます。',
      risk: '短いコンソールパスワードは推測やパスワードスプレー攻撃、他サービスからの漏えい後のオフライン解析で破られやすく、破られた IAM ユーザーはその権限のままコンソールにアクセスされます（MFA がなければ他に防ぐものはありません）。',
      recommendation: `アカウントのパスワードポリシーの最小長を ${MIN} 文字以上に設定してください（再利用防止 24 世代など他の CIS 推奨値もあわせて設定）。そもそも IAM ユーザーのパスワードを不要にするため、IAM Identity Center によるフェデレーションを推奨します。`,
      console: [
        'IAM コンソール →「アカウント設定」を開きます。',
        '「パスワードポリシー」で「編集」を選び、「カスタム」を選択します。',
        `「パスワードの最小文字数」を ${MIN} 以上に設定して保存します。`,
      ],
    },
  },
  remediation: {
    cli: 'aws iam update-account-password-policy \\\n  --minimum-password-length 14 \\\n  --require-symbols --require-numbers \\\n  --require-uppercase-characters --require-lowercase-characters \\\n  --password-reuse-prevention 24 --allow-users-to-change-password',
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  require_symbols                = true\n  require_numbers                = true\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  password_reuse_prevention      = 24\n  allow_users_to_change_password = true\n}',
    cloudformation: '# CloudFormation has no password policy resource; enforce it with an AWS Config rule:\nPasswordPolicyCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: iam-password-policy\n    Source:\n      Owner: AWS\n      SourceIdentifier: IAM_PASSWORD_POLICY\n    InputParameters:\n      MinimumPasswordLength: "14"\n      PasswordReusePrevention: "24"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15',
  ],
  evaluate(pp) {
    const policy = pp.config.policy;
    if (policy === undefined) return notAssessed('The password policy could not be read.');
    if (policy === null) {
      return fail({ en: 'No account password policy is set (IAM default allows 8-character passwords).', ja: 'アカウントのパスワードポリシーが設定されていません（IAM の既定では 8 文字のパスワードが許可されます）。' });
    }
    const len = policy.MinimumPasswordLength ?? 0;
    return len >= MIN
      ? pass({ en: `Minimum password length is ${len}.`, ja: `パスワードの最小長は ${len} 文字です。` })
      : fail({ en: `Minimum password length is ${len}, below ${MIN}.`, ja: `パスワードの最小長が ${len} 文字で、${MIN} 文字未満です。` }, { MinimumPasswordLength: len });
  },
});
