import { AZURE_TYPES, type MySqlFlexibleServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

const LEGACY = new Set(['tlsv1', 'tlsv1.1']);

export const rule = defineRule<MySqlFlexibleServerConfig>({
  id: 'azure-mysql-server-secure-transport',
  services: ['mysql'],
  title: {
    en: 'MySQL flexible servers require TLS 1.2 or later for every connection',
    ja: 'MySQL フレキシブル サーバーですべての接続に TLS 1.2 以上が必須になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.mysqlFlexibleServer],
  requires: ['id', 'configurations'],
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description: 'Checks the server parameters of an Azure Database for MySQL flexible server: require_secure_transport is ON (unencrypted connections are refused) and tls_version lists neither TLSv1 nor TLSv1.1.',
      urgency: 'Fix within days: with require_secure_transport OFF, a client or driver can send the password and all data in clear text.',
      risk: 'Unencrypted or TLS 1.0/1.1 connections let anyone on the network path capture logins and query results or tamper with them, which also breaks PCI DSS and most internal encryption-in-transit standards.',
      recommendation: 'Set require_secure_transport to ON and tls_version to TLSv1.2 (or TLSv1.2,TLSv1.3), and make clients verify the server certificate (ssl-mode=VERIFY_IDENTITY).',
      console: ['In the Azure portal, open "Azure Database for MySQL flexible servers" and select the server.', 'Under "Settings", select "Server parameters".', 'Set "require_secure_transport" to ON and "tls_version" to TLSv1.2 (and TLSv1.3).', 'Click "Save" (tls_version needs a restart).'],
    },
    ja: {
      description: 'Azure Database for MySQL フレキシブル サーバーのサーバー パラメーターで、require_secure_transport が ON (暗号化されていない接続を拒否) であり、tls_version に TLSv1 と TLSv1.1 が含まれないことを確認します。',
      urgency: '数日以内に対応してください。require_secure_transport が OFF だと、クライアントやドライバーがパスワードと全データを平文で送信できます。',
      risk: '暗号化されていない接続や TLS 1.0/1.1 の接続では、通信経路上の誰でもログイン情報やクエリ結果を取得・改ざんでき、PCI DSS や多くの社内の通信暗号化基準にも違反します。',
      recommendation: 'require_secure_transport を ON、tls_version を TLSv1.2 (または TLSv1.2,TLSv1.3) に設定し、クライアントにサーバー証明書を検証させてください (ssl-mode=VERIFY_IDENTITY)。',
      console: ['Azure portal で「Azure Database for MySQL フレキシブル サーバー」を開き、対象のサーバーを選択します。', '「設定」の「サーバー パラメーター」を選択します。', '「require_secure_transport」を ON、「tls_version」を TLSv1.2 (と TLSv1.3) に設定します。', '「保存」をクリックします (tls_version は再起動が必要です)。'],
    },
  },
  remediation: {
    cli: 'az mysql flexible-server parameter set --resource-group RG --server-name SERVER --name require_secure_transport --value ON\naz mysql flexible-server parameter set --resource-group RG --server-name SERVER --name tls_version --value TLSv1.2,TLSv1.3',
    terraform:
      'resource "azurerm_mysql_flexible_server_configuration" "secure_transport" {\n  name                = "require_secure_transport"\n  resource_group_name = azurerm_resource_group.this.name\n  server_name         = azurerm_mysql_flexible_server.this.name\n  value               = "ON"\n}\n\nresource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name                = "tls_version"\n  resource_group_name = azurerm_resource_group.this.name\n  server_name         = azurerm_mysql_flexible_server.this.name\n  value               = "TLSv1.2,TLSv1.3"\n}',
    bicep:
      "resource secureTransport 'Microsoft.DBforMySQL/flexibleServers/configurations@2023-12-30' = {\n  parent: mysql\n  name: 'require_secure_transport'\n  properties: { value: 'ON', source: 'user-override' }\n}\n\nresource tlsVersion 'Microsoft.DBforMySQL/flexibleServers/configurations@2023-12-30' = {\n  parent: mysql\n  name: 'tls_version'\n  properties: { value: 'TLSv1.2,TLSv1.3', source: 'user-override' }\n}",
  },
  references: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking#tls-and-ssl', 'https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl'],
  evaluate(server) {
    const params = server.config.configurations ?? {};
    const secure = params.require_secure_transport;
    const versions = params.tls_version;
    if (secure === undefined || versions === undefined) {
      return notAssessed({ en: `The TLS parameters of MySQL server ${server.name} were not collected.`, ja: `MySQL サーバー ${server.name} の TLS パラメーターが収集されていません。` });
    }
    const legacy = versions.split(',').map((v) => v.trim()).filter((v) => LEGACY.has(v.toLowerCase()));
    const evidence = { require_secure_transport: secure, tls_version: versions };
    const problems: string[] = [];
    if (secure.toUpperCase() !== 'ON') problems.push('require_secure_transport is OFF');
    if (legacy.length) problems.push(`tls_version allows ${legacy.join(', ')}`);
    if (problems.length) {
      return fail({ en: `MySQL server ${server.name} accepts weak or unencrypted connections: ${problems.join('; ')}.`, ja: `MySQL サーバー ${server.name} は弱い、または暗号化されていない接続を受け付けます: ${problems.join('; ')}。` }, evidence);
    }
    return pass({ en: `MySQL server ${server.name} requires TLS (${versions}).`, ja: `MySQL サーバー ${server.name} は TLS を必須としています (${versions})。` }, evidence);
  },
});
