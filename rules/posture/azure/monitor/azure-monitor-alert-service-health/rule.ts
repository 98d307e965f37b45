import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { alertOutcome, type EventExpectations } from '../alerts.js';

/** Service Health notifications: every event type, every service; a region filter is the team's choice. */
const SERVICE_HEALTH: EventExpectations = {
  category: { is: 'ServiceHealth' },
  'properties.incidenttype': { oneOf: ['Incident', 'Maintenance', 'Informational', 'ActionRequired', 'Security'] },
  'properties.impactedservices[*].impactedregions[*].regionname': { free: true },
};

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-monitor-alert-service-health',
  services: ['monitor'],
  title: {
    en: 'An activity log alert notifies on all Service Health events',
    ja: 'すべての Service Health イベントをアクティビティ ログ アラートで通知している',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.activityLogAlert],
  requires: ['subscriptionId'],
  frameworks: {
    'cis-azure-6.0': ['6.1.2.11'],
    'nist-800-53-r5': ['SI-4', 'IR-6'],
  },
  doc: {
    en: {
      description:
        'Checks that the subscription has an enabled activity log alert rule, scoped to the whole subscription, for the Service Health category with every event type (service issues, planned maintenance, health advisories, security advisories and action-required notices) and every service, that notifies at least one action group. A filter on regions is accepted; a rule limited to some event types or services does not count.',
      urgency:
        'Low urgency: the rule protects availability and awareness rather than closing an exposure, but security advisories (for example a required credential rotation after a platform incident) reach you only this way. Add it when you next touch the monitoring baseline.',
      risk: 'Azure tells affected customers about outages, planned maintenance that restarts VMs, and security advisories through Service Health. Without an alert nobody reads them in time: an outage is debugged as an application fault for hours, maintenance reboots production without a plan, and a security advisory that asks you to rotate keys or update a component goes unanswered.',
      recommendation:
        'Create a Service Health alert in every subscription with all services, all regions you use and all event types selected, and route it to an action group that reaches operations and security (email, on-call, ITSM). Deploy it through Azure Policy or your landing-zone templates so new subscriptions get it too.',
      console: [
        'In the Azure portal, open "Service Health" and select "Health alerts" > "+ Create service health alert" (or "Monitor" > "Alerts" > "+ Create" > "Alert rule" with the "Service health" signal).',
        'Select the subscription as the scope.',
        'On the "Condition" tab, select all services, the regions you use, and under "Event types" check "Select all".',
        'On the "Actions" tab, select or create an action group that notifies operations and security.',
        'On the "Details" tab, choose a resource group and a name, keep the rule enabled, then click "Review + create" > "Create".',
      ],
    },
    ja: {
      description:
        'サブスクリプションに、Service Health カテゴリのすべてのイベントの種類（サービスの問題、計画メンテナンス、正常性の勧告、セキュリティ アドバイザリ、対応が必要な通知）とすべてのサービスを対象とし、1 つ以上のアクション グループに通知する、サブスクリプション全体をスコープとした有効なアクティビティ ログ アラート ルールがあることを確認します。リージョンでの絞り込みは許容しますが、一部のイベントの種類やサービスに限ったルールは対象外です。',
      urgency:
        '緊急度は低めです。露出を塞ぐものではなく可用性と状況把握のためのルールですが、セキュリティ アドバイザリ（例: プラットフォームのインシデント後に必要な資格情報のローテーション）はこの経路でしか届きません。次に監視のベースラインを見直す際に追加してください。',
      risk: 'Azure は障害、VM の再起動を伴う計画メンテナンス、セキュリティ アドバイザリを Service Health で影響を受ける顧客に通知します。アラートがないと誰も期限内に読まず、障害をアプリケーションの不具合と思い込んで何時間も調査したり、計画なしに本番がメンテナンスで再起動されたり、キーのローテーションやコンポーネントの更新を求めるセキュリティ アドバイザリが放置されたりします。',
      recommendation:
        'すべてのサブスクリプションに、すべてのサービス、利用中のすべてのリージョン、すべてのイベントの種類を選択した Service Health アラートを作成し、運用とセキュリティの担当者に届くアクション グループ（メール、オンコール、ITSM）に通知してください。新しいサブスクリプションにも展開されるよう、Azure Policy やランディング ゾーンのテンプレートで配布することを推奨します。',
      console: [
        'Azure portal で「Service Health」を開き、「正常性アラート」>「+ サービス正常性アラートの作成」を選択します（または「モニター」>「アラート」>「+ 作成」>「アラート ルール」で「Service Health」シグナルを選択します）。',
        'スコープとしてサブスクリプションを選択します。',
        '「条件」タブで、すべてのサービスと利用中のリージョンを選択し、「イベントの種類」で「すべて選択」をオンにします。',
        '「アクション」タブで、運用とセキュリティの担当者に通知するアクション グループを選択または作成します。',
        '「詳細」タブでリソース グループと名前を指定し、ルールを有効にしたまま「確認および作成」>「作成」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'az monitor activity-log alert create \\',
      '  --name alert-service-health \\',
      '  --resource-group rg-monitoring \\',
      '  --scope /subscriptions/<subscription-id> \\',
      '  --condition category=ServiceHealth \\',
      '  --action-group /subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.Insights/actionGroups/ag-ops',
    ].join('\n'),
    terraform: [
      'resource "azurerm_monitor_activity_log_alert" "service_health" {',
      '  name                = "alert-service-health"',
      '  resource_group_name = azurerm_resource_group.monitoring.name',
      '  location            = "global"',
      '  scopes              = [data.azurerm_subscription.current.id]',
      '',
      '  criteria {',
      '    category = "ServiceHealth"',
      '    service_health {',
      '      events = ["Incident", "Maintenance", "Informational", "ActionRequired", "Security"]',
      '    }',
      '  }',
      '',
      '  action {',
      '    action_group_id = azurerm_monitor_action_group.ops.id',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      'param actionGroupId string',
      '',
      "resource serviceHealth 'Microsoft.Insights/activityLogAlerts@2020-10-01' = {",
      "  name: 'alert-service-health'",
      "  location: 'global'",
      '  properties: {',
      '    enabled: true',
      '    scopes: [ subscription().id ]',
      '    condition: {',
      "      allOf: [ { field: 'category', equals: 'ServiceHealth' } ]",
      '    }',
      '    actions: { actionGroups: [ { actionGroupId: actionGroupId } ] }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/service-health/alerts-activity-log-service-notifications-portal',
    'https://learn.microsoft.com/en-us/azure/service-health/service-notifications',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/activity-log-alerts',
  ],
  evaluate(subscription, ctx) {
    return alertOutcome(subscription, ctx, SERVICE_HEALTH, { en: 'all Service Health events', ja: 'すべての Service Health イベント' });
  },
});
