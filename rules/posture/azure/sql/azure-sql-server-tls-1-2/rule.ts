import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const ACCEPTED = new Set(['1.2', '1.3']);

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-tls-1-2',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers require TLS 1.2 or later',
    ja: 'Azure SQL サーバーで TLS 1.2 以上が必須になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'minimalTlsVersion'],
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description: "Checks that the minimal TLS version of the Azure SQL logical server is 1.2 or 1.3. A server that never set it (the property is left out, or 'None') accepts any version the client offers.",
      urgency: 'Plan the fix this sprint: downgrading needs a position on the network path, but TLS 1.0 and 1.1 are retired and fail PCI DSS and most internal standards.',
      risk: 'Clients that still negotiate TLS 1.0 or 1.1 send logins and query results over protocols with known weaknesses (BEAST, weak cipher suites), which an attacker on the path can exploit to read or tamper with traffic.',
      recommendation: 'Set the minimal TLS version to 1.2 after checking with the connection audit that no client still uses an older version; update old drivers that cannot.',
      console: ['In the Azure portal, open "SQL servers" and select the server.', 'Under "Security", select "Networking", then the "Connectivity" tab.', 'Set "Minimum TLS version" to "TLS 1.2" (or 1.3).', 'Click "Save".'],
    },
    ja: {
      description: 'Azure SQL 論理サーバーの最小 TLS バージョンが 1.2 または 1.3 であることを確認します。一度も設定していないサーバー (プロパティ省略または None) は、クライアントが提示する任意のバージョンを受け付けます。',
      urgency: '今スプリント中に対応を計画してください。ダウングレードには通信経路上の位置が必要ですが、TLS 1.0/1.1 は廃止済みで PCI DSS や多くの社内基準に適合しません。',
      risk: 'TLS 1.0/1.1 で接続するクライアントは、既知の弱点 (BEAST、弱い暗号スイート) があるプロトコルでログイン情報やクエリ結果を送信し、経路上の攻撃者に盗聴・改ざんされるおそれがあります。',
      recommendation: '接続の監査で古いバージョンを使うクライアントがないことを確認してから最小 TLS バージョンを 1.2 に設定し、対応できない古いドライバーは更新してください。',
      console: ['Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。', '「セキュリティ」の「ネットワーク」を選択し、「接続」タブを開きます。', '「最小 TLS バージョン」を「TLS 1.2」(または 1.3) に設定します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az sql server update --resource-group RG --name SERVER --minimal-tls-version 1.2',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  # ...\n  minimum_tls_version = "1.2"\n}',
    bicep: "resource sqlServer 'Microsoft.Sql/servers@2021-11-01' = {\n  name: serverName\n  location: location\n  properties: {\n    minimalTlsVersion: '1.2'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version'],
  evaluate(server) {
    const version = server.config.minimalTlsVersion;
    if (version && ACCEPTED.has(version)) {
      return pass({ en: `SQL server ${server.name} requires TLS ${version} or later.`, ja: `SQL サーバー ${server.name} は TLS ${version} 以上を必須としています。` }, { minimalTlsVersion: version });
    }
    return fail(
      { en: `SQL server ${server.name} accepts TLS older than 1.2 (minimal version: ${version ?? 'not set'}).`, ja: `SQL サーバー ${server.name} は TLS 1.2 未満を受け付けます (最小バージョン: ${version ?? '未設定'})。` },
      { minimalTlsVersion: version ?? null },
    );
  },
});
