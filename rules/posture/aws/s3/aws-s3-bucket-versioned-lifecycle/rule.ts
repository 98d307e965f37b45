import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-versioned-lifecycle',
  services: ['s3'],
  title: {
    en: 'Versioned S3 buckets have a lifecycle configuration',
    ja: 'バージョニングが有効な S3 バケットにライフサイクル設定がある',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [BUCKET_TYPE],
  requires: ['versioning', 'lifecycle'],
  frameworks: {
    fsbp: ['S3.10'],
    'nist-800-53-r5': ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'],
  },
  doc: {
    en: {
      description:
        'Checks that a bucket with versioning enabled has at least one enabled lifecycle rule, typically expiring noncurrent versions and incomplete multipart uploads.',
      urgency: 'Low urgency: this is about cost and manageability rather than exposure, but noncurrent versions grow silently every day.',
      risk: 'Every overwrite or delete keeps the old version forever. Storage cost grows without bound, and the version history of frequently rewritten objects can reach millions of versions, which slows listing, restores and incident investigation.',
      recommendation:
        'Add a lifecycle rule that expires (or transitions to a cheaper storage class) noncurrent versions after a retention period that matches your recovery needs, and aborts incomplete multipart uploads. Keep versions of audit data with S3 Object Lock instead of relying on no expiry.',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Management tab.',
        'Under "Lifecycle rules", choose "Create lifecycle rule".',
        'Apply it to all objects, select "Permanently delete noncurrent versions of objects" with a number of days, and "Delete expired object delete markers or incomplete multipart uploads".',
        'Choose "Create rule".',
      ],
    },
    ja: {
      description:
        'バージョニングが有効なバケットに、非現行バージョンや未完了のマルチパートアップロードを期限切れにするなどの有効なライフサイクルルールが 1 つ以上あるかを確認します。',
      urgency: '緊急度は低です。情報露出ではなくコストと運用性の問題ですが、非現行バージョンは日々気づかないうちに増え続けます。',
      risk: '上書きや削除のたびに旧バージョンが無期限に残ります。ストレージ費用が際限なく増え、頻繁に書き換えられるオブジェクトではバージョン数が数百万に達し、一覧取得や復元、インシデント調査が遅くなります。',
      recommendation:
        '復旧要件に合った保持期間を過ぎた非現行バージョンを削除（または安価なストレージクラスへ移行）し、未完了のマルチパートアップロードを中止するライフサイクルルールを追加してください。監査データのバージョンは、期限なしに頼らず S3 オブジェクトロックで保護してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「管理」タブを開きます。',
        '「ライフサイクルルール」で「ライフサイクルルールを作成する」を選択します。',
        'すべてのオブジェクトに適用し、「オブジェクトの非現行バージョンを完全に削除」に日数を指定し、「期限切れのオブジェクト削除マーカーまたは不完全なマルチパートアップロードを削除」も選択します。',
        '「ルールを作成」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET_NAME --lifecycle-configuration \'{\n  "Rules": [{\n    "ID": "expire-noncurrent",\n    "Status": "Enabled",\n    "Filter": {},\n    "NoncurrentVersionExpiration": {"NoncurrentDays": 90},\n    "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}\n  }]\n}\'',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "expire-noncurrent"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration:\n      Status: Enabled\n    LifecycleConfiguration:\n      Rules:\n        - Id: expire-noncurrent\n          Status: Enabled\n          NoncurrentVersionExpiration:\n            NoncurrentDays: 90\n          AbortIncompleteMultipartUpload:\n            DaysAfterInitiation: 7',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10',
  ],
  evaluate(bucket) {
    const { versioning, lifecycle } = bucket.config;
    if (versioning?.status !== 'Enabled') {
      return notApplicable({ en: `Versioning is ${versioning?.status ?? 'unknown'}.`, ja: `バージョニングは ${versioning?.status ?? '不明'} です。` });
    }
    const enabled = lifecycle?.rules.filter((r) => r.status === 'Enabled') ?? [];
    if (enabled.length > 0) {
      return pass({ en: `${enabled.length} enabled lifecycle rule(s).`, ja: `有効なライフサイクルルールが ${enabled.length} 件あります。` }, { rules: enabled.map((r) => r.id) });
    }
    return fail(
      lifecycle
        ? { en: 'The bucket is versioned and all its lifecycle rules are disabled.', ja: 'バージョニングが有効ですが、ライフサイクルルールはすべて無効です。' }
        : { en: 'The bucket is versioned and has no lifecycle configuration.', ja: 'バージョニングが有効ですが、ライフサイクル設定がありません。' },
    );
  },
});
