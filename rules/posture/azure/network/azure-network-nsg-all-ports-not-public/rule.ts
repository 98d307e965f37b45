import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkSecurityGroupConfig } from '../../../../../src/providers/azure/model/index.js';
import { exposureOutcome, internetExposures, RESTRICT_RULE_CONSOLE } from '../nsg.js';

export const rule = defineRule<NetworkSecurityGroupConfig>({
  id: 'azure-network-nsg-all-ports-not-public',
  services: ['network'],
  title: {
    en: 'Network security groups do not allow every port from the internet',
    ja: 'ネットワーク セキュリティ グループ (NSG) がインターネットからすべてのポートへの通信を許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [AZURE_TYPES.networkSecurityGroup],
  requires: ['id', 'securityRules', 'subnets', 'networkInterfaces'],
  frameworks: {
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'CM-7', 'CM-7(1)', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that no inbound security rule of the NSG allows every TCP or UDP port (destination port * or 0-65535, protocol Tcp, Udp or *) from the whole internet (source *, Internet, 0.0.0.0/0, ::/0), unless Deny rules of higher priority block all of that traffic. Such a rule turns the NSG off for internet traffic.',
      urgency: 'Fix today: every service listening on the VMs behind the NSG, including management ports and databases, is reachable by anyone.',
      risk: 'An allow-all rule exposes whatever listens on the VMs now and whatever is installed later: RDP and SSH, database engines, container and orchestration APIs, debug servers. Internet-wide scanners find such hosts within hours, and one vulnerable or weakly authenticated service is enough for a compromise.',
      recommendation:
        'Delete the rule, or replace it with rules that open only the ports the workload serves, from the sources that need them. Rules like this are often left over from troubleshooting; if it was needed, find what failed and open only that.',
      console: RESTRICT_RULE_CONSOLE.en,
    },
    ja: {
      description:
        'NSG の受信セキュリティ規則が、インターネット全体（送信元 *、Internet、0.0.0.0/0、::/0）からのすべての TCP または UDP ポート（宛先ポート * または 0-65535、プロトコル Tcp、Udp、*）への通信を許可していないことを確認します。その通信をすべてブロックする優先度の高い拒否規則がある場合は除きます。このような規則は、インターネットからの通信に対して NSG を無効にするのと同じです。',
      urgency: '本日中に対応してください。NSG の背後にある VM で待ち受けているすべてのサービス（管理ポートやデータベースを含む）に誰でも到達できます。',
      risk: 'すべてを許可する規則は、現在 VM で待ち受けているもの、そして今後インストールされるもの（RDP や SSH、データベース エンジン、コンテナーやオーケストレーションの API、デバッグ サーバー）をすべて公開します。インターネット全体をスキャンするツールは数時間のうちにこうしたホストを見つけ、脆弱なサービスや認証の弱いサービスが 1 つあるだけで侵害につながります。',
      recommendation:
        '規則を削除するか、ワークロードが提供するポートだけを、それを必要とする送信元にのみ開く規則に置き換えてください。このような規則はトラブルシューティングの名残であることが多いため、必要だった場合は何が失敗していたのかを特定し、そのポートだけを開いてください。',
      console: RESTRICT_RULE_CONSOLE.ja,
    },
  },
  remediation: {
    cli: 'az network nsg rule delete --resource-group RG_NAME --nsg-name NSG_NAME --name RULE_NAME',
    terraform: [
      '# Open only the ports the workload serves, from the sources that need them:',
      'resource "azurerm_network_security_rule" "https" {',
      '  name                        = "AllowHttpsFromFrontDoor"',
      '  priority                    = 300',
      '  direction                   = "Inbound"',
      '  access                      = "Allow"',
      '  protocol                    = "Tcp"',
      '  source_port_range           = "*"',
      '  destination_port_range      = "443"',
      '  source_address_prefix       = "AzureFrontDoor.Backend"',
      '  destination_address_prefix  = "VirtualNetwork"',
      '  resource_group_name         = azurerm_resource_group.example.name',
      '  network_security_group_name = azurerm_network_security_group.example.name',
      '}',
    ].join('\n'),
    bicep: [
      '// Open only the ports the workload serves, from the sources that need them:',
      "resource https 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01' = {",
      '  parent: nsg',
      "  name: 'AllowHttpsFromFrontDoor'",
      '  properties: {',
      '    priority: 300',
      "    direction: 'Inbound'",
      "    access: 'Allow'",
      "    protocol: 'Tcp'",
      "    sourcePortRange: '*'",
      "    destinationPortRange: '443'",
      "    sourceAddressPrefix: 'AzureFrontDoor.Backend'",
      "    destinationAddressPrefix: 'VirtualNetwork'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview', 'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices'],
  evaluate(resource) {
    const exposures = internetExposures(resource.config.securityRules!, ['tcp', 'udp']).filter((e) => e.allPorts);
    return exposureOutcome(resource, exposures, { en: 'every port', ja: 'すべてのポートへの通信' });
  },
});
