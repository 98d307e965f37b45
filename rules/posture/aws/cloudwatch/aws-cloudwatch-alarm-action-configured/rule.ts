import { ALARM_TYPE, type AlarmConfig } from '../../../../../src/providers/aws/model/cloudwatch.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AlarmConfig>({
  id: 'aws-cloudwatch-alarm-action-configured',
  services: ['cloudwatch'],
  title: {
    en: 'CloudWatch alarms have an action configured for the ALARM state',
    ja: 'CloudWatch アラームに ALARM 状態のアクションが設定されている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [ALARM_TYPE],
  requires: ['alarmActions'],
  frameworks: {
    fsbp: ['CloudWatch.15'],
    'nist-800-53-r5': ['AU-6(1)', 'AU-6(5)', 'CA-7', 'IR-4(1)', 'IR-4(5)', 'SI-2', 'SI-20', 'SI-4(12)', 'SI-4(5)'],
  },
  doc: {
    en: {
      description: 'Checks that each CloudWatch metric alarm has at least one action (SNS topic, Auto Scaling, EC2 or Systems Manager action) for the ALARM state.',
      urgency:
        'Fix within the month: the alarm evaluates and changes state, but nobody is told; the fix takes a minute once you know who should receive it.',
      risk:
        'An alarm without an action only changes colour in the console. Security alarms (root usage, trail stopped) and operational ones (disk full, error rate) fire at night or during an attack and nobody reacts until the impact is visible elsewhere.',
      recommendation:
        'Add an ALARM action to every alarm, typically an SNS topic that reaches the owning team (e-mail, chat, incident tool). Delete alarms nobody needs instead of leaving them silent.',
      console: [
        'Open the CloudWatch console and choose Alarms > All alarms, then the alarm.',
        'Choose Actions > Edit, then Next to reach Configure actions.',
        'Under Notification choose "In alarm" and an SNS topic (or add an Auto Scaling / EC2 action), then Update alarm.',
      ],
    },
    ja: {
      description: '各 CloudWatch メトリクスアラームに、ALARM 状態のアクション（SNS トピック、Auto Scaling、EC2、Systems Manager のアクション）が 1 つ以上あるかを確認します。',
      urgency: '今月中に対応してください。アラームは評価されて状態も変わりますが、誰にも通知されません。通知先さえ決まれば修正は 1 分で済みます。',
      risk:
        'アクションのないアラームはコンソール上で色が変わるだけです。セキュリティのアラーム（ルートの使用、証跡の停止）も運用のアラーム（ディスク逼迫、エラー率）も、夜間や攻撃の最中に発報しても誰も反応せず、影響が他で表面化するまで放置されます。',
      recommendation:
        'すべてのアラームに ALARM アクションを追加してください。通常は担当チームに届く SNS トピック（メール、チャット、インシデント管理ツール）です。不要なアラームは沈黙させたまま残さず削除してください。',
      console: [
        'CloudWatch コンソールで「アラーム」>「すべてのアラーム」を開き、対象のアラームを選択します。',
        '「アクション」>「編集」を選び、「次へ」で「アクションの設定」に進みます。',
        '「通知」で「アラーム状態」と SNS トピックを選択し（または Auto Scaling / EC2 アクションを追加し）、「アラームの更新」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws cloudwatch describe-alarms --alarm-names <alarm-name> --query "MetricAlarms[0]" > alarm.json\n# Re-create the alarm with the same settings plus an action, e.g.:\naws cloudwatch put-metric-alarm --alarm-name <alarm-name> --metric-name <metric> --namespace <namespace> \\\n  --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 \\\n  --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions arn:aws:sns:<region>:<account-id>:<topic>',
    terraform: 'resource "aws_cloudwatch_metric_alarm" "example" {\n  # ...\n  alarm_actions = [aws_sns_topic.alerts.arn]\n}',
    cloudformation: 'Alarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    # ...\n    AlarmActions:\n      - !Ref AlertsTopic',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15',
  ],
  evaluate(alarm) {
    return alarm.config.alarmActions.length > 0
      ? pass({ en: `Alarm ${alarm.name} has ${alarm.config.alarmActions.length} ALARM action(s).`, ja: `アラーム ${alarm.name} には ALARM アクションが ${alarm.config.alarmActions.length} 件あります。` }, { alarmActions: alarm.config.alarmActions })
      : fail({ en: `Alarm ${alarm.name} has no action for the ALARM state.`, ja: `アラーム ${alarm.name} に ALARM 状態のアクションがありません。` });
  },
});
