import { AZURE_TYPES, type PostgreSqlFlexibleServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<PostgreSqlFlexibleServerConfig>({
  id: 'azure-postgresql-server-entra-auth-only',
  services: ['postgresql'],
  title: {
    en: 'PostgreSQL flexible servers use Microsoft Entra authentication only',
    ja: 'PostgreSQL フレキシブル サーバーで Microsoft Entra 認証のみが使われている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.postgresqlFlexibleServer],
  requires: ['id', 'authConfig'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'IA-5'], 'pci-dss-4.0': ['8.2.2'] },
  doc: {
    en: {
      description: 'Checks that the authentication configuration of a PostgreSQL flexible server has Microsoft Entra authentication Enabled and PostgreSQL password authentication Disabled. A server created without choosing has password authentication only.',
      urgency: 'Plan the fix this sprint, after moving applications to managed identities: database passwords are long-lived secrets outside Entra ID controls.',
      risk: 'Password roles, above all the server administrator, can be guessed, leaked from connection strings or reused after people leave; they bypass MFA and Conditional Access and are not in the Entra sign-in logs.',
      recommendation: 'Enable Microsoft Entra authentication, add an Entra group as administrator, move applications to managed identities, then disable password authentication.',
      console: ['In the Azure portal, open "Azure Database for PostgreSQL flexible servers" and select the server.', 'Under "Security", select "Authentication".', 'Set "Assign access to" to "Microsoft Entra authentication only" and add a Microsoft Entra administrator.', 'Click "Save".'],
    },
    ja: {
      description: 'PostgreSQL フレキシブル サーバーの認証構成で、Microsoft Entra 認証が有効かつ PostgreSQL のパスワード認証が無効であることを確認します。作成時に選択しなかったサーバーはパスワード認証のみです。',
      urgency: 'アプリケーションをマネージド ID に移行したうえで、今スプリント中に対応を計画してください。データベースのパスワードは Entra ID の管理外にある長期間有効なシークレットです。',
      risk: 'パスワード認証のロール、特にサーバー管理者は、推測されたり接続文字列から漏えいしたり、退職者に使い回されたりします。MFA や条件付きアクセスを迂回し、Entra のサインイン ログにも残りません。',
      recommendation: 'Microsoft Entra 認証を有効にして Entra グループを管理者に追加し、アプリケーションをマネージド ID へ移行したうえでパスワード認証を無効にしてください。',
      console: ['Azure portal で「Azure Database for PostgreSQL フレキシブル サーバー」を開き、対象のサーバーを選択します。', '「セキュリティ」の「認証」を選択します。', '「アクセスの割り当て先」を「Microsoft Entra 認証のみ」にし、Microsoft Entra 管理者を追加します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az resource update --ids SERVER_RESOURCE_ID --set properties.authConfig.activeDirectoryAuth=Enabled properties.authConfig.passwordAuth=Disabled',
    terraform: 'resource "azurerm_postgresql_flexible_server" "this" {\n  # ...\n  authentication {\n    active_directory_auth_enabled = true\n    password_auth_enabled         = false\n    tenant_id                     = data.azurerm_client_config.current.tenant_id\n  }\n}',
    bicep: "resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {\n  name: serverName\n  location: location\n  properties: {\n    authConfig: {\n      activeDirectoryAuth: 'Enabled'\n      passwordAuth: 'Disabled'\n      tenantId: tenant().tenantId\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-azure-ad-authentication', 'https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-configure-sign-in-azure-ad-authentication'],
  evaluate(server) {
    // Defaults when left out: Entra authentication Disabled, password authentication Enabled.
    const entra = server.config.authConfig?.activeDirectoryAuth ?? 'Disabled';
    const password = server.config.authConfig?.passwordAuth ?? 'Enabled';
    const evidence = { activeDirectoryAuth: entra, passwordAuth: password };
    if (entra === 'Enabled' && password === 'Disabled') {
      return pass({ en: `PostgreSQL server ${server.name} accepts Microsoft Entra authentication only.`, ja: `PostgreSQL サーバー ${server.name} は Microsoft Entra 認証のみを受け付けます。` }, evidence);
    }
    return fail(
      { en: `PostgreSQL server ${server.name} accepts password authentication (Entra authentication ${entra}, password authentication ${password}).`, ja: `PostgreSQL サーバー ${server.name} はパスワード認証を受け付けます (Entra 認証: ${entra}、パスワード認証: ${password})。` },
      evidence,
    );
  },
});
