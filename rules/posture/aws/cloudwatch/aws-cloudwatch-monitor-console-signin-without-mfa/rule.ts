import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-console-signin-without-mfa',
  cis: '4.2',
  fsbp: 'CloudWatch.3',
  subject: { en: 'Management Console sign-in without MFA', ja: 'MFA を使わないマネジメントコンソールへのサインイン' },
  pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  terms: [
    '$.eventName = "ConsoleLogin"',
    '$.additionalEventData.MFAUsed != "Yes"',
  ],
  metricName: 'ConsoleSigninWithoutMFA',
  urgency: 'high',
  why: {
    en: 'Set up this week: a password-only console sign-in is exactly what a phished or leaked password looks like, and the first minutes decide how much the attacker can change.',
    ja: '今週中に設定してください。パスワードだけでのコンソールサインインは、フィッシングや漏えいしたパスワードが使われたときの典型的な形であり、最初の数分で攻撃者がどこまで変更できるかが決まります。',
  },
  risk: {
    en: 'A user without MFA (or with MFA not enforced) has their password phished; the attacker signs in to the console, creates access keys and disables logging. Without an alarm nobody learns of the single-factor sign-in until the damage is found.',
    ja: 'MFA 未設定（または強制されていない）ユーザーのパスワードがフィッシングされ、攻撃者がコンソールにサインインしてアクセスキーを作成し、ログを無効化します。アラームがなければ、被害が見つかるまで単一要素でのサインインに誰も気付きません。',
  },
};

export const rule = monitoringRule(spec);
