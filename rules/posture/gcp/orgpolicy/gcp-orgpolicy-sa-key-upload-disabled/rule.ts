import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'iam.disableServiceAccountKeyUpload';
const steps = booleanConsole('Disable service account key upload', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-sa-key-upload-disabled',
  constraint,
  title: {
    en: 'Organisation policy blocks uploading service account keys',
    ja: '組織のポリシーでサービス アカウント キーのアップロードがブロックされている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'nist-800-53-r5': ['AC-2', 'IA-5'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint iam.disableServiceAccountKeyUpload is effectively enforced for the project, taking the policies set on the project, its folders and its organisation into account.',
      urgency: 'Fix soon: an uploaded public key turns a private key generated outside Google Cloud into a valid service account credential that Google never saw and cannot rotate.',
      risk: 'Anyone allowed to manage keys can upload the public half of a key pair they generated themselves and keep the private key wherever they like, creating a persistent, hard-to-detect backdoor to the service account that survives the deletion of Google-generated keys.',
      recommendation: 'Enforce the constraint at the organisation (or at the folders that hold production projects) and remove project-level policies that turn it off. Prefer Workload Identity Federation or attached service accounts; if a workload must bring its own key (for example an HSM-backed key), allow it only on that project with a narrow, tag-conditional exception. Already uploaded keys are not removed: list user-provided keys (keyOrigin USER_PROVIDED) and delete the ones not needed.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 iam.disableServiceAccountKeyUpload が、プロジェクト・フォルダ・組織に設定されたポリシーを踏まえたうえで、プロジェクトに実際に適用されているかを確認します。',
      urgency: '早めに対応してください。公開鍵をアップロードされると、Google Cloud の外部で生成された秘密鍵が、Google が一度も扱っておらずローテーションもできないサービス アカウントの認証情報として有効になります。',
      risk: 'キーを管理できる人は、自分で生成した鍵ペアの公開鍵をアップロードし、秘密鍵を任意の場所に保持できます。これにより、Google が生成したキーを削除しても残り続ける、検出が難しい永続的なバックドアがサービス アカウントに作られます。',
      recommendation: '組織（または本番プロジェクトを含むフォルダ）でこの制約を適用し、プロジェクト単位で適用をオフにしているポリシーを削除してください。Workload Identity 連携やサービス アカウントのアタッチを優先し、独自の鍵（HSM で保護された鍵など）がどうしても必要なワークロードに限り、タグ条件付きの限定的な例外をそのプロジェクトに設けてください。アップロード済みのキーは削除されないため、ユーザー提供のキー（keyOrigin が USER_PROVIDED）を洗い出し、不要なものを削除してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'disable_sa_key_upload'),
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_key_upload',
    'https://cloud.google.com/iam/docs/keys-upload',
    ...ORG_POLICY_REFERENCES,
  ],
});
