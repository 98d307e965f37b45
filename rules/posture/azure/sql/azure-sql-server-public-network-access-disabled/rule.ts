import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-public-network-access-disabled',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers have public network access disabled',
    ja: 'Azure SQL サーバーのパブリック ネットワーク アクセスが無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'publicNetworkAccess', 'privateEndpointConnections'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description: 'Checks that public network access of the Azure SQL logical server is Disabled (or secured by a network security perimeter), so that its databases are reached only through private endpoints.',
      urgency: 'Plan the fix this sprint: a public endpoint is only as safe as its firewall rules, which drift as people add addresses to debug or connect tools.',
      risk: 'With public access enabled, the server listens on a public address and relies on IP firewall rules alone. One broad rule added in a hurry, or the "Allow Azure services" switch, puts every database within reach of password guessing and data theft.',
      recommendation: 'Create private endpoints for the server in the virtual networks that need it, resolve the server name through the privatelink.database.windows.net private DNS zone, then set public network access to Disabled.',
      console: ['In the Azure portal, open "SQL servers" and select the server.', 'Under "Security", select "Networking".', 'On the "Private access" tab, create a private endpoint if there is none.', 'On the "Public access" tab, set "Public network access" to "Disable" and click "Save".'],
    },
    ja: {
      description: 'Azure SQL 論理サーバーのパブリック ネットワーク アクセスが無効 (またはネットワーク セキュリティ境界で保護) であり、データベースにプライベート エンドポイント経由でのみ到達できることを確認します。',
      urgency: '今スプリント中に対応を計画してください。パブリック エンドポイントの安全性はファイアウォール規則次第であり、デバッグやツール接続のためにアドレスが追加されて崩れていきます。',
      risk: 'パブリック アクセスが有効だと、サーバーはパブリック アドレスで待ち受け、IP ファイアウォール規則だけに依存します。急いで追加された広い規則 1 つや「Azure サービスを許可」の設定で、全データベースがパスワード推測やデータ窃取の対象になります。',
      recommendation: '必要な仮想ネットワークにサーバーのプライベート エンドポイントを作成し、privatelink.database.windows.net のプライベート DNS ゾーンで名前解決したうえで、パブリック ネットワーク アクセスを無効にしてください。',
      console: ['Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。', '「セキュリティ」の「ネットワーク」を選択します。', '「プライベート アクセス」タブで、なければプライベート エンドポイントを作成します。', '「パブリック アクセス」タブで「パブリック ネットワーク アクセス」を「無効化」にして「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az sql server update --resource-group RG --name SERVER --enable-public-network false',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  # ...\n  public_network_access_enabled = false\n}',
    bicep: "resource sqlServer 'Microsoft.Sql/servers@2021-11-01' = {\n  name: serverName\n  location: location\n  properties: {\n    publicNetworkAccess: 'Disabled'\n    minimalTlsVersion: '1.2'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings', 'https://learn.microsoft.com/azure/azure-sql/database/private-endpoint-overview'],
  evaluate(server) {
    // Left out on servers that never set it: Enabled.
    const access = server.config.publicNetworkAccess ?? 'Enabled';
    const privateEndpoints = server.config.privateEndpointConnections?.length ?? 0;
    if (access === 'Disabled' || access === 'SecuredByPerimeter') {
      return pass({ en: `SQL server ${server.name} has public network access ${access}.`, ja: `SQL サーバー ${server.name} のパブリック ネットワーク アクセスは ${access} です。` }, { publicNetworkAccess: access, privateEndpoints });
    }
    return fail(
      { en: `SQL server ${server.name} has public network access enabled (${privateEndpoints} private endpoints).`, ja: `SQL サーバー ${server.name} のパブリック ネットワーク アクセスが有効です (プライベート エンドポイント ${privateEndpoints} 件)。` },
      { publicNetworkAccess: access, privateEndpoints },
    );
  },
});
