import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-public-network-access-disabled',
  services: ['keyvault'],
  title: { en: 'Key vaults have public network access disabled', ja: 'キー コンテナーでパブリック ネットワーク アクセスが無効になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'properties'],
  frameworks: { 'cis-azure-6.0': ['8.3.7'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.4'] },
  doc: {
    en: {
      description:
        'Checks that each key vault has publicNetworkAccess set to Disabled, so its data plane (vault.azure.net endpoint) is reachable only through private endpoints. ARM leaves the property out when it holds its default, Enabled. A vault that is Enabled with a firewall restricted to selected networks still fails here; the firewall rule covers that weaker state.',
      urgency: 'Fix within the month, after private endpoints are in place for every client: a vault answering on the internet lets stolen credentials be used from anywhere.',
      risk: 'With a public endpoint, an attacker who obtains a token or client secret of an identity allowed on the vault (phished developer, leaked pipeline credential) can read secrets and use keys from their own machine; the network gives no second line of defence, and the endpoint is exposed to credential stuffing and vulnerability probing.',
      recommendation: 'Create private endpoints for the vault in the networks of its clients, configure the privatelink.vaultcore.azure.net DNS zone, confirm that applications and pipelines (use self-hosted agents inside the network) work through them, then disable public network access. Enforce it for new vaults with the Azure Policy "Azure Key Vault should disable public network access".',
      console: ['In the Azure portal, open the key vault and select Settings > Networking.', 'On "Firewalls and virtual networks", set "Allow access from" to "Disable public access".', 'Click "Apply".'],
    },
    ja: {
      description:
        '各キー コンテナーの publicNetworkAccess が Disabled で、データ プレーン（vault.azure.net のエンドポイント）にプライベート エンドポイント経由でしか到達できないことを確認します。既定値 Enabled のとき ARM はこのプロパティを返しません。Enabled でファイアウォールを選択したネットワークに制限しているコンテナーもこのルールでは不合格とし、その弱い状態はファイアウォールのルールで確認します。',
      urgency: 'すべてのクライアント向けにプライベート エンドポイントを用意したうえで、1 か月以内に対応してください。インターネットで応答するコンテナーは、盗まれた資格情報をどこからでも使わせてしまいます。',
      risk: 'パブリック エンドポイントがあると、コンテナーへのアクセスを許可された ID のトークンやクライアント シークレットを入手した攻撃者（フィッシングされた開発者、漏えいしたパイプラインの資格情報など）が、自分のマシンからシークレットを読み取りキーを使用できます。ネットワークが第 2 の防御線にならず、エンドポイントは資格情報の総当たりや脆弱性の探索にもさらされます。',
      recommendation: 'クライアントのネットワークにコンテナーのプライベート エンドポイントを作成し、privatelink.vaultcore.azure.net の DNS ゾーンを構成して、アプリケーションとパイプライン（ネットワーク内のセルフホステッド エージェントを使用）がそれを経由して動作することを確認してから、パブリック ネットワーク アクセスを無効にしてください。新しいコンテナーには Azure Policy「Azure Key Vault でパブリック ネットワーク アクセスを無効にする必要がある」を適用してください。',
      console: ['Azure portal でキー コンテナーを開き、「設定」>「ネットワーク」を選択します。', '「ファイアウォールと仮想ネットワーク」で「アクセスを許可する」を「パブリック アクセスを無効にする」に設定します。', '「適用」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az keyvault update --resource-group <resource-group> --name <vault-name> --public-network-access Disabled',
    terraform: 'resource "azurerm_key_vault" "main" {\n  # ...\n  public_network_access_enabled = false\n}',
    bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: vaultName\n  location: location\n  properties: {\n    // ...\n    publicNetworkAccess: 'Disabled'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/network-security', 'https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service'],
  evaluate(v) {
    const access = v.config.properties.publicNetworkAccess ?? 'Enabled';
    const evidence = { publicNetworkAccess: access, firewallDefaultAction: v.config.properties.networkAcls?.defaultAction ?? 'Allow' };
    return access.toLowerCase() === 'disabled'
      ? pass({ en: `Key vault ${v.name} has public network access disabled.`, ja: `キー コンテナー ${v.name} はパブリック ネットワーク アクセスが無効です。` }, evidence)
      : fail(
          evidence.firewallDefaultAction.toLowerCase() === 'deny'
            ? { en: `Key vault ${v.name} accepts public network access from the networks its firewall allows.`, ja: `キー コンテナー ${v.name} は、ファイアウォールで許可したネットワークからのパブリック ネットワーク アクセスを受け付けます。` }
            : { en: `Key vault ${v.name} accepts public network access from all networks.`, ja: `キー コンテナー ${v.name} はすべてのネットワークからのパブリック ネットワーク アクセスを受け付けます。` },
          evidence,
        );
  },
});
