import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-mfa-delete-enabled',
  services: ['s3'],
  title: {
    en: 'MFA Delete is enabled on S3 buckets',
    ja: 'S3 バケットで MFA Delete が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [BUCKET_TYPE],
  requires: ['versioning', 'lifecycle'],
  frameworks: {
    'cis-aws-3.0': ['2.1.2'],
    fsbp: ['S3.20'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
  },
  doc: {
    en: {
      description:
        'Checks that versioning with MFA Delete is enabled, so permanently deleting an object version or changing the versioning state requires the root user\'s MFA code. Buckets with a lifecycle configuration are not applicable: S3 does not allow MFA Delete together with lifecycle rules.',
      urgency:
        'Low urgency: it is an extra layer over versioning for buckets whose history must survive a credential compromise; enable it where that matters (audit logs, backups).',
      risk: 'With stolen credentials that include s3:DeleteObjectVersion or s3:PutBucketVersioning, an attacker or a faulty script can suspend versioning and purge every previous version, making deleted or overwritten data unrecoverable.',
      recommendation:
        'For buckets holding audit or backup data, enable versioning with MFA Delete using the root user and its MFA device (only possible through the CLI or API). Where lifecycle rules are needed, protect versions with S3 Object Lock instead.',
      console: [
        'MFA Delete cannot be enabled in the S3 console; use the AWS CLI with root user credentials.',
        'Sign in as root, create a temporary access key for the CLI, and note the root MFA device ARN.',
        'Run put-bucket-versioning with MFADelete=Enabled and the --mfa "<device ARN> <code>" argument (see the CLI snippet).',
        'Delete the root access key afterwards and confirm with get-bucket-versioning.',
      ],
    },
    ja: {
      description:
        'バージョニングとともに MFA Delete が有効で、オブジェクトバージョンの完全削除やバージョニング状態の変更にルートユーザーの MFA コードが必要になっているかを確認します。ライフサイクル設定のあるバケットは対象外です（S3 では MFA Delete とライフサイクルルールを併用できません）。',
      urgency:
        '緊急度は低です。認証情報が漏えいしても履歴を守る必要があるバケット（監査ログ、バックアップなど）向けの、バージョニングに対する追加の防御層です。必要なバケットから有効化してください。',
      risk: 's3:DeleteObjectVersion や s3:PutBucketVersioning を含む認証情報が盗まれると、攻撃者や不具合のあるスクリプトがバージョニングを停止し過去のバージョンをすべて削除でき、削除・上書きされたデータを復元できなくなります。',
      recommendation:
        '監査データやバックアップを保存するバケットでは、ルートユーザーとその MFA デバイスを使って、バージョニングと MFA Delete を有効にしてください（CLI または API でのみ設定可能）。ライフサイクルルールが必要なバケットは、代わりに S3 オブジェクトロックでバージョンを保護してください。',
      console: [
        'MFA Delete は S3 コンソールでは有効にできません。ルートユーザーの認証情報で AWS CLI を使用します。',
        'ルートでサインインして CLI 用の一時的なアクセスキーを作成し、ルートの MFA デバイス ARN を控えます。',
        'MFADelete=Enabled と --mfa "<デバイス ARN> <コード>" を指定して put-bucket-versioning を実行します（CLI の例を参照）。',
        '作業後はルートのアクセスキーを削除し、get-bucket-versioning で設定を確認します。',
      ],
    },
  },
  remediation: {
    cli: '# Run as the root user (MFA Delete can only be configured by root):\naws s3api put-bucket-versioning --bucket BUCKET_NAME \\\n  --versioning-configuration Status=Enabled,MFADelete=Enabled \\\n  --mfa "arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device 123456"\naws s3api get-bucket-versioning --bucket BUCKET_NAME',
    terraform:
      '# Terraform can set MFA Delete only when applied with root credentials and a current MFA code.\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device 123456"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
    cloudformation:
      '# CloudFormation cannot enable MFA Delete; enable versioning here and MFA Delete with the CLI as root.\nBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration:\n      Status: Enabled',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20',
  ],
  evaluate(bucket) {
    const { versioning, lifecycle } = bucket.config;
    if (lifecycle && lifecycle.rules.length > 0) {
      return notApplicable({
        en: 'The bucket has a lifecycle configuration; S3 does not allow MFA Delete on such buckets (use Object Lock to protect versions).',
        ja: 'ライフサイクル設定があるため対象外です（S3 ではこの場合 MFA Delete を使えません。バージョンの保護にはオブジェクトロックを使用してください）。',
      });
    }
    if (versioning?.mfaDelete === 'Enabled') return pass({ en: 'MFA Delete is enabled.', ja: 'MFA Delete は有効です。' });
    return fail(
      {
        en: `MFA Delete is disabled (versioning: ${versioning?.status ?? 'unknown'}).`,
        ja: `MFA Delete が無効です（バージョニング: ${versioning?.status ?? '不明'}）。`,
      },
      { versioning },
    );
  },
});
