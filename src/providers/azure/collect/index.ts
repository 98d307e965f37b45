/**
 * The Azure collector: resolves the scope (subscriptions, management groups, tenant), asks Resource
 * Graph which resource types each subscription holds, then runs one job per (subscription × API),
 * one per management group for what is assigned there, and one per tenant for Entra ID (Microsoft
 * Graph) in a bounded pool, and returns a snapshot. Collection failures never abort the scan: each
 * is recorded as a CollectionError (and on Resource.errors for a single resource's detail), so
 * rules report NOT_ASSESSED rather than judging missing data.
 */
import { randomUUID } from 'node:crypto';
import type { TokenCredential } from '@azure/core-auth';
import type { CollectProgress } from '../../aws/collect/collector.js';
import { runPool, type PoolJob } from '../../gcp/collect/pool.js';
import { MamoriError } from '../../../model/errors.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../model/snapshot.js';
import { GLOBAL_REGION, type CollectionError, type Resource } from '../../../model/types.js';
import { VERSION } from '../../../version.js';
import { AZURE_SERVICES, AZURE_TYPES, azureIds, azureScope, type AzureService, type ManagementGroupConfig, type SubscriptionConfig } from '../model/index.js';
import { AzureClients, PUBLIC_CLOUD, type AzureEndpoints } from './clients.js';
import { createAzureContext } from './context.js';
import { azureErrorInfo, azureErrorMessage, classifyAzureError } from './errors.js';
import { normaliseManagementGroup, normaliseSubscription, resolveScope } from './hierarchy.js';
import { queryInventory } from './inventory.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry.js';
import { AZURE_COLLECTORS } from './services/index.js';
import type { AzureScope, AzureServiceCollector, JobResult, RunState, SubscriptionInventory } from './types.js';

export type { AzureCollectContext, AzureServiceCollector, JobResult } from './types.js';
export { AZURE_COLLECTORS } from './services/index.js';

export interface AzureCollectOptions {
  /** Subscription ids to scan. */
  subscriptions?: string[];
  /** Management groups (names): every subscription below them, recursively. */
  managementGroups?: string[];
  /** The Microsoft Entra tenant to sign in to (default: the credential's home tenant). */
  tenant?: string;
  /** Collector APIs to run (AZURE_SERVICES names); default all. */
  services?: string[];
  /** Concurrent jobs (default 8). */
  concurrency?: number;
  /** Attempts per request on throttling / unavailability (default 5, or MAMORI_MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** Another cloud (sovereign clouds, tests): ARM, Microsoft Graph and the Entra authority host. */
  endpoints?: Partial<AzureEndpoints>;
  /** A credential to use instead of DefaultAzureCredential (tests, library users). */
  credential?: TokenCredential;
  /** Use these collectors instead of the built-in ones (tests). */
  collectors?: AzureServiceCollector[];
  /** Retry tuning (tests): backoff base and cap, sleep function. */
  retry?: Partial<RetryPolicy>;
  /** Query Resource Graph for the inventory and to skip APIs of absent types (default true). */
  resourceGraph?: boolean;
  onProgress?: (progress: CollectProgress) => void;
  /** As the Google Cloud collector: each finished job's own resources and errors. */
  onJobResult?: (job: { account: string; region: string; service: string }, result: JobResult) => void | Promise<void>;
  /** Keep every job's resources and errors in the returned snapshot (default true). */
  keepJobResults?: boolean;
}

export const DEFAULT_CONCURRENCY = 8;

export function selectAzureCollectors(services?: string[]): AzureServiceCollector[] {
  if (!services?.length) return [...AZURE_COLLECTORS.values()];
  return services.map((s) => {
    const c = AZURE_COLLECTORS.get(s);
    if (!c) throw new MamoriError('UNKNOWN_SERVICE', `unknown Azure service "${s}" (known: ${AZURE_SERVICES.join(', ')})`);
    return c;
  });
}

