import { defineRule } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type CryptoKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { publicPolicyOutcome } from '../../iam/grants.js';

export const rule = defineRule<CryptoKeyConfig>({
  id: 'gcp-kms-key-not-publicly-accessible',
  services: ['cloudkms'],
  title: {
    en: 'Cloud KMS crypto keys are not anonymously or publicly accessible',
    ja: 'Cloud KMS の暗号鍵が匿名または一般公開でアクセス可能になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.cryptoKey],
  requires: ['iamPolicy', 'name'],
  frameworks: {
    'cis-gcp-5.0': ['1.10'],
    'nist-800-53-r5': ['AC-3', 'AC-6', 'SC-12'],
    'pci-dss-4.0': ['3.6.1', '7.2.1'],
  },
  doc: {
    en: {
      description: "Checks that the crypto key's own IAM policy grants no role to allUsers (anyone on the internet) or allAuthenticatedUsers (anyone with a Google account).",
      urgency: 'Fix today: a public grant on a key is never intended and exposes every piece of data protected by it.',
      risk: 'Depending on the role, anyone can encrypt, decrypt or sign with the key, read its metadata, or (with admin roles) disable or destroy its versions. Decrypt access exposes all data encrypted with the key (CMEK-protected buckets, disks, databases, application secrets); destroy access makes that data permanently unreadable.',
      recommendation: 'Remove the allUsers and allAuthenticatedUsers bindings from the key and grant the needed role (for example roles/cloudkms.cryptoKeyEncrypterDecrypter) only to the specific service accounts or groups that use the key. Also check the key ring and project policies, which apply to the key as well.',
      console: [
        'Open Security > Key Management in the Google Cloud console and select the project.',
        'Open the key ring, then the key named in the finding, and open the "Permissions" tab (or select the key and click "Show info panel").',
        'Find "allUsers" and "allAuthenticatedUsers", click the trash icon next to each role they hold, and confirm.',
      ],
    },
    ja: {
      description: '暗号鍵自身の IAM ポリシーが、allUsers（インターネット上の誰でも）や allAuthenticatedUsers（Google アカウントを持つ誰でも）にロールを付与していないことを確認します。',
      urgency: '本日中に対応してください。鍵への一般公開の付与が意図されることはなく、その鍵で保護されたすべてのデータが危険にさらされます。',
      risk: 'ロールによっては、誰でもその鍵で暗号化・復号・署名をしたり、メタデータを読んだり、（管理者ロールなら）鍵バージョンを無効化・破棄したりできます。復号できれば、その鍵で暗号化されたすべてのデータ（CMEK で保護されたバケット、ディスク、データベース、アプリケーションのシークレットなど）が漏えいし、破棄されればそのデータは二度と読めなくなります。',
      recommendation: '鍵から allUsers と allAuthenticatedUsers のバインディングを削除し、必要なロール（例: roles/cloudkms.cryptoKeyEncrypterDecrypter）は鍵を使う特定のサービスアカウントやグループにだけ付与してください。鍵にはキーリングとプロジェクトのポリシーも適用されるため、あわせて確認してください。',
      console: [
        'Google Cloud コンソールで「セキュリティ」>「鍵管理」を開き、対象のプロジェクトを選択します。',
        'キーリングを開き、検出結果に記載された鍵を開いて「権限」タブを表示します（または鍵を選択して「情報パネルを表示」をクリックします）。',
        '「allUsers」と「allAuthenticatedUsers」を探し、それぞれが持つロールの横のゴミ箱アイコンをクリックして確定します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Show who has access to the key',
      'gcloud kms keys get-iam-policy KEY --keyring=KEY_RING --location=LOCATION',
      '# Remove each public binding reported in the finding',
      'gcloud kms keys remove-iam-policy-binding KEY --keyring=KEY_RING --location=LOCATION \\',
      '  --member="allUsers" --role="roles/cloudkms.cryptoKeyEncrypterDecrypter"',
      'gcloud kms keys remove-iam-policy-binding KEY --keyring=KEY_RING --location=LOCATION \\',
      '  --member="allAuthenticatedUsers" --role="roles/cloudkms.cryptoKeyEncrypterDecrypter"',
    ].join('\n'),
    terraform: [
      '# Grant key access to named identities only; never "allUsers" or "allAuthenticatedUsers".',
      'resource "google_kms_crypto_key_iam_member" "app" {',
      '  crypto_key_id = google_kms_crypto_key.app.id',
      '  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"',
      '  member        = "serviceAccount:${google_service_account.app.email}"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/kms/docs/iam',
    'https://cloud.google.com/kms/docs/reference/permissions-and-roles',
    'https://cloud.google.com/iam/docs/principals-overview#all-users',
  ],
  evaluate(resource) {
    const key = resource.config;
    return publicPolicyOutcome(key.iamPolicy, key.name, { en: `crypto key ${key.name}`, ja: `暗号鍵 ${key.name} ` });
  },
});
