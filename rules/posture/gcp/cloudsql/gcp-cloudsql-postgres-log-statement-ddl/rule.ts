import { defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-statement-ddl',
  title: {
    en: 'Cloud SQL for PostgreSQL instances log DDL statements (log_statement is ddl or broader)',
    ja: 'Cloud SQL for PostgreSQL インスタンスで DDL ステートメントがログに記録されている（log_statement が ddl 以上）',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.2.4'], 'nist-800-53-r5': ['AU-2', 'AU-12'], 'pci-dss-4.0': ['10.2.1'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets log_statement so that schema changes are logged. CIS recommends ddl unless your logging policy says otherwise; mod and all also log every DDL statement and pass, none (the PostgreSQL default, also when the flag is not set) fails.',
      urgency: 'Low urgency: it affects the audit trail, not access to the data.',
      risk: 'With log_statement at none, CREATE, ALTER, DROP and GRANT statements leave no trace in the database logs: a dropped table, a new role or a changed privilege cannot be attributed to a session afterwards.',
      recommendation:
        'Set log_statement to ddl. Use mod or all only if your logging policy requires it and the volume (and the statement text, which can contain data) is acceptable.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで、スキーマ変更がログに記録されるよう log_statement が設定されていることを確認します。CIS はログポリシーで別の指定がない限り ddl を推奨しています。mod と all もすべての DDL を記録するため合格、none（PostgreSQL の既定値。フラグ未設定時も同じ）は不合格です。',
      urgency: '緊急度は低めです。影響するのは監査証跡であり、データへのアクセスではありません。',
      risk: 'log_statement が none のままだと、CREATE、ALTER、DROP、GRANT といったステートメントがデータベースのログに残らず、削除されたテーブルや新たに作成されたロール、変更された権限を後からセッションに結び付けることができません。',
      recommendation:
        'log_statement を ddl に設定してください。mod や all は、ログポリシーで求められ、ログ量（およびデータを含み得るステートメント本文の記録）が許容できる場合にのみ使用します。',
    },
  },
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-STATEMENT'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_statement',
    defaultValue: 'none',
    accepts: (value) => value === 'ddl' || value === 'mod' || value === 'all',
    expected: { en: 'ddl (mod or all also log DDL)', ja: 'ddl（mod または all も DDL を記録）' },
    fixValue: 'ddl',
  },
});
