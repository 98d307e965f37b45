import { defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-user-connections-unlimited',
  title: {
    en: "Cloud SQL for SQL Server instances set 'user connections' to a non-limiting value (0)",
    ja: 'Cloud SQL for SQL Server インスタンスで「user connections」が制限のない値（0）になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.3.3'], 'nist-800-53-r5': ['CM-6', 'SC-5'] },
  doc: {
    en: {
      description:
        "Checks that every Cloud SQL for SQL Server instance leaves 'user connections' at 0, which lets SQL Server size the connection pool dynamically up to its maximum. 0 is the default, so an unset flag passes; any other value caps simultaneous connections and fails.",
      urgency: 'Low urgency: it is an availability setting; fix it when you next change the instance, or sooner if the cap is close to normal load.',
      risk: 'A fixed cap lets a burst of legitimate traffic, a connection leak in one application or a deliberate flood of logins exhaust the connections, after which every other application and administrator is refused.',
      recommendation: "Set 'user connections' to 0 (or remove the flag) and control load per application with connection pooling instead.",
    },
    ja: {
      description:
        'すべての Cloud SQL for SQL Server インスタンスで「user connections」が 0 のままで、SQL Server が最大値まで接続数を動的に調整できることを確認します。既定値は 0 のため未設定は合格、それ以外の値は同時接続数に上限を設けるため不合格です。',
      urgency: '緊急度は低めです。可用性に関する設定のため、次回インスタンスを変更する際に修正してください。上限が通常の負荷に近い場合は早めに対応します。',
      risk: '固定の上限があると、正当なトラフィックの急増、一部のアプリケーションでの接続リーク、意図的なログインの大量試行によって接続枠が使い切られ、他のすべてのアプリケーションや管理者の接続が拒否されます。',
      recommendation: '「user connections」を 0 に設定する（またはフラグを削除する）ことを推奨します。アプリケーションごとの負荷は接続プーリングで制御してください。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/configure-the-user-connections-server-configuration-option'],
  requirement: {
    engine: 'SQLSERVER',
    flag: 'user connections',
    defaultValue: '0',
    accepts: (value) => value === '0',
    expected: { en: '0 (no limit)', ja: '0（上限なし）' },
    fixValue: '0',
  },
});
