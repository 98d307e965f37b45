import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { approvedEndpoints, defaultAction } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-public-network-access-disabled',
  services: ['storage'],
  title: {
    en: 'Storage accounts have public network access disabled',
    ja: 'ストレージ アカウントのパブリック ネットワーク アクセスが無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'publicNetworkAccess', 'networkRuleSet', 'privateEndpointConnections'],
  frameworks: { 'cis-azure-6.0': ['9.3.2.2'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that publicNetworkAccess is Disabled (or SecuredByPerimeter, where a network security perimeter denies public traffic unless its access rules allow it), so the account\'s public endpoints refuse all traffic and the data is reachable only through private endpoints. When the property is absent, public access is governed only by the firewall rules.',
      urgency: 'Plan within weeks: the data stays protected by authentication, but every leaked key or SAS token is usable from anywhere on the internet until access is private.',
      risk: 'With the public endpoint open, a stolen account key, SAS token or Entra ID token works from any network, and the account is exposed to password-spray-like key guessing, scanning and data exfiltration to attacker infrastructure. Firewall IP rules reduce this but are often broad or stale.',
      recommendation:
        'Create private endpoints for the sub-resources in use (blob, file, dfs, queue, table, web) with private DNS zones, move clients to them, then set "Public network access" to Disabled. Where some public access is required, keep it "Enabled from selected virtual networks and IP addresses" with a Deny default action (azure-storage-default-network-access-deny).',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Networking".',
        'On "Public access", set "Public network access" to "Disable".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'publicNetworkAccess が Disabled（またはネットワーク セキュリティ境界がアクセス規則で許可しない限りパブリック トラフィックを拒否する SecuredByPerimeter）で、アカウントのパブリック エンドポイントがすべての通信を拒否し、データにはプライベート エンドポイント経由でしか到達できないことを確認します。このプロパティがない場合、パブリック アクセスはファイアウォール規則だけで制御されます。',
      urgency: '数週間以内に計画してください。データは認証で保護されていますが、アクセスをプライベートにするまで、漏えいしたキーや SAS トークンはインターネット上のどこからでも使えます。',
      risk: 'パブリック エンドポイントが開いていると、盗まれたアカウント キー、SAS トークン、Entra ID のトークンはどのネットワークからでも使え、アカウントはスキャンや攻撃者の基盤へのデータ持ち出しにさらされます。ファイアウォールの IP 規則で軽減できますが、範囲が広すぎたり古くなったりしがちです。',
      recommendation:
        '使用しているサブリソース（blob、file、dfs、queue、table、web）のプライベート エンドポイントをプライベート DNS ゾーンとともに作成し、クライアントを移行したうえで「パブリック ネットワーク アクセス」を無効にしてください。どうしてもパブリック アクセスが必要な場合は「選択した仮想ネットワークと IP アドレスから有効」とし、既定のアクションを拒否にします（azure-storage-default-network-access-deny）。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「ネットワーク」を選択します。',
        '「パブリック アクセス」で「パブリック ネットワーク アクセス」を「無効」にします。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --public-network-access Disabled',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  public_network_access_enabled = false\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-network-security',
    'https://learn.microsoft.com/azure/storage/common/storage-private-endpoints',
  ],
  evaluate(account) {
    const c = account.config;
    const v = c.publicNetworkAccess;
    const lower = String(v ?? '').toLowerCase();
    if (lower === 'disabled') {
      return pass({ en: `Storage account ${account.name} refuses all public network traffic.`, ja: `ストレージ アカウント ${account.name} はすべてのパブリック ネットワーク トラフィックを拒否します。` }, { publicNetworkAccess: v });
    }
    if (lower === 'securedbyperimeter') {
      return pass(
        { en: `Storage account ${account.name} leaves public access to its network security perimeter, which denies it unless a perimeter access rule allows it.`, ja: `ストレージ アカウント ${account.name} はパブリック アクセスをネットワーク セキュリティ境界に委ねており、境界のアクセス規則で許可されない限り拒否されます。` },
        { publicNetworkAccess: v },
      );
    }
    const evidence = { publicNetworkAccess: v ?? null, defaultAction: defaultAction(c), ipRules: c.networkRuleSet?.ipRules?.length ?? 0, approvedPrivateEndpoints: approvedEndpoints(c.privateEndpointConnections).length };
    return fail(
      defaultAction(c) === 'Deny'
        ? { en: `Storage account ${account.name} accepts public traffic from selected networks (${evidence.ipRules} IP rule(s)); public network access is not disabled.`, ja: `ストレージ アカウント ${account.name} は選択したネットワーク（IP 規則 ${evidence.ipRules} 件）からのパブリック トラフィックを受け付けます。パブリック ネットワーク アクセスが無効になっていません。` }
        : { en: `Storage account ${account.name} accepts traffic from all networks.`, ja: `ストレージ アカウント ${account.name} はすべてのネットワークからのトラフィックを受け付けます。` },
      evidence,
    );
  },
});
