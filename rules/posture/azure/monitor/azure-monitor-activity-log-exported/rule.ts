import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { activityLogSettings, destinationsOf, enabledLogs, exportedLogNames } from '../diagnostics.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-monitor-activity-log-exported',
  services: ['monitor'],
  title: {
    en: 'A diagnostic setting exports the subscription Activity Log',
    ja: 'サブスクリプションのアクティビティ ログを診断設定でエクスポートしている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.diagnosticSetting],
  requires: ['subscriptionId'],
  frameworks: {
    'cis-azure-6.0': ['6.1.1.1'],
    'mcsb-1.0': ['LT-3', 'LT-5'],
    'nist-800-53-r5': ['AU-2', 'AU-6', 'AU-11', 'AU-12'],
    'pci-dss-4.0': ['10.2.1', '10.2.1.2', '10.3.3', '10.5.1'],
  },
  doc: {
    en: {
      description:
        'Checks that the subscription has at least one diagnostic setting that sends Activity Log categories to a Log Analytics workspace, a storage account, an event hub or a partner solution. The Activity Log records every control-plane operation (who created, changed or deleted what), but Azure keeps it for only 90 days and it cannot be queried together with other logs unless it is exported.',
      urgency:
        'High urgency: every day without an export is a day of control-plane history that will be gone after 90 days; an intrusion found later cannot be reconstructed. The fix is one setting per subscription.',
      risk: 'Breaches are often discovered months after they start. Without an export, the record of who granted themselves roles, opened network rules, listed storage keys or deleted resources disappears after 90 days, and nothing can alert on it in a SIEM in the meantime. Investigators are left without evidence, and audits requiring 12 months of audit history (PCI DSS 10.5.1) fail.',
      recommendation:
        'Create a subscription diagnostic setting that sends at least the Administrative, Security, Policy and Alert categories (ideally all categories) to a central Log Analytics workspace (Microsoft Sentinel) and, for long retention, to an immutable storage account. Enforce it with the built-in Azure Policy "Configure Azure Activity logs to stream to specified Log Analytics workspace" at the management group so that new subscriptions are covered.',
      console: [
        'In the Azure portal, open "Monitor" > "Activity log" and click "Export Activity Logs" (this opens the subscription\'s "Diagnostic settings").',
        'Select the subscription and click "+ Add diagnostic setting".',
        'Check the log categories to export (at least Administrative, Security, Policy and Alert; preferably all).',
        'Under "Destination details", select "Send to Log Analytics workspace" and/or "Archive to a storage account", choose the destination, then click "Save".',
      ],
    },
    ja: {
      description:
        'サブスクリプションに、アクティビティ ログのカテゴリを Log Analytics ワークスペース、ストレージ アカウント、イベント ハブ、パートナー ソリューションのいずれかに送る診断設定が 1 つ以上あることを確認します。アクティビティ ログにはコントロール プレーンのすべての操作（誰が何を作成、変更、削除したか）が記録されますが、Azure 上の保持期間は 90 日間だけで、エクスポートしない限り他のログと合わせてクエリすることもできません。',
      urgency:
        '緊急度は高めです。エクスポートしていない日の分だけ、90 日後に消えるコントロール プレーンの履歴が増え、後から見つかった侵入を再現できなくなります。修正はサブスクリプションごとに設定を 1 つ追加するだけです。',
      risk: '侵害は発生から数か月後に発覚することがよくあります。エクスポートしていないと、誰が自分にロールを付与したか、ネットワーク規則を開いたか、ストレージ キーを取得したか、リソースを削除したかの記録は 90 日後に消え、その間も SIEM でアラートを出すことができません。調査に必要な証拠が残らず、12 か月分の監査履歴を求める監査（PCI DSS 10.5.1）にも対応できません。',
      recommendation:
        'サブスクリプションの診断設定を作成し、少なくとも Administrative、Security、Policy、Alert のカテゴリ（できればすべてのカテゴリ）を集約先の Log Analytics ワークスペース（Microsoft Sentinel）に、長期保管のためには不変ストレージのストレージ アカウントにも送ってください。新しいサブスクリプションも対象になるよう、組み込みの Azure Policy「指定された Log Analytics ワークスペースにストリーミングするように Azure アクティビティ ログを構成する」を管理グループに割り当てることを推奨します。',
      console: [
        'Azure portal で「モニター」>「アクティビティ ログ」を開き、「アクティビティ ログのエクスポート」をクリックします（サブスクリプションの「診断設定」が開きます）。',
        'サブスクリプションを選択し、「+ 診断設定を追加する」をクリックします。',
        'エクスポートするログ カテゴリ（少なくとも Administrative、Security、Policy、Alert、できればすべて）をオンにします。',
        '「宛先の詳細」で「Log Analytics ワークスペースに送信する」や「ストレージ アカウントへのアーカイブ」を選択して送信先を指定し、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'az monitor diagnostic-settings subscription create \\',
      '  --name activity-log-to-law \\',
      '  --location japaneast \\',
      '  --workspace /subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-security \\',
      '  --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"ServiceHealth","enabled":true},{"category":"Alert","enabled":true},{"category":"Recommendation","enabled":true},{"category":"Policy","enabled":true},{"category":"Autoscale","enabled":true},{"category":"ResourceHealth","enabled":true}]\'',
    ].join('\n'),
    terraform: [
      'resource "azurerm_monitor_diagnostic_setting" "activity_log" {',
      '  name                       = "activity-log-to-law"',
      '  target_resource_id         = data.azurerm_subscription.current.id',
      '  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id',
      '',
      '  dynamic "enabled_log" {',
      '    for_each = ["Administrative", "Security", "ServiceHealth", "Alert", "Recommendation", "Policy", "Autoscale", "ResourceHealth"]',
      '    content {',
      '      category = enabled_log.value',
      '    }',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      '',
      'param workspaceId string',
      '',
      "var categories = [ 'Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth' ]",
      '',
      "resource activityLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {",
      "  name: 'activity-log-to-law'",
      '  properties: {',
      '    workspaceId: workspaceId',
      '    logs: [for c in categories: { category: c, enabled: true }]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/create-diagnostic-settings',
    'https://learn.microsoft.com/en-us/cli/azure/monitor/diagnostic-settings/subscription',
  ],
  evaluate(subscription, ctx) {
    const settings = activityLogSettings(ctx, subscription.account, subscription.config.subscriptionId);
    const exporting = settings.filter((s) => destinationsOf(s.config).length > 0 && enabledLogs(s.config).length > 0);
    if (exporting.length) {
      return pass(
        {
          en: `The Activity Log of subscription ${subscription.name} is exported by ${exporting.map((s) => s.name).join(', ')}.`,
          ja: `サブスクリプション ${subscription.name} のアクティビティ ログは ${exporting.map((s) => s.name).join(', ')} でエクスポートされています。`,
        },
        { settings: exporting.map((s) => ({ name: s.name, destinations: destinationsOf(s.config).map((d) => d.kind), categories: exportedLogNames(s.config) })) },
      );
    }
    if (settings.length) {
      return fail(
        {
          en: `Subscription ${subscription.name} has diagnostic settings (${settings.map((s) => s.name).join(', ')}) but none sends any Activity Log category to a destination.`,
          ja: `サブスクリプション ${subscription.name} には診断設定（${settings.map((s) => s.name).join(', ')}）がありますが、アクティビティ ログのカテゴリを送信先に送っているものはありません。`,
        },
        { settings: settings.map((s) => ({ name: s.name, destinations: destinationsOf(s.config).map((d) => d.kind), categories: exportedLogNames(s.config) })) },
      );
    }
    return fail({
      en: `Subscription ${subscription.name} has no diagnostic setting for its Activity Log: control-plane history is kept only 90 days.`,
      ja: `サブスクリプション ${subscription.name} にはアクティビティ ログの診断設定がなく、コントロール プレーンの履歴は 90 日間しか保持されません。`,
    });
  },
});
