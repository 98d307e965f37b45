import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkSecurityGroupConfig } from '../../../../../src/providers/azure/model/index.js';
import { exposureOutcome, internetExposures, restrictRuleRemediation, RESTRICT_RULE_CONSOLE } from '../nsg.js';

export const rule = defineRule<NetworkSecurityGroupConfig>({
  id: 'azure-network-nsg-ssh-not-public',
  services: ['network'],
  title: {
    en: 'Network security groups do not allow SSH (TCP 22) from the internet',
    ja: 'ネットワーク セキュリティ グループ (NSG) がインターネットからの SSH (TCP 22) を許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.networkSecurityGroup],
  requires: ['id', 'securityRules', 'subnets', 'networkInterfaces'],
  frameworks: {
    'cis-azure-6.0': ['7.2'],
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'AC-17', 'CM-7', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that no inbound security rule of the NSG lets TCP 22 (SSH) in from the whole internet (source *, Internet, 0.0.0.0/0, ::/0 or prefixes adding up to it), after taking into account Deny rules of higher priority that block the same traffic. Port ranges and lists that include 22 and the protocol * count.',
      urgency: 'Act within days: SSH open to the internet receives automated password and key-guessing attempts within minutes of exposure.',
      risk: 'Anyone on the internet can attempt to log in to the Linux VMs behind the NSG. A weak or reused password, a leaked private key or an SSH daemon vulnerability gives an attacker a shell inside your virtual network, from which they can reach databases and other VMs that are not exposed themselves.',
      recommendation:
        'Remove the rule or restrict its source to the specific addresses that need it. Administer VMs through Azure Bastion, just-in-time VM access in Microsoft Defender for Cloud, or a VPN / ExpressRoute connection, and use Microsoft Entra ID sign-in for Linux VMs where possible.',
      console: [...RESTRICT_RULE_CONSOLE.en, 'To administer VMs without an open port, deploy Azure Bastion or enable just-in-time VM access in Microsoft Defender for Cloud.'],
    },
    ja: {
      description:
        'NSG の受信セキュリティ規則が、インターネット全体（送信元 *、Internet、0.0.0.0/0、::/0、またはそれらに相当するプレフィックスの組み合わせ）からの TCP 22 (SSH) を許可していないことを確認します。同じ通信をブロックする優先度の高い拒否規則も考慮します。22 を含むポート範囲やポートの一覧、プロトコル * も対象です。',
      urgency: '数日以内に対応してください。インターネットに公開された SSH には、公開から数分のうちにパスワードや鍵を推測する自動化された試行が届きます。',
      risk: 'インターネット上の誰もが NSG の背後にある Linux VM へのログインを試みることができます。弱いパスワードや使い回されたパスワード、漏えいした秘密鍵、SSH デーモンの脆弱性により、攻撃者は仮想ネットワーク内でシェルを取得し、それ自体は公開されていないデータベースや他の VM にも到達できます。',
      recommendation:
        '規則を削除するか、送信元を必要な特定のアドレスに限定してください。VM の管理には Azure Bastion、Microsoft Defender for Cloud の Just-In-Time VM アクセス、VPN または ExpressRoute 接続を使用し、可能であれば Linux VM への Microsoft Entra ID によるサインインを使用します。',
      console: [...RESTRICT_RULE_CONSOLE.ja, 'ポートを開けずに VM を管理するには、Azure Bastion をデプロイするか、Microsoft Defender for Cloud で Just-In-Time VM アクセスを有効にします。'],
    },
  },
  remediation: restrictRuleRemediation('AllowSshFromAdmin', 'Tcp', '22'),
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/just-in-time-access-usage',
  ],
  evaluate(resource) {
    const exposures = internetExposures(resource.config.securityRules!, ['tcp'], [{ lo: 22, hi: 22 }]);
    return exposureOutcome(resource, exposures, { en: 'SSH (TCP 22)', ja: 'SSH (TCP 22)' });
  },
});
