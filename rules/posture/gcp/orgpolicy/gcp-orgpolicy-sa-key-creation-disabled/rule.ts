import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'iam.disableServiceAccountKeyCreation';
const steps = booleanConsole('Disable service account key creation', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-sa-key-creation-disabled',
  constraint,
  title: {
    en: 'Organisation policy blocks service account key creation',
    ja: '組織のポリシーでサービス アカウント キーの作成がブロックされている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'nist-800-53-r5': ['AC-2', 'IA-5'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint iam.disableServiceAccountKeyCreation is effectively enforced for the project, taking the policies set on the project, its folders and its organisation into account.',
      urgency: 'Fix soon: every new user-managed key is a long-lived credential that works from anywhere until someone deletes it; the guardrail stops new ones from being created.',
      risk: 'Without the guardrail anyone with iam.serviceAccountKeys.create can mint a JSON key for a service account. Keys end up in repositories, laptops and CI logs; a leaked key gives an attacker the service account\'s permissions from outside Google Cloud, without MFA and without an expiry.',
      recommendation: 'Enforce the constraint at the organisation (or at the folders that hold production projects) and remove project-level policies that turn it off. Use Workload Identity Federation, attached service accounts or short-lived impersonation instead of keys; if a workload truly needs a key, make a narrow exception on that project with a tag-conditional rule and review it regularly. Existing keys are not affected: rotate and delete them separately.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 iam.disableServiceAccountKeyCreation が、プロジェクト・フォルダ・組織に設定されたポリシーを踏まえたうえで、プロジェクトに実際に適用されているかを確認します。',
      urgency: '早めに対応してください。ユーザー管理キーは、削除されるまでどこからでも使える有効期限のない認証情報です。このガードレールにより新しいキーの作成を止められます。',
      risk: 'ガードレールがないと、iam.serviceAccountKeys.create 権限を持つ人は誰でもサービス アカウントの JSON キーを発行できます。キーはリポジトリ、PC、CI のログなどに残りやすく、漏えいすると攻撃者は Google Cloud の外部から MFA も有効期限もなくサービス アカウントの権限を行使できます。',
      recommendation: '組織（または本番プロジェクトを含むフォルダ）でこの制約を適用し、プロジェクト単位で適用をオフにしているポリシーを削除してください。キーの代わりに Workload Identity 連携、サービス アカウントのアタッチ、短期間の権限借用を使用します。どうしてもキーが必要なワークロードには、タグ条件付きのルールでそのプロジェクトに限定した例外を設け、定期的に見直してください。既存のキーには影響しないため、別途ローテーションと削除を行ってください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'disable_sa_key_creation'),
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_key_creation',
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
    ...ORG_POLICY_REFERENCES,
  ],
});
