import type { CollectionError, Relationship, Resource } from '../../../model/types.js';
import type { AzureService } from '../model/index.js';
import type { AzureClients } from './clients.js';

export type ScopeKind = 'subscription' | 'managementGroup' | 'tenant';

/** What a job runs on. */
export interface AzureScope {
  kind: ScopeKind;
  /** `Resource.account`: the subscription id, `managementGroups/<name>` or `tenants/<id>`. */
  account: string;
  subscriptionId?: string;
  managementGroup?: string;
  tenantId?: string;
}

/** One row of the Resource Graph inventory. */
export interface InventoryItem {
  id: string;
  name: string;
  /** Lower case, as Resource Graph writes it. */
  type: string;
  location?: string;
  resourceGroup?: string;
  subscriptionId: string;
  tags?: Record<string, string> | null;
  sku?: unknown;
  kind?: string | null;
}

/** What Resource Graph said a subscription holds; absent when the query failed (everything is then listed through the SDKs). */
export interface SubscriptionInventory {
  items: InventoryItem[];
  /** Lower-case types present. */
  types: Set<string>;
}

/** A subscription in scope. */
export interface SubscriptionEntry {
  subscriptionId: string;
  displayName?: string;
  state?: string;
  tenantId?: string;
  tags?: Record<string, string>;
  /** Management groups above, nearest first (root last); undefined when not readable. */
  ancestors?: string[];
  ancestryError?: string;
}

export interface ManagementGroupEntry {
  name: string;
  displayName?: string;
  tenantId: string;
  parent?: string;
  ancestors: string[];
}

export interface EmitInput<C extends object> {
  uid: string;
  type: string;
  name: string;
  config: C;
  /** Defaults to `global`. */
  region?: string | null;
  /** Defaults to the job's scope account. */
  account?: string;
  tags?: Record<string, string> | null;
  errors?: Record<string, string>;
  relationships?: Relationship[];
}

/** A paged SDK listing (`PagedAsyncIterableIterator`) or any async iterable. */
export type Listing<T> = AsyncIterable<T> & { byPage?: (settings?: { continuationToken?: string; maxPageSize?: number }) => AsyncIterableIterator<T[]> };

/** Run-wide state the collectors share (caches of definitions resolved once, the subscriptions' tenants). */
export interface RunState {
  subscriptions: SubscriptionEntry[];
  managementGroups: Map<string, ManagementGroupEntry>;
  /** Memoised async lookups shared by every job (policy definitions, built-in roles). */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * What a service collector gets for one job (scope × API). It never sees credentials: `clients`
 * builds SDK clients; list/get/detail turn failures into collection errors.
 */
export interface AzureCollectContext {
  readonly scope: AzureScope;
  readonly account: string;
  readonly service: AzureService;
  readonly now: Date;
  readonly clients: AzureClients;
  readonly run: RunState;
  /** Resource Graph's view of the subscription (undefined when it could not be queried). */
  readonly inventory?: SubscriptionInventory;
  emit<C extends object>(resource: EmitInput<C>): void;
  /**
   * A listing: every item of every page (`nextLink`). On failure records a collection error for
   * `resourceTypes` in this scope and returns undefined; what earlier pages gave is dropped (the
   * error makes rules over these types NOT_ASSESSED anyway).
   */
  list<T>(operation: string, resourceTypes: readonly string[], listing: () => Listing<T>): Promise<T[] | undefined>;
  /** A single call that stands for a listing (a subscription-level setting): undefined on failure (recorded like `list`). */
  get<T>(operation: string, resourceTypes: readonly string[], fetch: () => Promise<T>): Promise<T | undefined>;
  /**
   * One resource's detail call. `absent(err)` true means "not configured / not supported" and gives
   * null. Other failures set `errors[field]` (put it on Resource.errors) and record an error with the uid.
   */
  detail<T>(errors: Record<string, string>, resourceUid: string, field: string, operation: string, fetch: () => Promise<T>, absent?: (err: unknown) => boolean): Promise<T | null | undefined>;
  /** A detail call whose list (e.g. a server's firewall rules) is itself the field. */
  detailList<T>(errors: Record<string, string>, resourceUid: string, field: string, operation: string, listing: () => Listing<T>, absent?: (err: unknown) => boolean): Promise<T[] | null | undefined>;
  record(error: Omit<CollectionError, 'provider' | 'account' | 'region' | 'service'> & Partial<Pick<CollectionError, 'account' | 'region' | 'service'>>): void;
  /** Inventory ids of one ARM type (lower case) in this subscription, or undefined without an inventory. */
  idsOf(type: string): InventoryItem[] | undefined;
  /** False when the inventory says the subscription has none of these types (true without an inventory). */
  has(...types: string[]): boolean;
}

export interface AzureServiceCollector {
  service: AzureService;
  scopes: readonly ScopeKind[];
  /** Types it emits; recorded on errors that stop the whole job. */
  resourceTypes: readonly string[];
  /**
   * ARM types (any case) whose presence in the Resource Graph inventory is needed for the job to
   * run: with an inventory that lists none of them in the subscription, the job is skipped (no
   * call, nothing to collect). Absent: always run (subscription-level settings).
   */
  gatedBy?: readonly string[];
  collect(ctx: AzureCollectContext): Promise<void>;
}

export interface JobResult {
  resources: Resource[];
  errors: CollectionError[];
}
