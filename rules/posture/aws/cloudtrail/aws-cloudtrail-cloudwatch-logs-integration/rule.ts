import { TRAIL_TYPE, type TrailConfig } from '../../../../../src/providers/aws/model/cloudtrail.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<TrailConfig>({
  id: 'aws-cloudtrail-cloudwatch-logs-integration',
  services: ['cloudtrail'],
  title: {
    en: 'CloudTrail trails are integrated with CloudWatch Logs',
    ja: 'CloudTrail 証跡が CloudWatch Logs と連携している',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [TRAIL_TYPE],
  requires: ['cloudWatchLogsLogGroupArn', 'status'],
  frameworks: {
    fsbp: ['CloudTrail.5'],
    'nist-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(1)', 'AU-6(3)', 'AU-6(4)', 'AU-6(5)', 'AU-7(1)', 'CA-7', 'SC-7(9)', 'SI-20', 'SI-3(8)', 'SI-4(20)', 'SI-4(5)', 'SI-7(8)'],
    'pci-dss-3.2.1': ['10.5.3'],
  },
  doc: {
    en: {
      description:
        'Checks that the trail also delivers its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn is set) and that the latest delivery did not fail.',
      urgency:
        'Fix within the month: S3 delivery keeps the record, but without CloudWatch Logs none of the CIS 4.x metric filters and alarms can fire, so suspicious activity is only found if someone goes looking.',
      risk:
        'Root sign-ins, IAM policy changes or someone stopping the trail are written to S3 minutes later and nobody is told. Attackers count on this gap: the compromise is discovered days or weeks later, after data has left.',
      recommendation:
        'Configure the trail to send events to a dedicated CloudWatch Logs log group with an IAM role CloudTrail can assume, keep the group for at least a year, and build the CIS 4.x metric filters and alarms on it (or forward the logs to your SIEM).',
      console: [
        'Open the CloudTrail console, choose Trails and the trail.',
        'Under CloudWatch Logs choose Edit and select Enabled.',
        'Choose a new or existing log group and a new or existing IAM role, then Save changes.',
        'Check the trail status for "Last CloudWatch Logs delivery" without errors.',
      ],
    },
    ja: {
      description:
        '証跡がイベントを CloudWatch Logs のロググループにも配信しているか（CloudWatchLogsLogGroupArn が設定されているか）、直近の配信が失敗していないかを確認します。',
      urgency:
        '今月中に対応してください。S3 への配信で記録は残りますが、CloudWatch Logs がなければ CIS 4.x のメトリクスフィルターやアラームが動かず、不審な操作は誰かが探さない限り見つかりません。',
      risk:
        'ルートでのサインイン、IAM ポリシーの変更、証跡の停止などが数分後に S3 に書かれるだけで、誰にも通知されません。攻撃者はこの空白を前提にしており、侵害はデータが持ち出された後、数日から数週間たってから発覚します。',
      recommendation:
        'CloudTrail が引き受けられる IAM ロールを使って、証跡のイベントを専用の CloudWatch Logs ロググループに送るよう設定し、ロググループを 1 年以上保持し、その上に CIS 4.x のメトリクスフィルターとアラームを作成してください（または SIEM へ転送してください）。',
      console: [
        'CloudTrail コンソールで「証跡」から対象の証跡を選択します。',
        '「CloudWatch Logs」で「編集」を選び、「有効」を選択します。',
        '新規または既存のロググループと IAM ロールを指定し、「変更の保存」を選択します。',
        '証跡のステータスで「最後の CloudWatch Logs 配信」にエラーがないことを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws logs create-log-group --log-group-name cloudtrail/management-events\naws logs put-retention-policy --log-group-name cloudtrail/management-events --retention-in-days 365\naws cloudtrail update-trail --name <trail-name> \\\n  --cloud-watch-logs-log-group-arn arn:aws:logs:<region>:<account-id>:log-group:cloudtrail/management-events:* \\\n  --cloud-watch-logs-role-arn arn:aws:iam::<account-id>:role/CloudTrailToCloudWatchLogs',
    terraform:
      'resource "aws_cloudwatch_log_group" "trail" {\n  name              = "cloudtrail/management-events"\n  retention_in_days = 365\n}\n\nresource "aws_cloudtrail" "main" {\n  # ...\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.cloudtrail_to_logs.arn # trusts cloudtrail.amazonaws.com, logs:CreateLogStream + logs:PutLogEvents\n}',
    cloudformation:
      'TrailLogGroup:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    LogGroupName: cloudtrail/management-events\n    RetentionInDays: 365\nTrail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    # ...\n    CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn\n    CloudWatchLogsRoleArn: !GetAtt CloudTrailToLogsRole.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5',
  ],
  evaluate(trail) {
    const group = trail.config.cloudWatchLogsLogGroupArn;
    if (!group) {
      return fail({ en: `Trail ${trail.name} does not send events to CloudWatch Logs.`, ja: `証跡 ${trail.name} はイベントを CloudWatch Logs に送信していません。` });
    }
    const error = trail.config.status?.latestCloudWatchLogsDeliveryError;
    if (error) {
      return fail(
        { en: `Trail ${trail.name} is configured for CloudWatch Logs but delivery fails: ${error}.`, ja: `証跡 ${trail.name} は CloudWatch Logs に設定されていますが、配信に失敗しています: ${error}。` },
        { logGroup: group, latestCloudWatchLogsDeliveryError: error },
      );
    }
    return pass({ en: `Trail ${trail.name} delivers to ${group.replace(/:\*$/, '')}.`, ja: `証跡 ${trail.name} は ${group.replace(/:\*$/, '')} に配信しています。` }, { logGroup: group });
  },
});
