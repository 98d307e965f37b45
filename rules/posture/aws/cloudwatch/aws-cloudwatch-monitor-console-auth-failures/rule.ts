import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-console-auth-failures',
  cis: '4.6',
  fsbp: 'CloudWatch.6',
  subject: { en: 'AWS Management Console authentication failures', ja: 'AWS マネジメントコンソールの認証失敗' },
  pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  terms: [
    '$.eventName = ConsoleLogin',
    '$.errorMessage = "Failed authentication"',
  ],
  metricName: 'ConsoleSigninFailures',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: repeated failed sign-ins are an early warning of password guessing or credential stuffing, before one of them succeeds.',
    ja: '今月中に設定してください。サインイン失敗の繰り返しは、いずれかが成功する前のパスワード推測やリスト型攻撃の早期警告です。',
  },
  risk: {
    en: 'Attackers try leaked passwords from other sites against your IAM users (credential stuffing). Each failure is logged but nobody looks; the one that succeeds gives console access, and the earlier failures that would have warned you were never seen.',
    ja: '攻撃者は他サービスから漏えいしたパスワードを IAM ユーザーに対して試します（リスト型攻撃）。失敗は記録されても誰も見ておらず、成功した 1 回でコンソールに入られ、事前に警告になったはずの失敗は見過ごされます。',
  },
};

export const rule = monitoringRule(spec);
