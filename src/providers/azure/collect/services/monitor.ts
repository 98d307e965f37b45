/**
 * Azure Monitor: the subscription's Activity Log diagnostic settings; the diagnostic settings of the
 * resources rules read them for (Key Vaults, Databricks workspaces, NSGs, application gateways,
 * storage accounts' blob/queue/table services, web apps, AKS clusters, Cosmos DB accounts), found
 * through the Resource Graph inventory; Activity Log alerts; Application Insights components.
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid, type ActivityLogAlertConfig, type DiagnosticSettingConfig } from '../../model/index.js';
import { azureErrorMessage, classifyAzureError } from '../errors.js';
import type { AzureCollectContext, AzureServiceCollector } from '../types.js';
import { fieldsFor, pick } from '../util.js';
import { idsOfType } from './common.js';

export const APP_INSIGHTS_API = '2020-02-02';

/** Resource types whose diagnostic settings are read, and the sub-resources (storage services) that carry them. */
export const DIAGNOSTIC_TARGETS: { type: string; suffixes: string[] }[] = [
  { type: AZURE_TYPES.keyVault, suffixes: [''] },
  { type: AZURE_TYPES.databricksWorkspace, suffixes: [''] },
  { type: AZURE_TYPES.networkSecurityGroup, suffixes: [''] },
  { type: AZURE_TYPES.applicationGateway, suffixes: [''] },
  { type: AZURE_TYPES.storageAccount, suffixes: ['/blobServices/default', '/queueServices/default', '/tableServices/default'] },
  { type: AZURE_TYPES.webApp, suffixes: [''] },
  { type: AZURE_TYPES.aksCluster, suffixes: [''] },
  { type: AZURE_TYPES.cosmosDbAccount, suffixes: [''] },
];

const SETTING_FIELDS = fieldsFor(AZURE_TYPES.diagnosticSetting, ['id', 'name', 'storageAccountId', 'workspaceId', 'eventHubAuthorizationRuleId', 'eventHubName', 'logs', 'metrics']).filter((f) => f !== 'targetResourceId');
const ALERT_FIELDS = fieldsFor(AZURE_TYPES.activityLogAlert, ['id', 'name', 'scopes', 'condition', 'actions', 'enabled', 'location']);

type MonitorClient = InstanceType<typeof import('@azure/arm-monitor').MonitorClient>;

async function diagnosticSettings(ctx: AzureCollectContext, client: MonitorClient) {
  const sub = ctx.scope.subscriptionId!;
  const emit = (target: string, settings: Awaited<ReturnType<MonitorClient['diagnosticSettings']['list']>> | undefined) => {
    for (const s of settings?.value ?? []) {
      if (!s.id || !s.name) continue;
      const config = { ...pick<DiagnosticSettingConfig>(s, SETTING_FIELDS), targetResourceId: azureUid(target) };
      ctx.emit({ uid: azureUid(s.id), type: AZURE_TYPES.diagnosticSetting, name: s.name, config });
    }
  };
  // The Activity Log's export settings (subscription level).
  const subscriptionTarget = `/subscriptions/${sub}`;
  emit(subscriptionTarget, await ctx.get('monitor.diagnosticSettings.list(subscription)', [AZURE_TYPES.diagnosticSetting], () => client.diagnosticSettings.list(subscriptionTarget.slice(1))));

  for (const { type, suffixes } of DIAGNOSTIC_TARGETS) {
    if (!ctx.has(type)) continue;
    const resources = await idsOfType(ctx, type, [AZURE_TYPES.diagnosticSetting]);
    if (!resources?.length) continue;
    const targets = resources.flatMap((r) => suffixes.map((s) => `${r.id}${s}`));
    // One error per target type (not one per resource): the first failure, and how many failed.
    let failed = 0;
    let first: unknown;
    await mapPool(targets, 4, async (target) => {
      try {
        emit(target, await client.diagnosticSettings.list(target.replace(/^\//, '')));
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        // A storage account without that service (FileStorage has no queues) answers 404 / 400.
        if (status === 404 || (status === 400 && suffixes.length > 1)) return;
        failed++;
        first ??= err;
      }
    });
    if (failed) {
      ctx.record({
        operation: `monitor.diagnosticSettings.list(${type})`,
        code: classifyAzureError(first),
        message: `diagnostic settings of ${failed} of ${targets.length} ${type} could not be read: ${azureErrorMessage(first)}`.slice(0, 300),
        resourceTypes: [AZURE_TYPES.diagnosticSetting],
      });
    }
  }
}

export const collector: AzureServiceCollector = {
  service: 'monitor',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.diagnosticSetting, AZURE_TYPES.activityLogAlert, AZURE_TYPES.applicationInsights],
  async collect(ctx) {
    const sub = ctx.scope.subscriptionId!;
    const { MonitorClient } = await import('@azure/arm-monitor');
    const client = ctx.clients.arm(MonitorClient, sub);

    const alerts = async () => {
      const items = await ctx.list('monitor.activityLogAlerts.listBySubscriptionId', [AZURE_TYPES.activityLogAlert], () => client.activityLogAlerts.listBySubscriptionId());
      for (const a of items ?? []) {
        if (!a.id || !a.name) continue;
        ctx.emit({ uid: azureUid(a.id), type: AZURE_TYPES.activityLogAlert, name: a.name, region: a.location, tags: a.tags, config: pick<ActivityLogAlertConfig>(a, ALERT_FIELDS) });
      }
    };

    // Application Insights components (no installed SDK covers them: the REST API through the pipeline).
    const components = async () => {
      if (!ctx.has(AZURE_TYPES.applicationInsights)) return;
      const items: { id?: string; name?: string; kind?: string; location?: string; tags?: Record<string, string>; properties?: Record<string, unknown> }[] = [];
      const ok = await ctx.get('monitor.components.list', [AZURE_TYPES.applicationInsights], () =>
        ctx.clients.restList<(typeof items)[number]>(`/subscriptions/${sub}/providers/Microsoft.Insights/components?api-version=${APP_INSIGHTS_API}`, (page) => void items.push(...page)).then(() => true),
      );
      if (!ok) return;
      for (const c of items) {
        if (!c.id || !c.name) continue;
        const p = c.properties ?? {};
        const config = pick<Record<string, unknown>>(
          {
            id: c.id,
            name: c.name,
            kind: c.kind,
            workspaceResourceId: p.WorkspaceResourceId ?? p.workspaceResourceId,
            ingestionMode: p.IngestionMode ?? p.ingestionMode,
            publicNetworkAccessForIngestion: p.publicNetworkAccessForIngestion,
            publicNetworkAccessForQuery: p.publicNetworkAccessForQuery,
            disableLocalAuth: p.DisableLocalAuth ?? p.disableLocalAuth,
          },
          fieldsFor(AZURE_TYPES.applicationInsights, ['id', 'name', 'workspaceResourceId', 'publicNetworkAccessForIngestion']),
        );
        ctx.emit({ uid: azureUid(c.id), type: AZURE_TYPES.applicationInsights, name: c.name, region: c.location, tags: c.tags, config });
      }
    };

    await Promise.all([diagnosticSettings(ctx, client), alerts(), components()]);
  },
};
