import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';

/** IP rules that let the whole internet in despite a Deny default. */
const OPEN_RANGES = new Set(['0.0.0.0/0', '0.0.0.0', '::/0']);

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-firewall-default-deny',
  services: ['keyvault'],
  title: { en: 'Key vault firewalls deny access by default', ja: 'キー コンテナーのファイアウォールが既定でアクセスを拒否する' },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'properties'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.4'] },
  doc: {
    en: {
      description:
        'Checks that each key vault is not reachable from every network: either public network access is Disabled, or the firewall\'s default action (networkAcls.defaultAction) is Deny with no IP rule covering the whole internet. ARM leaves networkAcls out on a vault that was never given a firewall, which means allow all. This is the minimum that Defender for Cloud asks for ("Azure Key Vault should have firewall enabled or public network access disabled").',
      urgency: 'Fix this sprint: a vault open to all networks is one leaked credential away from having every secret read from anywhere on the internet.',
      risk: 'With the default action Allow, the vault\'s data plane accepts requests from any IP address: stolen tokens, client secrets or certificates of identities with access work from the attacker\'s own infrastructure, and nothing in the network layer limits where secrets can be read from.',
      recommendation: 'Prefer disabling public network access and using private endpoints. Where clients outside Azure virtual networks still need the vault, set the firewall default action to Deny, allow only the specific public IP ranges and subnets that need it, and keep "Allow trusted Microsoft services" only if a trusted service (for example Azure Disk Encryption or App Service certificates) needs it.',
      console: ['In the Azure portal, open the key vault and select Settings > Networking.', 'On "Firewalls and virtual networks", set "Allow access from" to "Allow public access from specific virtual networks and IP addresses" (or "Disable public access").', 'Add only the virtual networks and IP ranges that need access, then click "Apply".'],
    },
    ja: {
      description:
        '各キー コンテナーがすべてのネットワークから到達可能になっていないこと、つまりパブリック ネットワーク アクセスが Disabled であるか、ファイアウォールの既定のアクション (networkAcls.defaultAction) が Deny でインターネット全体を含む IP ルールがないことを確認します。ファイアウォールを一度も設定していないコンテナーでは ARM は networkAcls を返さず、これはすべて許可を意味します。Defender for Cloud が求める最低限の条件（「Azure Key Vault ではファイアウォールを有効にするか、パブリック ネットワーク アクセスを無効にする必要がある」）です。',
      urgency: '今のスプリント内に対応してください。すべてのネットワークに開かれたコンテナーは、資格情報が 1 つ漏えいするだけで、インターネット上のどこからでもすべてのシークレットを読み取られます。',
      risk: '既定のアクションが Allow だと、コンテナーのデータ プレーンは任意の IP アドレスからの要求を受け付けます。アクセス権を持つ ID の盗まれたトークン、クライアント シークレット、証明書が攻撃者自身の環境から使え、シークレットを読み取れる場所をネットワーク層で制限するものが何もありません。',
      recommendation: 'パブリック ネットワーク アクセスを無効にしてプライベート エンドポイントを使うことを優先してください。Azure の仮想ネットワーク外のクライアントがまだ必要とする場合は、ファイアウォールの既定のアクションを Deny にして、必要な特定のパブリック IP 範囲とサブネットだけを許可し、「信頼された Microsoft サービスを許可する」は信頼されたサービス（Azure Disk Encryption や App Service 証明書など）が必要とする場合だけ残してください。',
      console: ['Azure portal でキー コンテナーを開き、「設定」>「ネットワーク」を選択します。', '「ファイアウォールと仮想ネットワーク」で「アクセスを許可する」を「特定の仮想ネットワークと IP アドレスからのパブリック アクセスを許可する」（または「パブリック アクセスを無効にする」）に設定します。', 'アクセスが必要な仮想ネットワークと IP 範囲だけを追加し、「適用」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az keyvault update --resource-group <resource-group> --name <vault-name> --default-action Deny --bypass None\naz keyvault network-rule add --resource-group <resource-group> --name <vault-name> --ip-address 203.0.113.0/24',
    terraform: 'resource "azurerm_key_vault" "main" {\n  # ...\n  network_acls {\n    default_action             = "Deny"\n    bypass                     = "None"\n    ip_rules                   = ["203.0.113.0/24"]\n    virtual_network_subnet_ids = [azurerm_subnet.app.id]\n  }\n}',
    bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: vaultName\n  location: location\n  properties: {\n    // ...\n    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'None'\n      ipRules: [ { value: '203.0.113.0/24' } ]\n      virtualNetworkRules: [ { id: appSubnetId } ]\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/network-security', 'https://learn.microsoft.com/en-us/azure/key-vault/general/overview-vnet-service-endpoints'],
  evaluate(v) {
    const { publicNetworkAccess, networkAcls } = v.config.properties;
    if ((publicNetworkAccess ?? 'Enabled').toLowerCase() === 'disabled') {
      return pass({ en: `Key vault ${v.name} has public network access disabled.`, ja: `キー コンテナー ${v.name} はパブリック ネットワーク アクセスが無効です。` }, { publicNetworkAccess });
    }
    const defaultAction = networkAcls?.defaultAction ?? 'Allow';
    const openRules = (networkAcls?.ipRules ?? []).map((r) => r.value).filter((value) => OPEN_RANGES.has(value.trim()));
    const evidence = { publicNetworkAccess: publicNetworkAccess ?? 'Enabled', defaultAction, ipRules: networkAcls?.ipRules?.length ?? 0, virtualNetworkRules: networkAcls?.virtualNetworkRules?.length ?? 0, bypass: networkAcls?.bypass ?? 'AzureServices' };
    if (defaultAction.toLowerCase() !== 'deny') {
      return fail({ en: `Key vault ${v.name} accepts requests from all networks (firewall default action ${defaultAction}).`, ja: `キー コンテナー ${v.name} はすべてのネットワークからの要求を受け付けます（ファイアウォールの既定のアクション ${defaultAction}）。` }, evidence);
    }
    if (openRules.length) {
      return fail({ en: `Key vault ${v.name} denies by default, but its IP rule ${openRules.join(', ')} allows the whole internet.`, ja: `キー コンテナー ${v.name} は既定で拒否しますが、IP ルール ${openRules.join('、')} がインターネット全体を許可しています。` }, { ...evidence, openRules });
    }
    return pass({ en: `Key vault ${v.name} denies access by default and allows only listed networks.`, ja: `キー コンテナー ${v.name} は既定でアクセスを拒否し、指定したネットワークだけを許可しています。` }, evidence);
  },
});
