import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { approvedEndpoints } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-private-endpoint',
  services: ['storage'],
  title: {
    en: 'Storage accounts are reached through approved private endpoints',
    ja: 'ストレージ アカウントに承認済みのプライベート エンドポイントがある',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'privateEndpointConnections'],
  frameworks: { 'cis-azure-6.0': ['9.3.2.1'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-17'], 'pci-dss-4.0': ['1.3.1'] },
  doc: {
    en: {
      description:
        'Checks that the storage account has at least one private endpoint connection in the Approved state, so clients in your virtual networks reach it over a private IP address. Pending, rejected and disconnected connections do not count.',
      urgency: 'Low urgency on its own: a private endpoint is the building block that lets you then disable public network access, which is what removes the exposure.',
      risk: 'Without a private endpoint, clients in Azure and on-premises reach the account through its public endpoint, so the account cannot be closed to the internet, and data paths depend on public DNS and internet routing that are harder to control and monitor.',
      recommendation:
        'Create a private endpoint for each sub-resource your clients use (blob, file, dfs, queue, table, web) in the virtual networks that need them, link the privatelink.*.core.windows.net private DNS zones, then disable public network access.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Networking", then the "Private endpoints" tab.',
        'Select "+ Private endpoint", choose the target sub-resource (for example blob), the virtual network and subnet, and integrate with a private DNS zone.',
        'Review and create, then approve the connection if it is pending.',
      ],
    },
    ja: {
      description:
        'ストレージ アカウントに「承認済み」状態のプライベート エンドポイント接続が 1 つ以上あり、仮想ネットワーク内のクライアントがプライベート IP アドレスで到達できることを確認します。保留中、拒否、切断の接続は数えません。',
      urgency: '単独での緊急度は低めです。プライベート エンドポイントは、その後パブリック ネットワーク アクセスを無効にして露出をなくすための前提となる構成要素です。',
      risk: 'プライベート エンドポイントがないと、Azure 内やオンプレミスのクライアントはパブリック エンドポイント経由でアカウントに到達するため、アカウントをインターネットから閉じられず、データの経路が制御や監視の難しいパブリック DNS とインターネット ルーティングに依存します。',
      recommendation:
        'クライアントが使う各サブリソース（blob、file、dfs、queue、table、web）について、必要な仮想ネットワークにプライベート エンドポイントを作成し、privatelink.*.core.windows.net のプライベート DNS ゾーンをリンクしたうえで、パブリック ネットワーク アクセスを無効にしてください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「ネットワーク」を選択し、「プライベート エンドポイント」タブを開きます。',
        '「+ プライベート エンドポイント」を選択し、対象のサブリソース（例: blob）、仮想ネットワークとサブネットを選び、プライベート DNS ゾーンと統合します。',
        '確認して作成し、接続が保留中であれば承認します。',
      ],
    },
  },
  remediation: {
    cli: 'az network private-endpoint create --name pe-STORAGE_ACCOUNT-blob --resource-group RESOURCE_GROUP --vnet-name VNET --subnet SUBNET \\\n  --private-connection-resource-id $(az storage account show -n STORAGE_ACCOUNT -g RESOURCE_GROUP --query id -o tsv) \\\n  --group-id blob --connection-name STORAGE_ACCOUNT-blob',
    terraform: 'resource "azurerm_private_endpoint" "blob" {\n  name                = "pe-${azurerm_storage_account.example.name}-blob"\n  location            = azurerm_resource_group.example.location\n  resource_group_name = azurerm_resource_group.example.name\n  subnet_id           = azurerm_subnet.endpoints.id\n\n  private_service_connection {\n    name                           = "blob"\n    private_connection_resource_id = azurerm_storage_account.example.id\n    subresource_names              = ["blob"]\n    is_manual_connection           = false\n  }\n\n  private_dns_zone_group {\n    name                 = "blob"\n    private_dns_zone_ids = [azurerm_private_dns_zone.blob.id]\n  }\n}',
    bicep: "resource blobEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {\n  name: 'pe-${storage.name}-blob'\n  location: location\n  properties: {\n    subnet: { id: endpointSubnetId }\n    privateLinkServiceConnections: [\n      {\n        name: 'blob'\n        properties: {\n          privateLinkServiceId: storage.id\n          groupIds: [ 'blob' ]\n        }\n      }\n    ]\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-private-endpoints',
    'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
  ],
  evaluate(account) {
    const conns = account.config.privateEndpointConnections ?? [];
    const approved = approvedEndpoints(conns);
    if (approved.length) {
      return pass({ en: `Storage account ${account.name} has ${approved.length} approved private endpoint connection(s).`, ja: `ストレージ アカウント ${account.name} には承認済みのプライベート エンドポイント接続が ${approved.length} 件あります。` }, { approved });
    }
    const others = conns.map((p) => `${p.name ?? '(unnamed)'} (${p.privateLinkServiceConnectionState?.status ?? 'unknown'})`);
    return fail(
      others.length
        ? { en: `Storage account ${account.name} has no approved private endpoint connection (${others.join(', ')}).`, ja: `ストレージ アカウント ${account.name} には承認済みのプライベート エンドポイント接続がありません（${others.join(', ')}）。` }
        : { en: `Storage account ${account.name} has no private endpoint.`, ja: `ストレージ アカウント ${account.name} にはプライベート エンドポイントがありません。` },
      { connections: others },
    );
  },
});
