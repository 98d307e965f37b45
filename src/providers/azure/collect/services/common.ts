/** Helpers several service collectors share. */
import type { AzureCollectContext, InventoryItem } from '../types.js';
import { nameOf, resourceGroupOf } from '../util.js';

/**
 * The ids of one ARM type in the subscription: from the Resource Graph inventory when there is
 * one, else through the Resource Manager SDK (`resources.list` filtered on the type). Undefined
 * when the listing failed (recorded for `resourceTypes`).
 */
export async function idsOfType(ctx: AzureCollectContext, type: string, resourceTypes: readonly string[]): Promise<Pick<InventoryItem, 'id' | 'name' | 'location' | 'resourceGroup'>[] | undefined> {
  const known = ctx.idsOf(type);
  if (known) return known;
  const { ResourceManagementClient } = await import('@azure/arm-resources');
  const client = ctx.clients.arm(ResourceManagementClient, ctx.scope.subscriptionId!);
  const listed = await ctx.list(`resources.resources.list(${type})`, resourceTypes, () => client.resources.list({ filter: `resourceType eq '${type}'` }));
  return listed?.filter((r) => r.id).map((r) => ({ id: r.id!, name: r.name ?? nameOf(r.id!), location: r.location, resourceGroup: resourceGroupOf(r.id!) }));
}
