import { defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-min-messages',
  title: {
    en: 'Cloud SQL for PostgreSQL instances set log_min_messages between WARNING and ERROR',
    ja: 'Cloud SQL for PostgreSQL インスタンスで log_min_messages が WARNING から ERROR の範囲に設定されている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.2.5'], 'nist-800-53-r5': ['AU-3'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets log_min_messages to WARNING (the PostgreSQL default, so an unset flag passes) or ERROR, the value CIS names as best practice. LOG, FATAL and PANIC fail because they stop errors from being logged; DEBUG5 to NOTICE fail because they flood the logs beyond what the benchmark asks for.',
      urgency: 'Low urgency: it affects the usefulness of the logs, not access to the data.',
      risk: 'At LOG, FATAL or PANIC, ordinary errors (failed statements, permission denials) are no longer written to the log, hiding both faults and probing by an attacker. At DEBUG or INFO levels the log volume explodes, raising cost and burying real errors.',
      recommendation: 'Leave log_min_messages unset (WARNING) or set it to ERROR. Use more verbose levels only temporarily for troubleshooting.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで log_min_messages が WARNING（PostgreSQL の既定値のため、未設定も合格）または CIS がベストプラクティスとする ERROR に設定されていることを確認します。LOG、FATAL、PANIC はエラーが記録されなくなるため、DEBUG5〜NOTICE はベンチマークの想定を超えてログが大量になるため不合格とします。',
      urgency: '緊急度は低めです。影響するのはログの有用性であり、データへのアクセスではありません。',
      risk: 'LOG、FATAL、PANIC に設定すると、失敗したステートメントや権限エラーといった通常のエラーがログに記録されなくなり、障害も攻撃者による探索も見えなくなります。DEBUG や INFO レベルではログ量が急増し、コストが増えるうえに本当のエラーが埋もれます。',
      recommendation: 'log_min_messages は未設定（WARNING）のままにするか ERROR に設定してください。より詳細なレベルはトラブルシューティング時に一時的にのみ使用します。',
    },
  },
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-MIN-MESSAGES'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_min_messages',
    defaultValue: 'warning',
    accepts: (value) => value === 'warning' || value === 'error',
    expected: { en: 'WARNING or ERROR', ja: 'WARNING または ERROR' },
    fixValue: 'error',
  },
});
