import { defineRule } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type KeyRingConfig } from '../../../../../src/providers/gcp/model.js';
import { publicPolicyOutcome } from '../../iam/grants.js';

export const rule = defineRule<KeyRingConfig>({
  id: 'gcp-kms-keyring-not-publicly-accessible',
  services: ['cloudkms'],
  title: {
    en: 'Cloud KMS key rings are not anonymously or publicly accessible',
    ja: 'Cloud KMS のキーリングが匿名または一般公開でアクセス可能になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.keyRing],
  requires: ['iamPolicy', 'name'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6', 'SC-12'],
    'pci-dss-4.0': ['3.6.1', '7.2.1'],
  },
  doc: {
    en: {
      description:
        "Checks that the key ring's IAM policy grants no role to allUsers or allAuthenticatedUsers. Bindings on a key ring are inherited by every key in it, including keys created later, so a public grant here is broader than one on a single key (which CIS 1.10 checks). This is a Google Cloud best practice beyond the CIS benchmark.",
      urgency: 'Fix today: a public grant on a key ring exposes every key in it, and every piece of data those keys protect.',
      risk: 'Anyone on the internet (allUsers) or with any Google account (allAuthenticatedUsers) gets the granted role on all keys of the ring: with encrypter/decrypter roles they can decrypt CMEK-protected data and application secrets; with admin roles they can disable or destroy key versions and make the data permanently unreadable.',
      recommendation: 'Remove the public bindings from the key ring. Grant KMS roles on the individual key to the specific service accounts or groups that need them; grant on the key ring only roles that truly apply to all of its keys.',
      console: [
        'Open Security > Key Management in the Google Cloud console and select the project.',
        'Tick the checkbox of the key ring named in the finding and click "Show info panel" (or "Permissions").',
        'Expand the roles held by "allUsers" and "allAuthenticatedUsers", click the trash icon next to each, and confirm.',
      ],
    },
    ja: {
      description:
        'キーリングの IAM ポリシーが allUsers や allAuthenticatedUsers にロールを付与していないことを確認します。キーリングのバインディングは、後から作成されるものも含めキーリング内のすべての鍵に継承されるため、ここでの一般公開は個々の鍵（CIS 1.10 で確認）よりも影響範囲が広くなります。CIS ベンチマークを補う Google Cloud のベストプラクティスです。',
      urgency: '本日中に対応してください。キーリングの一般公開は、その中のすべての鍵と、それらの鍵で保護されたすべてのデータを危険にさらします。',
      risk: 'インターネット上の誰でも（allUsers）、あるいは Google アカウントを持つ誰でも（allAuthenticatedUsers）、キーリング内のすべての鍵に対して付与されたロールを得ます。暗号化・復号ロールなら CMEK で保護されたデータやアプリケーションのシークレットを復号でき、管理者ロールなら鍵バージョンを無効化・破棄してデータを二度と読めなくできます。',
      recommendation: 'キーリングから一般公開のバインディングを削除してください。KMS のロールは必要とする特定のサービスアカウントやグループに個々の鍵単位で付与し、キーリングではすべての鍵に本当に必要なロールだけを付与してください。',
      console: [
        'Google Cloud コンソールで「セキュリティ」>「鍵管理」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載されたキーリングのチェックボックスをオンにし、「情報パネルを表示」（または「権限」）をクリックします。',
        '「allUsers」と「allAuthenticatedUsers」が持つロールを展開し、それぞれの横のゴミ箱アイコンをクリックして確定します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud kms keyrings get-iam-policy KEY_RING --location=LOCATION',
      '# Remove each public binding reported in the finding',
      'gcloud kms keyrings remove-iam-policy-binding KEY_RING --location=LOCATION \\',
      '  --member="allUsers" --role="roles/cloudkms.cryptoKeyEncrypterDecrypter"',
    ].join('\n'),
    terraform: [
      '# Key ring grants only to named identities; never "allUsers" or "allAuthenticatedUsers".',
      'resource "google_kms_key_ring_iam_member" "kms_admins" {',
      '  key_ring_id = google_kms_key_ring.app.id',
      '  role        = "roles/cloudkms.admin"',
      '  member      = "group:kms-admins@example.com"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/kms/docs/iam',
    'https://cloud.google.com/kms/docs/resource-hierarchy',
    'https://cloud.google.com/iam/docs/principals-overview#all-users',
  ],
  evaluate(resource) {
    const ring = resource.config;
    return publicPolicyOutcome(ring.iamPolicy, ring.name, { en: `key ring ${ring.name}`, ja: `キーリング ${ring.name} ` });
  },
});
