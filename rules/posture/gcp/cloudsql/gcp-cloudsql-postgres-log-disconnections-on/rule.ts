import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-postgres-log-disconnections-on',
  title: {
    en: 'Cloud SQL for PostgreSQL instances set the log_disconnections flag to on',
    ja: 'Cloud SQL for PostgreSQL インスタンスで log_disconnections フラグが on になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.2.3'], 'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12'], 'pci-dss-4.0': ['10.2.1'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for PostgreSQL instance sets log_disconnections to on, so the end of each session is logged with its duration. PostgreSQL leaves it off by default, so an instance where the flag is not set fails.',
      urgency: 'Medium: it completes the connection audit trail; the gap only hurts during an investigation, but then it cannot be filled.',
      risk: 'Without disconnection entries, investigators cannot tell how long a suspicious session lasted or whether it is still open, which makes it hard to scope what an attacker could have done with a stolen database login.',
      recommendation: 'Set log_disconnections to on, together with log_connections, and keep the logs in Cloud Logging for the period your policy requires.',
    },
    ja: {
      description:
        'すべての Cloud SQL for PostgreSQL インスタンスで log_disconnections が on になっており、各セッションの終了が継続時間とともにログに記録されることを確認します。PostgreSQL の既定値は off のため、フラグが未設定のインスタンスは不合格になります。',
      urgency: '緊急度は中程度です。接続の監査証跡を補完する設定で、影響が出るのは調査時ですが、その時点では記録を後から補うことができません。',
      risk: '切断のログがないと、不審なセッションがどれだけ続いたのか、まだ接続中なのかを判断できず、盗まれたデータベースのログイン情報で攻撃者が何をし得たのかの範囲を特定しにくくなります。',
      recommendation: 'log_connections と併せて log_disconnections を on に設定し、ログをポリシーで定めた期間 Cloud Logging に保持してください。',
    },
  },
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-DISCONNECTIONS'],
  requirement: {
    engine: 'POSTGRES',
    flag: 'log_disconnections',
    defaultValue: 'off',
    accepts: booleanFlag('on'),
    expected: { en: 'on', ja: 'on' },
    fixValue: 'on',
  },
});
