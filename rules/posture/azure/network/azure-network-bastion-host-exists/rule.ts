import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureUid, type BastionHostConfig, type SubscriptionConfig, type VirtualNetworkConfig } from '../../../../../src/providers/azure/model/index.js';

/** The (lower-case) id of the virtual network a Bastion host is deployed in. */
export function bastionNetwork(b: BastionHostConfig): string | undefined {
  const subnet = b.ipConfigurations?.find((c) => c.subnet?.id)?.subnet?.id;
  const id = subnet ? subnet.replace(/\/subnets\/[^/]+$/i, '') : b.virtualNetwork?.id;
  return id ? azureUid(id) : undefined;
}

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-network-bastion-host-exists',
  services: ['network'],
  title: {
    en: 'An Azure Bastion host gives access to the virtual networks of the subscription',
    ja: 'サブスクリプションの仮想ネットワークに Azure Bastion ホスト経由でアクセスできる',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.subscription],
  requires: ['subscriptionId'],
  reads: [AZURE_TYPES.bastionHost, AZURE_TYPES.virtualNetwork],
  readsAcrossScopes: [AZURE_TYPES.bastionHost],
  frameworks: {
    'cis-azure-6.0': ['8.4.1'],
    'nist-800-53-r5': ['AC-17', 'AC-17(2)', 'SC-7'],
  },
  doc: {
    en: {
      description:
        'Checks that a subscription with virtual networks has an Azure Bastion host, either in the subscription or in a hub virtual network that one of its networks is peered with (Bastion reaches VMs in peered networks). Subscriptions without virtual networks are not applicable.',
      urgency: 'Low urgency: Bastion is the safe alternative to opening RDP and SSH; plan it before anyone needs emergency access to a VM. The rules on open management ports flag the actual exposure.',
      risk: 'Without Bastion (or an equivalent private access path), administrators tend to give VMs public IP addresses and open RDP or SSH to the internet to reach them, exposing those ports to brute force and exploits and bypassing Entra ID sign-in controls.',
      recommendation:
        'Deploy Azure Bastion (Standard or Premium SKU for production; it needs an AzureBastionSubnet of /26 or larger) in each subscription or, in a hub-and-spoke design, in the hub network peered with the spokes. Then remove public IPs and internet-facing RDP/SSH rules from VMs.',
      console: [
        'In the Azure portal, open "Bastions" and click "Create".',
        'Select the subscription, resource group, region and the (hub) virtual network, create the AzureBastionSubnet if prompted, and choose the SKU.',
        'Click "Review + create" and then "Create". Connect to VMs from their "Connect" > "Bastion" page.',
      ],
    },
    ja: {
      description:
        '仮想ネットワークを持つサブスクリプションに、サブスクリプション内、またはそのネットワークがピアリングしているハブ仮想ネットワーク内に Azure Bastion ホストがあることを確認します（Bastion はピアリングされたネットワークの VM にも接続できます）。仮想ネットワークのないサブスクリプションは対象外です。',
      urgency: '緊急度は低めです。Bastion は RDP や SSH を開放する代わりとなる安全な手段であり、VM への緊急アクセスが必要になる前に計画してください。実際の露出は、管理ポートの開放に関する規則で検出されます。',
      risk: 'Bastion（または同等のプライベートなアクセス経路）がないと、管理者は VM に接続するためにパブリック IP アドレスを付与し、RDP や SSH をインターネットに開放しがちです。これらのポートがブルート フォース攻撃や脆弱性攻撃にさらされ、Entra ID のサインイン制御も迂回されます。',
      recommendation:
        'Azure Bastion（本番環境では Standard または Premium SKU。/26 以上の AzureBastionSubnet が必要）を各サブスクリプション、またはハブ アンド スポーク構成ではスポークとピアリングしたハブ ネットワークにデプロイしてください。そのうえで VM からパブリック IP とインターネット向けの RDP/SSH 規則を削除します。',
      console: [
        'Azure portal で「Bastion」を開き、「作成」をクリックします。',
        'サブスクリプション、リソース グループ、リージョン、（ハブ）仮想ネットワークを選択し、求められたら AzureBastionSubnet を作成して SKU を選びます。',
        '「確認および作成」、「作成」の順にクリックします。VM へは VM の「接続」>「Bastion」ページから接続します。',
      ],
    },
  },
  remediation: {
    cli: [
      'az network vnet subnet create --resource-group RG_NAME --vnet-name HUB_VNET --name AzureBastionSubnet --address-prefixes 10.0.254.0/26',
      'az network public-ip create --resource-group RG_NAME --name pip-bastion --sku Standard --location LOCATION',
      'az network bastion create --resource-group RG_NAME --name bas-hub --vnet-name HUB_VNET --public-ip-address pip-bastion --sku Standard --location LOCATION',
    ].join('\n'),
    terraform: [
      'resource "azurerm_bastion_host" "hub" {',
      '  name                = "bas-hub"',
      '  location            = azurerm_resource_group.hub.location',
      '  resource_group_name = azurerm_resource_group.hub.name',
      '  sku                 = "Standard"',
      '',
      '  ip_configuration {',
      '    name                 = "configuration"',
      '    subnet_id            = azurerm_subnet.bastion.id # named AzureBastionSubnet, /26 or larger',
      '    public_ip_address_id = azurerm_public_ip.bastion.id',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource bastion 'Microsoft.Network/bastionHosts@2024-05-01' = {",
      "  name: 'bas-hub'",
      '  location: location',
      "  sku: { name: 'Standard' }",
      '  properties: {',
      '    ipConfigurations: [',
      '      {',
      "        name: 'configuration'",
      '        properties: {',
      "          subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', hubVnetName, 'AzureBastionSubnet') }",
      '          publicIPAddress: { id: bastionPip.id }',
      '        }',
      '      }',
      '    ]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/bastion/bastion-overview', 'https://learn.microsoft.com/en-us/azure/bastion/vnet-peering'],
  evaluate(resource, ctx) {
    const sub = resource.config.subscriptionId;
    const account = resource.account;
    const networks = ctx.resources<VirtualNetworkConfig>(AZURE_TYPES.virtualNetwork, { account });
    if (!networks.length) {
      return notApplicable({ en: `Subscription ${sub} has no virtual networks.`, ja: `サブスクリプション ${sub} には仮想ネットワークがありません。` });
    }
    const own = ctx.resources<BastionHostConfig>(AZURE_TYPES.bastionHost, { account });
    if (own.length) {
      return pass(
        { en: `Subscription ${sub} has ${own.length} Bastion host(s): ${own.map((b) => b.name).join(', ')}.`, ja: `サブスクリプション ${sub} には Bastion ホストが ${own.length} 個あります: ${own.map((b) => b.name).join('、')}。` },
        { bastionHosts: own.map((b) => b.name) },
      );
    }
    // Hub-and-spoke: a Bastion host in a peered (hub) network reaches the VMs of this subscription.
    const hosted = new Map<string, string>();
    for (const b of ctx.resources<BastionHostConfig>(AZURE_TYPES.bastionHost)) {
      const net = bastionNetwork(b.config);
      if (net) hosted.set(net, b.name);
    }
    const viaPeering = networks.flatMap((n) =>
      (n.config.virtualNetworkPeerings ?? [])
        .filter((p) => (p.peeringState ?? 'Connected') === 'Connected' && p.remoteVirtualNetwork?.id && hosted.has(azureUid(p.remoteVirtualNetwork.id)))
        .map((p) => ({ network: n.name, hub: p.remoteVirtualNetwork!.id!.split('/').pop(), bastionHost: hosted.get(azureUid(p.remoteVirtualNetwork!.id!)) })),
    );
    if (viaPeering.length) {
      const first = viaPeering[0];
      return pass(
        {
          en: `Subscription ${sub} has no Bastion host of its own, but ${first.network} is peered with ${first.hub}, which hosts Bastion ${first.bastionHost}.`,
          ja: `サブスクリプション ${sub} には独自の Bastion ホストはありませんが、${first.network} が Bastion ${first.bastionHost} のある ${first.hub} とピアリングしています。`,
        },
        { viaPeering },
      );
    }
    return fail(
      {
        en: `Subscription ${sub} has ${networks.length} virtual network(s) but no Azure Bastion host, in the subscription or in a peered network.`,
        ja: `サブスクリプション ${sub} には仮想ネットワークが ${networks.length} 個ありますが、サブスクリプション内にもピアリング先のネットワークにも Azure Bastion ホストがありません。`,
      },
      { virtualNetworks: networks.map((n) => n.name) },
    );
  },
});
