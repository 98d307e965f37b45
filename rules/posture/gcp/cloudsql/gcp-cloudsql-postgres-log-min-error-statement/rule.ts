import { defineFlagRule } from '../database-flag.js';

const ERROR_OR_STRICTER = ['error', 'log', 'fatal', 'panic'];

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-min-error-statement',
  title: {
    en: 'Cloud SQL for PostgreSQL instances set log_min_error_statement to ERROR or stricter',
    ja: 'Cloud SQL for PostgreSQL インスタンスで log_min_error_statement が ERROR 以上に設定されている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.2.6'], 'nist-800-53-r5': ['AU-3'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets log_min_error_statement to ERROR or a stricter level (LOG, FATAL, PANIC), so the SQL text is logged only with statements that caused errors. ERROR is the PostgreSQL default, so an unset flag passes; DEBUG5 to WARNING fail.',
      urgency: 'Low urgency: it affects the content of the logs, not access to the data.',
      risk: 'Below ERROR, the full text of statements that merely raised notices or warnings is written to the log. Statement text can contain personal data or secrets, which then spread to everyone who can read the logs, and the volume makes real errors harder to find.',
      recommendation: 'Leave log_min_error_statement unset or set it to ERROR.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで log_min_error_statement が ERROR 以上（LOG、FATAL、PANIC）に設定され、SQL 文がエラーを起こしたステートメントについてのみ記録されることを確認します。PostgreSQL の既定値は ERROR のため未設定は合格、DEBUG5〜WARNING は不合格です。',
      urgency: '緊急度は低めです。影響するのはログの内容であり、データへのアクセスではありません。',
      risk: 'ERROR より低いレベルにすると、通知や警告を出しただけのステートメントの全文がログに書き込まれます。SQL 文には個人データや秘密情報が含まれることがあり、ログを閲覧できる全員に広がるうえ、ログ量の増加で本当のエラーを見つけにくくなります。',
      recommendation: 'log_min_error_statement は未設定のままにするか ERROR に設定してください。',
    },
  },
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-MIN-ERROR-STATEMENT'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_min_error_statement',
    defaultValue: 'error',
    accepts: (value) => value !== undefined && ERROR_OR_STRICTER.includes(value),
    expected: { en: 'ERROR or stricter (LOG, FATAL, PANIC)', ja: 'ERROR 以上（LOG、FATAL、PANIC）' },
    fixValue: 'error',
  },
});
