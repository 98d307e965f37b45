import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-servers-plan-on',
  plan: DEFENDER_PLANS.servers,
  label: { en: 'Servers', ja: 'サーバー' },
  subPlan: 'P2',
  title: { en: 'Microsoft Defender for Servers is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for Servers がオンになっている' },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'cis-azure-6.0': ['8.1.3.1'], 'mcsb-1.0': ['LT-1', 'ES-1'], 'nist-800-53-r5': ['SI-4', 'RA-5'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-servers-overview', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/plan-defender-for-servers'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Servers plan (pricing VirtualMachines, Plan 1 or Plan 2) is set to Standard on the subscription. It brings Microsoft Defender for Endpoint (EDR), vulnerability assessment and, with Plan 2, agentless scanning, file integrity monitoring and just-in-time VM access to the subscription\'s VMs and Arc-enabled machines.',
      urgency: 'Fix this sprint: VMs are where ransomware, crypto-miners and hands-on-keyboard attackers land, and without this plan there is no EDR or threat detection on them at all.',
      risk: 'A VM compromised through an exposed RDP port or an unpatched web server can run credential dumping tools, a crypto-miner or ransomware for weeks without a single alert, because no sensor watches its processes and nothing correlates its behaviour with known attacks.',
      recommendation:
        'Turn on Defender for Servers (Plan 2 where you need agentless scanning and file integrity monitoring, Plan 1 at least), keep the Defender for Endpoint integration on, and assign the plan through a policy at the management group so new subscriptions are covered from day one.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for Servers プラン（価格名 VirtualMachines、プラン 1 またはプラン 2）が Standard に設定されていることを確認します。サブスクリプションの VM と Arc 対応マシンに、Microsoft Defender for Endpoint（EDR）と脆弱性評価、プラン 2 ではエージェントレス スキャン、ファイル整合性監視、Just-In-Time VM アクセスを提供します。',
      urgency: '今のスプリント内に対応してください。VM はランサムウェア、暗号通貨マイナー、手動操作の攻撃者が最初に侵入する場所であり、このプランがなければ EDR も脅威検出もまったく働きません。',
      risk: '公開された RDP ポートやパッチ未適用の Web サーバーから侵害された VM で、資格情報のダンプ ツール、暗号通貨マイナー、ランサムウェアが何週間も実行されても、プロセスを監視するセンサーも既知の攻撃と照合する仕組みもないため、アラートは 1 件も出ません。',
      recommendation:
        'Defender for Servers をオンにし（エージェントレス スキャンとファイル整合性監視が必要ならプラン 2、少なくともプラン 1）、Defender for Endpoint との統合もオンのままにしてください。管理グループへのポリシー割り当てで有効化すれば、新しいサブスクリプションも初日から保護されます。',
    },
  },
});
