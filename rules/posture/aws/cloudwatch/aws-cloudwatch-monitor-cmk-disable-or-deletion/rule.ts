import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-cmk-disable-or-deletion',
  cis: '4.7',
  fsbp: 'CloudWatch.7',
  subject: { en: 'disabling or scheduled deletion of customer managed KMS keys', ja: 'カスタマー管理 KMS キーの無効化または削除スケジュール' },
  pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  terms: [
    '$.eventSource = kms.amazonaws.com',
    '$.eventName = DisableKey',
    '$.eventName = ScheduleKeyDeletion',
  ],
  metricName: 'DisableOrDeleteCMK',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: a key scheduled for deletion can still be saved during its 7–30 day waiting period, but only if someone knows.',
    ja: '今月中に設定してください。削除がスケジュールされたキーは 7〜30 日の待機期間中なら取り消せますが、それは誰かが気付いた場合に限られます。',
  },
  risk: {
    en: 'Data encrypted with a deleted KMS key is unrecoverable: an attacker (or a mistaken cleanup script) schedules deletion of the key protecting backups or databases, a form of ransomware that needs no data exfiltration. Disabling a key stops applications immediately.',
    ja: '削除された KMS キーで暗号化されたデータは復元できません。攻撃者（または誤った整理スクリプト）がバックアップやデータベースを保護するキーの削除をスケジュールすれば、データを持ち出さないランサムウェアになります。キーの無効化はアプリケーションを即座に停止させます。',
  },
};

export const rule = monitoringRule(spec);
