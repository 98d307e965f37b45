import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-config-changes',
  cis: '4.9',
  fsbp: 'CloudWatch.9',
  subject: { en: 'AWS Config configuration changes', ja: 'AWS Config の設定変更' },
  pattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
  terms: [
    '$.eventSource = config.amazonaws.com',
    '$.eventName = StopConfigurationRecorder',
    '$.eventName = DeleteDeliveryChannel',
    '$.eventName = PutDeliveryChannel',
    '$.eventName = PutConfigurationRecorder',
  ],
  metricName: 'AWSConfigChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: a stopped recorder hides every later configuration change, so it should be noticed the same day.',
    ja: '今月中に設定してください。レコーダーが停止されると以降の構成変更がすべて見えなくなるため、当日中に気付く必要があります。',
  },
  risk: {
    en: 'Stopping the configuration recorder or deleting the delivery channel removes the configuration history and the compliance evaluations that depend on it; an attacker does this before changing security groups or policies so the changes are never recorded.',
    ja: '設定レコーダーの停止や配信チャネルの削除により、構成履歴とそれに依存するコンプライアンス評価が失われます。攻撃者はセキュリティグループやポリシーを変更する前にこれを行い、変更が記録されないようにします。',
  },
};

export const rule = monitoringRule(spec);
