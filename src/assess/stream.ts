/**
 * Assessment shard by shard: memory holds one scope's shards (an account's or a project's
 * resources, which rules look up among each other) plus the resources every scope may look at,
 * never the whole snapshot. Results go to `onFindings` as each scope is done.
 *
 * Which resources stay in memory throughout ("resident"): the types selected rules declare in
 * `readsAcrossScopes` (the organisation, the log archive's buckets, every account's pseudo
 * resource), each provider's scope resource type (MANUAL results are reported on it), and
 * every resource of a scope that is not itself assessed as a unit (organisation and folder
 * nodes above Google Cloud projects). Rules that look across scopes must say so: the conformance
 * suite assesses every rule fixture both ways, and a test the demo organisation, and compares.
 */
import { REGION_TYPE } from '../model/pseudo.js';
import type { PostureFinding } from '../model/finding.js';
import type { EvaluationContext, PostureRule } from '../model/rule.js';
import type { Resource } from '../model/types.js';
import { providerPlugin } from '../providers/index.js';
import type { ShardInfo, SnapshotSource } from '../snapshot/sharded.js';
import { AssessmentRun } from './engine.js';
import { ResourceIndex } from './context.js';

export interface AssessSourceOptions {
  rules: readonly PostureRule[];
  /** Called with the results of each scope as it is done (and once more with the collection gaps). */
  onFindings(findings: PostureFinding[]): void | Promise<void>;
}

export interface AssessSourceStats {
  resources: number;
  results: number;
  /** Most resources held at once (resident plus one scope). */
  peakResources: number;
}

export async function assessSource(source: SnapshotSource, options: AssessSourceOptions): Promise<AssessSourceStats> {
  const { manifest } = source;
  const run = new AssessmentRun(manifest, source.errors, options.rules);
  const automated = run.rules.filter((r) => r.kind === 'automated');
  // Regions are looked up for the resource's own account (ctx.regions): they come with its scope.
  const residentTypes = new Set<string>();
  for (const rule of automated) for (const t of rule.readsAcrossScopes ?? []) residentTypes.add(t);
  for (const provider of new Set(run.rules.map((r) => r.provider))) residentTypes.add(providerPlugin(provider).scopeResource('x').type);

  const assessedScopes = new Set(manifest.scope.accounts);
  const units = new Map<string, ShardInfo[]>();
  for (const shard of manifest.shards) {
    const key = `${shard.provider}|${shard.scope}`;
    units.set(key, [...(units.get(key) ?? []), shard]);
  }

  // Pass 1: the resident resources, from the shards that hold any.
  const resident = new CompactIndex(manifest.collectedAt);
  for (const shard of manifest.shards) {
    const wholeShard = !assessedScopes.has(shard.scope);
    if (!wholeShard && !Object.keys(shard.types).some((t) => residentTypes.has(t))) continue;
    for (const r of await source.readShard(shard)) if (wholeShard || residentTypes.has(r.type)) resident.add(r);
  }

  // Pass 2: one scope at a time, its own resources on top of the resident ones.
  const stats: AssessSourceStats = { resources: 0, results: 0, peakResources: 0 };
  for (const shards of units.values()) {
    const own = new ResourceIndex(manifest.collectedAt);
    for (const shard of shards) for (const r of await source.readShard(shard)) own.add(r);
    stats.resources += own.size;
    stats.peakResources = Math.max(stats.peakResources, own.size + resident.size);
    resident.forget();
    // An unassessed scope (organisation, folder) is resident whole: look up there alone.
    const ctx = assessedScopes.has(shards[0].scope) ? new LayeredContext(own, resident, residentTypes) : resident;
    const findings: PostureFinding[] = [];
    for (const rule of automated) {
      if (rule.kind !== 'automated') continue;
      for (const type of rule.resourceTypes) run.evaluate(rule, own.ofType(type), ctx, findings);
    }
    stats.results += findings.length;
    await options.onFindings(findings);
  }

  const rest: PostureFinding[] = [];
  for (const rule of run.rules) {
    if (rule.kind === 'manual') run.manual(rule, resident, rest);
    else run.gaps(rule, rest);
  }
  stats.results += rest.length;
  await options.onFindings(rest);
  return stats;
}

