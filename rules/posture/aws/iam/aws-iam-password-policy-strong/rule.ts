import { PASSWORD_POLICY_TYPE, type PasswordPolicyConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<PasswordPolicyConfig>({
  id: 'aws-iam-password-policy-strong',
  services: ['iam'],
  title: {
    en: 'Password policy for IAM users has strong configurations',
    ja: 'IAM ユーザーのパスワードポリシーが強固な設定になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [PASSWORD_POLICY_TYPE],
  requires: ['policy'],
  frameworks: {
    fsbp: ['IAM.7'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-2(3)', 'AC-3(15)', 'IA-5(1)'],
    'pci-dss-4.0': ['8.3.6', '8.3.7', '8.3.9', '8.3.10.1', '8.6.3'],
  },
  doc: {
    en: {
      description: 'Checks that the account password policy exists and requires uppercase and lowercase letters, numbers and symbols, with a minimum length of at least 8 (Security Hub IAM.7 defaults).',
      urgency: 'Fix within a few weeks: complexity rules only apply when passwords are next set, so a late policy leaves weak passwords in place for longer.',
      risk: 'Without complexity requirements IAM users can choose dictionary words or short numeric passwords that fall quickly to password spraying and credential stuffing, giving an attacker console access as that user.',
      recommendation: 'Configure a custom password policy requiring all four character classes and a minimum length (14 recommended by CIS). Force existing users to reset (or expire passwords) so the policy takes effect, and prefer Identity Center federation over IAM user passwords.',
      console: [
        'Open the IAM console → "Account settings".',
        'Under "Password policy", choose "Edit" and select "Custom".',
        'Enable uppercase, lowercase, numbers and non-alphanumeric characters; set the minimum length (14 or more); save.',
      ],
    },
    ja: {
      description: 'アカウントのパスワードポリシーが存在し、大文字・小文字・数字・記号をすべて必須とし、最小長が 8 文字以上であることを確認します（Security Hub IAM.7 の既定値）。',
      urgency: '数週間以内に対応してください。複雑性の要件はパスワードを次に設定するときにしか適用されないため、設定が遅れるほど弱いパスワードが長く残ります。',
      risk: '複雑性の要件がないと、IAM ユーザーが辞書の単語や短い数字だけのパスワードを設定でき、パスワードスプレーやリスト型攻撃ですぐに破られてそのユーザーとしてコンソールにアクセスされます。',
      recommendation: '4 種類の文字種をすべて必須とし、最小長（CIS 推奨は 14 文字）を設定したカスタムパスワードポリシーを構成してください。既存ユーザーにはパスワードのリセット（または有効期限の設定）を求めてポリシーを反映させ、可能であれば IAM ユーザーのパスワードではなく Identity Center のフェデレーションを利用してください。',
      console: [
        'IAM コンソール →「アカウント設定」を開きます。',
        '「パスワードポリシー」で「編集」を選び、「カスタム」を選択します。',
        '大文字・小文字・数字・英数字以外の文字を有効にし、最小文字数（14 以上）を設定して保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam update-account-password-policy \\\n  --minimum-password-length 14 \\\n  --require-symbols --require-numbers \\\n  --require-uppercase-characters --require-lowercase-characters \\\n  --password-reuse-prevention 24 --allow-users-to-change-password',
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  require_symbols                = true\n  require_numbers                = true\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  password_reuse_prevention      = 24\n  allow_users_to_change_password = true\n}',
    cloudformation: 'PasswordPolicyCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: iam-password-policy\n    Source:\n      Owner: AWS\n      SourceIdentifier: IAM_PASSWORD_POLICY\n    InputParameters:\n      RequireUppercaseCharacters: "true"\n      RequireLowercaseCharacters: "true"\n      RequireSymbols: "true"\n      RequireNumbers: "true"\n      MinimumPasswordLength: "14"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7',
  ],
  evaluate(pp) {
    const p = pp.config.policy;
    if (p === undefined) return notAssessed('The password policy could not be read.');
    if (p === null) return fail({ en: 'No account password policy is set.', ja: 'アカウントのパスワードポリシーが設定されていません。' });
    const missing: { en: string; ja: string }[] = [];
    if (!p.RequireUppercaseCharacters) missing.push({ en: 'uppercase letters', ja: '大文字' });
    if (!p.RequireLowercaseCharacters) missing.push({ en: 'lowercase letters', ja: '小文字' });
    if (!p.RequireNumbers) missing.push({ en: 'numbers', ja: '数字' });
    if (!p.RequireSymbols) missing.push({ en: 'symbols', ja: '記号' });
    const shortBy = (p.MinimumPasswordLength ?? 0) < 8;
    if (!missing.length && !shortBy) return pass({ en: 'Password policy requires all character classes and a minimum length of at least 8.', ja: 'パスワードポリシーはすべての文字種と 8 文字以上の最小長を要求しています。' });
    const en = [missing.length ? `does not require ${missing.map((m) => m.en).join(', ')}` : '', shortBy ? `minimum length ${p.MinimumPasswordLength ?? 0} is below 8` : ''].filter(Boolean).join('; ');
    const ja = [missing.length ? `${missing.map((m) => m.ja).join('・')}が必須になっていません` : '', shortBy ? `最小長 ${p.MinimumPasswordLength ?? 0} 文字が 8 文字未満です` : ''].filter(Boolean).join('。');
    return fail({ en: `Password policy ${en}.`, ja: `パスワードポリシーで${ja}。` }, { policy: p });
  },
});
