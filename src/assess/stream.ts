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
import type { CollectionError, Resource } from '../model/types.js';
import type { ResourceSchemas } from '../model/snapshot.js';
import { providerPlugin } from '../providers/index.js';
import type { ShardInfo, SnapshotSource } from '../snapshot/sharded.js';
import { AssessmentRun } from './engine.js';
import { CompressedTexts } from '../snapshot/compressed.js';
import { ResourceIndex } from './context.js';

export interface AssessSourceOptions {
  rules: readonly PostureRule[];
  /** Called with the results of each scope as it is done (and once more with the collection gaps). */
  onFindings(findings: PostureFinding[]): void | Promise<void>;
  /** The resource types' config schemas, as for `assess` (src/assess/engine.ts). */
  schemas?: ResourceSchemas;
  /** Called once at the end with a warning line when some resources lack fields their rules need. */
  onNote?: (line: string) => void;
}

export interface AssessSourceStats {
  resources: number;
  results: number;
  /** Most resources held at once (resident plus one scope). */
  peakResources: number;
  /** The resources kept for lookups across scopes: how many, and their bytes compressed (as held) and as JSON text. */
  resident: { resources: number; compressedBytes: number; textBytes: number };
}

export async function assessSource(source: SnapshotSource, options: AssessSourceOptions): Promise<AssessSourceStats> {
  const { manifest } = source;
  const run = new AssessmentRun(manifest, source.errors, options.rules, options.schemas);
  const automated = run.rules.filter((r) => r.kind === 'automated');
  // Regions are looked up for the resource's own account (ctx.regions): they come with its scope.
  const residentTypes = new Set<string>();
  for (const rule of automated) for (const t of rule.readsAcrossScopes ?? []) residentTypes.add(t);
  for (const provider of new Set(run.rules.map((r) => r.provider))) residentTypes.add(providerPlugin(provider).scopeResource('x').type);

  const assessedScopes = new Set(manifest.scope.accounts);
  const units = new Map<string, ShardInfo[]>();
  for (const shard of manifest.shards) {
    const key = `${shard.provider}|${shard.scope}`;
    const list = units.get(key);
    if (list) list.push(shard);
    else units.set(key, [shard]);
  }

  // Pass 1: the resident resources, from the shards that hold any.
  const resident = new CompactIndex(manifest.collectedAt);
  for (const shard of manifest.shards) {
    const wholeShard = !assessedScopes.has(shard.scope);
    if (!wholeShard && !Object.keys(shard.types).some((t) => residentTypes.has(t))) continue;
    const kept: Resource[] = [];
    for (const r of await source.readShard(shard)) if (wholeShard || residentTypes.has(r.type)) kept.push(r);
    resident.addAll(kept);
  }
  resident.seal();
  // Listing errors of the scopes that are not assessed (an organisation, a management group, the
  // Entra ID tenant): rules reading those scopes ask about them from every scope.
  const above = new ResourceIndex(manifest.collectedAt);
  above.addErrors(source.errors.filter((e) => !assessedScopes.has(e.account)));

  // Pass 2: one scope at a time, its own resources on top of the resident ones.
  const { compressed, text } = resident.bytes;
  const stats: AssessSourceStats = { resources: 0, results: 0, peakResources: 0, resident: { resources: resident.size, compressedBytes: compressed, textBytes: text } };
  for (const shards of units.values()) {
    const own = new ResourceIndex(manifest.collectedAt);
    for (const shard of shards) for (const r of await source.readShard(shard)) own.add(r);
    own.addErrors(source.errors.filter((e) => e.account === shards[0].scope));
    stats.resources += own.size;
    stats.peakResources = Math.max(stats.peakResources, own.size + resident.size);
    resident.forget();
    // An unassessed scope (organisation, folder) is resident whole: look up there alone.
    const ctx = assessedScopes.has(shards[0].scope) ? new LayeredContext(own, resident, residentTypes, above) : resident;
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
  const note = run.incompleteNote();
  if (note) options.onNote?.(note);
  return stats;
}

/**
 * The resident resources, kept as compressed JSON text (src/snapshot/compressed.ts: about 1/15th of
 * the text, outside the JavaScript heap) and parsed when a rule looks them up; the parsed objects
 * are forgotten after each scope. Most lookups are of a scope's own resources, so few are parsed at
 * a time. Resources are stored a group at a time: those of one type and account from one shard.
 * Exported for its tests; `assessSource` is the interface.
 */
export class CompactIndex implements EvaluationContext {
  readonly now: Date;
  private readonly texts = new CompressedTexts();
  /** `type|account` → the groups (text ids) holding its resources, and how many resources. */
  private readonly byKey = new Map<string, { key: string; groups: number[]; count: number }>();
  private readonly keysByType = new Map<string, string[]>();
  /**
   * uid → resident entry, the uid hashed to a small integer: at a million resources the uid strings
   * alone took more memory than the compressed resources. A hash shared by several uids keeps
   * every entry; lookups compare the uid of the parsed resource.
   */
  private readonly uids = new Map<number, number | number[]>();
  /** Per entry: its `type|account` key (the string shared with `byKey`) and position under it. */
  private readonly entryKey: string[] = [];
  private readonly entryIndex: number[] = [];
  private readonly parsed = new Map<string, Resource[]>();
  /** Whole types asked for across every scope (an organisation analyzer, every account): parsed once, kept. */
  private readonly wholeTypes = new Map<string, Resource[]>();

  constructor(collectedAt: string) {
    this.now = new Date(collectedAt);
  }

  get size(): number {
    return this.entryKey.length;
  }

  /** Bytes the resident resources take compressed, and as JSON text. */
  get bytes(): { compressed: number; text: number } {
    return { compressed: this.texts.compressedBytes, text: this.texts.textChars };
  }

  /** Adds resources read together (one shard's): one compressed group per type and account. */
  addAll(resources: readonly Resource[]): void {
    const groups = new Map<string, Resource[]>();
    for (const r of resources) {
      const key = `${r.type}|${r.account}`;
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    for (const [key, group] of groups) {
      let at = this.byKey.get(key);
      if (!at) {
        // Entries point at this one string, not at one more copy per shard.
        this.byKey.set(key, (at = { key, groups: [], count: 0 }));
        const keys = this.keysByType.get(group[0].type);
        if (keys) keys.push(key);
        else this.keysByType.set(group[0].type, [key]);
      }
      at.groups.push(this.texts.add(JSON.stringify(group)));
      for (const r of group) {
        const entry = this.entryKey.length;
        this.entryKey.push(at.key);
        this.entryIndex.push(at.count++);
        const h = uidHash(r.uid);
        const seen = this.uids.get(h);
        if (seen === undefined) this.uids.set(h, entry);
        else if (typeof seen === 'number') this.uids.set(h, [seen, entry]);
        else seen.push(entry);
      }
    }
  }

  /** Compresses what is still held as text (after the last `addAll`). */
  seal(): void {
    this.texts.seal();
  }

  /** Drops the parsed objects (after each scope); the compressed text stays. */
  forget(): void {
    this.parsed.clear();
  }

  private list(key: string): Resource[] {
    let list = this.parsed.get(key);
    if (!list) {
      list = this.parse(key);
      this.parsed.set(key, list);
    }
    return list;
  }

  private parse(key: string): Resource[] {
    const groups = this.byKey.get(key)?.groups ?? [];
    if (groups.length === 1) return JSON.parse(this.texts.get(groups[0])) as Resource[];
    return groups.flatMap((id) => JSON.parse(this.texts.get(id)) as Resource[]);
  }

  resources<C>(type: string, scope?: { account?: string; region?: string }): Resource<C>[] {
    let out: Resource[];
    if (scope?.account) out = this.list(`${type}|${scope.account}`);
    else {
      let whole = this.wholeTypes.get(type);
      if (!whole) this.wholeTypes.set(type, (whole = (this.keysByType.get(type) ?? []).flatMap((k) => this.parse(k))));
      out = whole;
    }
    if (scope?.region) out = out.filter((r) => r.region === scope.region);
    return out as Resource<C>[];
  }

  byUid<C>(uid: string): Resource<C> | undefined {
    const seen = this.uids.get(uidHash(uid));
    if (seen === undefined) return undefined;
    const entries = typeof seen === 'number' ? [seen] : seen;
    // Latest first: a uid added twice answers with the last one, as a map keyed by uid would.
    for (let i = entries.length - 1; i >= 0; i--) {
      const r = this.list(this.entryKey[entries[i]])[this.entryIndex[entries[i]]];
      if (r?.uid === uid) return r as Resource<C>;
    }
    return undefined;
  }

  regions(account: string): string[] {
    return this.resources(REGION_TYPE, { account }).map((r) => r.region);
  }
}

/** FNV-1a over the UTF-16 code units, cut to 30 bits so V8 keeps it as a small integer (no heap number per key). */
function uidHash(uid: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < uid.length; i++) {
    h ^= uid.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
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
    /** The listing errors of the unassessed scopes. */
    private readonly above: ResourceIndex,
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

  listingErrors(account: string): readonly CollectionError[] {
    const own = this.top.listingErrors(account);
    return own.length ? own : this.above.listingErrors(account);
  }
}
