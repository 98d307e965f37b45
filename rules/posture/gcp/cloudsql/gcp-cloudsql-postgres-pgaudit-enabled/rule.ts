import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-pgaudit-enabled',
  title: {
    en: 'Cloud SQL for PostgreSQL instances enable pgAudit (cloudsql.enable_pgaudit on)',
    ja: 'Cloud SQL for PostgreSQL インスタンスで pgAudit が有効（cloudsql.enable_pgaudit が on）になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.2.8'], 'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12'], 'pci-dss-4.0': ['10.2.1', '10.2.2'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets cloudsql.enable_pgaudit to on, which loads the pgAudit extension so database activity can be written to Cloud Audit Logs for centralised review. The flag is off by default, so an unset flag fails.',
      urgency: 'Medium: it is the basis of database-level audit logging; without it, misuse of legitimate credentials leaves no audit record.',
      risk: 'Standard PostgreSQL logs do not say who read or changed which objects. Without pgAudit, bulk reads of sensitive tables or privilege changes by an insider or a stolen account cannot be detected or proven afterwards.',
      recommendation:
        'Set cloudsql.enable_pgaudit to on, run CREATE EXTENSION pgaudit; in each database to audit, configure pgaudit.log (for example ddl, role, write) and enable Data Access audit logs for Cloud SQL so the entries reach Cloud Logging.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで cloudsql.enable_pgaudit が on になっており、pgAudit 拡張機能を読み込んでデータベースの操作を Cloud Audit Logs に出力し、一元的に確認できることを確認します。既定値は off のため、未設定は不合格です。',
      urgency: '緊急度は中程度です。データベースレベルの監査ログの基盤であり、これがないと正規の認証情報の不正利用が監査記録に残りません。',
      risk: 'PostgreSQL の標準ログには、誰がどのオブジェクトを読み取り、変更したかが記録されません。pgAudit がないと、内部不正や盗まれたアカウントによる機密テーブルの大量読み取りや権限変更を検知することも、後から立証することもできません。',
      recommendation:
        'cloudsql.enable_pgaudit を on に設定し、監査対象の各データベースで CREATE EXTENSION pgaudit; を実行して pgaudit.log（例: ddl, role, write）を設定してください。また、Cloud SQL のデータアクセス監査ログを有効にして、記録が Cloud Logging に届くようにします。',
    },
  },
  references: ['https://cloud.google.com/sql/docs/postgres/pg-audit'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'cloudsql.enable_pgaudit',
    defaultValue: 'off',
    accepts: booleanFlag('on'),
    expected: { en: 'on', ja: 'on' },
    fixValue: 'on',
  },
});
