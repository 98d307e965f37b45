import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkSecurityGroupConfig } from '../../../../../src/providers/azure/model/index.js';
import { exposureOutcome, internetExposures } from '../nsg.js';

export const rule = defineRule<NetworkSecurityGroupConfig>({
  id: 'azure-network-nsg-rdp-not-public',
  services: ['network'],
  title: {
    en: 'Network security groups do not allow RDP (TCP 3389) from the internet',
    ja: 'ネットワーク セキュリティ グループ (NSG) がインターネットからの RDP (TCP 3389) を許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.networkSecurityGroup],
  requires: ['id', 'securityRules', 'subnets', 'networkInterfaces'],
  frameworks: {
    'cis-azure-6.0': ['7.1'],
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'AC-17', 'CM-7', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that no inbound security rule of the NSG lets TCP 3389 (RDP) in from the whole internet (source *, Internet, 0.0.0.0/0, ::/0 or prefixes adding up to it), after taking into account Deny rules of higher priority that block the same traffic. Port ranges and lists that include 3389 and the protocol * count; the default rules never allow it.',
      urgency: 'Act within days: internet-facing RDP is scanned and brute-forced continuously, and RDP vulnerabilities have allowed takeover without credentials.',
      risk: 'Anyone on the internet can attempt to sign in to the Windows VMs behind the NSG. Password spraying, stolen credentials or an unpatched RDP flaw give an attacker an interactive session on a VM inside your virtual network, from which they can move laterally, steal data or deploy ransomware.',
      recommendation:
        'Remove the rule or restrict its source to the specific addresses that need it. For administration, use Azure Bastion, Microsoft Defender for Cloud just-in-time VM access, or a VPN / ExpressRoute connection, so RDP is never reachable from the internet.',
      console: [
        'In the Azure portal, open "Network security groups" and select the NSG.',
        'Under "Settings", open "Inbound security rules" and select the rule named in the finding.',
        'Change "Source" to "IP Addresses" with only the administrative ranges that need access (or delete the rule), then click "Save".',
        'To administer VMs without an open port, deploy Azure Bastion in the virtual network or enable just-in-time VM access in Microsoft Defender for Cloud.',
      ],
    },
    ja: {
      description:
        'NSG の受信セキュリティ規則が、インターネット全体（送信元 *、Internet、0.0.0.0/0、::/0、またはそれらに相当するプレフィックスの組み合わせ）からの TCP 3389 (RDP) を許可していないことを確認します。同じ通信をブロックする優先度の高い拒否規則も考慮します。3389 を含むポート範囲やポートの一覧、プロトコル * も対象です。既定の規則がこれを許可することはありません。',
      urgency: '数日以内に対応してください。インターネットに公開された RDP は常にスキャンとブルート フォース攻撃を受けており、資格情報なしで乗っ取りが可能な RDP の脆弱性も過去に見つかっています。',
      risk: 'インターネット上の誰もが NSG の背後にある Windows VM へのサインインを試みることができます。パスワード スプレー、漏えいした資格情報、未修正の RDP の脆弱性により、攻撃者は仮想ネットワーク内の VM で対話型セッションを得て、横展開、データの窃取、ランサムウェアの展開を行うことができます。',
      recommendation:
        '規則を削除するか、送信元を必要な特定のアドレスに限定してください。管理作業には Azure Bastion、Microsoft Defender for Cloud の Just-In-Time VM アクセス、VPN または ExpressRoute 接続を使用し、RDP をインターネットから到達できない状態にします。',
      console: [
        'Azure portal で「ネットワーク セキュリティ グループ」を開き、対象の NSG を選択します。',
        '「設定」の「受信セキュリティ規則」を開き、検出結果に記載された規則を選択します。',
        '「ソース」を「IP アドレス」に変更してアクセスが必要な管理用のアドレス範囲のみを指定するか、規則を削除して「保存」をクリックします。',
        'ポートを開けずに VM を管理するには、仮想ネットワークに Azure Bastion をデプロイするか、Microsoft Defender for Cloud で Just-In-Time VM アクセスを有効にします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Restrict the rule to an administrative range (or delete it with `az network nsg rule delete`):',
      'az network nsg rule update --resource-group RG_NAME --nsg-name NSG_NAME --name RULE_NAME --source-address-prefixes 203.0.113.0/24',
    ].join('\n'),
    terraform: [
      'resource "azurerm_network_security_rule" "rdp_admin" {',
      '  name                        = "AllowRdpFromAdmin"',
      '  priority                    = 300',
      '  direction                   = "Inbound"',
      '  access                      = "Allow"',
      '  protocol                    = "Tcp"',
      '  source_port_range           = "*"',
      '  destination_port_range      = "3389"',
      '  source_address_prefix       = "203.0.113.0/24" # never "*", "Internet" or "0.0.0.0/0"',
      '  destination_address_prefix  = "VirtualNetwork"',
      '  resource_group_name         = azurerm_resource_group.example.name',
      '  network_security_group_name = azurerm_network_security_group.example.name',
      '}',
    ].join('\n'),
    bicep: [
      "resource rdpAdmin 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01' = {",
      '  parent: nsg',
      "  name: 'AllowRdpFromAdmin'",
      '  properties: {',
      '    priority: 300',
      "    direction: 'Inbound'",
      "    access: 'Allow'",
      "    protocol: 'Tcp'",
      "    sourcePortRange: '*'",
      "    destinationPortRange: '3389'",
      "    sourceAddressPrefix: '203.0.113.0/24' // never '*', 'Internet' or '0.0.0.0/0'",
      "    destinationAddressPrefix: 'VirtualNetwork'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/just-in-time-access-usage',
  ],
  evaluate(resource) {
    const exposures = internetExposures(resource.config.securityRules!, ['tcp'], [{ lo: 3389, hi: 3389 }]);
    return exposureOutcome(resource, exposures, { en: 'RDP (TCP 3389)', ja: 'RDP (TCP 3389)' });
  },
});
