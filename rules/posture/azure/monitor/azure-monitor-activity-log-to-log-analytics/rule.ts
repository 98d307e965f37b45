import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, parseArmId, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { activityLogSettings, capturesCategory, destinationsOf } from '../diagnostics.js';

/** What detections over the Activity Log need at least: management operations and security events. */
const NEEDED = ['Administrative', 'Security'] as const;

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-monitor-activity-log-to-log-analytics',
  services: ['monitor'],
  title: {
    en: 'The Activity Log is sent to a Log Analytics workspace for detection',
    ja: 'アクティビティ ログを検知のために Log Analytics ワークスペースに送っている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.diagnosticSetting],
  requires: ['subscriptionId'],
  frameworks: {
    'mcsb-1.0': ['LT-5'],
    'nist-800-53-r5': ['AU-6(1)', 'AU-6(3)', 'SI-4'],
    'pci-dss-4.0': ['10.4.1.1'],
  },
  doc: {
    en: {
      description:
        'Checks that a diagnostic setting of the subscription sends at least the Administrative and Security Activity Log categories to a Log Analytics workspace, where Microsoft Sentinel analytics rules, Defender XDR and KQL hunting can use them. An archive in a storage account or a stream to an event hub keeps the history, but nothing in Azure can query or alert on it there.',
      urgency:
        'Medium urgency: the control-plane record exists but no detection can run on it; privilege escalation or mass deletion is seen only in hindsight. Connecting the workspace is one setting per subscription, and Activity Log ingestion into Log Analytics is free.',
      risk: 'Attackers with a foothold in Azure grant themselves roles, disable diagnostic settings, create access keys or delete backups through the control plane. If the Activity Log sits only in a storage account, no analytics rule sees these operations, alerts never fire, and correlation with sign-in logs has to be done by hand after the damage.',
      recommendation:
        'Add (or extend) a subscription diagnostic setting that sends every Activity Log category to the central Log Analytics workspace used by Microsoft Sentinel, in addition to any storage archive. Assign the built-in Azure Policy "Configure Azure Activity logs to stream to specified Log Analytics workspace" at the management group so that every subscription is connected.',
      console: [
        'In the Azure portal, open "Monitor" > "Activity log" and click "Export Activity Logs".',
        'Select the subscription, then "+ Add diagnostic setting" (or "Edit setting" on the existing one).',
        'Check every category (at least Administrative and Security) and select "Send to Log Analytics workspace" with the central workspace.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'サブスクリプションの診断設定が、アクティビティ ログの少なくとも Administrative と Security のカテゴリを Log Analytics ワークスペースに送っており、Microsoft Sentinel の分析ルール、Defender XDR、KQL ハンティングで利用できることを確認します。ストレージ アカウントへのアーカイブやイベント ハブへのストリームでも履歴は残りますが、そこでは Azure のどの仕組みもクエリやアラートを実行できません。',
      urgency:
        '緊急度は中程度です。コントロール プレーンの記録はあるものの、それを使う検知が動きません。権限昇格や大量削除には後からしか気付けません。ワークスペースへの接続はサブスクリプションごとに設定を 1 つ追加するだけで、アクティビティ ログの Log Analytics への取り込みは無料です。',
      risk: 'Azure に足場を得た攻撃者は、コントロール プレーンを通じて自分にロールを付与し、診断設定を無効にし、アクセス キーを作成し、バックアップを削除します。アクティビティ ログがストレージ アカウントにしかないと、これらの操作を見る分析ルールはなく、アラートは発報せず、サインイン ログとの相関も被害が出た後に手作業で行うことになります。',
      recommendation:
        'ストレージへのアーカイブとは別に、アクティビティ ログのすべてのカテゴリを Microsoft Sentinel が使う集約先の Log Analytics ワークスペースに送る診断設定をサブスクリプションに追加（または既存の設定を拡張）してください。すべてのサブスクリプションが接続されるよう、組み込みの Azure Policy「指定された Log Analytics ワークスペースにストリーミングするように Azure アクティビティ ログを構成する」を管理グループに割り当てることを推奨します。',
      console: [
        'Azure portal で「モニター」>「アクティビティ ログ」を開き、「アクティビティ ログのエクスポート」をクリックします。',
        'サブスクリプションを選択し、「+ 診断設定を追加する」（または既存の設定の「設定の編集」）をクリックします。',
        'すべてのカテゴリ（少なくとも Administrative と Security）をオンにし、「Log Analytics ワークスペースに送信する」で集約先のワークスペースを選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'az monitor diagnostic-settings subscription create \\',
      '  --name activity-log-to-sentinel \\',
      '  --location japaneast \\',
      '  --workspace /subscriptions/<logging-subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-sentinel \\',
      '  --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Policy","enabled":true},{"category":"Alert","enabled":true},{"category":"ServiceHealth","enabled":true},{"category":"Recommendation","enabled":true},{"category":"Autoscale","enabled":true},{"category":"ResourceHealth","enabled":true}]\'',
    ].join('\n'),
    terraform: [
      'resource "azurerm_monitor_diagnostic_setting" "activity_log_sentinel" {',
      '  name                       = "activity-log-to-sentinel"',
      '  target_resource_id         = data.azurerm_subscription.current.id',
      '  log_analytics_workspace_id = var.sentinel_workspace_id',
      '',
      '  dynamic "enabled_log" {',
      '    for_each = ["Administrative", "Security", "Policy", "Alert", "ServiceHealth", "Recommendation", "Autoscale", "ResourceHealth"]',
      '    content {',
      '      category = enabled_log.value',
      '    }',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      '',
      'param sentinelWorkspaceId string',
      '',
      "resource activityLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {",
      "  name: 'activity-log-to-sentinel'",
      '  properties: {',
      '    workspaceId: sentinelWorkspaceId',
      "    logs: [for c in [ 'Administrative', 'Security', 'Policy', 'Alert', 'ServiceHealth', 'Recommendation', 'Autoscale', 'ResourceHealth' ]: { category: c, enabled: true }]",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
    'https://learn.microsoft.com/en-us/azure/sentinel/data-connectors/azure-activity',
  ],
  evaluate(subscription, ctx) {
    const settings = activityLogSettings(ctx, subscription.account, subscription.config.subscriptionId);
    const toWorkspace = settings.filter((s) => destinationsOf(s.config).some((d) => d.kind === 'workspace'));
    const complete = toWorkspace.filter((s) => NEEDED.every((c) => capturesCategory(s.config, c)));
    if (complete.length) {
      const workspaces = [...new Set(complete.map((s) => parseArmId(String(s.config.workspaceId)).name))];
      return pass(
        {
          en: `The Activity Log of subscription ${subscription.name} reaches Log Analytics (${workspaces.join(', ')}) through ${complete.map((s) => s.name).join(', ')}.`,
          ja: `サブスクリプション ${subscription.name} のアクティビティ ログは ${complete.map((s) => s.name).join(', ')} により Log Analytics（${workspaces.join(', ')}）に送られています。`,
        },
        { settings: complete.map((s) => s.name), workspaces },
      );
    }
    if (toWorkspace.length) {
      const missing = NEEDED.filter((c) => !toWorkspace.some((s) => capturesCategory(s.config, c)));
      return fail(
        {
          en: `Subscription ${subscription.name} sends its Activity Log to Log Analytics without ${missing.join(' and ')}.`,
          ja: `サブスクリプション ${subscription.name} はアクティビティ ログを Log Analytics に送っていますが、${missing.join(' と ')} が含まれていません。`,
        },
        { settings: toWorkspace.map((s) => s.name), missing },
      );
    }
    return fail(
      {
        en: settings.length
          ? `Subscription ${subscription.name} exports its Activity Log only to storage, an event hub or a partner (${settings.map((s) => s.name).join(', ')}), where no Azure detection runs.`
          : `Subscription ${subscription.name} does not send its Activity Log to any Log Analytics workspace.`,
        ja: settings.length
          ? `サブスクリプション ${subscription.name} はアクティビティ ログをストレージ、イベント ハブ、パートナーにのみエクスポートしており（${settings.map((s) => s.name).join(', ')}）、Azure の検知が動きません。`
          : `サブスクリプション ${subscription.name} はアクティビティ ログをどの Log Analytics ワークスペースにも送っていません。`,
      },
      { settings: settings.map((s) => ({ name: s.name, destinations: destinationsOf(s.config).map((d) => d.kind) })) },
    );
  },
});
