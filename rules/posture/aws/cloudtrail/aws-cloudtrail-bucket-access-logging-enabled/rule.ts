import { TRAIL_TYPE, type TrailConfig } from '../../../../../src/providers/aws/model/cloudtrail.js';
import { BUCKET_TYPE, bucketArn, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<TrailConfig>({
  id: 'aws-cloudtrail-bucket-access-logging-enabled',
  services: ['cloudtrail', 's3'],
  title: {
    en: 'S3 server access logging is enabled on the CloudTrail S3 bucket',
    ja: 'CloudTrail の S3 バケットでサーバーアクセスログが有効になっている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [TRAIL_TYPE],
  requires: ['s3BucketName'],
  reads: [BUCKET_TYPE],
  readsAcrossScopes: [BUCKET_TYPE],
  frameworks: {
    'cis-aws-3.0': ['3.4'],
    fsbp: ['CloudTrail.7'],
  },
  doc: {
    en: {
      description:
        'Checks that the S3 bucket the trail delivers to has server access logging enabled, so every request to the log files themselves is recorded.',
      urgency:
        'Fix within the month: it does not stop an attack, but without it you cannot tell who read or deleted your audit logs, which matters most in exactly the incidents where the logs are needed.',
      risk:
        'CloudTrail records API calls, but object reads and deletions in the trail bucket are data events that the trail usually does not record. Someone who reads the logs to learn your environment, or deletes the log files that show their activity, leaves no trace unless the bucket itself has access logging.',
      recommendation:
        'Enable server access logging on the trail bucket, delivering to a separate log bucket (not the trail bucket itself) that only the log delivery service can write to and few people can read.',
      console: [
        'Open the S3 console and choose the bucket named in the trail\'s "Trail log location".',
        'Choose Properties, then Edit under Server access logging.',
        'Select Enable, choose a separate destination bucket (and optional prefix), then Save changes.',
      ],
    },
    ja: {
      description:
        '証跡の配信先 S3 バケットでサーバーアクセスログが有効になっており、ログファイル自体へのリクエストがすべて記録されるかを確認します。',
      urgency:
        '今月中に対応してください。攻撃そのものは防げませんが、これがないと監査ログを誰が読んだか・削除したかが分からず、ログが最も必要なインシデントでこそ困ります。',
      risk:
        'CloudTrail は API 呼び出しを記録しますが、証跡バケット内のオブジェクトの読み取りや削除はデータイベントであり、通常は記録されません。環境を調べるためにログを読んだり、自分の痕跡を示すログファイルを削除したりしても、バケット自体のアクセスログがなければ何も残りません。',
      recommendation:
        '証跡バケットでサーバーアクセスログを有効にし、証跡バケットとは別の、ログ配信サービスだけが書き込めて閲覧者を絞ったログ用バケットに出力してください。',
      console: [
        'S3 コンソールで、証跡の「証跡ログの場所」に表示されているバケットを選択します。',
        '「プロパティ」を開き、「サーバーアクセスのログ記録」の「編集」を選択します。',
        '「有効にする」を選び、別の送信先バケット（必要ならプレフィックス）を指定して「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \\\n  \'{"LoggingEnabled":{"TargetBucket":"<access-log-bucket>","TargetPrefix":"cloudtrail-bucket/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "trail" {\n  bucket        = aws_s3_bucket.trail.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "cloudtrail-bucket/"\n}',
    cloudformation:
      'TrailBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LoggingConfiguration:\n      DestinationBucketName: !Ref AccessLogBucket\n      LogFilePrefix: cloudtrail-bucket/',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-7',
  ],
  evaluate(trail, ctx) {
    const name = trail.config.s3BucketName;
    if (!name) return notApplicable({ en: `Trail ${trail.name} has no S3 bucket.`, ja: `証跡 ${trail.name} には S3 バケットがありません。` });
    const bucket = ctx.byUid<BucketConfig>(bucketArn(name));
    if (!bucket || bucket.type !== BUCKET_TYPE) {
      return notAssessed(
        { en: `Bucket ${name} is not in the scanned accounts; scan the account that owns it.`, ja: `バケット ${name} はスキャン対象のアカウントにありません。所有アカウントもスキャンしてください。` },
        { bucket: name },
      );
    }
    if (bucket.errors?.logging || bucket.config.logging === undefined) {
      return notAssessed({ en: `The logging settings of bucket ${name} could not be collected.`, ja: `バケット ${name} のログ設定を取得できませんでした。` });
    }
    if (!bucket.config.logging) {
      return fail(
        { en: `Server access logging is disabled on trail bucket ${name}.`, ja: `証跡バケット ${name} でサーバーアクセスログが無効です。` },
        { bucket: bucket.uid },
      );
    }
    return pass(
      { en: `Trail bucket ${name} logs access to ${bucket.config.logging.targetBucket}.`, ja: `証跡バケット ${name} はアクセスログを ${bucket.config.logging.targetBucket} に出力しています。` },
      { bucket: bucket.uid, targetBucket: bucket.config.logging.targetBucket },
    );
  },
});
