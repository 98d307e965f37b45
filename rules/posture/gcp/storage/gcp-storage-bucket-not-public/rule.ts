import { isPublicMember } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type BucketConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'gcp-storage-bucket-not-public',
  services: ['storage'],
  title: {
    en: 'Cloud Storage buckets are not anonymously or publicly accessible',
    ja: 'Cloud Storage バケットが匿名または一般公開でアクセス可能になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.bucket],
  requires: ['iamPolicy', 'iamConfiguration'],
  frameworks: { 'cis-gcp-5.0': ['5.1'], 'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6', 'SC-7'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        "Checks that no binding in a bucket's IAM policy grants a role to allUsers (anyone on the internet) or allAuthenticatedUsers (anyone with a Google account), conditional bindings included. As in the CIS audit, a public grant fails even when public access prevention is enforced on the bucket: Google Cloud then overrides the grant, but it becomes effective again as soon as prevention is lifted, so the reason only notes the enforcement. Object ACLs (fine-grained access) are not evaluated.",
      urgency: 'Fix today: a public bucket is found by scanners within hours and its contents can be downloaded by anyone, with no log of who it was unless data-access logging is on.',
      risk: 'Anyone can list or download the objects (and, with write roles, upload, overwrite or delete them). Public buckets are a leading cause of cloud data leaks: backups, exports, logs and customer files end up indexed and copied, and write access lets attackers host malware or tamper with content served to users.',
      recommendation:
        'Remove allUsers and allAuthenticatedUsers from the bucket policy. Share data with specific users, groups or service accounts, use signed URLs for temporary external access, and serve public web content through a load balancer with Cloud CDN from a dedicated bucket. Enforce public access prevention on buckets (or through the storage.publicAccessPrevention organization policy) that must never be public.',
      console: [
        'In the Google Cloud console, open "Cloud Storage" > "Buckets" and select the bucket.',
        'Open the "Permissions" tab and choose "View by principals".',
        'Select the allUsers and allAuthenticatedUsers entries and click "Remove access".',
        'Under "Public access", click "Prevent public access" if the bucket must never be public.',
      ],
    },
    ja: {
      description:
        'バケットの IAM ポリシーに、allUsers（インターネット上の誰でも）または allAuthenticatedUsers（Google アカウントを持つ誰でも）にロールを付与するバインディング（条件付きを含む）がないことを確認します。CIS の監査手順と同様に、バケットで公開アクセス防止が適用されていても公開の付与は不合格とします。その場合 Google Cloud が付与を無効化しますが、防止を解除した時点で再び有効になるため、理由にその旨を記載するにとどめます。オブジェクトの ACL（きめ細かいアクセス制御）は評価しません。',
      urgency: '本日中に対応してください。公開バケットは数時間のうちにスキャナーに発見され、誰でも中身をダウンロードできます。データアクセスログを有効にしていなければ、誰が取得したかの記録も残りません。',
      risk: '誰でもオブジェクトを一覧・ダウンロードでき、書き込みロールがあればアップロード、上書き、削除もできます。公開バケットはクラウドでのデータ漏えいの主な原因で、バックアップ、エクスポート、ログ、顧客ファイルが検索・複製され、書き込み権限があればマルウェアの配布やユーザーに配信するコンテンツの改ざんに悪用されます。',
      recommendation:
        'バケットのポリシーから allUsers と allAuthenticatedUsers を削除してください。データは特定のユーザー、グループ、サービスアカウントと共有し、外部への一時的な共有には署名付き URL を使用します。公開する Web コンテンツは専用のバケットから Cloud CDN 付きのロードバランサ経由で配信してください。公開してはならないバケットには公開アクセス防止を適用します（または組織のポリシー storage.publicAccessPrevention を使用します）。',
      console: [
        'Google Cloud コンソールで「Cloud Storage」>「バケット」を開き、対象のバケットを選択します。',
        '「権限」タブを開き、「プリンシパル別に表示」を選択します。',
        'allUsers と allAuthenticatedUsers の行を選択し、「アクセス権を削除」をクリックします。',
        'バケットを公開する必要がない場合は、「公開アクセス」で「公開アクセス禁止」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud storage buckets remove-iam-policy-binding gs://BUCKET_NAME --member=allUsers --role=ROLE\ngcloud storage buckets remove-iam-policy-binding gs://BUCKET_NAME --member=allAuthenticatedUsers --role=ROLE\n# Then block public access for good:\ngcloud storage buckets update gs://BUCKET_NAME --public-access-prevention',
    terraform:
      'resource "google_storage_bucket" "data" {\n  name                        = "BUCKET_NAME"\n  location                    = "US"\n  uniform_bucket_level_access = true\n  public_access_prevention    = "enforced"\n}\n\n# Grant named principals only; never "allUsers" or "allAuthenticatedUsers".\nresource "google_storage_bucket_iam_member" "reader" {\n  bucket = google_storage_bucket.data.name\n  role   = "roles/storage.objectViewer"\n  member = "group:data-readers@example.com"\n}',
  },
  references: [
    'https://cloud.google.com/storage/docs/access-control/making-data-public',
    'https://cloud.google.com/storage/docs/public-access-prevention',
    'https://cloud.google.com/storage/docs/access-control/iam',
  ],
  evaluate(bucket) {
    const policy = bucket.config.iamPolicy;
    if (!policy) {
      return notAssessed({ en: `The IAM policy of bucket ${bucket.name} was not collected.`, ja: `バケット ${bucket.name} の IAM ポリシーが収集されていません。` });
    }
    const grants = (policy.bindings ?? []).flatMap((b) =>
      b.members.filter(isPublicMember).map((member) => ({ member, role: b.role, ...(b.condition ? { condition: b.condition.expression } : {}) })),
    );
    const prevention = bucket.config.iamConfiguration?.publicAccessPrevention ?? null;
    if (grants.length === 0) {
      return pass(
        { en: `The IAM policy of bucket ${bucket.name} grants nothing to allUsers or allAuthenticatedUsers.`, ja: `バケット ${bucket.name} の IAM ポリシーは allUsers にも allAuthenticatedUsers にも何も付与していません。` },
        { publicAccessPrevention: prevention },
      );
    }
    const list = grants.map((g) => `${g.role} → ${g.member}${g.condition ? ' (conditional)' : ''}`).join(', ');
    const listJa = grants.map((g) => `${g.role} → ${g.member}${g.condition ? '（条件付き）' : ''}`).join('、');
    const enforced = prevention === 'enforced';
    return fail(
      {
        en: `Bucket ${bucket.name} grants public access: ${list}.${enforced ? ' Public access prevention is enforced on the bucket, so these grants are currently overridden, but they take effect again if prevention is lifted.' : ''}`,
        ja: `バケット ${bucket.name} は一般公開のアクセスを付与しています: ${listJa}。${enforced ? 'バケットで公開アクセス防止が適用されているため現在この付与は無効化されていますが、防止を解除すると再び有効になります。' : ''}`,
      },
      { publicGrants: grants, publicAccessPrevention: prevention },
    );
  },
});
