import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const KMS = ['aws:kms', 'aws:kms:dsse'];

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-kms-encryption',
  services: ['s3'],
  title: {
    en: 'S3 buckets are encrypted at rest with AWS KMS keys (SSE-KMS)',
    ja: 'S3 バケットが AWS KMS キーで保管時に暗号化されている (SSE-KMS)',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [BUCKET_TYPE],
  requires: ['encryption'],
  frameworks: {
    fsbp: ['S3.17'],
    'nist-800-53-r5': ['SC-12(2)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'CA-9(1)', 'SI-7(6)', 'AU-9'],
    'pci-dss-4.0': ['3.5.1'],
  },
  doc: {
    en: {
      description:
        'Checks that the bucket\'s default encryption uses an AWS KMS key (SSE-KMS or DSSE-KMS) rather than S3 managed keys (SSE-S3), so reading objects also requires permission on the key and every use of the key is logged in CloudTrail.',
      urgency:
        'Low urgency: data is already encrypted at rest with SSE-S3; moving to a customer managed KMS key adds a second, separately controlled permission and an audit trail, which matters most for sensitive data.',
      risk: 'With SSE-S3, anyone granted s3:GetObject (including by an over-broad bucket policy) can read the plaintext; there is no independent key policy to stop them, and decryptions are not visible as KMS events in CloudTrail.',
      recommendation:
        'Set default encryption to SSE-KMS with a customer managed key whose key policy allows only the roles that need the data, and enable S3 Bucket Keys to reduce KMS request cost. Existing objects keep their encryption until rewritten (e.g. with S3 Batch Operations copy).',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Properties tab.',
        'Under "Default encryption", choose Edit.',
        'Select "Server-side encryption with AWS Key Management Service keys (SSE-KMS)" and choose a customer managed key.',
        'Enable "Bucket Key" and choose "Save changes".',
      ],
    },
    ja: {
      description:
        'バケットのデフォルト暗号化に S3 マネージドキー (SSE-S3) ではなく AWS KMS キー (SSE-KMS または DSSE-KMS) が使われ、オブジェクトの読み取りにキーの権限も必要となり、キーの使用が CloudTrail に記録されるかを確認します。',
      urgency:
        '緊急度は低です。SSE-S3 でも保管時の暗号化はされています。カスタマーマネージドキーへの移行は、別管理の権限と監査証跡を追加するもので、機密データで特に重要です。',
      risk: 'SSE-S3 では、s3:GetObject を許可された者（広すぎるバケットポリシーによるものを含む）は誰でも平文を読めます。それを止める独立したキーポリシーがなく、復号も CloudTrail の KMS イベントとして確認できません。',
      recommendation:
        'デフォルト暗号化を、データを必要とするロールのみに使用を許可するキーポリシーを持つカスタマーマネージドキーでの SSE-KMS に設定し、KMS リクエスト費用を抑えるため S3 バケットキーを有効にしてください。既存オブジェクトは書き直す（S3 バッチオペレーションのコピーなど）まで元の暗号化のままです。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「プロパティ」タブを開きます。',
        '「デフォルトの暗号化」で「編集」を選択します。',
        '「AWS Key Management Service キーを用いたサーバー側の暗号化 (SSE-KMS)」を選び、カスタマーマネージドキーを指定します。',
        '「バケットキー」を有効にして「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET_NAME --server-side-encryption-configuration \\\n  \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketEncryption:\n      ServerSideEncryptionConfiguration:\n        - ServerSideEncryptionByDefault:\n            SSEAlgorithm: aws:kms\n            KMSMasterKeyID: !GetAtt DataKey.Arn\n          BucketKeyEnabled: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/specifying-kms-encryption.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
  ],
  evaluate(bucket) {
    const rules = bucket.config.encryption?.rules ?? [];
    const kms = rules.find((r) => KMS.includes(r.sseAlgorithm));
    if (kms) {
      const key = kms.kmsMasterKeyId ?? 'the AWS managed key aws/s3';
      return pass({ en: `Default encryption is ${kms.sseAlgorithm} with ${key}.`, ja: `デフォルト暗号化は ${kms.sseAlgorithm}（${key}）です。` }, { sseAlgorithm: kms.sseAlgorithm, key });
    }
    const algo = rules[0]?.sseAlgorithm;
    return fail(
      algo
        ? { en: `Default encryption is ${algo === 'AES256' ? 'SSE-S3 (AES256)' : algo}, not an AWS KMS key.`, ja: `デフォルト暗号化が ${algo === 'AES256' ? 'SSE-S3 (AES256)' : algo} で、AWS KMS キーではありません。` }
        : { en: 'No default encryption configuration (S3 applies SSE-S3).', ja: 'デフォルト暗号化の設定がありません（S3 により SSE-S3 が適用されます）。' },
      { sseAlgorithm: algo ?? null },
    );
  },
});
