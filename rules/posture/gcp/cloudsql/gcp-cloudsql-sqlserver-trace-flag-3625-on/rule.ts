import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-trace-flag-3625-on',
  title: {
    en: "Cloud SQL for SQL Server instances set the '3625' trace flag to on",
    ja: 'Cloud SQL for SQL Server インスタンスでトレースフラグ「3625」が on になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.3.6'], 'nist-800-53-r5': ['SI-11'] },
  doc: {
    en: {
      description:
        "Checks that every Cloud SQL for SQL Server instance sets the '3625' database flag (trace flag 3625) to on, which masks parameters in some error messages returned to users who are not members of sysadmin. The trace flag is not set by default, so an unset flag fails.",
      urgency: 'Low urgency: it limits information leakage through error messages; apply it with your next planned change.',
      risk: 'Without the trace flag, error messages returned to ordinary users can contain object names, values and other details that help an attacker probing through the application (for example via SQL injection) learn the schema and data.',
      recommendation: "Set the '3625' flag to on on every SQL Server instance. Administrators troubleshooting errors keep the full messages, because sysadmin members are not masked.",
    },
    ja: {
      description:
        'すべての Cloud SQL for SQL Server インスタンスでデータベースフラグ「3625」（トレースフラグ 3625）が on になっており、sysadmin 以外のユーザーに返される一部のエラーメッセージのパラメーターがマスクされることを確認します。既定では設定されていないため、未設定は不合格です。',
      urgency: '緊急度は低めです。エラーメッセージによる情報漏えいを抑える設定のため、次回の計画的な変更に合わせて適用してください。',
      risk: 'このトレースフラグがないと、一般ユーザーに返されるエラーメッセージにオブジェクト名や値などの詳細が含まれることがあり、アプリケーション経由で探索する攻撃者（SQL インジェクションなど）がスキーマやデータを把握する手がかりになります。',
      recommendation: 'すべての SQL Server インスタンスで「3625」フラグを on に設定してください。sysadmin のメンバーにはマスクが適用されないため、管理者はトラブルシューティング時に完全なメッセージを確認できます。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/t-sql/database-console-commands/dbcc-traceon-trace-flags-transact-sql'],
  requirement: {
    engine: 'SQLSERVER',
    flag: '3625',
    defaultValue: 'off',
    accepts: booleanFlag('on'),
    expected: { en: 'on', ja: 'on' },
    fixValue: 'on',
  },
});
