import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-object-lock-enabled',
  services: ['s3'],
  title: {
    en: 'S3 buckets have Object Lock enabled',
    ja: 'S3 バケットでオブジェクトロックが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [BUCKET_TYPE],
  requires: ['objectLock'],
  frameworks: {
    fsbp: ['S3.15'],
    'nist-800-53-r5': ['CP-6(2)'],
    'pci-dss-4.0': ['10.5.1'],
  },
  doc: {
    en: {
      description:
        'Checks that S3 Object Lock is enabled on the bucket, so object versions can be protected from deletion and overwrite (write-once-read-many) for a retention period or under legal hold.',
      urgency:
        'Low urgency in general; high for buckets that hold audit logs, backups or regulated records, where the ability to delete evidence is exactly what an attacker wants.',
      risk: 'Without Object Lock, anyone with sufficient permissions — including an attacker using stolen administrator credentials or ransomware — can permanently delete object versions, destroying backups and audit trails needed for recovery and investigation.',
      recommendation:
        'Enable Object Lock on buckets holding logs, backups and records, and set a default retention (GOVERNANCE for most cases, COMPLIANCE where regulation requires that nobody can shorten it). Object Lock can be enabled on existing buckets; versioning is required.',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Properties tab.',
        'Make sure Bucket Versioning is enabled.',
        'Under "Object Lock", choose Edit, enable Object Lock and confirm.',
        'Optionally set "Default retention" with a mode and retention period, then save.',
      ],
    },
    ja: {
      description:
        'バケットで S3 オブジェクトロックが有効で、オブジェクトのバージョンを保持期間中またはリーガルホールド中に削除・上書きから保護（WORM）できるかを確認します。',
      urgency:
        '一般には緊急度は低ですが、監査ログ・バックアップ・規制対象の記録を保存するバケットでは高です。証拠を削除できることこそ攻撃者が求めるものだからです。',
      risk: 'オブジェクトロックがないと、十分な権限を持つ者（盗んだ管理者認証情報を使う攻撃者やランサムウェアを含む）がオブジェクトのバージョンを完全に削除でき、復旧や調査に必要なバックアップや監査証跡が失われます。',
      recommendation:
        'ログ・バックアップ・記録を保存するバケットでオブジェクトロックを有効にし、デフォルトの保持期間を設定してください（通常は GOVERNANCE、誰も短縮できないことが規制で求められる場合は COMPLIANCE）。既存バケットでも有効化でき、バージョニングが前提となります。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「プロパティ」タブを開きます。',
        'バケットのバージョニングが有効であることを確認します。',
        '「オブジェクトロック」で「編集」を選び、オブジェクトロックを有効にして確認します。',
        '必要に応じて「デフォルトの保持」でモードと保持期間を設定し、保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-object-lock-configuration --bucket BUCKET_NAME --object-lock-configuration \\\n  \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":90}}}\'',
    terraform:
      'resource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 90\n    }\n  }\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration:\n      Status: Enabled\n    ObjectLockEnabled: true\n    ObjectLockConfiguration:\n      ObjectLockEnabled: Enabled\n      Rule:\n        DefaultRetention:\n          Mode: GOVERNANCE\n          Days: 90',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
  ],
  evaluate(bucket) {
    const lock = bucket.config.objectLock;
    if (lock?.enabled) {
      const r = lock.defaultRetention;
      const retention = r?.mode ? `${r.mode} ${r.days ? `${r.days} days` : `${r.years} years`}` : 'no default retention';
      return pass({ en: `Object Lock is enabled (${retention}).`, ja: `オブジェクトロックは有効です（${retention}）。` }, { objectLock: lock });
    }
    return fail({ en: 'Object Lock is not enabled.', ja: 'オブジェクトロックが有効になっていません。' });
  },
});
