import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-lifecycle-configured',
  services: ['s3'],
  title: {
    en: 'S3 buckets have a lifecycle configuration',
    ja: 'S3 バケットにライフサイクル設定がある',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [BUCKET_TYPE],
  requires: ['lifecycle'],
  frameworks: {
    fsbp: ['S3.13'],
    'nist-800-53-r5': ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: 'Checks that the bucket has at least one enabled lifecycle rule (transition, expiration, noncurrent-version or incomplete-upload cleanup).',
      urgency: 'Low urgency: a data-retention and cost hygiene item, best fixed alongside the owning team\'s next change to the bucket.',
      risk: 'Without lifecycle rules, data is kept forever by default: personal data outlives its retention period (a compliance problem), old build artifacts and logs accumulate cost, and incomplete multipart uploads are billed invisibly.',
      recommendation:
        'Define the retention the data needs and encode it as lifecycle rules: transition to cheaper storage classes, expire objects after the retention period, expire noncurrent versions, and abort incomplete multipart uploads after a few days.',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Management tab.',
        'Under "Lifecycle rules", choose "Create lifecycle rule".',
        'Choose the scope (whole bucket or a prefix/tag) and the actions (transition, expiration, noncurrent versions, incomplete multipart uploads).',
        'Choose "Create rule".',
      ],
    },
    ja: {
      description: 'バケットに、有効なライフサイクルルール（ストレージクラスの移行、有効期限、非現行バージョンや未完了アップロードの削除）が 1 つ以上あるかを確認します。',
      urgency: '緊急度は低です。データ保持とコストの衛生管理の項目であり、担当チームが次にバケットを変更する際にあわせて対応するのが適切です。',
      risk: 'ライフサイクルルールがないとデータは既定で無期限に保存されます。個人データが保持期間を過ぎても残り（コンプライアンス上の問題）、古いビルド成果物やログの費用が積み上がり、未完了のマルチパートアップロードにも気づかないまま課金されます。',
      recommendation:
        'データに必要な保持期間を定め、ライフサイクルルールとして設定してください（安価なストレージクラスへの移行、保持期間後の削除、非現行バージョンの削除、数日後の未完了マルチパートアップロードの中止）。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「管理」タブを開きます。',
        '「ライフサイクルルール」で「ライフサイクルルールを作成する」を選択します。',
        '適用範囲（バケット全体またはプレフィックス/タグ）とアクション（移行、有効期限、非現行バージョン、未完了のマルチパートアップロード）を選択します。',
        '「ルールを作成」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET_NAME --lifecycle-configuration \'{\n  "Rules": [{\n    "ID": "retention",\n    "Status": "Enabled",\n    "Filter": {},\n    "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}],\n    "Expiration": {"Days": 365},\n    "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}\n  }]\n}\'',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "retention"\n    status = "Enabled"\n    filter {}\n    transition {\n      days          = 30\n      storage_class = "STANDARD_IA"\n    }\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LifecycleConfiguration:\n      Rules:\n        - Id: retention\n          Status: Enabled\n          Transitions:\n            - TransitionInDays: 30\n              StorageClass: STANDARD_IA\n          ExpirationInDays: 365\n          AbortIncompleteMultipartUpload:\n            DaysAfterInitiation: 7',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
  ],
  evaluate(bucket) {
    const lifecycle = bucket.config.lifecycle;
    const enabled = lifecycle?.rules.filter((r) => r.status === 'Enabled') ?? [];
    if (enabled.length > 0) return pass({ en: `${enabled.length} enabled lifecycle rule(s).`, ja: `有効なライフサイクルルールが ${enabled.length} 件あります。` }, { rules: enabled.map((r) => r.id) });
    return fail(
      lifecycle
        ? { en: 'All lifecycle rules of the bucket are disabled.', ja: 'ライフサイクルルールはすべて無効です。' }
        : { en: 'The bucket has no lifecycle configuration.', ja: 'ライフサイクル設定がありません。' },
    );
  },
});
