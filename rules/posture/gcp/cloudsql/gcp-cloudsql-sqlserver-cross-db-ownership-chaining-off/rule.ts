import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-cross-db-ownership-chaining-off',
  title: {
    en: "Cloud SQL for SQL Server instances set 'cross db ownership chaining' to off",
    ja: 'Cloud SQL for SQL Server インスタンスで「cross db ownership chaining」が off になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.3.2'], 'nist-800-53-r5': ['AC-3', 'AC-6', 'CM-6'], 'pci-dss-4.0': ['2.2.4'] },
  doc: {
    en: {
      description:
        "Checks that every Cloud SQL for SQL Server instance keeps the 'cross db ownership chaining' flag off, so ownership chains do not extend across databases. The flag is off by default, so an unset flag passes.",
      urgency: 'Medium: it matters as soon as databases with different owners or sensitivity share an instance.',
      risk: 'With cross-database ownership chaining on for the whole server, a user who can create objects in one database can reach objects in another database owned by the same login without being granted access there, breaking the isolation between applications on the instance.',
      recommendation:
        "Set 'cross db ownership chaining' to off (or remove the flag). If an application truly needs it, enable it for that database only with ALTER DATABASE … SET DB_CHAINING ON and document why.",
    },
    ja: {
      description:
        'すべての Cloud SQL for SQL Server インスタンスで「cross db ownership chaining」フラグが off のままで、所有権の継承がデータベースをまたいで連鎖しないことを確認します。既定値は off のため、未設定は合格です。',
      urgency: '緊急度は中程度です。所有者や機密度の異なるデータベースが同じインスタンスに同居している時点で問題になります。',
      risk: 'サーバー全体でデータベース間の所有権の継承が有効だと、あるデータベースにオブジェクトを作成できるユーザーが、同じログインが所有する別のデータベースのオブジェクトに、アクセス権を付与されないまま到達でき、インスタンス上のアプリケーション間の分離が崩れます。',
      recommendation:
        '「cross db ownership chaining」を off に設定する（またはフラグを削除する）ことを推奨します。どうしても必要なアプリケーションがある場合は、ALTER DATABASE … SET DB_CHAINING ON で対象のデータベースに限って有効にし、理由を記録してください。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/cross-db-ownership-chaining-server-configuration-option'],
  requirement: {
    engine: 'SQLSERVER',
    flag: 'cross db ownership chaining',
    defaultValue: 'off',
    accepts: booleanFlag('off'),
    expected: { en: 'off', ja: 'off' },
    fixValue: 'off',
  },
});
