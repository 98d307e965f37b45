import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-access-logging-enabled',
  services: ['s3'],
  title: {
    en: 'S3 buckets have server access logging enabled',
    ja: 'S3 バケットでサーバーアクセスログが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [BUCKET_TYPE],
  requires: ['logging'],
  frameworks: {
    fsbp: ['S3.9'],
    'nist-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks that server access logging is enabled, so S3 delivers a record of every request to the bucket (requester, operation, object key, source IP, result) to a log bucket. Buckets that are themselves the access-log target of another bucket in the account are not applicable.',
      urgency:
        'Plan within weeks, sooner for buckets with sensitive data or deployment artifacts: logs only cover requests made after logging is turned on, so an incident before that cannot be investigated.',
      risk: 'Without access logs you cannot tell who downloaded, overwrote or deleted objects, or from where. After a leak or a tampered artifact, the scope of the incident cannot be established, and unusual access goes unnoticed.',
      recommendation:
        'Enable server access logging to a dedicated log bucket in the same Region (with Object Ownership "bucket owner enforced" and a bucket policy allowing logging.s3.amazonaws.com). Keep the log bucket private and apply a lifecycle rule for retention. For object-level auditing, also consider CloudTrail data events.',
      console: [
        'Open the Amazon S3 console and select the bucket.',
        'On the Properties tab, under "Server access logging", choose Edit.',
        'Choose Enable, select the destination log bucket and a prefix (e.g. "<bucket-name>/").',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description:
        'サーバーアクセスログが有効で、バケットへのすべてのリクエスト（リクエスト元、操作、オブジェクトキー、送信元 IP、結果）の記録がログ用バケットに配信されるかを確認します。アカウント内の他バケットのアクセスログ出力先になっているバケットは対象外です。',
      urgency:
        '数週間以内に計画的に対応してください。機密データやデプロイ成果物を置くバケットはより早く対応してください。ログは有効化以降のリクエストしか記録しないため、それ以前に起きたインシデントは調査できません。',
      risk: 'アクセスログがないと、誰がどこからオブジェクトをダウンロード・上書き・削除したかを特定できません。情報漏えいや成果物の改ざんが起きても影響範囲を確定できず、不審なアクセスにも気づけません。',
      recommendation:
        '同じリージョンの専用ログバケット（オブジェクト所有者「バケット所有者の強制」、logging.s3.amazonaws.com を許可するバケットポリシー付き）へのサーバーアクセスログを有効にしてください。ログバケットは非公開に保ち、保持期間をライフサイクルルールで管理してください。オブジェクト単位の監査には CloudTrail データイベントの併用も検討してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択します。',
        '「プロパティ」タブの「サーバーアクセスのログ記録」で「編集」を選択します。',
        '「有効にする」を選び、出力先のログバケットとプレフィックス（例: "<バケット名>/"）を指定します。',
        '「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-logging --bucket BUCKET_NAME --bucket-logging-status \\\n  \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET_NAME","TargetPrefix":"BUCKET_NAME/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "${aws_s3_bucket.this.id}/"\n}',
    cloudformation:
      "Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LoggingConfiguration:\n      DestinationBucketName: !Ref AccessLogBucket\n      LogFilePrefix: !Sub '${AWS::StackName}/'",
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
  ],
  evaluate(bucket, ctx) {
    const logging = bucket.config.logging;
    if (logging) {
      return pass(
        { en: `Access logs are delivered to ${logging.targetBucket}.`, ja: `アクセスログは ${logging.targetBucket} に配信されています。` },
        { targetBucket: logging.targetBucket, targetPrefix: logging.targetPrefix },
      );
    }
    const sources = ctx
      .resources<BucketConfig>(BUCKET_TYPE, { account: bucket.account })
      .filter((b) => b.uid !== bucket.uid && b.config.logging?.targetBucket === bucket.name)
      .map((b) => b.name);
    if (sources.length > 0) {
      return notApplicable(
        { en: `This bucket receives the access logs of ${sources.join(', ')}.`, ja: `このバケットは ${sources.join('、')} のアクセスログの出力先です。` },
        { logSourceFor: sources },
      );
    }
    return fail({ en: 'Server access logging is disabled.', ja: 'サーバーアクセスログが無効です。' });
  },
});
