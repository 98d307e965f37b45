import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { defaultAction } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-default-network-access-deny',
  services: ['storage'],
  title: {
    en: 'Storage account firewalls deny access by default',
    ja: 'ストレージ アカウントのファイアウォールの既定のアクションが「拒否」になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'networkRuleSet', 'publicNetworkAccess'],
  frameworks: { 'cis-azure-6.0': ['9.3.2.3'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'SC-7(5)', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.2'] },
  doc: {
    en: {
      description:
        'Checks that the storage firewall\'s default action (networkAcls.defaultAction) is Deny, so only the listed virtual networks, IP ranges, resource instances and trusted services can connect. An account without network rules allows all networks. An account whose public network access is Disabled or SecuredByPerimeter passes: the firewall rules then do not apply.',
      urgency: 'Act within days: with a default Allow, the account\'s data endpoints are open to the whole internet and only credentials protect the data.',
      risk: 'Any leaked account key, SAS token or stolen Entra ID token can be used from anywhere, including attacker infrastructure, to download or destroy data; attackers enumerate *.blob.core.windows.net names and try leaked keys at scale. Nothing at the network layer limits where data can be read from.',
      recommendation:
        'Add virtual network rules (with the Microsoft.Storage service endpoint) or private endpoints for the networks that need access, add IP rules only for known public ranges, keep the trusted-services exception, then set the default action to Deny ("Enabled from selected virtual networks and IP addresses"). Prefer disabling public network access entirely where possible.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Networking".',
        'On "Public access", select "Manage" and choose "Enable from selected networks" (or "Enabled from selected virtual networks and IP addresses").',
        'Add the required virtual networks and IP ranges, then select "Save".',
      ],
    },
    ja: {
      description:
        'ストレージ ファイアウォールの既定のアクション（networkAcls.defaultAction）が Deny で、一覧にある仮想ネットワーク、IP 範囲、リソース インスタンス、信頼されたサービスだけが接続できることを確認します。ネットワーク規則のないアカウントはすべてのネットワークを許可します。パブリック ネットワーク アクセスが Disabled または SecuredByPerimeter のアカウントは、ファイアウォール規則が適用されないため合格とします。',
      urgency: '数日以内に対応してください。既定が許可の場合、アカウントのデータ エンドポイントはインターネット全体に開かれ、データを守るのは認証情報だけです。',
      risk: '漏えいしたアカウント キー、SAS トークン、盗まれた Entra ID のトークンは、攻撃者の基盤を含むどこからでも使え、データのダウンロードや破壊に悪用されます。攻撃者は *.blob.core.windows.net の名前を列挙し、漏えいしたキーを大規模に試しています。ネットワーク層ではデータの読み取り元が一切制限されません。',
      recommendation:
        'アクセスが必要なネットワーク用に仮想ネットワーク規則（Microsoft.Storage サービス エンドポイント付き）またはプライベート エンドポイントを追加し、IP 規則は既知のパブリック範囲だけに限定し、信頼されたサービスの例外は残したうえで、既定のアクションを拒否（「選択した仮想ネットワークと IP アドレスから有効」）にしてください。可能であればパブリック ネットワーク アクセス自体を無効にすることを推奨します。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「ネットワーク」を選択します。',
        '「パブリック アクセス」で「管理」を選択し、「選択したネットワークから有効」（または「選択した仮想ネットワークと IP アドレスから有効」）を選びます。',
        '必要な仮想ネットワークと IP 範囲を追加し、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account network-rule add --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --vnet-name VNET --subnet SUBNET\naz storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --default-action Deny --bypass AzureServices',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  network_rules {\n    default_action             = "Deny"\n    bypass                     = ["AzureServices"]\n    virtual_network_subnet_ids = [azurerm_subnet.app.id]\n    ip_rules                   = ["203.0.113.0/24"]\n  }\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n      virtualNetworkRules: [ { id: appSubnetId, action: 'Allow' } ]\n      ipRules: [ { value: '203.0.113.0/24', action: 'Allow' } ]\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-network-security',
    'https://learn.microsoft.com/azure/storage/common/storage-network-security-set-default-access',
  ],
  evaluate(account) {
    const c = account.config;
    const action = defaultAction(c);
    const pna = String(c.publicNetworkAccess ?? '').toLowerCase();
    if (pna === 'disabled' || pna === 'securedbyperimeter') {
      return pass(
        { en: `Storage account ${account.name} has public network access ${c.publicNetworkAccess}, so its firewall rules do not admit public traffic.`, ja: `ストレージ アカウント ${account.name} のパブリック ネットワーク アクセスは ${c.publicNetworkAccess} で、ファイアウォール規則によってパブリック トラフィックが許可されることはありません。` },
        { publicNetworkAccess: c.publicNetworkAccess, defaultAction: action },
      );
    }
    if (action === 'Deny') {
      const rs = c.networkRuleSet!;
      return pass(
        { en: `Storage account ${account.name} denies network access by default.`, ja: `ストレージ アカウント ${account.name} は既定でネットワーク アクセスを拒否します。` },
        { defaultAction: action, ipRules: (rs.ipRules ?? []).map((r) => r.iPAddressOrRange), virtualNetworkRules: rs.virtualNetworkRules?.length ?? 0 },
      );
    }
    return fail(
      c.networkRuleSet
        ? { en: `Storage account ${account.name} allows access from all networks: the firewall's default action is Allow.`, ja: `ストレージ アカウント ${account.name} はすべてのネットワークからのアクセスを許可しています。ファイアウォールの既定のアクションが「許可」です。` }
        : { en: `Storage account ${account.name} has no network rules, so it allows access from all networks.`, ja: `ストレージ アカウント ${account.name} にはネットワーク規則がなく、すべてのネットワークからのアクセスを許可しています。` },
      { defaultAction: action, publicNetworkAccess: c.publicNetworkAccess ?? null },
    );
  },
});