/**
 * The resident resources, kept as their JSON text (a third of the memory of the objects) and parsed
 * when a rule looks them up; the parsed objects are forgotten after each scope. Most lookups are
 * of a scope's own resources, so few are parsed at a time.
 */
class CompactIndex implements EvaluationContext {
  readonly now: Date;
  private readonly byKey = new Map<string, string[]>();
  private readonly keysByType = new Map<string, string[]>();
  private readonly uids = new Map<string, { key: string; index: number }>();
  private readonly parsed = new Map<string, Resource[]>();
  /** Whole types asked for across every scope (an organisation analyzer, every account): parsed once, kept. */
  private readonly wholeTypes = new Map<string, Resource[]>();
  size = 0;

  constructor(collectedAt: string) {
    this.now = new Date(collectedAt);
  }

  add(r: Resource): void {
    const key = `${r.type}|${r.account}`;
    let list = this.byKey.get(key);
    if (!list) {
      this.byKey.set(key, (list = []));
      const keys = this.keysByType.get(r.type);
      if (keys) keys.push(key);
      else this.keysByType.set(r.type, [key]);
    }
    this.uids.set(r.uid, { key, index: list.length });
    list.push(JSON.stringify(r));
    this.size++;
  }

  /** Drops the parsed objects (after each scope); the text stays. */
  forget(): void {
    this.parsed.clear();
  }

  private list(key: string): Resource[] {
    let list = this.parsed.get(key);
    if (!list) {
      list = (this.byKey.get(key) ?? []).map((text) => JSON.parse(text) as Resource);
      this.parsed.set(key, list);
    }
    return list;
  }

  resources<C>(type: string, scope?: { account?: string; region?: string }): Resource<C>[] {
    let out: Resource[];
    if (scope?.account) out = this.list(`${type}|${scope.account}`);
    else {
      let whole = this.wholeTypes.get(type);
      if (!whole) this.wholeTypes.set(type, (whole = (this.keysByType.get(type) ?? []).flatMap((k) => (this.byKey.get(k) ?? []).map((t) => JSON.parse(t) as Resource))));
      out = whole;
    }
    if (scope?.region) out = out.filter((r) => r.region === scope.region);
    return out as Resource<C>[];
  }

  byUid<C>(uid: string): Resource<C> | undefined {
    const at = this.uids.get(uid);
    return at ? (this.list(at.key)[at.index] as Resource<C>) : undefined;
  }

  regions(account: string): string[] {
    return this.resources(REGION_TYPE, { account }).map((r) => r.region);
  }
}

/**
 * Lookups over one scope's resources and the resident ones. A resident type is answered from the
 * resident index alone (it holds that type for every scope, this one included); other types from
 * this scope's resources plus the unassessed scopes' (organisation, folders), which never overlap.
 */
class LayeredContext implements EvaluationContext {
  readonly now: Date;
  constructor(
    private readonly top: ResourceIndex,
    private readonly base: EvaluationContext,
    private readonly residentTypes: ReadonlySet<string>,
  ) {
    this.now = base.now;
  }

  resources<C>(type: string, scope?: { account?: string; region?: string }): Resource<C>[] {
    if (this.residentTypes.has(type)) return this.base.resources<C>(type, scope);
    const a = this.top.resources<C>(type, scope);
    const b = this.base.resources<C>(type, scope);
    return !b.length ? a : !a.length ? b : [...a, ...b];
  }

  byUid<C>(uid: string): Resource<C> | undefined {
    return this.top.byUid<C>(uid) ?? this.base.byUid<C>(uid);
  }

  regions(account: string): string[] {
    return this.resources(REGION_TYPE, { account }).map((r) => r.region);
  }
}
