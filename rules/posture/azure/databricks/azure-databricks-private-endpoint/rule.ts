import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type DatabricksWorkspaceConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<DatabricksWorkspaceConfig>({
  id: 'azure-databricks-private-endpoint',
  services: ['databricks'],
  title: {
    en: 'Azure Databricks workspaces are reached through approved private endpoints',
    ja: 'Azure Databricks ワークスペースに承認済みのプライベート エンドポイントがある',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.databricksWorkspace],
  requires: ['id', 'privateEndpointConnections'],
  frameworks: { 'cis-azure-6.0': ['2.1.11'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-17'], 'pci-dss-4.0': ['1.3.1'] },
  doc: {
    en: {
      description:
        'Checks that the workspace has at least one private endpoint connection in the Approved state (databricks_ui_api or browser_authentication), so users and services reach it over private IP addresses. Private Link requires the Premium tier and VNet injection.',
      urgency: 'Low urgency on its own: private endpoints are what allows public network access to be disabled afterwards, which removes the exposure.',
      risk: 'Without a private endpoint, every user and integration reaches the workspace over the internet, so the workspace cannot be closed to public networks and traffic to it cannot be kept on your private network.',
      recommendation:
        'Create a front-end private endpoint (sub-resource databricks_ui_api) in the virtual network your users and tools come from, a browser_authentication endpoint per region for web sign-in, and the privatelink.azuredatabricks.net private DNS zone; then disable public network access.',
      console: [
        'In the Azure portal, open the Azure Databricks workspace.',
        'Under "Settings", select "Networking", then "Private endpoint connections".',
        'Select "+ Private endpoint", choose the target sub-resource "databricks_ui_api", the virtual network and subnet, and integrate with a private DNS zone.',
        'Review and create, then approve the connection if it is pending.',
      ],
    },
    ja: {
      description:
        'ワークスペースに「承認済み」状態のプライベート エンドポイント接続（databricks_ui_api または browser_authentication）が 1 つ以上あり、ユーザーやサービスがプライベート IP アドレスで到達できることを確認します。Private Link には Premium レベルと VNet インジェクションが必要です。',
      urgency: '単独での緊急度は低めです。プライベート エンドポイントは、その後パブリック ネットワーク アクセスを無効にして露出をなくすための前提です。',
      risk: 'プライベート エンドポイントがないと、すべてのユーザーと連携先がインターネット経由でワークスペースに到達するため、ワークスペースをパブリック ネットワークから閉じられず、通信を自社のプライベート ネットワーク内に留めることもできません。',
      recommendation:
        'ユーザーやツールの接続元となる仮想ネットワークにフロントエンドのプライベート エンドポイント（サブリソース databricks_ui_api）を、Web サインイン用にリージョンごとに browser_authentication のエンドポイントを作成し、privatelink.azuredatabricks.net のプライベート DNS ゾーンを用意したうえで、パブリック ネットワーク アクセスを無効にしてください。',
      console: [
        'Azure portal で Azure Databricks ワークスペースを開きます。',
        '「設定」の「ネットワーク」を選択し、「プライベート エンドポイント接続」を開きます。',
        '「+ プライベート エンドポイント」を選択し、対象サブリソース「databricks_ui_api」、仮想ネットワークとサブネットを選び、プライベート DNS ゾーンと統合します。',
        '確認して作成し、接続が保留中であれば承認します。',
      ],
    },
  },
  remediation: {
    cli: 'az network private-endpoint create --name pe-WORKSPACE-ui --resource-group RESOURCE_GROUP --vnet-name VNET --subnet SUBNET \\\n  --private-connection-resource-id $(az databricks workspace show -n WORKSPACE -g RESOURCE_GROUP --query id -o tsv) \\\n  --group-id databricks_ui_api --connection-name WORKSPACE-ui',
    terraform: 'resource "azurerm_private_endpoint" "dbw_ui" {\n  name                = "pe-dbw-ui"\n  location            = azurerm_resource_group.example.location\n  resource_group_name = azurerm_resource_group.example.name\n  subnet_id           = azurerm_subnet.endpoints.id\n\n  private_service_connection {\n    name                           = "dbw-ui"\n    private_connection_resource_id = azurerm_databricks_workspace.example.id\n    subresource_names              = ["databricks_ui_api"]\n    is_manual_connection           = false\n  }\n}',
    bicep: "resource uiEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {\n  name: 'pe-${workspace.name}-ui'\n  location: location\n  properties: {\n    subnet: { id: endpointSubnetId }\n    privateLinkServiceConnections: [\n      {\n        name: 'databricks-ui'\n        properties: {\n          privateLinkServiceId: workspace.id\n          groupIds: [ 'databricks_ui_api' ]\n        }\n      }\n    ]\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/network/classic/private-link',
    'https://learn.microsoft.com/azure/databricks/security/network/front-end/front-end-private-connect',
  ],
  evaluate(ws) {
    const conns = ws.config.privateEndpointConnections ?? [];
    const state = (p: (typeof conns)[number]) => p.properties?.privateLinkServiceConnectionState?.status ?? 'unknown';
    const approved = conns.filter((p) => state(p).toLowerCase() === 'approved').map((p) => p.name ?? '(unnamed)');
    if (approved.length) {
      return pass({ en: `Databricks workspace ${ws.name} has ${approved.length} approved private endpoint connection(s).`, ja: `Databricks ワークスペース ${ws.name} には承認済みのプライベート エンドポイント接続が ${approved.length} 件あります。` }, { approved });
    }
    const others = conns.map((p) => `${p.name ?? '(unnamed)'} (${state(p)})`);
    return fail(
      others.length
        ? { en: `Databricks workspace ${ws.name} has no approved private endpoint connection (${others.join(', ')}).`, ja: `Databricks ワークスペース ${ws.name} には承認済みのプライベート エンドポイント接続がありません（${others.join(', ')}）。` }
        : { en: `Databricks workspace ${ws.name} has no private endpoint.`, ja: `Databricks ワークスペース ${ws.name} にはプライベート エンドポイントがありません。` },
      { connections: others },
    );
  },
});
