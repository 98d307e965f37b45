import { USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { describeStale, staleCredentials } from '../shared.js';

const MAX_DAYS = 90;

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-unused-credentials-90d',
  services: ['iam'],
  title: {
    en: 'IAM user credentials unused for 90 days or more are removed',
    ja: '90 日以上使われていない IAM ユーザーの認証情報が削除されている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [USER_TYPE],
  requires: ['loginProfile', 'accessKeys', 'passwordLastUsed'],
  frameworks: {
    fsbp: ['IAM.8'],
    'nist-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-2(3)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
    'pci-dss-3.2.1': ['8.1.4'],
    'pci-dss-4.0': ['8.2.6'],
  },
  doc: {
    en: {
      description: `Checks each IAM user's console password and active access keys: a credential not used for ${MAX_DAYS} days or more (or never used and created ${MAX_DAYS} or more days ago) should be disabled or removed.`,
      urgency: 'Fix this week: dormant credentials are the ones nobody watches, so their misuse goes unnoticed, and removing them is usually risk-free.',
      risk: 'Credentials of people who left or of retired scripts still work. A dormant password or key that leaked long ago (old laptop, backup, former employee) gives an attacker quiet access, because no one expects activity from that user.',
      recommendation: 'Deactivate unused access keys and remove unused console passwords (delete the login profile); delete users that are no longer needed. Review the credential report regularly, or automate the check with the AWS Config rule iam-user-unused-credentials-check.',
      console: [
        'Open the IAM console → "Users"; sort by "Last activity", "Console last sign-in" and "Access key last used".',
        'For a stale password: select the user → "Security credentials" → "Manage console access" → "Disable".',
        'For a stale access key: "Actions" → "Deactivate" (delete it after confirming nothing breaks).',
      ],
    },
    ja: {
      description: `各 IAM ユーザーのコンソールパスワードと有効なアクセスキーを確認し、${MAX_DAYS} 日以上使われていない（または作成から ${MAX_DAYS} 日以上一度も使われていない）認証情報は無効化・削除されるべきとします。`,
      urgency: '今週中に対応してください。休眠中の認証情報は誰も監視していないため悪用されても気付かれにくく、削除しても通常は影響がありません。',
      risk: '退職者や使われなくなったスクリプトの認証情報も、放置すれば有効なままです。古い PC、バックアップ、元従業員などから過去に漏れた休眠パスワードやキーがあると、誰もそのユーザーの活動を想定していないため、攻撃者に気付かれずにアクセスされます。',
      recommendation: '使われていないアクセスキーは無効化し、使われていないコンソールパスワードは削除（ログインプロファイルを削除）してください。不要になったユーザーは削除します。認証情報レポートを定期的に確認するか、AWS Config ルール iam-user-unused-credentials-check で継続的に検出してください。',
      console: [
        'IAM コンソール →「ユーザー」で「最後のアクティビティ」「コンソールの最終サインイン」「アクセスキーの最終使用」で並べ替えます。',
        '古いパスワード: ユーザーを選択 →「セキュリティ認証情報」→「コンソールアクセスを管理」→「無効化」。',
        '古いアクセスキー:「アクション」→「無効化」（影響がないことを確認してから削除）。',
      ],
    },
  },
  remediation: {
    cli: "# Disable a stale console password and access key:\naws iam delete-login-profile --user-name <user>\naws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive\n# Review every user's last use (password_last_used, access_key_N_last_used_date):\naws iam generate-credential-report >/dev/null; sleep 5\naws iam get-credential-report --query Content --output text | base64 --decode | cut -d, -f1,4,5,9,11,14,16",
    terraform: 'resource "aws_config_config_rule" "unused_credentials" {\n  name = "iam-user-unused-credentials-check"\n  source {\n    owner             = "AWS"\n    source_identifier = "IAM_USER_UNUSED_CREDENTIALS_CHECK"\n  }\n  input_parameters = jsonencode({ maxCredentialUsageAge = "90" })\n}',
    cloudformation: 'UnusedCredentialsCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: iam-user-unused-credentials-check\n    Source:\n      Owner: AWS\n      SourceIdentifier: IAM_USER_UNUSED_CREDENTIALS_CHECK\n    InputParameters:\n      maxCredentialUsageAge: "90"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-8',
  ],
  evaluate(user, ctx) {
    const { loginProfile, accessKeys } = user.config;
    if (loginProfile === undefined || accessKeys === undefined) return notAssessed('Login profile or access keys were not collected.');
    if (!loginProfile && !accessKeys.some((k) => k.status === 'Active')) {
      return notApplicable({ en: 'User has no console password and no active access key.', ja: 'このユーザーにはコンソールパスワードも有効なアクセスキーもありません。' });
    }
    const stale = staleCredentials(user.config, ctx.now, MAX_DAYS);
    if (!stale.length) return pass({ en: `All credentials were used within ${MAX_DAYS} days.`, ja: `すべての認証情報が ${MAX_DAYS} 日以内に使用されています。` });
    return fail(
      {
        en: `User ${user.name} has credentials unused for ${MAX_DAYS}+ days: ${describeStale(stale, 'en')}.`,
        ja: `ユーザー ${user.name} に ${MAX_DAYS} 日以上使われていない認証情報があります: ${describeStale(stale, 'ja')}。`,
      },
      { stale },
    );
  },
});
