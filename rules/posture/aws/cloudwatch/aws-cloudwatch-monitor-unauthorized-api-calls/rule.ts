import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-unauthorized-api-calls',
  cis: '4.1',
  fsbp: 'CloudWatch.2',
  subject: { en: 'unauthorized API calls', ja: '権限のない API 呼び出し' },
  pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  terms: [
    '$.errorCode = "*UnauthorizedOperation"',
    '$.errorCode = "AccessDenied*"',
  ],
  metricName: 'UnauthorizedAPICalls',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: a burst of AccessDenied errors is often the first visible sign of stolen credentials being tried, and without an alarm it is only noticed in a later log review.',
    ja: '今月中に設定してください。AccessDenied エラーの急増は、盗まれた認証情報が試されている最初の兆候であることが多く、アラームがなければ後日のログ確認まで気付けません。',
  },
  risk: {
    en: 'An attacker who obtains an access key usually does not know what it may do and probes many APIs; the resulting AccessDenied and UnauthorizedOperation errors go unnoticed and the attacker keeps exploring until something succeeds. The same alarm also reveals broken deployments that fail on permissions.',
    ja: 'アクセスキーを入手した攻撃者は権限の範囲が分からないため多くの API を試します。その結果の AccessDenied や UnauthorizedOperation エラーに誰も気付かなければ、成功するまで探索が続きます。このアラームは権限不足で失敗しているデプロイの発見にも役立ちます。',
  },
};

export const rule = monitoringRule(spec);
