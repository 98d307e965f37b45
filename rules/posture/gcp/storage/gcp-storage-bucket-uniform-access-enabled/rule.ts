import { GCP_TYPES, type BucketConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'gcp-storage-bucket-uniform-access-enabled',
  services: ['storage'],
  title: {
    en: 'Cloud Storage buckets have uniform bucket-level access enabled',
    ja: 'Cloud Storage バケットで均一なバケットレベルのアクセスが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.bucket],
  requires: ['iamConfiguration'],
  frameworks: { 'cis-gcp-5.0': ['5.2'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Checks that every bucket has uniform bucket-level access enabled (iamConfiguration.uniformBucketLevelAccess.enabled), so access is decided by IAM alone and object ACLs are disabled.',
      urgency: 'Medium: ACLs are not a problem by themselves, but they hide per-object grants (including public ones) that bucket-level reviews and tools miss.',
      risk: 'With fine-grained access, any object can carry its own ACL, for example a single file shared with allUsers. Such grants do not appear in the bucket IAM policy, so audits, public-access checks and IAM Recommender miss them and data leaks object by object.',
      recommendation:
        'Migrate object ACL grants to IAM (bucket-level roles or IAM Conditions on object-name prefixes), then enable uniform bucket-level access. It can be disabled again within 90 days; after that it is locked. Enforce it for new buckets with the storage.uniformBucketLevelAccess organization policy.',
      console: [
        'In the Google Cloud console, open "Cloud Storage" > "Buckets" and select the bucket.',
        'Open the "Permissions" tab.',
        'Under "Access control", click "Switch to uniform".',
        'Select "Uniform" and click "Save".',
      ],
    },
    ja: {
      description:
        'すべてのバケットで均一なバケットレベルのアクセス（iamConfiguration.uniformBucketLevelAccess.enabled）が有効になっており、アクセスが IAM のみで決まり、オブジェクトの ACL が無効になっていることを確認します。',
      urgency: '緊急度は中程度です。ACL 自体が問題なのではなく、バケット単位のレビューやツールでは見落とされるオブジェクト単位の付与（公開を含む）を隠してしまうことが問題です。',
      risk: 'きめ細かい管理では、オブジェクトごとに独自の ACL を設定できます（例: 1 つのファイルだけ allUsers と共有する）。こうした付与はバケットの IAM ポリシーに表れないため、監査、公開アクセスのチェック、IAM Recommender で見落とされ、オブジェクト単位でデータが漏えいします。',
      recommendation:
        'オブジェクト ACL による付与を IAM（バケットレベルのロール、またはオブジェクト名のプレフィックスを条件とする IAM Conditions）に移行してから、均一なバケットレベルのアクセスを有効にしてください。有効化後 90 日以内であれば無効に戻せますが、その後はロックされます。新しいバケットには組織のポリシー storage.uniformBucketLevelAccess で適用を強制します。',
      console: [
        'Google Cloud コンソールで「Cloud Storage」>「バケット」を開き、対象のバケットを選択します。',
        '「権限」タブを開きます。',
        '「アクセス制御」で「均一に切り替える」をクリックします。',
        '「均一」を選択し、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud storage buckets update gs://BUCKET_NAME --uniform-bucket-level-access',
    terraform: 'resource "google_storage_bucket" "data" {\n  name                        = "BUCKET_NAME"\n  location                    = "US"\n  uniform_bucket_level_access = true\n}',
  },
  references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access', 'https://cloud.google.com/storage/docs/using-uniform-bucket-level-access'],
  evaluate(bucket) {
    const ubla = bucket.config.iamConfiguration?.uniformBucketLevelAccess;
    const evidence = { uniformBucketLevelAccess: ubla ?? null };
    return ubla?.enabled === true
      ? pass({ en: `Bucket ${bucket.name} uses uniform bucket-level access.`, ja: `バケット ${bucket.name} は均一なバケットレベルのアクセスを使用しています。` }, evidence)
      : fail(
          { en: `Bucket ${bucket.name} uses fine-grained access: object ACLs are in effect.`, ja: `バケット ${bucket.name} はきめ細かい管理を使用しており、オブジェクトの ACL が有効です。` },
          evidence,
        );
  },
});
