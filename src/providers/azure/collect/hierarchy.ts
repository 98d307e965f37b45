/**
 * Resolves the scope of a run: the subscriptions to scan (given, below management groups, or every
 * one the credential sees) and the management groups above them (Management Groups `entities`),
 * so each subscription knows its ancestry and each group its parents.
 */
import { mapPool } from '../../aws/collect/pool.js';
import { MamoriError } from '../../../model/errors.js';
import { GLOBAL_REGION, type CollectionError } from '../../../model/types.js';
import { AZURE_TYPES, azureScope } from '../model/index.js';
import type { AzureClients } from './clients.js';
import { drain } from './context.js';
import { azureErrorInfo, azureErrorMessage, classifyAzureError } from './errors.js';
import type { ManagementGroupEntry, SubscriptionEntry } from './types.js';

export interface ScopeRequest {
  subscriptions?: string[];
  managementGroups?: string[];
}

/** ARM API version of the subscriptions calls (the SDK for them, @azure/arm-resources-subscriptions, is not a dependency). */
export const SUBSCRIPTIONS_API = '2022-12-01';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `1111…`, `/subscriptions/1111…` → the id in lower case; anything else is refused before any call. */
export function normaliseSubscription(value: string): string {
  const v = value.trim().replace(/^\/?subscriptions\//i, '').replace(/\/+$/, '');
  if (!GUID.test(v)) throw new MamoriError('AZURE_SCOPE', `--subscription: "${value}" is not a subscription id (expected a GUID, e.g. 11111111-2222-3333-4444-555555555555)`);
  return v.toLowerCase();
}

/** `mg-platform`, `/providers/Microsoft.Management/managementGroups/mg-platform` → `mg-platform`. */
export function normaliseManagementGroup(value: string): string {
  const v = value.trim().replace(/^\/?providers\/microsoft\.management\/managementgroups\//i, '').replace(/\/+$/, '');
  if (!/^[\w().-]{1,90}$/.test(v)) throw new MamoriError('AZURE_SCOPE', `--management-group: "${value}" is not a management group name (letters, digits, -, _, (, ), . up to 90 characters)`);
  return v;
}

interface RawSubscription {
  subscriptionId?: string;
  displayName?: string;
  state?: string;
  tenantId?: string;
  tags?: Record<string, string>;
}

const toEntry = (s: RawSubscription, id: string): SubscriptionEntry => ({
  subscriptionId: (s.subscriptionId ?? id).toLowerCase(),
  ...(s.displayName ? { displayName: s.displayName } : {}),
  ...(s.state ? { state: s.state } : {}),
  ...(s.tenantId ? { tenantId: s.tenantId.toLowerCase() } : {}),
  ...(s.tags ? { tags: s.tags } : {}),
});

const MG_PREFIX = /^\/providers\/microsoft\.management\/managementgroups\//i;

export async function resolveScope(
  request: ScopeRequest,
  clients: AzureClients,
  concurrency: number,
  homeTenant: string | undefined,
): Promise<{ subscriptions: SubscriptionEntry[]; managementGroups: Map<string, ManagementGroupEntry>; errors: CollectionError[] }> {
  const errors: CollectionError[] = [];
  const record = (account: string, service: string, operation: string, err: unknown, extra: Partial<CollectionError> = {}, message?: string) =>
    errors.push({ provider: 'azure', account, region: GLOBAL_REGION, service, operation, code: classifyAzureError(err), message: message ?? azureErrorMessage(err), ...extra });
  const { ManagementGroupsAPI } = await import('@azure/arm-managementgroups');
  const mgApi = clients.armTenant(ManagementGroupsAPI);

  const wanted = new Set<string>(request.subscriptions ?? []);
  // Management groups asked for: every subscription below them (listDescendants is recursive).
  for (const mg of request.managementGroups ?? []) {
    try {
      const descendants = await drain(mgApi.managementGroups.listDescendants(mg), clients.retry.deadlineMs);
      for (const d of descendants) if (d.type?.toLowerCase() === '/subscriptions' && d.name) wanted.add(d.name.toLowerCase());
    } catch (err) {
      record(azureScope.managementGroup(mg), 'managementgroups', 'managementGroups.listDescendants', err, {}, `management group ${mg} could not be read: ${azureErrorMessage(err)}`.slice(0, 300));
    }
  }

  const subscriptions: SubscriptionEntry[] = [];
  if (!request.subscriptions?.length && !request.managementGroups?.length) {
    // Nothing asked for: every subscription the credential can see.
    try {
      await clients.restList<RawSubscription>(`/subscriptions?api-version=${SUBSCRIPTIONS_API}`, (page) => {
        for (const s of page) if (s.subscriptionId) subscriptions.push(toEntry(s, s.subscriptionId));
      });
    } catch (err) {
      throw new MamoriError('AZURE_SCOPE', `could not list the subscriptions the credentials can see (${azureErrorMessage(err)}); pass --subscription <id> or --management-group <name>`);
    }
    if (!subscriptions.length) throw new MamoriError('AZURE_SCOPE', 'the credentials can see no subscription: grant them Reader on a subscription or management group, or pass --subscription <id>');
  } else {
    const unknown: string[] = [];
    await mapPool([...wanted], concurrency, async (id) => {
      try {
        const s = await clients.rest<RawSubscription>(`/subscriptions/${id}?api-version=${SUBSCRIPTIONS_API}`);
        subscriptions.push(toEntry(s, id));
      } catch (err) {
        const info = azureErrorInfo(err);
        if (info.status === 404 || info.status === 403 || info.status === 401 || info.code === 'SubscriptionNotFound' || info.code === 'InvalidSubscriptionId') {
          unknown.push(id);
          record(id, 'resources', 'subscriptions.get', err, {}, `subscription ${id} does not exist or the credentials cannot see it (${azureErrorMessage(err)})`.slice(0, 300));
        } else {
          // Throttled or failing: still scanned, its details are unknown.
          record(id, 'resources', 'subscriptions.get', err, { resourceTypes: [AZURE_TYPES.subscription] });
          subscriptions.push({ subscriptionId: id });
        }
      }
    });
    if (!subscriptions.length) {
      const first = errors[0];
      if (unknown.length && request.subscriptions?.length && !request.managementGroups?.length) {
        throw new MamoriError('AZURE_UNKNOWN_SUBSCRIPTION', unknown.length === 1 ? `${first.message.replace(/^subscription /, 'subscription "').replace(/ does not/, '" does not')}; check the id and the credentials' role assignments` : `none of the subscriptions exists or is visible to the credentials (${unknown.join(', ')}); check the ids and the credentials' role assignments`);
      }
      throw new MamoriError('AZURE_SCOPE', `nothing to scan: ${first ? first.message : 'the management groups hold no subscription'}`);
    }
  }
  subscriptions.sort((a, b) => a.subscriptionId.localeCompare(b.subscriptionId));

  // Ancestry: one entities listing gives every group and subscription the caller can see with its parent.
  const managementGroups = new Map<string, ManagementGroupEntry>();
  type Node = { type: 'mg' | 'sub'; name: string; displayName?: string; tenantId?: string; parent?: string; chain?: string[] };
  const nodes = new Map<string, Node>();
  try {
    const entities = await drain(mgApi.entities.list(), clients.retry.deadlineMs);
    for (const e of entities) {
      if (!e.name) continue;
      const isSub = e.type?.toLowerCase() === '/subscriptions';
      const parentId = e.parent?.id;
      const parent = parentId && MG_PREFIX.test(parentId) ? parentId.replace(MG_PREFIX, '') : undefined;
      nodes.set(`${isSub ? 'sub' : 'mg'}:${e.name.toLowerCase()}`, {
        type: isSub ? 'sub' : 'mg',
        name: isSub ? e.name.toLowerCase() : e.name,
        displayName: e.displayName,
        tenantId: e.tenantId?.toLowerCase(),
        parent,
        chain: e.parentNameChain,
      });
    }
  } catch (err) {
    for (const s of subscriptions) s.ancestryError = classifyAzureError(err);
    const tenants = new Set(subscriptions.map((s) => s.tenantId ?? homeTenant).filter((t): t is string => !!t));
    for (const t of tenants.size ? tenants : new Set(['unknown'])) {
      record(azureScope.tenant(t), 'managementgroups', 'managementGroups.entities.list', err, { resourceTypes: [AZURE_TYPES.managementGroup] });
    }
    return { subscriptions, managementGroups, errors };
  }

  /** A node's ancestors nearest first: parent pointers, else the name chain (root first). */
  const ancestry = (node: Node): string[] => {
    const out: string[] = [];
    let parent = node.parent;
    const seen = new Set<string>();
    while (parent && !seen.has(parent.toLowerCase())) {
      seen.add(parent.toLowerCase());
      out.push(parent);
      parent = nodes.get(`mg:${parent.toLowerCase()}`)?.parent;
    }
    if (node.chain?.length && node.chain.length > out.length) return [...node.chain].reverse();
    return out;
  };
  const addGroup = (name: string) => {
    if (managementGroups.has(name.toLowerCase())) return;
    const node = nodes.get(`mg:${name.toLowerCase()}`);
    const ancestors = node ? ancestry(node) : [];
    managementGroups.set(name.toLowerCase(), {
      name: node?.name ?? name,
      ...(node?.displayName ? { displayName: node.displayName } : {}),
      tenantId: node?.tenantId ?? homeTenant ?? '',
      ...(ancestors[0] ? { parent: ancestors[0] } : {}),
      ancestors,
    });
  };
  for (const s of subscriptions) {
    const node = nodes.get(`sub:${s.subscriptionId}`);
    if (!node) {
      // Not in the entities the caller can see: its groups are unknown.
      s.ancestryError = 'AccessDenied';
      continue;
    }
    s.ancestors = ancestry(node);
    s.tenantId ??= node.tenantId;
    for (const g of s.ancestors) addGroup(g);
  }
  for (const mg of request.managementGroups ?? []) {
    if (!nodes.has(`mg:${mg.toLowerCase()}`)) continue;
    addGroup(mg);
    for (const g of managementGroups.get(mg.toLowerCase())!.ancestors) addGroup(g);
  }
  return { subscriptions, managementGroups, errors };
}
