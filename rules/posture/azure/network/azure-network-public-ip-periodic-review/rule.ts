import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-network-public-ip-periodic-review',
  services: ['network'],
  title: {
    en: 'Public IP addresses are reviewed periodically',
    ja: 'パブリック IP アドレスを定期的に確認している',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-azure-6.0': ['7.7'],
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['CM-8', 'SC-7'],
    'pci-dss-4.0': ['1.4.1', '12.5.1'],
  },
  doc: {
    en: {
      description:
        'Confirm that someone reviews the public IP addresses of the subscription on a regular schedule: each address should still be needed, belong to a known owner, and front a resource protected by an NSG, Azure Firewall or a WAF. Whether an address is still needed is a judgement only its owner can make, so this is a manual check.',
      urgency: 'Low urgency: set up the review cadence (for example quarterly) and run the first review within the quarter.',
      risk: 'Forgotten public IPs (left attached to test VMs, old load balancers or unused NICs) are unmonitored entry points, and released addresses still referenced in DNS can be taken over. Attackers scan all of Azure\'s address space continuously, so anything reachable will be found.',
      recommendation:
        'Export the list of public IPs per subscription, confirm each with its owner, delete the ones no longer used, and check that the rest sit behind NSGs, Azure Firewall, Application Gateway WAF or Front Door. Consider an Azure Policy that restricts who can create public IPs, and external attack surface management to watch what is reachable.',
      console: [
        'In the Azure portal, open "Public IP addresses" and filter by subscription.',
        'Review each address: "Associated to" shows the resource using it; addresses with no association are candidates for deletion.',
        'For each associated address, confirm the owner and the protection in front of it (NSG, firewall, WAF), and record the review.',
      ],
    },
    ja: {
      description:
        'サブスクリプションのパブリック IP アドレスを誰かが定期的に確認していることを確かめます。各アドレスが引き続き必要で、所有者が明確であり、NSG、Azure Firewall、WAF で保護されたリソースの前にあることを確認します。アドレスがまだ必要かどうかは所有者にしか判断できないため、手動での確認になります。',
      urgency: '緊急度は低めです。確認の周期（例: 四半期ごと）を決め、この四半期のうちに最初の確認を実施してください。',
      risk: '忘れられたパブリック IP（テスト用 VM、古いロード バランサー、未使用の NIC に付いたままのもの）は監視されていない入口となり、解放後も DNS から参照されているアドレスは乗っ取られるおそれがあります。攻撃者は Azure のアドレス空間全体を常にスキャンしているため、到達可能なものは必ず見つかります。',
      recommendation:
        'サブスクリプションごとにパブリック IP の一覧を出力して所有者に確認し、使われていないものは削除し、残りが NSG、Azure Firewall、Application Gateway の WAF、Front Door の背後にあることを確認してください。パブリック IP を作成できるユーザーを制限する Azure Policy や、到達可能なものを監視する外部攻撃対象領域管理 (EASM) の導入も検討します。',
      console: [
        'Azure portal で「パブリック IP アドレス」を開き、サブスクリプションで絞り込みます。',
        '各アドレスを確認します。「関連付け先」に使用中のリソースが表示され、関連付けのないアドレスは削除の候補です。',
        '関連付けのある各アドレスについて、所有者と前段の保護（NSG、ファイアウォール、WAF）を確認し、確認の記録を残します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# List public IPs with what they are attached to; unattached ones have no ipConfiguration:',
      'az network public-ip list --query "[].{name:name, rg:resourceGroup, ip:ipAddress, attachedTo:ipConfiguration.id}" -o table',
      'az network public-ip delete --resource-group RG_NAME --name PIP_NAME',
    ].join('\n'),
    terraform: '# Manage public IPs only in code, with an owner tag, so unowned addresses stand out:\nresource "azurerm_public_ip" "web" {\n  name                = "pip-web"\n  location            = azurerm_resource_group.example.location\n  resource_group_name = azurerm_resource_group.example.name\n  allocation_method   = "Static"\n  sku                 = "Standard"\n  tags                = { owner = "web-team" }\n}',
    bicep: "resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {\n  name: 'pip-web'\n  location: location\n  sku: { name: 'Standard' }\n  tags: { owner: 'web-team' }\n  properties: { publicIPAllocationMethod: 'Static' }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses', 'https://learn.microsoft.com/en-us/azure/external-attack-surface-management/overview'],
});
