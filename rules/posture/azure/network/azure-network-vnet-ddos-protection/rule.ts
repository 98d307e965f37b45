import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type VirtualNetworkConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<VirtualNetworkConfig>({
  id: 'azure-network-vnet-ddos-protection',
  services: ['network'],
  title: {
    en: 'Virtual networks are protected by Azure DDoS Network Protection',
    ja: '仮想ネットワークが Azure DDoS Network Protection で保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.virtualNetwork],
  requires: ['id', 'enableDdosProtection', 'ddosProtectionPlan'],
  frameworks: {
    'cis-azure-6.0': ['8.5'],
    'mcsb-1.0': ['NS-5'],
    'nist-800-53-r5': ['SC-5', 'SC-5(2)'],
  },
  doc: {
    en: {
      description:
        'Checks that the virtual network has DDoS protection enabled (enableDdosProtection, false when left out) with a DDoS protection plan associated. Without it, public endpoints in the network get only the infrastructure-level protection that every Azure customer shares.',
      urgency: 'Low urgency: decide per network. The plan has a large fixed monthly cost (one plan can cover many virtual networks across subscriptions of a tenant), so prioritise networks with internet-facing, business-critical workloads.',
      risk: 'Volumetric, protocol and resource-exhaustion attacks against the public IPs of the network can take the workloads offline. Without the plan there is no tuning to your traffic profile, no attack telemetry or alerts, no access to the DDoS Rapid Response team and no cost protection for the scale-out an attack triggers.',
      recommendation:
        'Create one DDoS protection plan (Network Protection) for the tenant and associate it with the virtual networks that host internet-facing workloads; for a few public IPs, DDoS IP Protection can be cheaper. Configure DDoS alerts and diagnostic logs for the protected public IPs.',
      console: [
        'In the Azure portal, open "DDoS protection plans" and create a plan if none exists.',
        'Open "Virtual networks", select the network, and under "Settings" open "DDoS protection".',
        'Select "Enable", choose the plan, and click "Save".',
      ],
    },
    ja: {
      description:
        '仮想ネットワークで DDoS 保護が有効（enableDdosProtection。値がない場合は false）で、DDoS 保護プランが関連付けられていることを確認します。これがないと、ネットワーク内のパブリック エンドポイントは、すべての Azure の顧客が共有するインフラストラクチャ レベルの保護しか受けられません。',
      urgency: '緊急度は低めです。ネットワークごとに判断してください。プランには大きな固定の月額費用がかかるため（1 つのプランでテナント内の複数のサブスクリプションにまたがる多くの仮想ネットワークを保護できます）、インターネットに面したビジネス上重要なワークロードのあるネットワークを優先します。',
      risk: 'ネットワークのパブリック IP に対する大量トラフィック型、プロトコル型、リソース枯渇型の攻撃により、ワークロードが停止するおそれがあります。プランがないと、自社の通信特性に合わせた調整、攻撃のテレメトリやアラート、DDoS 迅速対応チームへのアクセス、攻撃によるスケールアウト費用の補償が得られません。',
      recommendation:
        'テナントに DDoS 保護プラン (Network Protection) を 1 つ作成し、インターネットに面したワークロードのある仮想ネットワークに関連付けてください。パブリック IP が少数であれば DDoS IP Protection の方が安価な場合があります。保護対象のパブリック IP には DDoS のアラートと診断ログを設定します。',
      console: [
        'Azure portal で「DDoS 保護プラン」を開き、プランがなければ作成します。',
        '「仮想ネットワーク」を開いて対象のネットワークを選択し、「設定」の「DDoS 保護」を開きます。',
        '「有効にする」を選択してプランを選び、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az network vnet update --resource-group RG_NAME --name VNET_NAME --ddos-protection true --ddos-protection-plan DDOS_PLAN_ID',
    terraform: [
      'resource "azurerm_network_ddos_protection_plan" "tenant" {',
      '  name                = "ddos-plan"',
      '  location            = azurerm_resource_group.example.location',
      '  resource_group_name = azurerm_resource_group.example.name',
      '}',
      '',
      'resource "azurerm_virtual_network" "app" {',
      '  # ...',
      '  ddos_protection_plan {',
      '    id     = azurerm_network_ddos_protection_plan.tenant.id',
      '    enable = true',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource ddosPlan 'Microsoft.Network/ddosProtectionPlans@2024-05-01' = {",
      "  name: 'ddos-plan'",
      '  location: location',
      '}',
      '',
      "resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {",
      '  name: vnetName',
      '  location: location',
      '  properties: {',
      "    addressSpace: { addressPrefixes: [ '10.10.0.0/16' ] }",
      '    enableDdosProtection: true',
      '    ddosProtectionPlan: { id: ddosPlan.id }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview', 'https://learn.microsoft.com/en-us/azure/ddos-protection/manage-ddos-protection'],
  evaluate(resource) {
    const { enableDdosProtection, ddosProtectionPlan } = resource.config;
    const evidence = { enableDdosProtection: enableDdosProtection ?? false, ddosProtectionPlan: ddosProtectionPlan?.id?.split('/').pop() };
    if (enableDdosProtection === true && ddosProtectionPlan?.id) {
      return pass({ en: `Virtual network ${resource.name} is protected by DDoS protection plan ${evidence.ddosProtectionPlan}.`, ja: `仮想ネットワーク ${resource.name} は DDoS 保護プラン ${evidence.ddosProtectionPlan} で保護されています。` }, evidence);
    }
    return fail({ en: `Virtual network ${resource.name} is not protected by a DDoS Network Protection plan.`, ja: `仮想ネットワーク ${resource.name} は DDoS Network Protection プランで保護されていません。` }, evidence);
  },
});
