import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { isAllowAzureServicesRule } from '../firewall.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-no-allow-azure-services',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers do not allow access from all Azure services',
    ja: 'Azure SQL サーバーで「Azure サービスおよびリソースにこのサーバーへのアクセスを許可する」が無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'publicNetworkAccess', 'firewallRules'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1'] },
  doc: {
    en: {
      description:
        'Checks that an Azure SQL server with public network access has no 0.0.0.0–0.0.0.0 firewall rule (AllowAllWindowsAzureIps), which the portal shows as "Allow Azure services and resources to access this server".',
      urgency: 'Fix within days: the rule does not open the server to the whole internet, but to every Azure customer, so it is the next step after the firewall is closed to the internet.',
      risk: 'The rule admits connections from any address owned by Azure, including virtual machines, functions and containers of other tenants. An attacker only needs to rent an Azure resource to reach the login endpoint and try passwords, and the server cannot tell your services from theirs.',
      recommendation:
        'Turn the setting off. Give your own Azure services a path through private endpoints or virtual network service endpoints and rules, or admit their fixed outbound addresses explicitly.',
      console: [
        'In the Azure portal, open "SQL servers" and select the server.',
        'Under "Security", select "Networking".',
        'Under "Exceptions", clear "Allow Azure services and resources to access this server".',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'パブリック ネットワーク アクセスが有効な Azure SQL サーバーに、ポータルで「Azure サービスおよびリソースにこのサーバーへのアクセスを許可する」と表示される 0.0.0.0～0.0.0.0 のファイアウォール規則 (AllowAllWindowsAzureIps) がないことを確認します。',
      urgency: '数日以内に対応してください。インターネット全体に開放するわけではありませんが、すべての Azure 利用者に開放するため、インターネット向けの規則を閉じた次に対処すべき項目です。',
      risk: 'この規則は、他のテナントの仮想マシン、Functions、コンテナーを含む Azure が所有するあらゆるアドレスからの接続を許可します。攻撃者は Azure リソースを 1 つ借りるだけでログイン エンドポイントに到達してパスワードを試行でき、サーバー側では自社のサービスと区別できません。',
      recommendation:
        'この設定を無効にしてください。自社の Azure サービスにはプライベート エンドポイントや仮想ネットワーク サービス エンドポイントと規則を使うか、固定の送信元アドレスを明示的に許可します。',
      console: [
        'Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。',
        '「セキュリティ」の「ネットワーク」を選択します。',
        '「例外」で「Azure サービスおよびリソースにこのサーバーへのアクセスを許可する」のチェックを外します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az sql server firewall-rule delete --resource-group RG --server SERVER --name AllowAllWindowsAzureIps',
    terraform:
      '# Remove any azurerm_mssql_firewall_rule with start_ip_address = end_ip_address = "0.0.0.0"; use a VNet rule instead:\nresource "azurerm_mssql_virtual_network_rule" "app" {\n  name      = "app-subnet"\n  server_id = azurerm_mssql_server.this.id\n  subnet_id = azurerm_subnet.app.id\n}',
    bicep:
      "// Remove the firewallRules resource with startIpAddress = endIpAddress = '0.0.0.0'; use a VNet rule instead:\nresource appSubnetRule 'Microsoft.Sql/servers/virtualNetworkRules@2021-11-01' = {\n  parent: sqlServer\n  name: 'app-subnet'\n  properties: {\n    virtualNetworkSubnetId: appSubnet.id\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/network-access-controls-overview', 'https://learn.microsoft.com/azure/azure-sql/database/firewall-configure'],
  evaluate(server) {
    if (server.config.publicNetworkAccess === 'Disabled') {
      return pass({ en: `SQL server ${server.name} has public network access disabled.`, ja: `SQL サーバー ${server.name} はパブリック ネットワーク アクセスが無効です。` }, { publicNetworkAccess: 'Disabled' });
    }
    const azure = (server.config.firewallRules ?? []).filter(isAllowAzureServicesRule);
    if (azure.length > 0) {
      return fail(
        { en: `SQL server ${server.name} allows access from all Azure services (rule ${azure.map((r) => r.name).join(', ')}).`, ja: `SQL サーバー ${server.name} はすべての Azure サービスからのアクセスを許可しています (規則 ${azure.map((r) => r.name).join(', ')})。` },
        { rules: azure.map((r) => r.name) },
      );
    }
    return pass({ en: `SQL server ${server.name} does not allow access from all Azure services.`, ja: `SQL サーバー ${server.name} はすべての Azure サービスからのアクセスを許可していません。` });
  },
});
