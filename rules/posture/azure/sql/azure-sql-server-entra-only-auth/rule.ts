import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-entra-only-auth',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers use Microsoft Entra-only authentication',
    ja: 'Azure SQL サーバーで Microsoft Entra 専用認証が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'administrators'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'IA-5'], 'pci-dss-4.0': ['8.2.2'] },
  doc: {
    en: {
      description: 'Checks that Microsoft Entra-only authentication is enabled on the Azure SQL logical server, which turns off SQL authentication, including the server admin login, for the server and all its databases.',
      urgency: 'Plan the fix this sprint, after applications have moved to Entra identities: SQL logins are the credential attackers spray and reuse.',
      risk: 'While SQL authentication is allowed, the SQL server admin login (with full control of every database) and other SQL logins accept passwords from anywhere the network allows, outside MFA, Conditional Access and sign-in logs of Entra ID.',
      recommendation: 'Move applications to managed identities and people to Entra accounts, then enable Microsoft Entra-only authentication. Enforce it for new servers with the built-in Azure Policy "Azure SQL Database should have Microsoft Entra-only authentication enabled".',
      console: ['In the Azure portal, open "SQL servers" and select the server.', 'Under "Settings", select "Microsoft Entra ID".', 'Select "Support only Microsoft Entra authentication for this server".', 'Click "Save".'],
    },
    ja: {
      description: 'Azure SQL 論理サーバーで Microsoft Entra 専用認証が有効であることを確認します。有効にすると、サーバー管理者ログインを含む SQL 認証がサーバーとすべてのデータベースで無効になります。',
      urgency: 'アプリケーションを Entra ID の ID へ移行したうえで、今スプリント中に対応を計画してください。SQL ログインは攻撃者がパスワード スプレーや使い回しで狙う資格情報です。',
      risk: 'SQL 認証が許可されている間は、全データベースを完全に制御できる SQL サーバー管理者ログインや他の SQL ログインが、ネットワークが許す限りどこからでもパスワードを受け付けます。Entra ID の MFA、条件付きアクセス、サインイン ログの対象外です。',
      recommendation: 'アプリケーションはマネージド ID へ、利用者は Entra アカウントへ移行し、Microsoft Entra 専用認証を有効にしてください。新しいサーバーには組み込みの Azure Policy「Azure SQL Database で Microsoft Entra 専用認証が有効になっている必要がある」で強制します。',
      console: ['Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。', '「設定」の「Microsoft Entra ID」を選択します。', '「このサーバーでは Microsoft Entra 認証のみをサポートする」を選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az sql server ad-only-auth enable --resource-group RG --name SERVER',
    terraform:
      'resource "azurerm_mssql_server" "this" {\n  # ...\n  azuread_administrator {\n    login_username              = "sql-admins"\n    object_id                   = azuread_group.sql_admins.object_id\n    azuread_authentication_only = true\n  }\n}',
    bicep:
      "resource entraOnly 'Microsoft.Sql/servers/azureADOnlyAuthentications@2021-11-01' = {\n  parent: sqlServer\n  name: 'Default'\n  properties: {\n    azureADOnlyAuthentication: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/authentication-azure-ad-only-authentication'],
  evaluate(server) {
    const admin = server.config.administrators;
    if (admin?.azureADOnlyAuthentication === true) {
      return pass({ en: `SQL server ${server.name} accepts Microsoft Entra authentication only.`, ja: `SQL サーバー ${server.name} は Microsoft Entra 認証のみを受け付けます。` });
    }
    return fail(
      { en: `SQL server ${server.name} still accepts SQL authentication${admin ? '' : ' (no Microsoft Entra administrator is set)'}.`, ja: `SQL サーバー ${server.name} は SQL 認証を受け付けています${admin ? '' : ' (Microsoft Entra 管理者も未設定です)'}。` },
      { entraAdministrator: !!admin, azureADOnlyAuthentication: admin?.azureADOnlyAuthentication ?? false },
    );
  },
});
