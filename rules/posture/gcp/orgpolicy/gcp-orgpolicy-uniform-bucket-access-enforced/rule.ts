import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'storage.uniformBucketLevelAccess';
const steps = booleanConsole('Enforce uniform bucket-level access', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-uniform-bucket-access-enforced',
  constraint,
  title: {
    en: 'Organisation policy enforces uniform bucket-level access',
    ja: '組織のポリシーで均一なバケットレベルのアクセスが強制されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'nist-800-53-r5': ['AC-3', 'AC-6'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint storage.uniformBucketLevelAccess is effectively enforced for the project, so every new Cloud Storage bucket uses IAM only and object ACLs cannot be used.',
      urgency: 'Medium: the guardrail prevents a class of accidental public or cross-team object exposure; existing buckets must be checked separately.',
      risk: 'With fine-grained (ACL) access, a single object can be made readable by allUsers or another project even when the bucket\'s IAM policy is tight. Object ACLs are invisible in the bucket IAM view, are easy to miss in reviews, and have caused many data leaks.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. The constraint applies to new buckets and stops existing buckets from turning uniform access off; migrate remaining buckets with fine-grained access to uniform bucket-level access after replacing their object ACLs with IAM bindings.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 storage.uniformBucketLevelAccess がプロジェクトに実際に適用され、新しい Cloud Storage バケットが IAM のみでアクセス制御され、オブジェクトの ACL を使えない状態になっているかを確認します。',
      urgency: '緊急度は中程度です。このガードレールにより、誤ってオブジェクトを公開したり他チームに共有したりする事故を防げます。既存のバケットは別途確認が必要です。',
      risk: 'きめ細かい管理（ACL）では、バケットの IAM ポリシーが厳格でも、個々のオブジェクトを allUsers や別プロジェクトに読み取り可能にできます。オブジェクトの ACL はバケットの IAM 画面に表示されずレビューで見落とされやすく、多くの情報漏えいの原因となってきました。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。この制約は新しいバケットに適用され、既存バケットで均一アクセスを無効にすることも防ぎます。きめ細かい管理のまま残っているバケットは、オブジェクトの ACL を IAM バインディングに置き換えたうえで均一なバケットレベルのアクセスに移行してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'uniform_bucket_level_access'),
  references: [
    'https://cloud.google.com/storage/docs/uniform-bucket-level-access',
    'https://cloud.google.com/storage/docs/org-policy-constraints',
    ...ORG_POLICY_REFERENCES,
  ],
});
