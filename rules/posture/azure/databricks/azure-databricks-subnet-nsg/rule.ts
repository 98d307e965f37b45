import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureUid, type DatabricksWorkspaceConfig, type VirtualNetworkConfig } from '../../../../../src/providers/azure/model/index.js';
import { injectedVnet, param } from '../workspace.js';

export const rule = defineRule<DatabricksWorkspaceConfig>({
  id: 'azure-databricks-subnet-nsg',
  services: ['databricks', 'network'],
  title: {
    en: 'The subnets of VNet-injected Databricks workspaces have network security groups',
    ja: 'VNet インジェクションを使う Databricks ワークスペースのサブネットにネットワーク セキュリティ グループ (NSG) がある',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.databricksWorkspace],
  reads: [AZURE_TYPES.virtualNetwork],
  // The injected VNet may live in another subscription.
  readsAcrossScopes: [AZURE_TYPES.virtualNetwork],
  requires: ['id', 'parameters'],
  frameworks: { 'cis-azure-6.0': ['2.1.2'], 'mcsb-1.0': ['NS-1'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1'] },
  doc: {
    en: {
      description:
        'For workspaces deployed in your own VNet, checks that both Databricks subnets (parameters.customPublicSubnetName and customPrivateSubnetName) have a network security group associated, reading the subnets from the virtual network. Workspaces in the Databricks-managed VNet are not applicable (see azure-databricks-vnet-injection).',
      urgency: 'Plan within weeks: Databricks normally requires these NSGs at deployment, so a missing one means the network was changed afterwards and cluster traffic is no longer filtered.',
      risk: 'Without an NSG on a Databricks subnet, nothing filters traffic to and from the cluster nodes at the subnet: other workloads in the VNet (or peered networks) can reach the nodes, and the nodes can reach anything routing allows.',
      recommendation:
        'Associate an NSG with both the host (public) and container (private) subnets, keeping the rules Azure Databricks manages, and add your own deny rules for traffic the workspace does not need. Use a policy to deny removing NSGs from these subnets.',
      console: [
        'In the Azure portal, open the virtual network used by the workspace and select "Subnets".',
        'Select each Databricks subnet (host/public and container/private).',
        'Under "Network security group", select the NSG for the workspace and select "Save".',
      ],
    },
    ja: {
      description:
        '自社の VNet にデプロイされたワークスペースについて、仮想ネットワークからサブネットを読み取り、Databricks の 2 つのサブネット（parameters.customPublicSubnetName と customPrivateSubnetName）にネットワーク セキュリティ グループ (NSG) が関連付けられていることを確認します。Databricks 管理の VNet のワークスペースは対象外です（azure-databricks-vnet-injection を参照）。',
      urgency: '数週間以内に計画してください。Databricks は通常デプロイ時にこれらの NSG を必須とするため、NSG がないのは後からネットワークが変更されたことを意味し、クラスターの通信はもうフィルタリングされていません。',
      risk: 'Databricks のサブネットに NSG がないと、サブネットでクラスター ノードとの通信を何もフィルタリングしません。VNet 内（やピアリングされたネットワーク）の他のワークロードがノードに到達でき、ノードはルーティングが許すあらゆる宛先に到達できます。',
      recommendation:
        'ホスト（パブリック）とコンテナー（プライベート）の両方のサブネットに NSG を関連付け、Azure Databricks が管理する規則は残したうえで、ワークスペースに不要な通信を拒否する独自の規則を追加してください。ポリシーでこれらのサブネットからの NSG の削除を拒否します。',
      console: [
        'Azure portal でワークスペースが使う仮想ネットワークを開き、「サブネット」を選択します。',
        'Databricks の各サブネット（ホスト/パブリックとコンテナー/プライベート）を選択します。',
        '「ネットワーク セキュリティ グループ」でワークスペース用の NSG を選び、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az network vnet subnet update --resource-group NETWORK_RG --vnet-name VNET --name snet-dbw-host --network-security-group NSG\naz network vnet subnet update --resource-group NETWORK_RG --vnet-name VNET --name snet-dbw-container --network-security-group NSG',
    terraform: 'resource "azurerm_subnet_network_security_group_association" "host" {\n  subnet_id                 = azurerm_subnet.host.id\n  network_security_group_id = azurerm_network_security_group.dbw.id\n}\n\nresource "azurerm_subnet_network_security_group_association" "container" {\n  subnet_id                 = azurerm_subnet.container.id\n  network_security_group_id = azurerm_network_security_group.dbw.id\n}',
    bicep: "resource hostSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-11-01' = {\n  parent: vnet\n  name: 'snet-dbw-host'\n  properties: {\n    addressPrefix: '10.20.1.0/24'\n    networkSecurityGroup: { id: nsg.id }\n    delegations: [ { name: 'databricks', properties: { serviceName: 'Microsoft.Databricks/workspaces' } } ]\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject#network-security-group-rules',
    'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
  ],
  evaluate(ws, ctx) {
    const vnetId = injectedVnet(ws.config);
    if (!vnetId) {
      return notApplicable({ en: `Databricks workspace ${ws.name} uses the Databricks-managed virtual network.`, ja: `Databricks ワークスペース ${ws.name} は Databricks 管理の仮想ネットワークを使用しています。` });
    }
    const vnet = ctx.byUid<VirtualNetworkConfig>(azureUid(vnetId));
    if (!vnet) {
      return notAssessed({ en: `Virtual network ${vnetId} of Databricks workspace ${ws.name} is not in the snapshot.`, ja: `Databricks ワークスペース ${ws.name} の仮想ネットワーク ${vnetId} がスナップショットにありません。` });
    }
    const names = [param(ws.config, 'customPublicSubnetName'), param(ws.config, 'customPrivateSubnetName')].filter((n): n is string => typeof n === 'string' && n !== '');
    const missing: string[] = [];
    const withNsg: Record<string, string> = {};
    for (const name of names) {
      const subnet = (vnet.config.subnets ?? []).find((s) => (s.name ?? '').toLowerCase() === name.toLowerCase());
      if (!subnet) {
        return notAssessed({ en: `Subnet ${name} of Databricks workspace ${ws.name} is not in virtual network ${vnet.name} in the snapshot.`, ja: `Databricks ワークスペース ${ws.name} のサブネット ${name} が、スナップショット内の仮想ネットワーク ${vnet.name} にありません。` });
      }
      const nsg = subnet.networkSecurityGroup?.id;
      if (nsg) withNsg[name] = nsg.split('/').pop() ?? nsg;
      else missing.push(name);
    }
    if (!names.length) {
      return notAssessed({ en: `Databricks workspace ${ws.name} does not report its subnet names.`, ja: `Databricks ワークスペース ${ws.name} はサブネット名を返していません。` });
    }
    if (missing.length) {
      return fail(
        { en: `Databricks workspace ${ws.name} has subnet(s) without a network security group: ${missing.join(', ')} (virtual network ${vnet.name}).`, ja: `Databricks ワークスペース ${ws.name} には NSG のないサブネットがあります: ${missing.join('、')}（仮想ネットワーク ${vnet.name}）。` },
        { virtualNetwork: vnetId, subnetsWithoutNsg: missing, nsgs: withNsg },
      );
    }
    return pass({ en: `Both subnets of Databricks workspace ${ws.name} have a network security group.`, ja: `Databricks ワークスペース ${ws.name} の両方のサブネットに NSG があります。` }, { virtualNetwork: vnetId, nsgs: withNsg });
  },
});
