import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'storage.publicAccessPrevention';
const steps = booleanConsole('Enforce Public Access Prevention', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-public-access-prevention-enforced',
  constraint,
  title: {
    en: 'Organisation policy enforces Cloud Storage public access prevention',
    ja: '組織のポリシーで Cloud Storage の公開アクセス防止が強制されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'nist-800-53-r5': ['AC-3', 'AC-21', 'SC-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint storage.publicAccessPrevention is effectively enforced for the project, so no Cloud Storage bucket or object in it can be granted to allUsers or allAuthenticatedUsers.',
      urgency: 'Fix soon: public buckets are one of the most common causes of cloud data leaks, and the guardrail blocks them regardless of individual bucket settings.',
      risk: 'Without the guardrail one IAM binding or ACL on a bucket or object is enough to publish data to the whole internet, where it is indexed by scanners within hours. Backups, exports and logs are typical victims.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. Serve intentionally public content through a dedicated project (with a documented, tag-conditional exception) or through Cloud CDN / signed URLs instead. Enforcement also revokes existing public access on the buckets it covers, so check first with the constraint in dry run or by listing public buckets.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 storage.publicAccessPrevention がプロジェクトに実際に適用され、プロジェクト内の Cloud Storage バケットやオブジェクトを allUsers や allAuthenticatedUsers に公開できない状態になっているかを確認します。',
      urgency: '早めに対応してください。公開バケットはクラウドでの情報漏えいの最も一般的な原因の一つであり、このガードレールは個々のバケット設定にかかわらず公開を防ぎます。',
      risk: 'ガードレールがないと、バケットやオブジェクトに IAM バインディングや ACL を 1 つ追加するだけでデータがインターネット全体に公開され、数時間のうちにスキャナに発見されます。バックアップ、エクスポート、ログなどが典型的な被害対象です。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。意図的に公開するコンテンツは、専用のプロジェクト（文書化したタグ条件付きの例外を設定）で提供するか、Cloud CDN や署名付き URL を使用してください。適用すると対象バケットの既存の公開アクセスも無効になるため、事前にドライランで確認するか公開バケットを洗い出してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'public_access_prevention'),
  references: [
    'https://cloud.google.com/storage/docs/public-access-prevention',
    'https://cloud.google.com/storage/docs/org-policy-constraints',
    ...ORG_POLICY_REFERENCES,
  ],
});
