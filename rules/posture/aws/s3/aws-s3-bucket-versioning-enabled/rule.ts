import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-versioning-enabled',
  services: ['s3'],
  title: {
    en: 'S3 buckets have versioning enabled',
    ja: 'S3 バケットでバージョニングが有効になっている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [BUCKET_TYPE],
  requires: ['versioning'],
  frameworks: {
    fsbp: ['S3.14'],
    'nist-800-53-r5': ['AU-9(2)', 'CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: 'Checks that versioning is enabled (not never-enabled or suspended), so overwritten and deleted objects keep their previous versions.',
      urgency:
        'Fix within weeks; sooner for buckets whose objects other systems consume (deployment artifacts, configuration): without versions, a tampered or deleted object cannot be compared with or restored to the original.',
      risk: 'An overwrite or delete (a bug, a mistaken sync --delete, ransomware, or an attacker replacing a build artifact) destroys the only copy. You can neither recover the data nor see what was changed.',
      recommendation:
        'Enable versioning and add a lifecycle rule that expires noncurrent versions after your recovery window. For buckets that must resist deletion by administrators too, add S3 Object Lock.',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Properties tab.',
        'Under "Bucket Versioning", choose Edit.',
        'Select Enable and choose "Save changes".',
      ],
    },
    ja: {
      description: 'バージョニングが有効（未設定や一時停止ではない）で、上書き・削除されたオブジェクトの以前のバージョンが保持されるかを確認します。',
      urgency:
        '数週間以内に対応してください。デプロイ成果物や設定ファイルなど他システムが利用するオブジェクトを置くバケットはより早く対応してください。バージョンがないと、改ざん・削除されたオブジェクトを元の状態と比較することも復元することもできません。',
      risk: '上書きや削除（不具合、誤った sync --delete、ランサムウェア、攻撃者によるビルド成果物の差し替えなど）で唯一のコピーが失われます。データを復旧できず、何が変更されたのかも確認できません。',
      recommendation:
        'バージョニングを有効にし、復旧に必要な期間を過ぎた非現行バージョンを削除するライフサイクルルールを追加してください。管理者による削除にも耐える必要があるバケットには S3 オブジェクトロックも設定してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「プロパティ」タブを開きます。',
        '「バケットのバージョニング」で「編集」を選択します。',
        '「有効にする」を選択して「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET_NAME --versioning-configuration Status=Enabled',
    terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
    cloudformation: 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration:\n      Status: Enabled',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
  ],
  evaluate(bucket) {
    const status = bucket.config.versioning?.status;
    if (status === 'Enabled') return pass({ en: 'Versioning is enabled.', ja: 'バージョニングは有効です。' });
    return fail(
      status === 'Suspended'
        ? { en: 'Versioning is suspended.', ja: 'バージョニングが一時停止されています。' }
        : { en: 'Versioning has never been enabled.', ja: 'バージョニングが一度も有効化されていません。' },
      { status },
    );
  },
});
