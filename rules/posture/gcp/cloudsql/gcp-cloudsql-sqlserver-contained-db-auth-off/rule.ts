import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-contained-db-auth-off',
  title: {
    en: "Cloud SQL for SQL Server instances set 'contained database authentication' to off",
    ja: 'Cloud SQL for SQL Server インスタンスで「contained database authentication」が off になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.3.7'], 'nist-800-53-r5': ['AC-2', 'CM-6', 'CM-7'], 'pci-dss-4.0': ['2.2.4'] },
  doc: {
    en: {
      description:
        "Checks that every Cloud SQL for SQL Server instance keeps the 'contained database authentication' flag off, so users cannot authenticate to a contained database without a server login. The flag is off by default, so an unset flag passes.",
      urgency: 'Medium: contained users escape the server-level account controls that administrators review.',
      risk: 'Contained database users authenticate inside the database, outside server-level login management and auditing. Anyone with ALTER ANY USER in a contained database can create such users, and a database owner can grant access that server administrators never see; weak passwords on these users are not governed by server policy.',
      recommendation:
        "Set 'contained database authentication' to off (or remove the flag) and use server logins, preferably IAM or Active Directory authentication, instead of contained users. Migrate existing contained users before disabling it.",
    },
    ja: {
      description:
        'すべての Cloud SQL for SQL Server インスタンスで「contained database authentication」フラグが off のままで、サーバーログインを持たないユーザーが包含データベースに認証できないことを確認します。既定値は off のため、未設定は合格です。',
      urgency: '緊急度は中程度です。包含データベースユーザーは、管理者がレビューしているサーバーレベルのアカウント管理の対象外になります。',
      risk: '包含データベースユーザーはデータベース内で認証されるため、サーバーレベルのログイン管理や監査の対象になりません。包含データベースで ALTER ANY USER 権限を持つ人は誰でもこうしたユーザーを作成でき、データベース所有者がサーバー管理者の知らないアクセスを付与できるうえ、これらのユーザーの弱いパスワードはサーバーのポリシーで管理されません。',
      recommendation:
        '「contained database authentication」を off に設定する（またはフラグを削除する）ことを推奨します。包含ユーザーではなく、サーバーログイン（できれば IAM または Active Directory 認証）を使用してください。無効化する前に既存の包含ユーザーを移行します。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/contained-database-authentication-server-configuration-option'],
  requirement: {
    engine: 'SQLSERVER',
    flag: 'contained database authentication',
    defaultValue: 'off',
    accepts: booleanFlag('off'),
    expected: { en: 'off', ja: 'off' },
    fixValue: 'off',
  },
});
