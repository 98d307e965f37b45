import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-resource-manager-plan-on',
  plan: DEFENDER_PLANS.resourceManager,
  label: { en: 'Resource Manager', ja: 'Resource Manager' },
  subPlan: 'PerSubscription',
  title: { en: 'Microsoft Defender for Resource Manager is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for Resource Manager がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.9.1'], 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-4', 'AU-6'], 'pci-dss-4.0': ['10.4.1.1', '11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-resource-manager-introduction'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Resource Manager plan (pricing Arm) is set to Standard on the subscription. It analyses every management operation on the subscription (portal, CLI, REST, templates) and alerts on toolkits such as MicroBurst, suspicious role assignments, operations from malicious IPs, disabling of security controls and lateral movement from the subscription.',
      urgency: 'Fix within the month: the control plane is where a stolen administrator session does its damage, and this plan is the detection for it.',
      risk: 'Without the plan, an attacker with a stolen Owner or Contributor token can enumerate the subscription with an exploitation toolkit, grant a backdoor role assignment, run commands on VMs through the Run Command API or disable diagnostics, and nothing flags these operations as an attack.',
      recommendation: 'Turn on Defender for Resource Manager for every subscription (it is priced per subscription), and route its alerts to the SOC with high priority: they often mean an administrative identity is compromised.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for Resource Manager プラン（価格名 Arm）が Standard に設定されていることを確認します。サブスクリプションに対するすべての管理操作（ポータル、CLI、REST、テンプレート）を分析し、MicroBurst などの攻撃ツールキット、不審なロール割り当て、悪意ある IP からの操作、セキュリティ制御の無効化、サブスクリプションからの横展開を通知します。',
      urgency: '1 か月以内に対応してください。盗まれた管理者セッションが被害をもたらすのはコントロール プレーンであり、その検出を担うのがこのプランです。',
      risk: 'このプランがないと、盗まれた所有者や共同作成者のトークンを持つ攻撃者が攻撃ツールキットでサブスクリプションを列挙し、バックドアとなるロール割り当てを追加し、Run Command API で VM 上のコマンドを実行し、診断設定を無効化しても、これらの操作を攻撃として知らせるものは何もありません。',
      recommendation: 'すべてのサブスクリプションで Defender for Resource Manager をオンにし（サブスクリプション単位の課金です）、アラートを高い優先度で SOC に送ってください。多くの場合、管理権限を持つ ID が侵害されていることを意味します。',
    },
  },
});
