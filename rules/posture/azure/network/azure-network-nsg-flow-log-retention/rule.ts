import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type FlowLogConfig } from '../../../../../src/providers/azure/model/index.js';
import { retentionOutcome } from '../flowlogs.js';

export const rule = defineRule<FlowLogConfig>({
  id: 'azure-network-nsg-flow-log-retention',
  services: ['network'],
  title: {
    en: 'NSG flow logs are enabled and retained for at least 90 days',
    ja: 'NSG フロー ログが有効で、90 日以上保持されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.flowLog],
  requires: ['id', 'targetResourceId', 'enabled', 'retentionPolicy'],
  frameworks: {
    'cis-azure-6.0': ['7.5'],
    'mcsb-1.0': ['LT-4', 'LT-6'],
    'nist-800-53-r5': ['AU-2', 'AU-11', 'AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks each network security group flow log: it must be enabled, and its retention policy must keep records for 90 days or more (0 days, or no retention policy, keeps them indefinitely). Flow logs that record virtual networks are checked by azure-network-vnet-flow-log-retention.',
      urgency: 'Fix within the month: the setting only matters once an incident is investigated, but records deleted before then cannot be recovered.',
      risk: 'Intrusions are usually discovered weeks after they start. With a short retention, or a disabled flow log, the record of which addresses talked to which VMs on which ports is gone by the time responders need it, so the entry point, lateral movement and data exfiltration cannot be traced.',
      recommendation:
        'Set the retention of the flow log to 90 days or more (or 0 to keep records indefinitely and manage deletion with a storage lifecycle policy). NSG flow logs are being retired: no new ones can be created after 30 June 2025 and they stop working on 30 September 2027, so plan their migration to virtual network flow logs.',
      console: [
        'In the Azure portal, open "Network Watcher" > "Logs" > "Flow logs".',
        'Select the flow log named in the finding.',
        'Make sure "Flow logs status" is On and set "Retention days" to 90 or more (0 keeps records indefinitely), then click "Save".',
        'Plan the move to virtual network flow logs with the migration script in the Network Watcher documentation.',
      ],
    },
    ja: {
      description:
        'ネットワーク セキュリティ グループ (NSG) の各フロー ログが有効であり、保持ポリシーで記録を 90 日以上保持していることを確認します（0 日または保持ポリシーなしの場合は無期限に保持されます）。仮想ネットワークを記録するフロー ログは azure-network-vnet-flow-log-retention で確認します。',
      urgency: '1 か月以内に対応してください。この設定が効いてくるのはインシデントの調査時ですが、それまでに削除された記録は取り戻せません。',
      risk: '侵入は始まってから数週間後に発見されることが一般的です。保持期間が短い、またはフロー ログが無効だと、対応チームが必要とする時点では、どのアドレスがどの VM のどのポートと通信したかの記録が失われており、侵入経路、横展開、データの持ち出しを追跡できません。',
      recommendation:
        'フロー ログの保持期間を 90 日以上に設定してください（0 にすると記録は無期限に保持され、削除はストレージのライフサイクル管理ポリシーで管理します）。NSG フロー ログは廃止予定で、2025 年 6 月 30 日以降は新規作成できず、2027 年 9 月 30 日に機能しなくなるため、仮想ネットワーク フロー ログへの移行を計画してください。',
      console: [
        'Azure portal で「Network Watcher」>「ログ」>「フロー ログ」を開きます。',
        '検出結果に記載されたフロー ログを選択します。',
        '「フロー ログの状態」がオンであることを確認し、「保持日数」を 90 以上（0 は無期限）に設定して「保存」をクリックします。',
        'Network Watcher のドキュメントにある移行スクリプトを使用して、仮想ネットワーク フロー ログへの移行を計画します。',
      ],
    },
  },
  remediation: {
    cli: 'az network watcher flow-log update --location LOCATION --name FLOW_LOG_NAME --enabled true --retention 90',
    terraform: [
      'resource "azurerm_network_watcher_flow_log" "nsg" {',
      '  name                 = "fl-nsg-app"',
      '  network_watcher_name = "NetworkWatcher_japaneast"',
      '  resource_group_name  = "NetworkWatcherRG"',
      '  target_resource_id   = azurerm_network_security_group.app.id',
      '  storage_account_id   = azurerm_storage_account.flowlogs.id',
      '  enabled              = true',
      '  version              = 2',
      '',
      '  retention_policy {',
      '    enabled = true',
      '    days    = 90',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource flowLog 'Microsoft.Network/networkWatchers/flowLogs@2024-05-01' = {",
      '  parent: networkWatcher',
      "  name: 'fl-nsg-app'",
      '  location: location',
      '  properties: {',
      '    targetResourceId: nsg.id',
      '    storageId: storageAccount.id',
      '    enabled: true',
      "    format: { type: 'JSON', version: 2 }",
      '    retentionPolicy: { enabled: true, days: 90 }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-migrate',
  ],
  evaluate(resource) {
    return retentionOutcome(resource, 'nsg');
  },
});
