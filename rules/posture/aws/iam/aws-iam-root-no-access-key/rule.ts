import { ROOT_USER_TYPE, type RootUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RootUserConfig>({
  id: 'aws-iam-root-no-access-key',
  services: ['iam'],
  title: {
    en: "No 'root' user access key exists",
    ja: 'ルートユーザーのアクセスキーが存在しない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [ROOT_USER_TYPE],
  requires: ['summary', 'credentialReport'],
  frameworks: {
    'cis-aws-3.0': ['1.4'],
    fsbp: ['IAM.4'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(10)', 'AC-6(2)'],
    'pci-dss-3.2.1': ['2.1', '2.2', '7.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that the root user has no access keys (AccountAccessKeysPresent in the IAM account summary is 0).',
      urgency: 'Fix today: a root access key is a long-lived credential with unrestricted power that works without MFA and cannot be limited by any IAM or permission boundary policy.',
      risk: 'A root access key leaked from a laptop, CI variable, screenshot or public repository lets anyone call every AWS API as the root user without MFA: create admin users, delete backups and trails, exfiltrate data or close the account. Attackers scan public code for such keys within minutes.',
      recommendation: 'Delete the root access keys. If something still uses them, move that workload to an IAM role (or an IAM user with least privilege) first, check CloudTrail for the key\'s recent use, then delete. Never create root access keys again.',
      console: [
        'Sign in as the root user and open "Security credentials" from the account menu.',
        'Under "Access keys", note each key\'s "Last used" information and confirm nothing depends on it.',
        'Choose "Actions" → "Deactivate" for each key, watch for breakage, then "Delete".',
      ],
    },
    ja: {
      description: 'ルートユーザーにアクセスキーが存在しないこと（IAM アカウントサマリーの AccountAccessKeysPresent が 0 であること）を確認します。',
      urgency: '本日中に対応してください。ルートのアクセスキーは MFA なしで使え、IAM ポリシーや権限境界でも制限できない無制限の長期認証情報です。',
      risk: 'PC、CI の変数、スクリーンショット、公開リポジトリなどから漏えいしたルートアクセスキーがあれば、誰でも MFA なしにルートとしてすべての API を呼び出せます（管理者ユーザーの作成、バックアップや証跡の削除、データ持ち出し、アカウント解約など）。公開コード上のキーは数分で攻撃者に発見されます。',
      recommendation: 'ルートのアクセスキーを削除してください。まだ利用している処理がある場合は、先に IAM ロール（または最小権限の IAM ユーザー）へ移行し、CloudTrail でキーの利用状況を確認してから削除します。今後ルートのアクセスキーは作成しないでください。',
      console: [
        'ルートユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。',
        '「アクセスキー」で各キーの「最終使用」を確認し、依存している処理がないことを確かめます。',
        '各キーで「アクション」→「無効化」を実行して影響がないことを確認し、その後「削除」します。',
      ],
    },
  },
  remediation: {
    cli: '# Check whether root access keys exist (0 = none):\naws iam get-account-summary --query "SummaryMap.AccountAccessKeysPresent"\n# Root keys can only be deleted while signed in as root (console), or with centralised root access:\n# aws sts assume-root --target-principal <member-account-id> --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials\n# aws iam delete-access-key --access-key-id <root-key-id>',
    terraform: '# Root access keys are not manageable by Terraform. Detect them with the AWS Config managed rule:\nresource "aws_config_config_rule" "root_access_key" {\n  name = "iam-root-access-key-check"\n  source {\n    owner             = "AWS"\n    source_identifier = "IAM_ROOT_ACCESS_KEY_CHECK"\n  }\n}',
    cloudformation: 'RootAccessKeyCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: iam-root-access-key-check\n    Source:\n      Owner: AWS\n      SourceIdentifier: IAM_ROOT_ACCESS_KEY_CHECK',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-4',
  ],
  evaluate(root) {
    const present = root.config.summary?.AccountAccessKeysPresent;
    if (present === undefined) return notAssessed('The account summary did not include AccountAccessKeysPresent.');
    const active = (root.config.credentialReport?.accessKeys ?? []).filter((k) => k.active).length;
    return present === 0
      ? pass({ en: 'Root user has no access keys.', ja: 'ルートユーザーにアクセスキーはありません。' })
      : fail(
          { en: `Root user has access keys (${active} active).`, ja: `ルートユーザーにアクセスキーが存在します（有効なもの ${active} 個）。` },
          { AccountAccessKeysPresent: present, activeKeys: active },
        );
  },
});
