import { LOG_GROUP_TYPE, type LogGroupConfig } from '../../../../../src/providers/aws/model/logs.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const MIN_DAYS = 365;

export const rule = defineRule<LogGroupConfig>({
  id: 'aws-cloudwatch-log-group-retention-one-year',
  services: ['logs'],
  title: {
    en: 'CloudWatch log groups are retained for at least one year',
    ja: 'CloudWatch のロググループが 1 年以上保持されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [LOG_GROUP_TYPE],
  requires: ['retentionInDays'],
  frameworks: {
    fsbp: ['CloudWatch.16'],
    'nist-800-53-r5': ['AU-10', 'AU-11', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-12'],
  },
  doc: {
    en: {
      description: `Checks that each log group keeps its events for at least ${MIN_DAYS} days ("Never expire" passes).`,
      urgency:
        'Plan the change: nothing is exposed today, but every day below the target permanently deletes logs older than the setting, and compromises are typically discovered months after they start.',
      risk:
        'When an intrusion is discovered after 200 days, logs kept for 30 or 90 days no longer show how the attacker got in, which data they touched or which other systems they reached. Short retention also fails audit and regulatory retention requirements.',
      recommendation:
        `Set retention to at least ${MIN_DAYS} days (400 or more if you need a full year plus investigation time). For high-volume groups, export to S3 with lifecycle rules to a cheaper storage class instead of shortening retention.`,
      console: [
        'Open the CloudWatch console and choose Log groups.',
        'Select the log group, choose Actions > Edit retention setting.',
        'Choose 1 year (or longer) and Save.',
      ],
    },
    ja: {
      description: `各ロググループがイベントを ${MIN_DAYS} 日以上保持しているかを確認します（「失効しない」は合格）。`,
      urgency:
        '計画的に変更してください。今すぐ何かが露出するわけではありませんが、目標に満たない間は設定より古いログが毎日完全に削除され、侵害は発生から数か月後に発覚するのが一般的です。',
      risk:
        '侵入が 200 日後に発覚した場合、30 日や 90 日しか保持していないログでは、攻撃者がどう侵入し、どのデータに触れ、どのシステムに到達したかが分かりません。短い保持期間は監査や規制上の保存要件も満たしません。',
      recommendation:
        `保持期間を ${MIN_DAYS} 日以上（1 年分に調査期間を加えるなら 400 日以上）に設定してください。大量のログを出すロググループは保持期間を短くするのではなく、S3 にエクスポートしてライフサイクルルールで安価なストレージクラスに移してください。`,
      console: [
        'CloudWatch コンソールで「ロググループ」を開きます。',
        'ロググループを選択し、「アクション」>「保持設定を編集」を選択します。',
        '「1 年」（またはそれ以上）を選んで保存します。',
      ],
    },
  },
  remediation: {
    cli: `aws logs put-retention-policy --log-group-name <log-group-name> --retention-in-days ${MIN_DAYS}`,
    terraform: `resource "aws_cloudwatch_log_group" "example" {\n  name              = "<log-group-name>"\n  retention_in_days = ${MIN_DAYS}\n}`,
    cloudformation: `LogGroup:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    LogGroupName: <log-group-name>\n    RetentionInDays: ${MIN_DAYS}`,
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16',
  ],
  evaluate(group) {
    const days = group.config.retentionInDays;
    if (days === undefined) return pass({ en: `Log group ${group.name} never expires its events.`, ja: `ロググループ ${group.name} のイベントは失効しません。` });
    return days >= MIN_DAYS
      ? pass({ en: `Log group ${group.name} keeps events for ${days} days.`, ja: `ロググループ ${group.name} はイベントを ${days} 日間保持します。` }, { retentionInDays: days })
      : fail(
          { en: `Log group ${group.name} keeps events for only ${days} days (minimum ${MIN_DAYS}).`, ja: `ロググループ ${group.name} の保持期間は ${days} 日しかありません（最低 ${MIN_DAYS} 日）。` },
          { retentionInDays: days },
        );
  },
});
