import { ALARM_TYPE, type AlarmConfig } from '../../../../../src/providers/aws/model/cloudwatch.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AlarmConfig>({
  id: 'aws-cloudwatch-alarm-actions-enabled',
  services: ['cloudwatch'],
  title: {
    en: 'CloudWatch alarm actions are activated',
    ja: 'CloudWatch アラームのアクションが有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [ALARM_TYPE],
  requires: ['actionsEnabled'],
  frameworks: {
    fsbp: ['CloudWatch.17'],
    'nist-800-53-r5': ['AU-6(1)', 'AU-6(5)', 'CA-7', 'SI-2', 'SI-4(12)'],
  },
  doc: {
    en: {
      description: 'Checks that each CloudWatch metric alarm has its actions activated (ActionsEnabled is true).',
      urgency: 'Fix within the month: actions are usually disabled for maintenance and forgotten; re-enabling them is one API call.',
      risk:
        'With actions disabled the alarm still shows ALARM in the console but sends no notification and runs no Auto Scaling or recovery action. Teams believe they are covered, so an incident or attack that trips the alarm goes unanswered.',
      recommendation:
        'Re-enable actions on the alarm. If actions must be paused for maintenance, use a time-boxed process (or alarm mute rules) and check afterwards that they are enabled again.',
      console: [
        'Open the CloudWatch console and choose Alarms > All alarms.',
        'Select the alarm and choose Actions > Alarm actions > Enable.',
      ],
    },
    ja: {
      description: '各 CloudWatch メトリクスアラームのアクションが有効（ActionsEnabled が true）になっているかを確認します。',
      urgency: '今月中に対応してください。アクションはメンテナンスのために無効化されて忘れられることが多く、再有効化は API 呼び出し 1 回で済みます。',
      risk:
        'アクションが無効だと、アラームはコンソール上で ALARM と表示されても通知を送らず、Auto Scaling や復旧のアクションも実行しません。チームは監視されていると思い込んでいるため、アラームが発報するインシデントや攻撃に誰も対応しません。',
      recommendation:
        'アラームのアクションを再度有効にしてください。メンテナンスで一時停止が必要な場合は期限付きの手順（またはアラームのミュートルール）を使い、終了後に有効に戻ったことを確認してください。',
      console: [
        'CloudWatch コンソールで「アラーム」>「すべてのアラーム」を開きます。',
        '対象のアラームを選択し、「アクション」>「アラームアクション」>「有効化」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <alarm-name>',
    terraform: 'resource "aws_cloudwatch_metric_alarm" "example" {\n  # ...\n  actions_enabled = true\n}',
    cloudformation: 'Alarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    # ...\n    ActionsEnabled: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableAlarmActions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-17',
  ],
  evaluate(alarm) {
    return alarm.config.actionsEnabled
      ? pass({ en: `Actions of alarm ${alarm.name} are enabled.`, ja: `アラーム ${alarm.name} のアクションは有効です。` })
      : fail({ en: `Actions of alarm ${alarm.name} are disabled.`, ja: `アラーム ${alarm.name} のアクションが無効になっています。` }, { actionsEnabled: false });
  },
});
