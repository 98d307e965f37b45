import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-connections-on',
  title: {
    en: 'Cloud SQL for PostgreSQL instances set the log_connections flag to on',
    ja: 'Cloud SQL for PostgreSQL インスタンスで log_connections フラグが on になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.2.2'], 'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12'], 'pci-dss-4.0': ['10.2.1'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets log_connections to on, so each connection attempt and successful authentication is logged. PostgreSQL leaves it off by default, so an instance where the flag is not set fails.',
      urgency: 'Medium: nothing is exposed today, but without these entries an intrusion through a database login cannot be reconstructed afterwards.',
      risk: 'Without connection logs there is no record of who connected, from which address and when. Password guessing, use of a leaked credential or connections from unexpected networks go unnoticed, and an investigation cannot establish which sessions an attacker opened.',
      recommendation:
        'Set log_connections to on. The entries go to Cloud Logging (cloudsql.googleapis.com/postgres.log); keep them as long as your incident-response policy requires and alert on unusual sources.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで log_connections が on になっており、接続の試行と認証の成功がすべてログに記録されることを確認します。PostgreSQL の既定値は off のため、フラグが未設定のインスタンスは不合格になります。',
      urgency: '緊急度は中程度です。現時点で何かが露出しているわけではありませんが、このログがないとデータベースのログインを経由した侵入を後から追跡できません。',
      risk: '接続ログがないと、誰がいつどのアドレスから接続したかの記録が残りません。パスワードの総当たり、漏えいした認証情報の利用、想定外のネットワークからの接続に気付けず、調査時に攻撃者がどのセッションを開いたかを特定できません。',
      recommendation:
        'log_connections を on に設定してください。ログは Cloud Logging（cloudsql.googleapis.com/postgres.log）に出力されます。インシデント対応方針で定めた期間保持し、通常と異なる接続元にはアラートを設定してください。',
    },
  },
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_connections',
    defaultValue: 'off',
    accepts: booleanFlag('on'),
    expected: { en: 'on', ja: 'on' },
    fixValue: 'on',
  },
});
