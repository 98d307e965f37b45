import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-event-notifications',
  services: ['s3'],
  title: {
    en: 'S3 buckets have event notifications enabled',
    ja: 'S3 バケットでイベント通知が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [BUCKET_TYPE],
  requires: ['notifications'],
  frameworks: {
    fsbp: ['S3.11'],
    'nist-800-53-r5': ['CA-7', 'SI-3(8)', 'SI-4', 'SI-4(4)'],
  },
  doc: {
    en: {
      description:
        'Checks that the bucket sends S3 Event Notifications somewhere: to an SNS topic, an SQS queue, a Lambda function, or Amazon EventBridge.',
      urgency:
        'Low urgency for most buckets; prioritise buckets whose contents other systems trust (deployment artifacts, configuration, audit logs), where an unexpected write should wake someone up.',
      risk: 'Without notifications, object creation, deletion or ACL changes happen silently. A replaced deployment artifact or mass deletion is only noticed when something breaks, long after the fact.',
      recommendation:
        'Turn on "Send notifications to Amazon EventBridge" for the bucket (covers all event types with no per-destination setup) and create EventBridge rules that alert on unexpected object writes or deletions, or configure SNS/SQS/Lambda destinations for the events you care about.',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Properties tab.',
        'Under "Amazon EventBridge", choose Edit, select On and save.',
        'Alternatively, under "Event notifications", choose "Create event notification" and select the events and the destination.',
        'In Amazon EventBridge, create a rule matching the bucket\'s "Object Created"/"Object Deleted" events that notifies the owning team.',
      ],
    },
    ja: {
      description:
        'バケットが S3 イベント通知を SNS トピック、SQS キュー、Lambda 関数、Amazon EventBridge のいずれかに送信しているかを確認します。',
      urgency:
        '多くのバケットでは緊急度は低です。デプロイ成果物、設定ファイル、監査ログなど、他システムが内容を信頼するバケットを優先してください。想定外の書き込みがあれば誰かが気づくべきバケットです。',
      risk: '通知がないと、オブジェクトの作成・削除や ACL 変更が誰にも知られずに行われます。デプロイ成果物の差し替えや大量削除は、何かが壊れてから、ずっと後になって気づくことになります。',
      recommendation:
        'バケットで「Amazon EventBridge に通知を送信」を有効にし（宛先ごとの設定なしで全イベントを送れます）、想定外のオブジェクト書き込みや削除を通知する EventBridge ルールを作成してください。または、必要なイベントに対して SNS・SQS・Lambda の宛先を設定してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「プロパティ」タブを開きます。',
        '「Amazon EventBridge」で「編集」を選び、「オン」にして保存します。',
        'または「イベント通知」で「イベント通知を作成」を選び、対象イベントと送信先を指定します。',
        'Amazon EventBridge で、バケットの「Object Created」「Object Deleted」イベントに一致し担当チームへ通知するルールを作成します。',
      ],
    },
  },
  remediation: {
    cli: "aws s3api put-bucket-notification-configuration --bucket BUCKET_NAME \\\n  --notification-configuration '{\"EventBridgeConfiguration\": {}}'",
    terraform: 'resource "aws_s3_bucket_notification" "this" {\n  bucket      = aws_s3_bucket.this.id\n  eventbridge = true\n}',
    cloudformation: 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    NotificationConfiguration:\n      EventBridgeConfiguration:\n        EventBridgeEnabled: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11',
  ],
  evaluate(bucket) {
    const n = bucket.config.notifications;
    const dest = [
      n?.eventBridge ? 'EventBridge' : '',
      n?.topics ? `${n.topics} SNS topic(s)` : '',
      n?.queues ? `${n.queues} SQS queue(s)` : '',
      n?.lambdaFunctions ? `${n.lambdaFunctions} Lambda function(s)` : '',
    ].filter(Boolean);
    if (dest.length > 0) return pass({ en: `Events are sent to ${dest.join(', ')}.`, ja: `イベントは ${dest.join('、')} に送信されています。` }, { notifications: n });
    return fail({ en: 'No event notification destination is configured.', ja: 'イベント通知の送信先が設定されていません。' });
  },
});
