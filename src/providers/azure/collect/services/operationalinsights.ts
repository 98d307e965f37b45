/** Log Analytics workspaces (SDK `@azure/arm-operationalinsights`): retention, network access, features. Shared keys are never read. */
import { AZURE_TYPES, azureUid } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { fieldsFor, pick } from '../util.js';

const FIELDS = fieldsFor(AZURE_TYPES.logAnalyticsWorkspace, ['id', 'name', 'retentionInDays', 'publicNetworkAccessForIngestion', 'publicNetworkAccessForQuery', 'features', 'sku']);

export const collector: AzureServiceCollector = {
  service: 'operationalinsights',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.logAnalyticsWorkspace],
  gatedBy: [AZURE_TYPES.logAnalyticsWorkspace],
  async collect(ctx) {
    const { OperationalInsightsManagementClient } = await import('@azure/arm-operationalinsights');
    const client = ctx.clients.arm(OperationalInsightsManagementClient, ctx.scope.subscriptionId!);
    const items = await ctx.list('operationalinsights.workspaces.list', [AZURE_TYPES.logAnalyticsWorkspace], () => client.workspaces.list());
    for (const w of items ?? []) {
      if (!w.id || !w.name) continue;
      ctx.emit({ uid: azureUid(w.id), type: AZURE_TYPES.logAnalyticsWorkspace, name: w.name, region: w.location, tags: w.tags, config: pick<Record<string, unknown>>(w, FIELDS) });
    }
  },
};
