import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, dutyConflicts, grantEvidence, projectGrants, projectPolicyMissing } from '../../iam/grants.js';

const KMS_ADMIN = ['roles/cloudkms.admin'];
/** The key-usage roles CIS 1.12 lists. */
const KEY_USERS = ['roles/cloudkms.cryptoKeyEncrypterDecrypter', 'roles/cloudkms.cryptoKeyEncrypter', 'roles/cloudkms.cryptoKeyDecrypter'];

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-kms-separation-of-duties',
  services: ['cloudresourcemanager'],
  title: {
    en: 'No member holds both Cloud KMS Admin and a CryptoKey encrypt/decrypt role on the project',
    ja: 'Cloud KMS 管理者と暗号鍵の暗号化・復号ロールの両方を持つメンバーがいない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.project],
  requires: ['iamPolicy', 'inherited', 'projectId'],
  frameworks: {
    'cis-gcp-5.0': ['1.12'],
    'nist-800-53-r5': ['AC-5'],
  },
  doc: {
    en: {
      description:
        'Checks the IAM policy that applies to the project (own and inherited bindings, conditional ones included) for members that hold roles/cloudkms.admin together with roles/cloudkms.cryptoKeyEncrypterDecrypter, roles/cloudkms.cryptoKeyEncrypter or roles/cloudkms.cryptoKeyDecrypter.',
      urgency: 'Plan the fix in the next sprint: the combination lets one member both control and use every key in the project, but it needs a trusted member to misuse it or be compromised.',
      risk: 'Cloud KMS Admin can create keys, change their IAM policies and destroy versions; the CryptoKey roles encrypt and decrypt data. A member holding both can decrypt any CMEK-protected data and then cover their tracks or destroy the key, with no second person involved. One compromised account then means full loss of confidentiality and availability of the encrypted data.',
      recommendation:
        'Give key administration and key usage to different people or groups. Remove either roles/cloudkms.admin or the CryptoKey role from each member listed, and grant CryptoKey roles on individual keys to the service accounts that use them rather than on the project.',
      console: [
        'Open IAM & Admin > IAM in the Google Cloud console and select the project.',
        'Find each member named in the finding (for inherited bindings, open the folder or organisation named instead).',
        'Click the pencil icon and delete either "Cloud KMS Admin" or the "Cloud KMS CryptoKey Encrypter/Decrypter/Encrypter/Decrypter" role, then save.',
        'Grant usage roles per key under Security > Key Management > key > Permissions.',
      ],
    },
    ja: {
      description:
        'プロジェクトに適用される IAM ポリシー（プロジェクト自身と継承されたバインディング、条件付きを含む）で、roles/cloudkms.admin と、roles/cloudkms.cryptoKeyEncrypterDecrypter・roles/cloudkms.cryptoKeyEncrypter・roles/cloudkms.cryptoKeyDecrypter のいずれかを同時に持つメンバーがいないかを確認します。',
      urgency: '次のスプリントで対応を計画してください。この組み合わせでは 1 人のメンバーがプロジェクト内のすべての鍵を管理も使用もできますが、悪用には信頼済みのメンバー自身の不正か、そのアカウントの侵害が必要です。',
      risk: 'Cloud KMS 管理者は鍵の作成、IAM ポリシーの変更、鍵バージョンの破棄ができ、暗号鍵のロールはデータの暗号化・復号ができます。両方を持つメンバーは、CMEK で保護された任意のデータを復号したうえで痕跡を消したり鍵を破棄したりでき、ほかの誰の関与も必要ありません。アカウントが 1 つ侵害されるだけで、暗号化データの機密性と可用性がともに失われます。',
      recommendation:
        '鍵の管理と鍵の使用は別の担当者やグループに割り当ててください。検出された各メンバーから roles/cloudkms.admin か暗号鍵のロールのどちらかを削除し、暗号鍵のロールはプロジェクト単位ではなく、鍵を使うサービスアカウントに個々の鍵単位で付与してください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「IAM」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載された各メンバーを探します（継承されたバインディングの場合は、記載されたフォルダまたは組織を開きます）。',
        '鉛筆アイコンをクリックし、「クラウド KMS 管理者」か「クラウド KMS 暗号鍵の暗号化 / 復号」などの暗号鍵ロールのどちらかを削除して保存します。',
        '使用のためのロールは「セキュリティ」>「鍵管理」> 対象の鍵 >「権限」で鍵ごとに付与します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Remove one side of the conflict from the member named in the finding',
      'gcloud projects remove-iam-policy-binding PROJECT_ID \\',
      '  --member="user:alice@example.com" --role="roles/cloudkms.cryptoKeyEncrypterDecrypter"',
      '# Grant key usage on a single key to the workload instead',
      'gcloud kms keys add-iam-policy-binding KEY --keyring=KEY_RING --location=LOCATION \\',
      '  --member="serviceAccount:SA_EMAIL" --role="roles/cloudkms.cryptoKeyEncrypterDecrypter"',
    ].join('\n'),
    terraform: [
      'resource "google_project_iam_member" "kms_admins" {',
      '  project = var.project_id',
      '  role    = "roles/cloudkms.admin"',
      '  member  = "group:kms-admins@example.com"',
      '}',
      '',
      '# Usage is granted per key, to the workload only',
      'resource "google_kms_crypto_key_iam_member" "app" {',
      '  crypto_key_id = google_kms_crypto_key.data.id',
      '  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"',
      '  member        = "serviceAccount:${google_service_account.app.email}"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/kms/docs/separation-of-duties',
    'https://cloud.google.com/kms/docs/reference/permissions-and-roles',
  ],
  evaluate(resource) {
    const project = resource.config;
    const missing = projectPolicyMissing(project);
    if (missing) return missing;
    const conflicts = dutyConflicts(projectGrants(project), KMS_ADMIN, KEY_USERS);
    if (conflicts.length === 0) {
      return pass({
        en: `No member of project ${project.projectId} holds Cloud KMS Admin together with a CryptoKey encrypt/decrypt role.`,
        ja: `プロジェクト ${project.projectId} に、Cloud KMS 管理者と暗号鍵の暗号化・復号ロールを同時に持つメンバーはいません。`,
      });
    }
    const list = describeGrants(conflicts.flatMap((c) => [...c.first, ...c.second]));
    return fail(
      {
        en: `${conflicts.length} member(s) of project ${project.projectId} both administer and use KMS keys (${conflicts.map((c) => c.member).join(', ')}): ${list.en}.`,
        ja: `プロジェクト ${project.projectId} で ${conflicts.length} 件のメンバーが KMS 鍵の管理と使用の両方の権限を持っています（${conflicts.map((c) => c.member).join('、')}）: ${list.ja}。`,
      },
      { members: conflicts.map((c) => ({ member: c.member, grants: grantEvidence([...c.first, ...c.second]) })) },
    );
  },
});
