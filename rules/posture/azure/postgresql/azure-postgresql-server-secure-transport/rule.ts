import { AZURE_TYPES, type PostgreSqlFlexibleServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

const MODERN = new Set(['tlsv1.2', 'tlsv1.3']);

export const rule = defineRule<PostgreSqlFlexibleServerConfig>({
  id: 'azure-postgresql-server-secure-transport',
  services: ['postgresql'],
  title: {
    en: 'PostgreSQL flexible servers require TLS 1.2 or later for every connection',
    ja: 'PostgreSQL フレキシブル サーバーですべての接続に TLS 1.2 以上が必須になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.postgresqlFlexibleServer],
  requires: ['id', 'configurations'],
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description: "Checks the server parameters of an Azure Database for PostgreSQL flexible server: require_secure_transport is on (unencrypted connections are refused) and ssl_min_protocol_version is TLSv1.2 or TLSv1.3. Both are the service's defaults, so a failure means someone changed them.",
      urgency: 'Fix within days: with require_secure_transport off, any client or misconfigured driver can send passwords and data in clear text.',
      risk: 'Unencrypted connections expose the password (or its MD5 hash) and every query result to anyone on the network path; weak TLS versions allow downgrade attacks. Attackers on a shared network or a compromised hop can read and alter data in transit.',
      recommendation: 'Set require_secure_transport to on and ssl_min_protocol_version to TLSv1.2, and make clients use sslmode=verify-full with the server certificate chain.',
      console: ['In the Azure portal, open "Azure Database for PostgreSQL flexible servers" and select the server.', 'Under "Settings", select "Server parameters".', 'Set "require_secure_transport" to ON and "ssl_min_protocol_version" to TLSv1.2.', 'Click "Save".'],
    },
    ja: {
      description: 'Azure Database for PostgreSQL フレキシブル サーバーのサーバー パラメーターで、require_secure_transport が on (暗号化されていない接続を拒否) であり、ssl_min_protocol_version が TLSv1.2 または TLSv1.3 であることを確認します。どちらもサービスの既定値のため、不適合は誰かが変更したことを意味します。',
      urgency: '数日以内に対応してください。require_secure_transport が off だと、クライアントや設定ミスのあるドライバーがパスワードやデータを平文で送信できます。',
      risk: '暗号化されていない接続では、パスワード (または MD5 ハッシュ) とすべてのクエリ結果が通信経路上の誰にでも見えます。弱い TLS バージョンはダウングレード攻撃を許します。共有ネットワークや侵害された中継点にいる攻撃者が通信中のデータを読み取り・改ざんできます。',
      recommendation: 'require_secure_transport を on、ssl_min_protocol_version を TLSv1.2 に設定し、クライアントはサーバー証明書チェーンを使って sslmode=verify-full で接続してください。',
      console: ['Azure portal で「Azure Database for PostgreSQL フレキシブル サーバー」を開き、対象のサーバーを選択します。', '「設定」の「サーバー パラメーター」を選択します。', '「require_secure_transport」を ON、「ssl_min_protocol_version」を TLSv1.2 に設定します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az postgres flexible-server parameter set --resource-group RG --server-name SERVER --name require_secure_transport --value on\naz postgres flexible-server parameter set --resource-group RG --server-name SERVER --name ssl_min_protocol_version --value TLSv1.2',
    terraform:
      'resource "azurerm_postgresql_flexible_server_configuration" "secure_transport" {\n  name      = "require_secure_transport"\n  server_id = azurerm_postgresql_flexible_server.this.id\n  value     = "on"\n}\n\nresource "azurerm_postgresql_flexible_server_configuration" "tls" {\n  name      = "ssl_min_protocol_version"\n  server_id = azurerm_postgresql_flexible_server.this.id\n  value     = "TLSv1.2"\n}',
    bicep:
      "resource secureTransport 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {\n  parent: postgres\n  name: 'require_secure_transport'\n  properties: { value: 'on', source: 'user-override' }\n}\n\nresource minTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {\n  parent: postgres\n  name: 'ssl_min_protocol_version'\n  properties: { value: 'TLSv1.2', source: 'user-override' }\n}",
  },
  references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/security-tls', 'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls'],
  evaluate(server) {
    const params = server.config.configurations ?? {};
    const secure = params.require_secure_transport;
    const minTls = params.ssl_min_protocol_version;
    if (secure === undefined || minTls === undefined) {
      return notAssessed({ en: `The TLS parameters of PostgreSQL server ${server.name} were not collected.`, ja: `PostgreSQL サーバー ${server.name} の TLS パラメーターが収集されていません。` });
    }
    const evidence = { require_secure_transport: secure, ssl_min_protocol_version: minTls };
    const problems: string[] = [];
    if (secure.toLowerCase() !== 'on') problems.push('require_secure_transport is off');
    if (!MODERN.has(minTls.toLowerCase())) problems.push(`ssl_min_protocol_version is ${minTls}`);
    if (problems.length) {
      return fail({ en: `PostgreSQL server ${server.name} accepts weak or unencrypted connections: ${problems.join('; ')}.`, ja: `PostgreSQL サーバー ${server.name} は弱い、または暗号化されていない接続を受け付けます: ${problems.join('; ')}。` }, evidence);
    }
    return pass({ en: `PostgreSQL server ${server.name} requires TLS (minimum ${minTls}).`, ja: `PostgreSQL サーバー ${server.name} は TLS を必須としています (最小 ${minTls})。` }, evidence);
  },
});
