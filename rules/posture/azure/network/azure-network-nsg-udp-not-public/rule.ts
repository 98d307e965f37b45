import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkSecurityGroupConfig } from '../../../../../src/providers/azure/model/index.js';
import { exposureOutcome, internetExposures, restrictRuleRemediation, RESTRICT_RULE_CONSOLE } from '../nsg.js';

export const rule = defineRule<NetworkSecurityGroupConfig>({
  id: 'azure-network-nsg-udp-not-public',
  services: ['network'],
  title: {
    en: 'Network security groups do not allow UDP from the internet',
    ja: 'ネットワーク セキュリティ グループ (NSG) がインターネットからの UDP を許可していない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.networkSecurityGroup],
  requires: ['id', 'securityRules', 'subnets', 'networkInterfaces'],
  frameworks: {
    'cis-azure-6.0': ['7.3'],
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'CM-7', 'SC-5', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that no inbound security rule of the NSG lets UDP traffic in from the whole internet (source *, Internet, 0.0.0.0/0, ::/0 or prefixes adding up to it) on any port, after taking into account Deny rules of higher priority. Rules with protocol * count as UDP too.',
      urgency: 'Fix within weeks unless the UDP service is meant to be public (a game server, a VoIP or VPN endpoint): exposed DNS, NTP, SNMP, SSDP or CLDAP services are found by internet-wide scans and abused quickly.',
      risk: 'UDP services such as DNS, NTP, SNMP, SSDP and CLDAP answer small spoofed requests with large replies, so an exposed VM can be used as an amplifier in reflection DDoS attacks against others (and your egress bill). The services themselves can also leak information (SNMP community strings, DNS zone data) or be exploited.',
      recommendation:
        'Remove the rule or restrict its source to the addresses that need the service. Publish UDP services that must be public deliberately, behind Azure DDoS Protection, and keep management and discovery protocols (SNMP, SSDP, NetBIOS) internal.',
      console: RESTRICT_RULE_CONSOLE.en,
    },
    ja: {
      description:
        'NSG の受信セキュリティ規則が、インターネット全体（送信元 *、Internet、0.0.0.0/0、::/0、またはそれらに相当するプレフィックスの組み合わせ）からの UDP 通信をいずれかのポートで許可していないことを確認します。優先度の高い拒否規則も考慮します。プロトコル * の規則も UDP として扱います。',
      urgency: 'UDP サービスを意図的に公開している場合（ゲーム サーバー、VoIP や VPN のエンドポイントなど）を除き、数週間以内に対応してください。公開された DNS、NTP、SNMP、SSDP、CLDAP のサービスはインターネット全体のスキャンで見つかり、すぐに悪用されます。',
      risk: 'DNS、NTP、SNMP、SSDP、CLDAP などの UDP サービスは、送信元を偽装した小さな要求に大きな応答を返すため、公開された VM は他者へのリフレクション型 DDoS 攻撃の増幅器として利用されるおそれがあります（送信データの料金も発生します）。サービス自体から情報（SNMP のコミュニティ文字列や DNS のゾーン データ）が漏れたり、脆弱性を突かれたりすることもあります。',
      recommendation:
        '規則を削除するか、送信元をサービスを必要とするアドレスに限定してください。公開が必要な UDP サービスは Azure DDoS Protection の背後で意図的に公開し、管理や探索のプロトコル (SNMP、SSDP、NetBIOS) は内部に閉じてください。',
      console: RESTRICT_RULE_CONSOLE.ja,
    },
  },
  remediation: restrictRuleRemediation('AllowDnsFromPartners', 'Udp', '53'),
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview',
  ],
  evaluate(resource) {
    const exposures = internetExposures(resource.config.securityRules!, ['udp']);
    return exposureOutcome(resource, exposures, { en: 'UDP', ja: 'UDP' });
  },
});
