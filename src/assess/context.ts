import type { EvaluationContext } from '../model/rule.js';
import { REGION_TYPE } from '../model/pseudo.js';
import type { CollectionError, Resource } from '../model/types.js';
import type { Snapshot } from '../model/snapshot.js';

/** Indexes resources once so rules can look them up in O(1). */
export class ResourceIndex implements EvaluationContext {
  readonly now: Date;
  private readonly byType = new Map<string, Resource[]>();
  private readonly byScope = new Map<string, Resource[]>();
  private readonly uids = new Map<string, Resource>();
  private readonly failedListings = new Map<string, CollectionError[]>();

  constructor(collectedAt: string) {
    this.now = new Date(collectedAt);
  }

  add(r: Resource): void {
    this.uids.set(r.uid, r);
    push(this.byType, r.type, r);
    push(this.byScope, `${r.type}|${r.account}|`, r);
    push(this.byScope, `${r.type}|${r.account}|${r.region}`, r);
  }

  get size(): number {
    return this.uids.size;
  }

  ofType(type: string): Resource[] {
    return this.byType.get(type) ?? [];
  }

  resources<C>(type: string, scope?: { account?: string; region?: string }): Resource<C>[] {
    let list: Resource[] | undefined;
    if (!scope?.account) {
      list = this.byType.get(type);
      if (list && scope?.region) list = list.filter((r) => r.region === scope.region);
    } else {
      list = this.byScope.get(`${type}|${scope.account}|${scope.region ?? ''}`);
    }
    return (list ?? []) as Resource<C>[];
  }

  byUid<C>(uid: string): Resource<C> | undefined {
    return this.uids.get(uid) as Resource<C> | undefined;
  }

  regions(account: string): string[] {
    return this.resources(REGION_TYPE, { account }).map((r) => r.region);
  }

  /** Keeps the failed listing calls (errors without a resource) for listingErrors. */
  addErrors(errors: readonly CollectionError[]): void {
    for (const e of errors) if (!e.resourceUid) push(this.failedListings, e.account, e);
  }

  listingErrors(account: string): readonly CollectionError[] {
    return this.failedListings.get(account) ?? [];
  }
}

/** The index of a whole in-memory snapshot. */
export class SnapshotIndex extends ResourceIndex {
  constructor(readonly snapshot: Snapshot) {
    super(snapshot.collectedAt);
    for (const r of snapshot.resources) this.add(r);
    this.addErrors(snapshot.errors ?? []);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
