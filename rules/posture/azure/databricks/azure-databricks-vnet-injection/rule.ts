import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type DatabricksWorkspaceConfig } from '../../../../../src/providers/azure/model/index.js';
import { injectedVnet } from '../workspace.js';

export const rule = defineRule<DatabricksWorkspaceConfig>({
  id: 'azure-databricks-vnet-injection',
  services: ['databricks'],
  title: {
    en: 'Azure Databricks workspaces are deployed in a customer-managed virtual network',
    ja: 'Azure Databricks ワークスペースが顧客管理の仮想ネットワークにデプロイされている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.databricksWorkspace],
  requires: ['id', 'parameters'],
  frameworks: { 'cis-azure-6.0': ['2.1.1'], 'mcsb-1.0': ['NS-1'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1'] },
  doc: {
    en: {
      description:
        'Checks that the workspace uses VNet injection (parameters.customVirtualNetworkId is set), so its clusters run in a virtual network you manage rather than in the Databricks-managed VNet of the managed resource group.',
      urgency: 'Plan within weeks: it is an architecture change (a workspace cannot simply be moved), but without it you cannot filter cluster egress, reach data privately or apply your own NSG rules.',
      risk: 'In the managed VNet, cluster traffic to the internet and to data sources cannot be routed through your firewall or inspected, private endpoints to your storage and databases cannot be used from the clusters, and a compromised notebook can exfiltrate data to any internet destination.',
      recommendation:
        'Deploy workspaces into a dedicated VNet with two delegated subnets (host/public and container/private) and NSGs, together with secure cluster connectivity (No Public IP). For existing workspaces, use the workspace network update (VNet migration) where available, or create a new VNet-injected workspace and migrate.',
      console: [
        'In the Azure portal, select "Create a resource" > "Azure Databricks".',
        'On the "Networking" tab, set "Deploy Azure Databricks workspace in your own Virtual Network (VNet)" to "Yes".',
        'Select the virtual network, and name or create the public and private subnets (with their NSGs).',
        'Review and create, then migrate notebooks, jobs and clusters from the old workspace.',
      ],
    },
    ja: {
      description:
        'ワークスペースが VNet インジェクション（parameters.customVirtualNetworkId が設定されている）を使い、クラスターがマネージド リソース グループ内の Databricks 管理の VNet ではなく、自社が管理する仮想ネットワークで実行されることを確認します。',
      urgency: '数週間以内に計画してください。アーキテクチャの変更（ワークスペースは単純に移動できません）ですが、これがないとクラスターの送信通信のフィルタリング、データへのプライベートな到達、独自の NSG ルールの適用ができません。',
      risk: '管理対象 VNet では、クラスターからインターネットやデータ ソースへの通信を自社のファイアウォール経由にしたり検査したりできず、クラスターからストレージやデータベースへのプライベート エンドポイントも使えません。侵害されたノートブックは任意のインターネット上の宛先へデータを持ち出せます。',
      recommendation:
        'ワークスペースは、委任された 2 つのサブネット（ホスト/パブリックとコンテナー/プライベート）と NSG を持つ専用の VNet に、セキュア クラスター接続（No Public IP）と併せてデプロイしてください。既存のワークスペースは、利用可能であればワークスペースのネットワーク更新（VNet の移行）を使うか、VNet インジェクションを使う新しいワークスペースを作成して移行します。',
      console: [
        'Azure portal で「リソースの作成」>「Azure Databricks」を選択します。',
        '「ネットワーク」タブで「独自の仮想ネットワーク (VNet) に Azure Databricks ワークスペースをデプロイする」を「はい」にします。',
        '仮想ネットワークを選択し、パブリック サブネットとプライベート サブネット（とその NSG）を指定または作成します。',
        '確認して作成し、古いワークスペースからノートブック、ジョブ、クラスターを移行します。',
      ],
    },
  },
  remediation: {
    cli: 'az databricks workspace create --name WORKSPACE --resource-group RESOURCE_GROUP --location LOCATION --sku premium \\\n  --vnet VNET_ID --public-subnet snet-dbw-host --private-subnet snet-dbw-container --enable-no-public-ip true',
    terraform: 'resource "azurerm_databricks_workspace" "example" {\n  name                = "dbw-analytics"\n  resource_group_name = azurerm_resource_group.example.name\n  location            = azurerm_resource_group.example.location\n  sku                 = "premium"\n\n  custom_parameters {\n    no_public_ip                                         = true\n    virtual_network_id                                   = azurerm_virtual_network.dbw.id\n    public_subnet_name                                   = azurerm_subnet.host.name\n    private_subnet_name                                  = azurerm_subnet.container.name\n    public_subnet_network_security_group_association_id  = azurerm_subnet_network_security_group_association.host.id\n    private_subnet_network_security_group_association_id = azurerm_subnet_network_security_group_association.container.id\n  }\n}',
    bicep: "resource workspace 'Microsoft.Databricks/workspaces@2024-05-01' = {\n  name: workspaceName\n  location: location\n  sku: { name: 'premium' }\n  properties: {\n    managedResourceGroupId: managedResourceGroupId\n    parameters: {\n      customVirtualNetworkId: { value: vnetId }\n      customPublicSubnetName: { value: 'snet-dbw-host' }\n      customPrivateSubnetName: { value: 'snet-dbw-container' }\n      enableNoPublicIp: { value: true }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject',
    'https://learn.microsoft.com/azure/databricks/security/network/',
  ],
  evaluate(ws) {
    const vnet = injectedVnet(ws.config);
    if (vnet) {
      return pass({ en: `Databricks workspace ${ws.name} runs its clusters in virtual network ${vnet.split('/').pop()}.`, ja: `Databricks ワークスペース ${ws.name} はクラスターを仮想ネットワーク ${vnet.split('/').pop()} で実行しています。` }, { customVirtualNetworkId: vnet });
    }
    return fail({ en: `Databricks workspace ${ws.name} runs its clusters in the Databricks-managed virtual network.`, ja: `Databricks ワークスペース ${ws.name} はクラスターを Databricks 管理の仮想ネットワークで実行しています。` }, { customVirtualNetworkId: null });
  },
});
