import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { activityLogSettings, capturesCategory, destinationsOf } from '../diagnostics.js';

/** The categories CIS 6.1.1.2 requires: management operations and the security-relevant events. */
const REQUIRED = ['Administrative', 'Alert', 'Policy', 'Security'] as const;

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-monitor-activity-log-categories',
  services: ['monitor'],
  title: {
    en: 'The Activity Log export includes the Administrative, Alert, Policy and Security categories',
    ja: 'アクティビティ ログのエクスポートに Administrative、Alert、Policy、Security のカテゴリが含まれている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.diagnosticSetting],
  requires: ['subscriptionId'],
  frameworks: {
    'cis-azure-6.0': ['6.1.1.2'],
    'mcsb-1.0': ['LT-3'],
    'nist-800-53-r5': ['AU-2', 'AU-12'],
    'pci-dss-4.0': ['10.2.1', '10.2.1.2', '10.2.2'],
  },
  doc: {
    en: {
      description:
        "Checks that the subscription's Activity Log diagnostic settings, taken together, send each of the Administrative, Alert, Policy and Security categories (or all logs) to a destination. Administrative holds every create, update, delete and action on resources; Security holds Microsoft Defender for Cloud alerts; Policy holds Azure Policy effects; Alert holds fired Azure Monitor alerts.",
      urgency:
        'Medium urgency: an export exists, but the missing categories leave specific blind spots (for example no record of policy denials or of Defender alerts outside the portal). Complete the export in the next change window.',
      risk: 'A category left out is not retained and cannot be searched or correlated in the SIEM: without Administrative there is no record of who changed or deleted resources; without Security, Defender for Cloud alerts are not kept next to the other logs; without Policy, denied or modified deployments and audit results disappear after 90 days.',
      recommendation:
        'Edit the subscription diagnostic setting and enable at least Administrative, Alert, Policy and Security; enabling every category costs little, since Activity Log ingestion into Log Analytics is free. Keep the export enforced through Azure Policy so the categories cannot be removed unnoticed.',
      console: [
        'In the Azure portal, open "Monitor" > "Activity log" and click "Export Activity Logs".',
        'Select the subscription and click "Edit setting" on the existing diagnostic setting.',
        'Check Administrative, Security, Alert and Policy (preferably every category).',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'サブスクリプションのアクティビティ ログの診断設定全体で、Administrative、Alert、Policy、Security の各カテゴリ（またはすべてのログ）が送信先に送られていることを確認します。Administrative にはリソースの作成、更新、削除、アクションがすべて、Security には Microsoft Defender for Cloud のアラート、Policy には Azure Policy の効果、Alert には発報した Azure Monitor アラートが記録されます。',
      urgency:
        '緊急度は中程度です。エクスポート自体はありますが、欠けているカテゴリごとに死角が生じます（例: ポリシーによる拒否や、ポータル以外での Defender アラートの記録がない）。次の変更作業でエクスポートを補完してください。',
      risk: '含まれていないカテゴリは保持されず、SIEM での検索や相関分析もできません。Administrative がなければ誰がリソースを変更・削除したかの記録がなく、Security がなければ Defender for Cloud のアラートが他のログと一緒に残らず、Policy がなければ拒否・変更されたデプロイや監査結果は 90 日後に消えます。',
      recommendation:
        'サブスクリプションの診断設定を編集し、少なくとも Administrative、Alert、Policy、Security を有効にしてください。アクティビティ ログの Log Analytics への取り込みは無料のため、すべてのカテゴリを有効にしても負担はわずかです。カテゴリが気付かれずに外されないよう、エクスポートは Azure Policy で強制してください。',
      console: [
        'Azure portal で「モニター」>「アクティビティ ログ」を開き、「アクティビティ ログのエクスポート」をクリックします。',
        'サブスクリプションを選択し、既存の診断設定の「設定の編集」をクリックします。',
        'Administrative、Security、Alert、Policy（できればすべてのカテゴリ）をオンにします。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'az monitor diagnostic-settings subscription create \\',
      '  --name activity-log-to-law \\',
      '  --location japaneast \\',
      '  --workspace /subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-security \\',
      '  --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true},{"category":"ServiceHealth","enabled":true},{"category":"Recommendation","enabled":true},{"category":"Autoscale","enabled":true},{"category":"ResourceHealth","enabled":true}]\'',
    ].join('\n'),
    terraform: [
      'resource "azurerm_monitor_diagnostic_setting" "activity_log" {',
      '  name                       = "activity-log-to-law"',
      '  target_resource_id         = data.azurerm_subscription.current.id',
      '  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id',
      '',
      '  dynamic "enabled_log" {',
      '    for_each = ["Administrative", "Security", "Alert", "Policy", "ServiceHealth", "Recommendation", "Autoscale", "ResourceHealth"]',
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
      "resource activityLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {",
      "  name: 'activity-log-to-law'",
      '  properties: {',
      '    workspaceId: workspaceId',
      "    logs: [for c in [ 'Administrative', 'Security', 'Alert', 'Policy', 'ServiceHealth', 'Recommendation', 'Autoscale', 'ResourceHealth' ]: { category: c, enabled: true }]",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
  ],
  evaluate(subscription, ctx) {
    const settings = activityLogSettings(ctx, subscription.account, subscription.config.subscriptionId).filter((s) => destinationsOf(s.config).length > 0);
    const byCategory = REQUIRED.map((category) => ({ category, settings: settings.filter((s) => capturesCategory(s.config, category)).map((s) => s.name) }));
    const missing = byCategory.filter((c) => c.settings.length === 0).map((c) => c.category);
    if (settings.length === 0) {
      return fail({
        en: `Subscription ${subscription.name} does not export its Activity Log at all, so none of ${REQUIRED.join(', ')} is captured.`,
        ja: `サブスクリプション ${subscription.name} はアクティビティ ログをまったくエクスポートしていないため、${REQUIRED.join('、')} のいずれも取得されていません。`,
      });
    }
    if (missing.length) {
      return fail(
        {
          en: `The Activity Log export of subscription ${subscription.name} leaves out ${missing.join(', ')}.`,
          ja: `サブスクリプション ${subscription.name} のアクティビティ ログのエクスポートに ${missing.join('、')} が含まれていません。`,
        },
        { missing, captured: byCategory.filter((c) => c.settings.length) },
      );
    }
    return pass(
      {
        en: `The Activity Log export of subscription ${subscription.name} includes ${REQUIRED.join(', ')}.`,
        ja: `サブスクリプション ${subscription.name} のアクティビティ ログのエクスポートには ${REQUIRED.join('、')} が含まれています。`,
      },
      { captured: byCategory },
    );
  },
});
