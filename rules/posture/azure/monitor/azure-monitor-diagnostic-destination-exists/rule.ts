import { defineRule, fail, notApplicable, notAssessed, pass, type EvaluationContext } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureIds, azureUid, parseArmId, type DiagnosticSettingConfig } from '../../../../../src/providers/azure/model/index.js';
import { destinationsOf, type Destination } from '../diagnostics.js';

/** The destinations mamori collects, with the type and collector service that would hold them. */
const CHECKED: Partial<Record<Destination['kind'], { type: string; service: string }>> = {
  workspace: { type: AZURE_TYPES.logAnalyticsWorkspace, service: 'operationalinsights' },
  storageAccount: { type: AZURE_TYPES.storageAccount, service: 'storage' },
};

type Check = { kind: Destination['kind']; id: string; state: 'exists' | 'missing' | 'unverified' };

function check(d: Destination, ctx: EvaluationContext): Check {
  const known = CHECKED[d.kind]!;
  const found = ctx.byUid(azureUid(d.id));
  if (found && found.type.toLowerCase() === known.type.toLowerCase()) return { ...d, state: 'exists' };
  // Missing means deleted only if its subscription was scanned and that listing did not fail.
  const subscriptionId = parseArmId(d.id).subscriptionId;
  const scanned = subscriptionId !== undefined && ctx.byUid(azureIds.subscription(subscriptionId)) !== undefined;
  const listingFailed = subscriptionId !== undefined && (ctx.listingErrors?.(subscriptionId) ?? []).some((e) => (e.resourceTypes ? e.resourceTypes.includes(known.type) : e.service === known.service));
  return { ...d, state: scanned && !listingFailed ? 'missing' : 'unverified' };
}

