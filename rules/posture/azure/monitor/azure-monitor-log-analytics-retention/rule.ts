import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type LogAnalyticsWorkspaceConfig } from '../../../../../src/providers/azure/model/index.js';

/** Three months of logs kept immediately available for analysis (PCI DSS 10.5.1, and Microsoft Sentinel's free retention). */
const MIN_DAYS = 90;
/** What a workspace keeps when `retentionInDays` is left out: 30 days (7 on the legacy Free tier). */
const DEFAULT_DAYS = 30;

export const rule = defineRule<LogAnalyticsWorkspaceConfig>({
  id: 'azure-monitor-log-analytics-retention',
  services: ['operationalinsights'],
  title: {
    en: 'Log Analytics workspaces keep data for at least 90 days',
    ja: 'Log Analytics ワークスペースでデータを 90 日以上保持している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.logAnalyticsWorkspace],
  requires: ['retentionInDays', 'sku'],
  frameworks: {
    'mcsb-1.0': ['LT-6'],
    'nist-800-53-r5': ['AU-11'],
    'pci-dss-4.0': ['10.5.1'],
  },
  doc: {
    en: {
      description: `Checks that each Log Analytics workspace keeps its data available for analysis (the workspace's default interactive retention, retentionInDays) for at least ${MIN_DAYS} days. A new workspace keeps data for ${DEFAULT_DAYS} days, and the legacy Free tier for 7. Tables can override the workspace default; this rule reads the default.`,
      urgency: `Medium urgency: every day below ${MIN_DAYS} days deletes logs that an investigation may still need; intrusions are typically found weeks after they start. Raising the retention is a one-line change.`,
      risk: `With ${DEFAULT_DAYS}-day retention, sign-ins, Activity Log entries, Key Vault and resource logs of a compromise discovered a month later are already gone, so the scope of the breach cannot be established and notification duties are met on guesswork. PCI DSS 10.5.1 requires the most recent three months to be immediately available, and 12 months in total.`,
      recommendation: `Set the workspace retention to at least ${MIN_DAYS} days (365 for workspaces holding PCI DSS or similarly regulated logs, or keep ${MIN_DAYS} days interactive plus long-term retention / archive up to 12 years). Workspaces with Microsoft Sentinel enabled get ${MIN_DAYS} days at no extra retention charge.`,
      console: [
        'In the Azure portal, open the Log Analytics workspace.',
        'Select "Settings" > "Usage and estimated costs" > "Data retention".',
        `Move the slider to ${MIN_DAYS} days or more (or 365 for regulated data) and click "OK".`,
        'For longer history, open "Settings" > "Tables" and set a total (long-term) retention on the tables that hold audit data.',
      ],
    },
    ja: {
      description: `各 Log Analytics ワークスペースが、データを分析可能な状態（ワークスペースの既定の対話型保持期間 retentionInDays）で ${MIN_DAYS} 日以上保持していることを確認します。新しいワークスペースの保持期間は ${DEFAULT_DAYS} 日、従来の Free レベルは 7 日です。テーブルごとに既定値を上書きできますが、このルールはワークスペースの既定値を確認します。`,
      urgency: `緊急度は中程度です。${MIN_DAYS} 日未満の設定では、調査にまだ必要なログが毎日削除されていきます。侵入は発生から数週間後に発覚するのが一般的です。保持期間の変更は 1 行の修正で済みます。`,
      risk: `保持期間が ${DEFAULT_DAYS} 日だと、1 か月後に発覚した侵害に関するサインイン、アクティビティ ログ、Key Vault やリソースのログはすでに消えており、侵害の範囲を確定できず、通知義務も推測に頼って果たすことになります。PCI DSS 10.5.1 は直近 3 か月分を即座に分析できる状態で、合計 12 か月分の保持を求めています。`,
      recommendation: `ワークスペースの保持期間を ${MIN_DAYS} 日以上に設定してください（PCI DSS などの規制対象のログを保持するワークスペースは 365 日、または対話型 ${MIN_DAYS} 日に加えて最長 12 年の長期保持（アーカイブ）を使用します）。Microsoft Sentinel を有効にしたワークスペースでは ${MIN_DAYS} 日まで追加の保持料金はかかりません。`,
      console: [
        'Azure portal で Log Analytics ワークスペースを開きます。',
        '「設定」>「使用量と推定コスト」>「データ保持」を選択します。',
        `スライダーを ${MIN_DAYS} 日以上（規制対象のデータは 365 日）に設定し、「OK」をクリックします。`,
        'さらに長い履歴が必要な場合は「設定」>「テーブル」を開き、監査データを保持するテーブルに合計（長期）保持期間を設定します。',
      ],
    },
  },
  remediation: {
    cli: 'az monitor log-analytics workspace update --resource-group rg-monitoring --workspace-name law-security --retention-time 90',
    terraform: [
      'resource "azurerm_log_analytics_workspace" "security" {',
      '  name                = "law-security"',
      '  location            = azurerm_resource_group.monitoring.location',
      '  resource_group_name = azurerm_resource_group.monitoring.name',
      '  sku                 = "PerGB2018"',
      '  retention_in_days   = 90',
      '}',
    ].join('\n'),
    bicep: [
      'param location string = resourceGroup().location',
      '',
      "resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {",
      "  name: 'law-security'",
      '  location: location',
      '  properties: {',
      "    sku: { name: 'PerGB2018' }",
      '    retentionInDays: 90',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/logs/data-retention-configure', 'https://learn.microsoft.com/en-us/azure/azure-monitor/logs/log-analytics-workspace-overview'],
  evaluate(workspace) {
    const sku = workspace.config.sku?.name;
    const free = typeof sku === 'string' && sku.toLowerCase() === 'free';
    const configured = workspace.config.retentionInDays;
    const days = free ? 7 : typeof configured === 'number' ? configured : DEFAULT_DAYS;
    const evidence = { retentionInDays: days, sku: sku ?? null, defaulted: !free && typeof configured !== 'number' };
    if (days >= MIN_DAYS) {
      return pass({ en: `Workspace ${workspace.name} keeps data for ${days} days.`, ja: `ワークスペース ${workspace.name} はデータを ${days} 日間保持しています。` }, evidence);
    }
    return fail(
      {
        en: `Workspace ${workspace.name} keeps data for only ${days} days${free ? ' (Free tier)' : ''}, less than ${MIN_DAYS}.`,
        ja: `ワークスペース ${workspace.name} のデータ保持期間は ${days} 日${free ? '（Free レベル）' : ''}で、${MIN_DAYS} 日に届いていません。`,
      },
      evidence,
    );
  },
});
