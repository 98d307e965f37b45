import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'deny-nic-public-ip',
  displayName: 'Network interfaces should not have public IPs',
  guid: '83a86a26-fd1f-447c-b59d-e51f44264114',
  definition: { en: 'Network interfaces should not have public IPs', ja: 'ネットワーク インターフェイスにはパブリック IP を含めない' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'The definition has no parameters: its effect is always Deny. Assign it at the management group of the workload (landing-zone) subscriptions, not at the connectivity subscription where gateways, firewalls and Azure Bastion legitimately hold public addresses.',
  ja: 'この定義にはパラメーターがなく、効果は常に Deny です。ゲートウェイ、ファイアウォール、Azure Bastion が正当にパブリック アドレスを持つ接続用サブスクリプションではなく、ワークロード（ランディング ゾーン）のサブスクリプションを含む管理グループに割り当てます。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-restrict-public-ips',
  intent: 'restrict-public-ips',
  title: {
    en: 'Azure Policy denies public IP addresses on network interfaces',
    ja: 'Azure Policy でネットワーク インターフェイスへのパブリック IP アドレスの付与を拒否している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['NS-1', 'NS-3'], 'nist-800-53-r5': ['SC-7', 'SC-7(5)'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that "Network interfaces should not have public IPs" (always Deny) applies to the subscription, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode, so virtual machines cannot get a public address directly.',
      urgency:
        'Plan it within weeks: each VM given a public IP is reachable from the internet as soon as an NSG rule is loosened, and the guardrail is far cheaper than reviewing every NSG change.',
      risk:
        'A public IP on a VM network interface puts the machine on the internet, guarded only by its network security group: one rule opening RDP or SSH to "Any" (a common troubleshooting shortcut) exposes it to the password spraying and exploit scanning that start within minutes, and traffic bypasses the central firewall and its logging.',
      recommendation:
        'Assign the definition at the management group of the workload subscriptions. Publish services through Azure Load Balancer, Application Gateway or Front Door, and give administrators Azure Bastion or just-in-time access instead of public IPs; grant exemptions only for reviewed appliances.',
      console: steps.en,
    },
    ja: {
      description:
        '「ネットワーク インターフェイスにはパブリック IP を含めない」（効果は常に Deny）が、サブスクリプション自体または上位の管理グループへの割り当てにより適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。これにより、仮想マシンにパブリック アドレスを直接付与できなくなります。',
      urgency:
        '数週間以内に計画してください。パブリック IP を持つ VM は NSG ルールを 1 つ緩めただけでインターネットから到達可能になります。すべての NSG 変更をレビューするより、ガードレールのほうがはるかに低コストです。',
      risk:
        'VM のネットワーク インターフェイスにパブリック IP があると、そのマシンはネットワーク セキュリティ グループ (NSG) だけに守られてインターネット上に置かれます。トラブルシューティングでよく行われるように RDP や SSH を「任意」に開くルールが 1 つあるだけで、数分以内に始まるパスワード スプレー攻撃や脆弱性スキャンにさらされ、通信は集約ファイアウォールとそのログを迂回します。',
      recommendation:
        'ワークロードのサブスクリプションを含む管理グループでこの定義を割り当ててください。サービスは Azure Load Balancer、Application Gateway、Front Door を通して公開し、管理者にはパブリック IP の代わりに Azure Bastion や Just-In-Time アクセスを使わせます。適用除外はレビュー済みのアプライアンスに限って認めます。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/policy-reference',
    'https://learn.microsoft.com/en-us/azure/cloud-adoption-framework/ready/azure-best-practices/plan-for-inbound-and-outbound-internet-connectivity',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
  ],
});
