import { AZURE_TYPES, type CosmosDbAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

/** IP rules that admit everyone: the whole internet, or `0.0.0.0`, which Cosmos DB reads as "any Azure datacenter". */
const OPEN = new Set(['0.0.0.0', '0.0.0.0/0']);

export const rule = defineRule<CosmosDbAccountConfig>({
  id: 'azure-cosmosdb-account-network-restricted',
  services: ['cosmosdb'],
  title: {
    en: 'Cosmos DB accounts restrict network access',
    ja: 'Cosmos DB アカウントでネットワーク アクセスが制限されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.cosmosDbAccount],
  requires: ['id', 'publicNetworkAccess', 'isVirtualNetworkFilterEnabled', 'ipRules', 'virtualNetworkRules'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that an Azure Cosmos DB account either has public network access Disabled (private endpoints only) or limits it with IP firewall rules or virtual network rules. An account with neither accepts requests from any address; an IP rule 0.0.0.0 (accept connections from within public Azure datacenters) admits every Azure tenant and fails too.',
      urgency: 'Fix within days: the data plane is reachable from anywhere, so a leaked account key or resource token is immediately usable by anyone.',
      risk: 'With no network restriction, the only barrier is the credential. Account keys end up in code, CI logs and configuration files; whoever finds one can read, change and delete every container of the account from any machine on the internet.',
      recommendation: 'Prefer private endpoints with public network access Disabled. Otherwise add IP rules for the fixed egress addresses that need access and virtual network rules for your subnets, and remove 0.0.0.0 unless a specific Azure service needs it.',
      console: ['In the Azure portal, open "Azure Cosmos DB" and select the account.', 'Under "Settings", select "Networking".', 'Choose "Selected networks" and add virtual networks or IP ranges, or choose "Disabled" and use private endpoints.', 'Clear "Accept connections from within public Azure datacenters" unless needed, and click "Save".'],
    },
    ja: {
      description:
        'Azure Cosmos DB アカウントで、パブリック ネットワーク アクセスが無効 (プライベート エンドポイントのみ) であるか、IP ファイアウォール規則または仮想ネットワーク規則で制限されていることを確認します。どちらもないアカウントは任意のアドレスからの要求を受け付けます。IP 規則 0.0.0.0 (パブリック Azure データセンター内からの接続を受け入れる) はすべての Azure テナントを許可するため、これも不適合です。',
      urgency: '数日以内に対応してください。データ プレーンにどこからでも到達できるため、漏えいしたアカウント キーやリソース トークンは誰でもすぐに使えます。',
      risk: 'ネットワーク制限がないと、資格情報だけが防御になります。アカウント キーはコード、CI ログ、構成ファイルに紛れ込みやすく、見つけた者はインターネット上のどこからでもアカウントの全コンテナーを読み取り・変更・削除できます。',
      recommendation: 'パブリック ネットワーク アクセスを無効にしたプライベート エンドポイントを推奨します。難しい場合は、アクセスが必要な固定の送信元アドレスの IP 規則とサブネットの仮想ネットワーク規則を追加し、特定の Azure サービスに必要でない限り 0.0.0.0 を削除してください。',
      console: ['Azure portal で「Azure Cosmos DB」を開き、対象のアカウントを選択します。', '「設定」の「ネットワーク」を選択します。', '「選択したネットワーク」を選んで仮想ネットワークや IP 範囲を追加するか、「無効」を選んでプライベート エンドポイントを使用します。', '必要でなければ「パブリック Azure データセンター内からの接続を受け入れる」をオフにし、「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az cosmosdb update --resource-group RG --name ACCOUNT --public-network-access Disabled\n# or limit it to known addresses and subnets:\naz cosmosdb update --resource-group RG --name ACCOUNT --ip-range-filter 203.0.113.10 --enable-virtual-network true',
    terraform: 'resource "azurerm_cosmosdb_account" "this" {\n  # ...\n  public_network_access_enabled = false\n  # or:\n  # ip_range_filter                   = ["203.0.113.10"]\n  # is_virtual_network_filter_enabled = true\n}',
    bicep: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  name: accountName\n  location: location\n  properties: {\n    databaseAccountOfferType: 'Standard'\n    locations: [ { locationName: location } ]\n    publicNetworkAccess: 'Disabled'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall', 'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints'],
  evaluate(account) {
    const c = account.config;
    // Left out by older API versions: Enabled.
    const access = c.publicNetworkAccess ?? 'Enabled';
    if (access === 'Disabled' || access === 'SecuredByPerimeter') {
      return pass({ en: `Cosmos DB account ${account.name} has public network access ${access}.`, ja: `Cosmos DB アカウント ${account.name} のパブリック ネットワーク アクセスは ${access} です。` }, { publicNetworkAccess: access });
    }
    const ipRules = (c.ipRules ?? []).map((r) => r.ipAddressOrRange ?? '').filter(Boolean);
    const vnetRules = c.isVirtualNetworkFilterEnabled ? (c.virtualNetworkRules ?? []).length : 0;
    const open = ipRules.filter((r) => OPEN.has(r.trim()));
    const evidence = { publicNetworkAccess: access, ipRules: ipRules.length, virtualNetworkRules: vnetRules };
    if (open.length) {
      return fail({ en: `Cosmos DB account ${account.name} admits ${open.includes('0.0.0.0') ? 'every Azure datacenter' : 'the internet'} (IP rule ${open.join(', ')}).`, ja: `Cosmos DB アカウント ${account.name} は${open.includes('0.0.0.0') ? 'すべての Azure データセンター' : 'インターネット'}からの接続を許可しています (IP 規則 ${open.join(', ')})。` }, { ...evidence, openRules: open });
    }
    if (ipRules.length === 0 && vnetRules === 0) {
      return fail({ en: `Cosmos DB account ${account.name} accepts requests from all networks.`, ja: `Cosmos DB アカウント ${account.name} はすべてのネットワークからの要求を受け付けます。` }, evidence);
    }
    return pass({ en: `Cosmos DB account ${account.name} is limited to ${ipRules.length} IP rules and ${vnetRules} virtual network rules.`, ja: `Cosmos DB アカウント ${account.name} は IP 規則 ${ipRules.length} 件と仮想ネットワーク規則 ${vnetRules} 件に制限されています。` }, evidence);
  },
});
