import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-nsg-flow-logs-to-log-analytics',
  services: ['network'],
  title: {
    en: 'NSG flow logs are captured and sent to Log Analytics',
    ja: 'NSG フロー ログを取得して Log Analytics に送信している',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-azure-6.0': ['6.1.1.5'],
    'mcsb-1.0': ['LT-4'],
    'nist-800-53-r5': ['AU-12', 'SI-4'],
  },
  doc: {
    en: {
      description:
        'Confirm that, where network security group flow logs are still used, they are enabled for the NSGs in front of important workloads and that traffic analytics sends them to a Log Analytics workspace. NSG flow logs are being retired (no new ones since June 2025, retirement in September 2027) in favour of virtual network flow logs, so which NSGs still need them, and for how long, is a migration decision: a manual check.',
      urgency:
        'Low urgency: flow logs add network visibility for investigations; plan the move to virtual network flow logs rather than extending NSG flow logs.',
      risk: 'Without flow records in Log Analytics, responders cannot tell which hosts a compromised VM talked to, whether data left through an unexpected port, or which sources scanned an exposed service; lateral movement inside the virtual network stays invisible.',
      recommendation:
        'For NSGs still relying on NSG flow logs, keep them enabled with traffic analytics to the central workspace until they are replaced, and migrate to virtual network flow logs with Microsoft\'s migration script. Do not create new NSG flow logs.',
      console: [
        'In the Azure portal, open "Network Watcher" > "Flow logs" and filter "Flow log type" = "Network security group".',
        'For each NSG flow log, check that "Status" is On and that "Traffic analytics" is enabled with the intended Log Analytics workspace.',
        'Plan the replacement of each NSG flow log by a virtual network flow log on the corresponding virtual network or subnet.',
      ],
    },
    ja: {
      description:
        'NSG フロー ログを引き続き使用している場合、重要なワークロードの前にある NSG で有効になっており、トラフィック分析で Log Analytics ワークスペースに送られていることを確認します。NSG フロー ログは仮想ネットワーク フロー ログへの移行に伴い廃止が予定されている（2025 年 6 月以降は新規作成不可、2027 年 9 月に廃止）ため、どの NSG でいつまで必要かは移行計画上の判断となり、手動での確認になります。',
      urgency:
        '緊急度は低めです。フロー ログは調査のためのネットワークの可視性を高めます。NSG フロー ログを広げるのではなく、仮想ネットワーク フロー ログへの移行を計画してください。',
      risk: 'Log Analytics にフロー レコードがないと、侵害された VM がどのホストと通信したか、想定外のポートからデータが持ち出されたか、公開されたサービスをどこがスキャンしたかを対応者が判別できず、仮想ネットワーク内の横展開も見えません。',
      recommendation:
        'NSG フロー ログに依存している NSG では、置き換えるまでトラフィック分析付きで集約先のワークスペースへの送信を有効のままにし、Microsoft の移行スクリプトで仮想ネットワーク フロー ログへ移行してください。NSG フロー ログを新たに作成しないでください。',
      console: [
        'Azure portal で「Network Watcher」>「フロー ログ」を開き、「フロー ログの種類」を「ネットワーク セキュリティ グループ」で絞り込みます。',
        '各 NSG フロー ログで「状態」がオンであり、「トラフィック分析」が目的の Log Analytics ワークスペースで有効になっていることを確認します。',
        '各 NSG フロー ログを、対応する仮想ネットワークまたはサブネットの仮想ネットワーク フロー ログに置き換える計画を立てます。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-migrate',
    'https://learn.microsoft.com/en-us/azure/network-watcher/traffic-analytics',
  ],
});
