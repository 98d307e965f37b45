/**
 * The resource inventory through Azure Resource Graph: one query per batch of subscriptions,
 * paged with `$skipToken`. It lists every resource (id, type, location, tags, sku, kind), which
 * feeds the snapshot's inventory for types no collector reads in detail, and tells each collector
 * whether its types exist in a subscription at all (a subscription without SQL servers costs no
 * SQL call). Resource Graph is called through the ARM pipeline (retry and auth shared with the
 * SDK calls): `@azure/arm-resourcegraph` 4 is built on the retired ms-rest-js stack.
 */
import { mapPool } from '../../aws/collect/pool.js';
import { withDeadline } from '../../../model/timeouts.js';
import { GLOBAL_REGION, type CollectionError } from '../../../model/types.js';
import type { AzureClients } from './clients.js';
import { OperationDeadlineError } from './context.js';
import { azureErrorMessage, classifyAzureError } from './errors.js';
import type { InventoryItem, SubscriptionInventory } from './types.js';

export const RESOURCE_GRAPH_API = '2022-10-01';
/** Subscriptions per query (Resource Graph accepts up to 1,000; smaller batches run in parallel). */
export const INVENTORY_BATCH = 100;
const PAGE = 1000;
const MAX_PAGES = 5_000;
export const INVENTORY_OPERATION = 'resourcegraph.resources';

export const INVENTORY_QUERY = 'resources | project id, name, type, location, resourceGroup, subscriptionId, tags, sku, kind | order by id asc';

interface QueryResponse {
  totalRecords?: number;
  count?: number;
  resultTruncated?: string;
  $skipToken?: string;
  data?: InventoryItem[] | { columns?: unknown; rows?: unknown };
}

export async function queryInventory(
  clients: AzureClients,
  subscriptionIds: string[],
  concurrency: number,
): Promise<{ inventories: Map<string, SubscriptionInventory>; errors: CollectionError[] }> {
  const inventories = new Map<string, SubscriptionInventory>();
  const errors: CollectionError[] = [];
  const batches: string[][] = [];
  for (let i = 0; i < subscriptionIds.length; i += INVENTORY_BATCH) batches.push(subscriptionIds.slice(i, i + INVENTORY_BATCH));
  const deadline = clients.retry.deadlineMs;
  await mapPool(batches, Math.max(1, Math.min(concurrency, 4)), async (batch) => {
    const items: InventoryItem[] = [];
    try {
      const work = (async () => {
        let skipToken: string | undefined;
        for (let page = 0; ; page++) {
          if (page >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages`);
          const body = { subscriptions: batch, query: INVENTORY_QUERY, options: { resultFormat: 'objectArray', $top: PAGE, ...(skipToken ? { $skipToken: skipToken } : {}) } };
          const res = await clients.rest<QueryResponse>(`/providers/Microsoft.ResourceGraph/resources?api-version=${RESOURCE_GRAPH_API}`, { method: 'POST', body });
          if (!Array.isArray(res.data)) throw new Error('Resource Graph answered without an object array');
          items.push(...res.data);
          skipToken = res.$skipToken || undefined;
          if (!skipToken) {
            // A truncated answer without a token cannot be completed: the inventory is not trusted.
            if (res.resultTruncated === 'true') throw new Error('Resource Graph truncated the result without a $skipToken');
            return;
          }
        }
      })();
      await (deadline === undefined ? work : withDeadline(work, deadline, () => new OperationDeadlineError(deadline)));
    } catch (err) {
      // Without an inventory every collector runs and lists through its SDK: nothing is lost but speed.
      for (const s of batch) {
        errors.push({ provider: 'azure', account: s, region: GLOBAL_REGION, service: 'resources', operation: INVENTORY_OPERATION, code: classifyAzureError(err), message: azureErrorMessage(err), resourceTypes: [] });
      }
      return;
    }
    for (const s of batch) inventories.set(s, { items: [], types: new Set() });
    for (const item of items) {
      const inv = inventories.get(String(item.subscriptionId).toLowerCase());
      if (!inv || !item.id || !item.type) continue;
      const type = item.type.toLowerCase();
      inv.items.push({ ...item, type });
      inv.types.add(type);
    }
  });
  return { inventories, errors };
}
