import { defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-min-duration-disabled',
  title: {
    en: 'Cloud SQL for PostgreSQL instances disable log_min_duration_statement (-1)',
    ja: 'Cloud SQL for PostgreSQL インスタンスで log_min_duration_statement が無効（-1）になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.2.7'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance keeps log_min_duration_statement at -1 (disabled), its default, so statement text is not logged by duration. An unset flag passes; 0 or any positive threshold fails.',
      urgency: 'Low urgency, but check what the existing logs already contain: the exposure is in logs that were written while the flag was on.',
      risk: 'With a threshold set, the full text of every slow (or, at 0, every) statement is logged, including literal values such as personal data, card numbers or passwords in ALTER ROLE statements. Anyone with log access can read them, and they are kept as long as the logs.',
      recommendation:
        'Set log_min_duration_statement back to -1 (or remove the flag). For performance analysis use Query Insights, which normalises queries instead of logging literal values.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで log_min_duration_statement が既定値の -1（無効）のままで、実行時間に基づく SQL 文のログ記録が行われないことを確認します。未設定は合格、0 や正のしきい値は不合格です。',
      urgency: '緊急度は低めですが、既存のログの内容も確認してください。フラグが有効だった期間に書き込まれたログにすでに情報が残っています。',
      risk: 'しきい値を設定すると、遅いステートメント（0 の場合はすべてのステートメント）の全文がログに記録され、個人データやカード番号、ALTER ROLE 文のパスワードといったリテラル値も含まれます。ログを閲覧できる人は誰でもそれらを読むことができ、ログの保持期間中は残り続けます。',
      recommendation:
        'log_min_duration_statement を -1 に戻すか、フラグを削除してください。パフォーマンス分析には、リテラル値を記録せずクエリを正規化して表示する Query Insights を使用します。',
    },
  },
  references: [
    'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-MIN-DURATION-STATEMENT',
    'https://cloud.google.com/sql/docs/postgres/using-query-insights',
  ],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_min_duration_statement',
    defaultValue: '-1',
    accepts: (value) => value === '-1',
    expected: { en: '-1 (disabled)', ja: '-1（無効）' },
    fixValue: '-1',
  },
});
