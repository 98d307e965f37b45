/**
 * Resource groups (Resource Manager SDK), and the rest of the Resource Graph inventory: every
 * resource of a type no collector reads in detail, with its id, location, tags, SKU and kind.
 */
import { AZURE_TYPES, azureUid } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { clean } from '../util.js';

/** Types some collector reads in detail (their inventory rows are not copied). */
const DETAILED = new Set<string>(Object.values(AZURE_TYPES).map((t) => t.toLowerCase()));

export const collector: AzureServiceCollector = {
  service: 'resources',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.resourceGroup],
  async collect(ctx) {
    const { ResourceManagementClient } = await import('@azure/arm-resources');
    const client = ctx.clients.arm(ResourceManagementClient, ctx.scope.subscriptionId!);
    const groups = await ctx.list('resources.resourceGroups.list', [AZURE_TYPES.resourceGroup], () => client.resourceGroups.list());
    for (const g of groups ?? []) {
      if (!g.id || !g.name) continue;
      ctx.emit({
        uid: azureUid(g.id),
        type: AZURE_TYPES.resourceGroup,
        name: g.name,
        region: g.location,
        tags: g.tags,
        config: { name: g.name, location: g.location, ...(g.properties?.provisioningState ? { provisioningState: g.properties.provisioningState } : {}) },
      });
    }
    for (const item of ctx.inventory?.items ?? []) {
      if (DETAILED.has(item.type)) continue;
      ctx.emit({
        uid: azureUid(item.id),
        type: item.type,
        name: item.name,
        region: item.location,
        tags: item.tags,
        config: clean<Record<string, unknown>>({ id: item.id, name: item.name, type: item.type, location: item.location, kind: item.kind || undefined, sku: item.sku || undefined }),
      });
    }
  },
};
