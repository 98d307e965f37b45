import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-entra-admin-configured',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers have a Microsoft Entra administrator',
    ja: 'Azure SQL サーバーに Microsoft Entra 管理者が設定されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'administrators'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['AC-2', 'IA-2'], 'pci-dss-4.0': ['8.2.1'] },
  doc: {
    en: {
      description: 'Checks that a Microsoft Entra administrator (a user or, better, a group) is set on the Azure SQL logical server, which is what allows Microsoft Entra logins to its databases at all.',
      urgency: 'Plan the fix this sprint: without it every person and application signs in with SQL passwords that Entra ID cannot protect or revoke.',
      risk: 'Without a Microsoft Entra administrator only SQL authentication works: shared passwords that live in connection strings, are not covered by MFA or Conditional Access, and keep working after the person who knows them leaves.',
      recommendation: 'Set a Microsoft Entra group of database administrators as the server admin, create contained database users for Entra identities and managed identities, and then move applications off SQL logins.',
      console: ['In the Azure portal, open "SQL servers" and select the server.', 'Under "Settings", select "Microsoft Entra ID".', 'Click "Set admin", choose the administrators group and click "Select".', 'Click "Save".'],
    },
    ja: {
      description: 'Azure SQL 論理サーバーに Microsoft Entra 管理者 (ユーザー、望ましくはグループ) が設定されていることを確認します。これがないとデータベースへの Microsoft Entra ログインそのものが使えません。',
      urgency: '今スプリント中に対応を計画してください。設定がないと、すべての利用者とアプリケーションが Entra ID で保護も失効もできない SQL パスワードでサインインします。',
      risk: 'Microsoft Entra 管理者がいないと SQL 認証しか使えません。接続文字列に埋め込まれ、MFA や条件付きアクセスの対象にならず、知っている人が退職した後も使える共有パスワードに依存することになります。',
      recommendation: 'データベース管理者の Microsoft Entra グループをサーバー管理者に設定し、Entra ID の ID やマネージド ID 用に包含データベース ユーザーを作成したうえで、アプリケーションを SQL ログインから移行してください。',
      console: ['Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。', '「設定」の「Microsoft Entra ID」を選択します。', '「管理者の設定」をクリックし、管理者グループを選んで「選択」をクリックします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az sql server ad-admin create --resource-group RG --server-name SERVER --display-name "sql-admins" --object-id GROUP_OBJECT_ID',
    terraform:
      'resource "azurerm_mssql_server" "this" {\n  # ...\n  azuread_administrator {\n    login_username = "sql-admins"\n    object_id      = azuread_group.sql_admins.object_id\n  }\n}',
    bicep:
      "resource entraAdmin 'Microsoft.Sql/servers/administrators@2021-11-01' = {\n  parent: sqlServer\n  name: 'ActiveDirectory'\n  properties: {\n    administratorType: 'ActiveDirectory'\n    login: 'sql-admins'\n    sid: sqlAdminsGroupObjectId\n    tenantId: tenant().tenantId\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-configure', 'https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-overview'],
  evaluate(server) {
    const admin = server.config.administrators;
    if (admin?.administratorType === 'ActiveDirectory' && admin.sid) {
      return pass({ en: `SQL server ${server.name} has Microsoft Entra administrator ${admin.login ?? admin.sid}.`, ja: `SQL サーバー ${server.name} には Microsoft Entra 管理者 ${admin.login ?? admin.sid} が設定されています。` }, { login: admin.login, principalType: admin.principalType });
    }
    return fail({ en: `SQL server ${server.name} has no Microsoft Entra administrator.`, ja: `SQL サーバー ${server.name} に Microsoft Entra 管理者が設定されていません。` });
  },
});
