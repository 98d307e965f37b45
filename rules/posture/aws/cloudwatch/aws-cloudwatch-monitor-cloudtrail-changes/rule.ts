import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-cloudtrail-changes',
  cis: '4.5',
  fsbp: 'CloudWatch.5',
  subject: { en: 'CloudTrail configuration changes', ja: 'CloudTrail の設定変更' },
  pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  terms: [
    '$.eventName = CreateTrail',
    '$.eventName = UpdateTrail',
    '$.eventName = DeleteTrail',
    '$.eventName = StartLogging',
    '$.eventName = StopLogging',
  ],
  metricName: 'CloudTrailChanges',
  urgency: 'high',
  why: {
    en: 'Set up this week: stopping or redirecting the trail is how attackers blind you before the real action; you must learn about it while it happens.',
    ja: '今週中に設定してください。証跡の停止や出力先の変更は、攻撃者が本番の行動の前に監視を無効化する手口であり、その最中に知る必要があります。',
  },
  risk: {
    en: 'After gaining admin rights an attacker calls StopLogging or UpdateTrail to send logs elsewhere, then acts unobserved. Everything after that point is missing from your audit record, and without an alarm the gap is found only when someone needs the logs.',
    ja: '管理者権限を得た攻撃者が StopLogging を呼び出したり UpdateTrail でログの出力先を変えたりしてから、監視されずに行動します。それ以降の記録は監査ログから失われ、アラームがなければログが必要になったときに初めて空白に気付きます。',
  },
};

export const rule = monitoringRule(spec);
