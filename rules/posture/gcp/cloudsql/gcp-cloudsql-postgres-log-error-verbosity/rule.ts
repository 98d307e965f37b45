import { defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-error-verbosity',
  title: {
    en: 'Cloud SQL for PostgreSQL instances set log_error_verbosity to DEFAULT or stricter',
    ja: 'Cloud SQL for PostgreSQL インスタンスで log_error_verbosity が DEFAULT 以下の詳細度になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.2.1'], 'nist-800-53-r5': ['AU-3'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets log_error_verbosity to DEFAULT or TERSE, not VERBOSE. The PostgreSQL default is DEFAULT, so an instance where the flag is not set passes.',
      urgency: 'Low urgency: it changes what the logs contain, not who can reach the database.',
      risk: 'VERBOSE adds the SQLSTATE code, source file, function name and line number to every logged message. The logs grow quickly, useful events are buried in noise, and internal detail about the server ends up in every system that receives the logs.',
      recommendation:
        'Leave log_error_verbosity unset or set it to DEFAULT (or TERSE if your logging policy asks for less detail). Use VERBOSE only temporarily while troubleshooting.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで log_error_verbosity が VERBOSE ではなく DEFAULT または TERSE になっていることを確認します。PostgreSQL の既定値は DEFAULT のため、フラグが未設定のインスタンスは合格になります。',
      urgency: '緊急度は低めです。ログに記録される内容が変わるだけで、データベースへのアクセス経路には影響しません。',
      risk: 'VERBOSE にすると、ログに記録されるすべてのメッセージに SQLSTATE コード、ソースファイル名、関数名、行番号が付加されます。ログが急速に肥大化して重要なイベントが埋もれ、サーバー内部の詳細がログの転送先すべてに広がります。',
      recommendation:
        'log_error_verbosity は未設定のままにするか DEFAULT に設定してください（ログポリシーで詳細を減らす必要がある場合は TERSE）。VERBOSE はトラブルシューティング中に一時的にのみ使用します。',
    },
  },
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-ERROR-VERBOSITY'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_error_verbosity',
    defaultValue: 'default',
    accepts: (value) => value === 'default' || value === 'terse',
    expected: { en: 'DEFAULT or TERSE', ja: 'DEFAULT または TERSE' },
    fixValue: 'default',
  },
});
