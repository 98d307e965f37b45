import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-root-usage',
  cis: '4.3',
  fsbp: 'CloudWatch.1',
  pci321: ['7.2.1'],
  subject: { en: "usage of the 'root' user", ja: 'ルートユーザーの使用' },
  pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  terms: [
    '$.userIdentity.type = "Root"',
    '$.userIdentity.invokedBy NOT EXISTS',
    '$.eventType != "AwsServiceEvent"',
  ],
  metricName: 'RootAccountUsage',
  urgency: 'high',
  why: {
    en: 'Set up this week: IAM policies do not apply to the root user and it can undo every other guardrail in the account, so any unplanned root activity has to reach a person immediately.',
    ja: '今週中に設定してください。ルートユーザーには IAM ポリシーが適用されず、アカウント内のほかのガードレールもすべて解除できるため、予定外のルートの操作は直ちに担当者に届く必要があります。',
  },
  risk: {
    en: 'Root credentials are rarely used, so their use is a strong signal: a recovered password, a leaked root access key or an insider. The root user can close the account, remove MFA from others and delete every resource; without an alarm this activity blends into normal logs.',
    ja: 'ルートの認証情報はほとんど使われないため、その使用は強いシグナルです（パスワードの再設定による乗っ取り、漏えいしたルートのアクセスキー、内部不正など）。ルートはアカウント解約、他者の MFA 解除、全リソースの削除ができ、アラームがなければこうした操作は通常のログに埋もれます。',
  },
};

export const rule = monitoringRule(spec);