export const rule = defineRule<DiagnosticSettingConfig>({
  id: 'azure-monitor-diagnostic-destination-exists',
  services: ['monitor'],
  title: {
    en: 'Diagnostic settings send logs to a workspace or storage account that still exists',
    ja: '診断設定の送信先のワークスペースやストレージ アカウントが存在している',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.diagnosticSetting],
  reads: [AZURE_TYPES.logAnalyticsWorkspace, AZURE_TYPES.storageAccount, AZURE_TYPES.subscription],
  // Central log workspaces and archive accounts usually live in a separate logging subscription.
  readsAcrossScopes: [AZURE_TYPES.logAnalyticsWorkspace, AZURE_TYPES.storageAccount, AZURE_TYPES.subscription],
  requires: ['targetResourceId', 'workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId', 'marketplacePartnerId'],
  frameworks: {
    'mcsb-1.0': ['LT-5'],
    'nist-800-53-r5': ['AU-5', 'AU-12'],
    'pci-dss-4.0': ['10.2.1', '10.3.3'],
  },
  doc: {
    en: {
      description:
        'Checks that the Log Analytics workspace and storage account a diagnostic setting sends to still exist. Azure keeps a diagnostic setting when its destination is deleted, and the setting then quietly drops every log it was meant to deliver. Destinations in a subscription that was not scanned are reported as not assessed; event hub and partner destinations are not verified.',
      urgency:
        'High urgency: the logs are being lost right now, every day, while the setting looks configured in the portal and in compliance reports; they cannot be recovered later.',
      risk: 'A workspace removed in a clean-up, or a storage account deleted with its resource group, turns the Activity Log export or a resource\'s audit logs into nothing. Detections that depend on them stop firing without an error, compliance checks that only look for "a diagnostic setting exists" still pass, and the gap is discovered during the incident that needed the logs.',
      recommendation:
        'Point the diagnostic setting at an existing destination (normally the central Log Analytics workspace), or delete the setting if the resource no longer needs logs. Protect central log workspaces and storage accounts with a CanNotDelete resource lock and keep them in a dedicated logging subscription with restricted owners.',
      console: [
        'In the Azure portal, open the resource named in the finding (for the Activity Log: "Monitor" > "Activity log" > "Export Activity Logs").',
        'Select "Monitoring" > "Diagnostic settings" and click "Edit setting" on the setting named in the finding.',
        'Under "Destination details", select an existing Log Analytics workspace or storage account.',
        'Click "Save", then add a "Delete" lock to the destination ("Settings" > "Locks" > "+ Add").',
      ],
    },
    ja: {
      description:
        '診断設定の送信先である Log Analytics ワークスペースやストレージ アカウントが存在していることを確認します。送信先が削除されても診断設定は残り、届けるはずのログをすべて黙って破棄し続けます。スキャン対象外のサブスクリプションにある送信先は評価不能とし、イベント ハブやパートナーの送信先は確認しません。',
      urgency:
        '緊急度は高めです。ポータルでもコンプライアンス レポートでも設定済みに見える一方、ログは今この瞬間も毎日失われており、後から取り戻すことはできません。',
      risk: '整理の際に削除されたワークスペースや、リソース グループごと削除されたストレージ アカウントのせいで、アクティビティ ログのエクスポートやリソースの監査ログがどこにも届かなくなります。それらに依存する検知はエラーもなく止まり、「診断設定がある」ことしか見ないコンプライアンス チェックは合格のままで、ログが必要になったインシデントの最中に初めて欠落が発覚します。',
      recommendation:
        '診断設定の送信先を既存のもの（通常は集約先の Log Analytics ワークスペース）に変更するか、ログが不要になったリソースであれば設定を削除してください。集約用のログ ワークスペースやストレージ アカウントには CanNotDelete（削除）ロックを設定し、所有者を限定した専用のログ用サブスクリプションに置くことを推奨します。',
      console: [
        'Azure portal で指摘に示されたリソースを開きます（アクティビティ ログの場合:「モニター」>「アクティビティ ログ」>「アクティビティ ログのエクスポート」）。',
        '「監視」>「診断設定」を選択し、指摘に示された設定の「設定の編集」をクリックします。',
        '「宛先の詳細」で、存在する Log Analytics ワークスペースまたはストレージ アカウントを選択します。',
        '「保存」をクリックし、送信先に削除ロックを追加します（「設定」>「ロック」>「+ 追加」）。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Re-point the setting (resource logs) at an existing workspace:',
      'az monitor diagnostic-settings update --name <setting-name> --resource <target-resource-id> \\',
      '  --set workspaceId=/subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-security',
      '# Protect the destination from deletion:',
      'az lock create --name keep-logs --lock-type CanNotDelete --resource-group rg-monitoring --resource-name law-security --resource-type Microsoft.OperationalInsights/workspaces',
    ].join('\n'),
    terraform: [
      'resource "azurerm_management_lock" "law_security" {',
      '  name       = "keep-logs"',
      '  scope      = azurerm_log_analytics_workspace.security.id',
      '  lock_level = "CanNotDelete"',
      '  notes      = "Central log destination of diagnostic settings"',
      '}',
      '',
      '# and reference the workspace from the diagnostic setting, so a missing destination fails the plan:',
      '# log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id',
    ].join('\n'),
    bicep: [
      "resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {",
      "  name: 'law-security'",
      '}',
      '',
      "resource keepLogs 'Microsoft.Authorization/locks@2020-05-01' = {",
      "  name: 'keep-logs'",
      '  scope: workspace',
      '  properties: {',
      "    level: 'CanNotDelete'",
      "    notes: 'Central log destination of diagnostic settings'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
    'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/lock-resources',
  ],
  evaluate(setting, ctx) {
    const all = destinationsOf(setting.config);
    const target = typeof setting.config.targetResourceId === 'string' ? setting.config.targetResourceId : '';
    const on = /^\/subscriptions\/[^/]+$/i.test(target) ? { en: 'the subscription Activity Log', ja: 'サブスクリプションのアクティビティ ログ' } : { en: parseArmId(target).name || target, ja: parseArmId(target).name || target };
    if (all.length === 0) {
      return notAssessed({
        en: `The destinations of diagnostic setting ${setting.name} (on ${on.en}) are not in the snapshot.`,
        ja: `診断設定 ${setting.name}（${on.ja}）の送信先がスナップショットにありません。`,
      });
    }
    const checks = all.filter((d) => CHECKED[d.kind]).map((d) => check(d, ctx));
    if (checks.length === 0) {
      return notApplicable({
        en: `Diagnostic setting ${setting.name} (on ${on.en}) sends only to an event hub or partner solution, which is not verified.`,
        ja: `診断設定 ${setting.name}（${on.ja}）の送信先はイベント ハブまたはパートナー ソリューションのみで、確認の対象外です。`,
      });
    }
    const missing = checks.filter((c) => c.state === 'missing');
    const unverified = checks.filter((c) => c.state === 'unverified');
    const names = (list: Check[]) => list.map((c) => parseArmId(c.id).name).join(', ');
    if (missing.length) {
      return fail(
        {
          en: `Diagnostic setting ${setting.name} (on ${on.en}) sends to ${names(missing)}, which no longer exists: those logs are dropped.`,
          ja: `診断設定 ${setting.name}（${on.ja}）の送信先 ${names(missing)} は存在せず、ログが破棄されています。`,
        },
        { target, missing: missing.map(({ kind, id }) => ({ kind, id })), unverified: unverified.map(({ kind, id }) => ({ kind, id })) },
      );
    }
    if (unverified.length) {
      return notAssessed(
        {
          en: `The destination ${names(unverified)} of diagnostic setting ${setting.name} (on ${on.en}) is in a subscription that was not scanned or could not be listed.`,
          ja: `診断設定 ${setting.name}（${on.ja}）の送信先 ${names(unverified)} は、スキャン対象外か一覧を取得できなかったサブスクリプションにあります。`,
        },
        { target, unverified: unverified.map(({ kind, id }) => ({ kind, id })) },
      );
    }
    return pass(
      {
        en: `Every destination of diagnostic setting ${setting.name} (on ${on.en}) exists: ${names(checks)}.`,
        ja: `診断設定 ${setting.name}（${on.ja}）の送信先はすべて存在しています: ${names(checks)}。`,
      },
      { target, destinations: checks.map(({ kind, id }) => ({ kind, id })) },
    );
  },
});
