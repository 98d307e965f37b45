import type { Resource } from '../../model/types.js';
import { AZURE_TYPES, azureIds, type SubscriptionConfig } from './model/index.js';

/** A subscription's scope-wide results (MANUAL recommendations, subscription settings) live on its subscription resource. */
export const azureScopeResource = (subscriptionId: string) => ({ uid: azureIds.subscription(subscriptionId), type: AZURE_TYPES.subscription });

/** The resource types `azureScopePaths` reads. */
export const AZURE_SCOPE_PATH_TYPES = [AZURE_TYPES.subscription];

/**
 * Where each subscription sits, root first: `managementGroups/<root>/managementGroups/<mg>/subscriptions/<id>`
 * (`subscriptions/<id>` when the management groups above it could not be read).
 */
export function azureScopePaths(resources: Iterable<Resource>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of resources) {
    if (r.type !== AZURE_TYPES.subscription) continue;
    const sub = r.config as Partial<SubscriptionConfig>;
    const id = (sub.subscriptionId ?? r.account).toLowerCase();
    const groups = [...(sub.managementGroupAncestors ?? [])].reverse().map((g) => `managementGroups/${g}`);
    out.set(id, [...groups, `subscriptions/${id}`].join('/'));
  }
  return out;
}
