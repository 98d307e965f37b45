import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-private-endpoint-used',
  services: ['keyvault'],
  title: { en: 'Key vaults are reached through an approved private endpoint', ja: 'キー コンテナーに承認済みのプライベート エンドポイント経由でアクセスしている' },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'properties'],
  frameworks: { 'cis-azure-6.0': ['8.3.8'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.4.4'] },
  doc: {
    en: {
      description:
        'Checks that each key vault has at least one private endpoint connection in state Approved, so clients in your virtual networks reach it over Private Link. Pending, rejected or disconnected connections do not count.',
      urgency: 'Plan it with the network team: a private endpoint is the prerequisite for turning public access off, which is where the exposure actually closes.',
      risk: 'Without a private endpoint, every client reaches the vault over its public endpoint, so public access cannot be disabled without an outage and the vault stays reachable with stolen credentials from anywhere the firewall allows.',
      recommendation: 'Create a private endpoint (group id "vault") in each virtual network whose workloads use the vault, link the privatelink.vaultcore.azure.net private DNS zone to those networks, approve the connection, and then disable public network access.',
      console: ['In the Azure portal, open the key vault and select Settings > Networking > "Private endpoint connections".', 'Click "+ Create", choose the virtual network and subnet, target sub-resource "vault", and integrate with the private DNS zone.', 'Check that the connection state is Approved.'],
    },
    ja: {
      description:
        '各キー コンテナーに、状態が Approved のプライベート エンドポイント接続が 1 つ以上あり、仮想ネットワーク内のクライアントが Private Link 経由でアクセスしていることを確認します。保留中、拒否済み、切断済みの接続は数えません。',
      urgency: 'ネットワーク チームと計画してください。プライベート エンドポイントは、実際に露出を塞ぐパブリック アクセスの無効化の前提条件です。',
      risk: 'プライベート エンドポイントがないと、すべてのクライアントがパブリック エンドポイント経由でコンテナーにアクセスするため、障害を起こさずにパブリック アクセスを無効にできず、ファイアウォールが許す範囲のどこからでも盗まれた資格情報でアクセスできる状態が続きます。',
      recommendation: 'コンテナーを使うワークロードがある各仮想ネットワークにプライベート エンドポイント（グループ ID「vault」）を作成し、privatelink.vaultcore.azure.net のプライベート DNS ゾーンをそれらのネットワークにリンクして接続を承認してから、パブリック ネットワーク アクセスを無効にしてください。',
      console: ['Azure portal でキー コンテナーを開き、「設定」>「ネットワーク」>「プライベート エンドポイント接続」を選択します。', '「+ 作成」をクリックし、仮想ネットワークとサブネット、対象サブリソース「vault」を選択して、プライベート DNS ゾーンと統合します。', '接続の状態が「承認済み」であることを確認します。'],
    },
  },
  remediation: {
    cli: 'az network private-endpoint create --resource-group <resource-group> --name pe-<vault-name> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id $(az keyvault show --name <vault-name> --query id -o tsv) --group-id vault --connection-name <vault-name>-plink',
    terraform: 'resource "azurerm_private_endpoint" "kv" {\n  name                = "pe-kv-app-prod"\n  location            = azurerm_resource_group.network.location\n  resource_group_name = azurerm_resource_group.network.name\n  subnet_id           = azurerm_subnet.private_endpoints.id\n\n  private_service_connection {\n    name                           = "kv-app-prod"\n    private_connection_resource_id = azurerm_key_vault.main.id\n    subresource_names              = ["vault"]\n    is_manual_connection           = false\n  }\n\n  private_dns_zone_group {\n    name                 = "vault"\n    private_dns_zone_ids = [azurerm_private_dns_zone.vault.id]\n  }\n}',
    bicep: "resource pe 'Microsoft.Network/privateEndpoints@2024-01-01' = {\n  name: 'pe-${vault.name}'\n  location: location\n  properties: {\n    subnet: { id: subnetId }\n    privateLinkServiceConnections: [\n      {\n        name: vault.name\n        properties: {\n          privateLinkServiceId: vault.id\n          groupIds: [ 'vault' ]\n        }\n      }\n    ]\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service', 'https://learn.microsoft.com/en-us/azure/private-link/private-endpoint-overview'],
  evaluate(v) {
    const connections = v.config.properties.privateEndpointConnections ?? [];
    const approved = connections.filter((c) => c.privateLinkServiceConnectionState?.status?.toLowerCase() === 'approved');
    if (approved.length) {
      return pass(
        { en: `Key vault ${v.name} has ${approved.length} approved private endpoint connection(s).`, ja: `キー コンテナー ${v.name} には承認済みのプライベート エンドポイント接続が ${approved.length} 件あります。` },
        { approved: approved.map((c) => c.privateEndpoint?.id ?? c.id) },
      );
    }
    return fail(
      connections.length
        ? { en: `Key vault ${v.name} has private endpoint connections, but none is approved.`, ja: `キー コンテナー ${v.name} にはプライベート エンドポイント接続がありますが、承認済みのものはありません。` }
        : { en: `Key vault ${v.name} has no private endpoint.`, ja: `キー コンテナー ${v.name} にはプライベート エンドポイントがありません。` },
      { connections: connections.map((c) => ({ endpoint: c.privateEndpoint?.id ?? c.id, status: c.privateLinkServiceConnectionState?.status })) },
    );
  },
});
