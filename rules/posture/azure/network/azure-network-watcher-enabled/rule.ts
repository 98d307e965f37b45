import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkWatcherConfig, type SubscriptionConfig, type VirtualNetworkConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-network-watcher-enabled',
  services: ['network'],
  title: {
    en: 'Network Watcher is enabled in every region where the subscription has virtual networks',
    ja: 'サブスクリプションが仮想ネットワークを持つすべてのリージョンで Network Watcher が有効になっている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  requires: ['subscriptionId'],
  reads: [AZURE_TYPES.networkWatcher, AZURE_TYPES.virtualNetwork],
  frameworks: {
    'cis-azure-6.0': ['7.6'],
    'mcsb-1.0': ['LT-4'],
    'nist-800-53-r5': ['AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks that the subscription has a Network Watcher (provisioned successfully) in every region where it has a virtual network. Network Watcher is a per-subscription, per-region resource, and flow logs, connection troubleshooting, packet capture and topology all need it in the region of the network.',
      urgency: 'Fix within the month: nothing is exposed, but flow logging cannot be turned on in a region without a watcher, and you lose the tools you need during an incident.',
      risk: 'Without Network Watcher in a region, virtual network flow logs cannot be collected there, so traffic to and from its workloads goes unrecorded, and responders cannot run packet captures, next-hop or IP flow checks when investigating suspicious traffic.',
      recommendation:
        'Enable Network Watcher in each region that hosts virtual networks (Azure normally creates NetworkWatcher_<region> in NetworkWatcherRG automatically; it is missing when someone deleted it or opted the subscription out). Assign the built-in Azure Policy "Network Watcher should be enabled" to catch new regions.',
      console: [
        'In the Azure portal, open "Network Watcher" and select "Overview".',
        'Filter by the subscription, and for each region listed in the finding select it and choose "Enable network watcher".',
        'Confirm that NetworkWatcher_<region> appears in the NetworkWatcherRG resource group.',
      ],
    },
    ja: {
      description:
        'サブスクリプションが仮想ネットワークを持つすべてのリージョンに、正常にプロビジョニングされた Network Watcher があることを確認します。Network Watcher はサブスクリプションとリージョンごとのリソースで、フロー ログ、接続のトラブルシューティング、パケット キャプチャ、トポロジ表示はいずれもネットワークと同じリージョンの Network Watcher を必要とします。',
      urgency: '1 か月以内に対応してください。何かが公開されるわけではありませんが、Network Watcher のないリージョンではフロー ログを有効にできず、インシデント時に必要なツールも使えません。',
      risk: 'リージョンに Network Watcher がないと、そこで仮想ネットワーク フロー ログを収集できず、ワークロードとの通信が記録されません。不審な通信を調査する際に、パケット キャプチャ、次ホップ、IP フロー検証も実行できません。',
      recommendation:
        '仮想ネットワークがある各リージョンで Network Watcher を有効にしてください（通常は Azure が NetworkWatcherRG に NetworkWatcher_<リージョン> を自動作成します。存在しないのは、誰かが削除したか、サブスクリプションで自動作成を無効にした場合です）。新しいリージョンを検出できるよう、組み込みの Azure Policy「Network Watcher を有効にする必要がある」を割り当ててください。',
      console: [
        'Azure portal で「Network Watcher」を開き、「概要」を選択します。',
        'サブスクリプションで絞り込み、検出結果に記載された各リージョンを選択して「Network Watcher を有効にする」を選びます。',
        'NetworkWatcherRG リソース グループに NetworkWatcher_<リージョン> が表示されることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'az network watcher configure --resource-group NetworkWatcherRG --locations japaneast japanwest --enabled true',
    terraform: [
      'resource "azurerm_network_watcher" "japaneast" {',
      '  name                = "NetworkWatcher_japaneast"',
      '  location            = "japaneast"',
      '  resource_group_name = "NetworkWatcherRG"',
      '}',
    ].join('\n'),
    bicep: [
      "resource watcher 'Microsoft.Network/networkWatchers@2024-05-01' = {",
      "  name: 'NetworkWatcher_${location}'",
      '  location: location',
      '  properties: {}',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-create',
  ],
  evaluate(resource, ctx) {
    const sub = resource.config.subscriptionId;
    const account = resource.account;
    const used = [...new Set(ctx.resources<VirtualNetworkConfig>(AZURE_TYPES.virtualNetwork, { account }).map((v) => v.region.toLowerCase()))].sort();
    if (!used.length) {
      return notApplicable({ en: `Subscription ${sub} has no virtual networks.`, ja: `サブスクリプション ${sub} には仮想ネットワークがありません。` });
    }
    const watched = new Set(
      ctx
        .resources<NetworkWatcherConfig>(AZURE_TYPES.networkWatcher, { account })
        .filter((w) => (w.config.provisioningState ?? 'Succeeded') === 'Succeeded')
        .map((w) => w.region.toLowerCase()),
    );
    const missing = used.filter((r) => !watched.has(r));
    const evidence = { regionsWithVirtualNetworks: used, regionsWithoutNetworkWatcher: missing };
    if (!missing.length) {
      return pass(
        { en: `Network Watcher is enabled in every region with virtual networks (${used.join(', ')}).`, ja: `仮想ネットワークのあるすべてのリージョン（${used.join('、')}）で Network Watcher が有効です。` },
        evidence,
      );
    }
    return fail(
      {
        en: `Subscription ${sub} has virtual networks but no Network Watcher in: ${missing.join(', ')}.`,
        ja: `サブスクリプション ${sub} には、仮想ネットワークがあるのに Network Watcher のないリージョンがあります: ${missing.join('、')}。`,
      },
      evidence,
    );
  },
});
