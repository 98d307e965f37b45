import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type VirtualNetworkConfig } from '../../../../../src/providers/azure/model/index.js';

/** Subnets that must not or cannot carry an NSG (gateway, firewall and route server subnets). */
export const SUBNETS_WITHOUT_NSG = new Set(['gatewaysubnet', 'azurefirewallsubnet', 'azurefirewallmanagementsubnet', 'routeserversubnet']);

export const rule = defineRule<VirtualNetworkConfig>({
  id: 'azure-network-subnet-nsg-associated',
  services: ['network'],
  title: {
    en: 'Every subnet of a virtual network is associated with a network security group',
    ja: '仮想ネットワークのすべてのサブネットがネットワーク セキュリティ グループ (NSG) に関連付けられている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.virtualNetwork],
  requires: ['id', 'subnets'],
  frameworks: {
    'cis-azure-6.0': ['7.11'],
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'SC-7'],
    'pci-dss-4.0': ['1.3.1', '1.4.1'],
  },
  doc: {
    en: {
      description:
        'Checks that each subnet of the virtual network has a network security group. GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet and RouteServerSubnet are skipped, because Azure does not support an NSG on them; AzureBastionSubnet and application gateway subnets are included (both support one).',
      urgency: 'Fix within the month: nothing may be exposed today, but the next VM or NIC without its own NSG placed in the subnet will have no filtering at all.',
      risk: 'A subnet without an NSG filters nothing between its workloads, the rest of the virtual network and peered networks, and a resource given a public IP there is reachable on every port. Segmentation then depends on each NIC having been configured correctly, which is easy to get wrong.',
      recommendation:
        'Associate an NSG with every subnet, with rules that allow only the flows the subnet needs (deny-by-default between tiers), and enforce it with the built-in Azure Policy "Subnets should be associated with a Network Security Group". For AzureBastionSubnet, use the NSG rules documented for Azure Bastion.',
      console: [
        'In the Azure portal, open "Virtual networks" and select the network.',
        'Under "Settings", open "Subnets" and select a subnet listed in the finding.',
        'Under "Network security group", choose the NSG for that subnet and click "Save".',
      ],
    },
    ja: {
      description:
        '仮想ネットワークの各サブネットにネットワーク セキュリティ グループがあることを確認します。GatewaySubnet、AzureFirewallSubnet、AzureFirewallManagementSubnet、RouteServerSubnet は Azure が NSG をサポートしないため除外します。AzureBastionSubnet と Application Gateway のサブネットは NSG をサポートするため対象に含めます。',
      urgency: '1 か月以内に対応してください。現時点で何かが公開されているとは限りませんが、独自の NSG を持たない VM や NIC が次にサブネットに置かれると、まったくフィルタリングされません。',
      risk: 'NSG のないサブネットでは、ワークロード、仮想ネットワークの他の部分、ピアリングされたネットワークとの間の通信が一切フィルタリングされず、そこでパブリック IP を付与されたリソースはすべてのポートで到達可能になります。セグメント化が各 NIC の設定の正しさに依存することになり、設定ミスが起きやすくなります。',
      recommendation:
        'すべてのサブネットに NSG を関連付け、サブネットに必要な通信だけを許可する規則（層の間は既定で拒否）を設定し、組み込みの Azure Policy「サブネットはネットワーク セキュリティ グループに関連付けられている必要がある」で徹底してください。AzureBastionSubnet には Azure Bastion のドキュメントに記載された NSG 規則を使用します。',
      console: [
        'Azure portal で「仮想ネットワーク」を開き、対象のネットワークを選択します。',
        '「設定」の「サブネット」を開き、検出結果に記載されたサブネットを選択します。',
        '「ネットワーク セキュリティ グループ」でそのサブネット用の NSG を選び、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az network vnet subnet update --resource-group RG_NAME --vnet-name VNET_NAME --name SUBNET_NAME --network-security-group NSG_NAME',
    terraform: [
      'resource "azurerm_subnet_network_security_group_association" "app" {',
      '  subnet_id                 = azurerm_subnet.app.id',
      '  network_security_group_id = azurerm_network_security_group.app.id',
      '}',
    ].join('\n'),
    bicep: [
      "resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {",
      '  name: vnetName',
      '  location: location',
      '  properties: {',
      "    addressSpace: { addressPrefixes: [ '10.10.0.0/16' ] }",
      '    subnets: [',
      '      {',
      "        name: 'snet-app'",
      "        properties: { addressPrefix: '10.10.1.0/24', networkSecurityGroup: { id: nsg.id } }",
      '      }',
      '    ]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-nsg',
  ],
  evaluate(resource) {
    const subnets = (resource.config.subnets ?? []).filter((s) => !SUBNETS_WITHOUT_NSG.has((s.name ?? s.id?.split('/').pop() ?? '').toLowerCase()));
    if (!subnets.length) {
      return notApplicable({ en: `Virtual network ${resource.name} has no subnets that take an NSG.`, ja: `仮想ネットワーク ${resource.name} には NSG を関連付けられるサブネットがありません。` });
    }
    const missing = subnets.filter((s) => !s.networkSecurityGroup?.id).map((s) => s.name ?? s.id?.split('/').pop() ?? '?');
    const evidence = { subnetsChecked: subnets.length, subnetsWithoutNsg: missing };
    if (!missing.length) {
      return pass({ en: `Every subnet of ${resource.name} has an NSG.`, ja: `${resource.name} のすべてのサブネットに NSG があります。` }, evidence);
    }
    return fail(
      { en: `${missing.length} subnet(s) of ${resource.name} have no NSG: ${missing.join(', ')}.`, ja: `${resource.name} の ${missing.length} 個のサブネットに NSG がありません: ${missing.join('、')}。` },
      evidence,
    );
  },
});
