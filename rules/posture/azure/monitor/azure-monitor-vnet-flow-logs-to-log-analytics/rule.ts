import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-vnet-flow-logs-to-log-analytics',
  services: ['network'],
  title: {
    en: 'Virtual network flow logs are captured and sent to Log Analytics',
    ja: '仮想ネットワーク フロー ログを取得して Log Analytics に送信している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-azure-6.0': ['6.1.1.6'],
    'mcsb-1.0': ['LT-4'],
    'nist-800-53-r5': ['AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description:
        'Confirm that virtual network flow logs are enabled on the virtual networks (or subnets) that carry production and sensitive traffic, and that traffic analytics sends them to a Log Analytics workspace. Which networks need flow logs, at what processing interval, and which workspace receives them depends on your network design and budget, so this is a manual check.',
      urgency:
        'Medium urgency: without flow data, network-level investigation of an incident is impossible; enable it on production networks in the next change window.',
      risk: 'Without flow records, you cannot see which internal hosts a compromised VM reached, whether data was sent to an unknown address, or which sources probed an exposed service. Attackers moving laterally between subnets leave no trace outside the hosts themselves.',
      recommendation:
        'Create virtual network flow logs for production virtual networks with a storage account in the same region, enable traffic analytics to the central Log Analytics workspace (10-minute interval for faster detection), and enforce them with the built-in Azure Policy "Configure virtual networks to enforce workspace and storage account for flow logs and traffic analytics".',
      console: [
        'In the Azure portal, open "Network Watcher" > "Flow logs" and click "+ Create".',
        'Select "Virtual network" as the flow log type and choose the virtual networks or subnets to cover.',
        'Select a storage account in the same region and a retention, then on the "Analytics" tab enable traffic analytics with the central Log Analytics workspace.',
        'Click "Review + create" > "Create", and repeat per region and subscription.',
      ],
    },
    ja: {
      description:
        '本番や機密の通信を扱う仮想ネットワーク（またはサブネット）で仮想ネットワーク フロー ログが有効になっており、トラフィック分析で Log Analytics ワークスペースに送られていることを確認します。どのネットワークにどの処理間隔でフロー ログが必要か、どのワークスペースで受けるかはネットワーク設計と予算によるため、手動での確認になります。',
      urgency:
        '緊急度は中程度です。フロー データがないと、インシデントのネットワーク面での調査ができません。次の変更作業で本番のネットワークに有効化してください。',
      risk: 'フロー レコードがないと、侵害された VM がどの内部ホストに到達したか、不明なアドレスにデータが送られたか、公開されたサービスをどこが探索したかが分かりません。サブネット間を横展開する攻撃者は、ホスト自体以外に痕跡を残しません。',
      recommendation:
        '本番の仮想ネットワークに、同じリージョンのストレージ アカウントを使う仮想ネットワーク フロー ログを作成し、集約先の Log Analytics ワークスペースへのトラフィック分析（検知を早めるなら 10 分間隔）を有効にしてください。組み込みの Azure Policy「Configure virtual networks to enforce workspace and storage account for flow logs and traffic analytics」で強制することを推奨します。',
      console: [
        'Azure portal で「Network Watcher」>「フロー ログ」を開き、「+ 作成」をクリックします。',
        'フロー ログの種類として「仮想ネットワーク」を選択し、対象の仮想ネットワークまたはサブネットを選択します。',
        '同じリージョンのストレージ アカウントと保持期間を選択し、「分析」タブで集約先の Log Analytics ワークスペースを指定してトラフィック分析を有効にします。',
        '「確認および作成」>「作成」をクリックし、リージョンとサブスクリプションごとに繰り返します。',
      ],
    },
  },
  remediation: {
    cli: [
      'az network watcher flow-log create --location japaneast --name fl-vnet-prod \\',
      '  --resource-group NetworkWatcherRG --vnet vnet-prod \\',
      '  --storage-account <storage-account-id> \\',
      '  --traffic-analytics true --workspace <log-analytics-workspace-id> --interval 10',
    ].join('\n'),
    terraform: [
      'resource "azurerm_network_watcher_flow_log" "vnet_prod" {',
      '  name                 = "fl-vnet-prod"',
      '  network_watcher_name = "NetworkWatcher_japaneast"',
      '  resource_group_name  = "NetworkWatcherRG"',
      '  target_resource_id   = azurerm_virtual_network.prod.id',
      '  storage_account_id   = azurerm_storage_account.flowlogs.id',
      '  enabled              = true',
      '',
      '  retention_policy {',
      '    enabled = true',
      '    days    = 90',
      '  }',
      '',
      '  traffic_analytics {',
      '    enabled               = true',
      '    workspace_id          = azurerm_log_analytics_workspace.security.workspace_id',
      '    workspace_region      = azurerm_log_analytics_workspace.security.location',
      '    workspace_resource_id = azurerm_log_analytics_workspace.security.id',
      '    interval_in_minutes   = 10',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      'param vnetId string',
      'param storageAccountId string',
      'param workspaceId string',
      '',
      "resource flowLog 'Microsoft.Network/networkWatchers/flowLogs@2024-05-01' = {",
      "  name: 'NetworkWatcher_japaneast/fl-vnet-prod'",
      "  location: 'japaneast'",
      '  properties: {',
      '    targetResourceId: vnetId',
      '    storageId: storageAccountId',
      '    enabled: true',
      '    retentionPolicy: { enabled: true, days: 90 }',
      '    flowAnalyticsConfiguration: {',
      '      networkWatcherFlowAnalyticsConfiguration: { enabled: true, workspaceResourceId: workspaceId, trafficAnalyticsInterval: 10 }',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-manage',
    'https://learn.microsoft.com/en-us/azure/network-watcher/traffic-analytics',
  ],
});