function positiveInt(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The `tid` claim of an access token (the tenant it was issued in), without verifying it. */
function tokenTenant(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { tid?: unknown };
    return typeof payload.tid === 'string' ? payload.tid.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

async function defaultCredential(tenant: string | undefined, authority: string | undefined): Promise<TokenCredential> {
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential({
    ...(tenant ? { tenantId: tenant } : {}),
    ...(authority ? { authorityHost: authority } : {}),
  });
}

/** One line from what @azure/identity says when no credential in the chain works. */
function credentialProblem(err: unknown): string {
  const text = azureErrorInfo(err).message.split('\n').map((l) => l.trim()).filter(Boolean);
  const useful = text.find((l) => /AADSTS\d+|invalid_client|expired|not found|Please run 'az login'/i.test(l)) ?? text[0] ?? String(err);
  return azureErrorMessage({ message: useful }).slice(0, 240);
}

/** Collects an Azure inventory snapshot through the official Azure SDK for JavaScript. */
export async function collectAzure(options: AzureCollectOptions = {}): Promise<Snapshot> {
  // Cheap checks first: a typo must not wait for credentials.
  const request = {
    subscriptions: options.subscriptions?.map(normaliseSubscription),
    managementGroups: options.managementGroups?.map(normaliseManagementGroup),
  };
  if (options.tenant && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[a-z0-9.-]+\.[a-z]{2,}$/i.test(options.tenant)) {
    throw new MamoriError('AZURE_SCOPE', `--tenant: "${options.tenant}" is not a tenant id (a GUID) or domain (contoso.onmicrosoft.com)`);
  }
  const collectors = options.collectors ?? selectAzureCollectors(options.services);
  const concurrency = positiveInt(options.concurrency) ?? DEFAULT_CONCURRENCY;
  const retry: RetryPolicy = { ...defaultRetryPolicy(options.maxAttempts), ...options.retry };
  const endpoints: AzureEndpoints = { ...PUBLIC_CLOUD, ...options.endpoints };
  for (const [name, url] of Object.entries(endpoints)) {
    if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new MamoriError('AZURE_ENDPOINT', `Azure ${name} endpoint "${url}" is not a URL`);
  }

  const credential = options.credential ?? (await defaultCredential(options.tenant, options.endpoints?.authority));
  const clients = new AzureClients(credential, endpoints, retry);
  let homeTenant = options.tenant && /^[0-9a-f-]{36}$/i.test(options.tenant) ? options.tenant.toLowerCase() : undefined;
  try {
    const token = await credential.getToken(clients.armTokenScope);
    if (!token) throw new Error('the credential returned no token');
    homeTenant = tokenTenant(token.token) ?? homeTenant;
  } catch (err) {
    throw new MamoriError(
      'AZURE_NO_CREDENTIALS',
      `no usable Azure credentials (${credentialProblem(err)}): run "az login", or set AZURE_TENANT_ID and AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, or use workload or managed identity`,
    );
  }

  const now = new Date();
  const { subscriptions, managementGroups, errors: scopeErrors } = await resolveScope(request, clients, concurrency, homeTenant);
  const memos = new Map<string, Promise<unknown>>();
  const run: RunState = {
    subscriptions,
    managementGroups,
    memo<T>(key: string, load: () => Promise<T>) {
      let p = memos.get(key) as Promise<T> | undefined;
      if (!p) {
        p = load();
        // A failed lookup is not cached: another job may try again.
        p.catch(() => memos.delete(key));
        memos.set(key, p);
      }
      return p;
    },
  };

  // Resource Graph: which types each subscription holds.
  let inventories = new Map<string, SubscriptionInventory>();
  const inventoryErrors: CollectionError[] = [];
  if (options.resourceGraph ?? true) {
    const inv = await queryInventory(clients, subscriptions.map((s) => s.subscriptionId), concurrency);
    inventories = inv.inventories;
    inventoryErrors.push(...inv.errors);
  }

  let done = 0;
  let errorCount = scopeErrors.length + inventoryErrors.length;
  const locations = new Set<string>([GLOBAL_REGION]);
  const keep = options.keepJobResults ?? true;
  const seen = new Set<string>();
  const EMPTY: JobResult = { resources: [], errors: [] };
  let total = 0;

  const job = (scope: AzureScope, collector: AzureServiceCollector, inventory: SubscriptionInventory | undefined): PoolJob<JobResult> => {
    total++;
    return {
      async run() {
        const sink: JobResult = { resources: [], errors: [] };
        try {
          await collector.collect(createAzureContext({ scope, service: collector.service, now, clients, retry, run, inventory, sink }));
        } catch (err) {
          sink.errors.push({
            provider: 'azure',
            account: scope.account,
            region: GLOBAL_REGION,
            service: collector.service,
            operation: `${collector.service}.collect`,
            code: classifyAzureError(err),
            message: azureErrorMessage(err),
            resourceTypes: [...collector.resourceTypes],
          });
        }
        let out = sink;
        if (!keep) {
          out = { resources: [], errors: sink.errors };
          for (const r of sink.resources) {
            if (seen.has(r.uid)) continue;
            seen.add(r.uid);
            locations.add(r.region);
            out.resources.push(r);
          }
        }
        await options.onJobResult?.({ account: scope.account, region: GLOBAL_REGION, service: collector.service }, out);
        done++;
        errorCount += out.errors.length;
        options.onProgress?.({ done, total, account: scope.account, region: GLOBAL_REGION, service: collector.service, errors: errorCount });
        return { result: keep ? out : EMPTY };
      },
    };
  };

  const jobs: PoolJob<JobResult>[] = [];
  // Entra ID: once, for the tenant the credential signed in to (Graph answers for that tenant only).
  if (homeTenant) {
    const scope: AzureScope = { kind: 'tenant', account: azureScope.tenant(homeTenant), tenantId: homeTenant };
    for (const c of collectors) if (c.scopes.includes('tenant')) jobs.push(job(scope, c, undefined));
  } else if (collectors.some((c) => c.scopes.includes('tenant'))) {
    scopeErrors.push({ provider: 'azure', account: 'tenants/unknown', region: GLOBAL_REGION, service: 'graph', operation: 'graph.tenant', code: 'Unknown', message: 'the tenant of the credential is unknown (pass --tenant): Entra ID was not collected' });
  }
  for (const mg of managementGroups.values()) {
    const scope: AzureScope = { kind: 'managementGroup', account: azureScope.managementGroup(mg.name), managementGroup: mg.name, tenantId: mg.tenantId };
    for (const c of collectors) if (c.scopes.includes('managementGroup')) jobs.push(job(scope, c, undefined));
  }
  for (const s of subscriptions) {
    const scope: AzureScope = { kind: 'subscription', account: azureScope.subscription(s.subscriptionId), subscriptionId: s.subscriptionId, tenantId: s.tenantId ?? homeTenant };
    const inventory = inventories.get(s.subscriptionId);
    for (const c of collectors) {
      if (!c.scopes.includes('subscription')) continue;
      // Resource Graph lists none of the collector's types here: nothing to read.
      if (inventory && c.gatedBy && !c.gatedBy.some((t) => inventory.types.has(t.toLowerCase()))) continue;
      jobs.push(job(scope, c, inventory));
    }
  }

  // What belongs to no job: the scope itself (subscriptions, management groups).
  const scopeResources = hierarchyResources(subscriptions, managementGroups, homeTenant);
  const results = await runPool(jobs, concurrency);
  const resources: Resource[] = [];
  const errors: CollectionError[] = [...scopeErrors, ...inventoryErrors];
  for (const r of scopeResources) {
    if (seen.has(r.uid)) continue;
    seen.add(r.uid);
    resources.push(r);
  }
  // Kept results are merged in job order (not finish order), so the snapshot is stable.
  for (const r of results) {
    for (const res of r.resources) {
      if (keep && seen.has(res.uid)) continue;
      seen.add(res.uid);
      resources.push(res);
      locations.add(res.region);
    }
    for (const e of r.errors) errors.push(e);
  }

  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: randomUUID(),
    collectedAt: new Date().toISOString(),
    tool: { name: 'mamori', version: VERSION },
    scope: {
      provider: 'azure',
      accounts: subscriptions.map((s) => s.subscriptionId),
      regions: [...locations].sort(),
      services: collectors.map((c) => c.service),
    },
    resources,
    errors,
  };
}

/** The subscriptions and management groups of the scope as resources. */
function hierarchyResources(subscriptions: RunState['subscriptions'], groups: RunState['managementGroups'], homeTenant: string | undefined): Resource[] {
  const out: Resource[] = [];
  for (const g of groups.values()) {
    const config: ManagementGroupConfig = { name: g.name, tenantId: g.tenantId || homeTenant || '', ancestors: g.ancestors };
    if (g.displayName) config.displayName = g.displayName;
    if (g.parent) config.parent = g.parent;
    out.push({ uid: azureIds.managementGroup(g.name), provider: 'azure', account: azureScope.managementGroup(g.name), region: GLOBAL_REGION, type: AZURE_TYPES.managementGroup, name: g.displayName ?? g.name, tags: {}, config: config as unknown as Record<string, unknown> });
  }
  for (const s of subscriptions) {
    const config: SubscriptionConfig = { subscriptionId: s.subscriptionId, managementGroupAncestors: s.ancestors ?? [] };
    if (s.displayName) config.displayName = s.displayName;
    if (s.state) config.state = s.state;
    if (s.tenantId ?? homeTenant) config.tenantId = s.tenantId ?? homeTenant;
    if (s.tags) config.tags = s.tags;
    const resource: Resource = {
      uid: azureIds.subscription(s.subscriptionId),
      provider: 'azure',
      account: azureScope.subscription(s.subscriptionId),
      region: GLOBAL_REGION,
      type: AZURE_TYPES.subscription,
      name: s.displayName ?? s.subscriptionId,
      tags: { ...(s.tags ?? {}) },
      config: config as unknown as Record<string, unknown>,
    };
    if (s.ancestryError) resource.errors = { managementGroupAncestors: s.ancestryError };
    out.push(resource);
  }
  return out;
}

export type { AzureService };
