/**
 * The engine API for the pipeline:
 *
 *   const set = compileRuleSet(rules);
 *   for (const event of events) for (const hit of set.process(event, enrichment)) …;
 *   for (const hit of set.flush()) …;   // aggregations still open at the end
 *
 * Events must come roughly in time order (aggregation windows use event time). A plain rule
 * gives one hit per matching event. An aggregation (mamori `aggregation:` or a Sigma correlation)
 * gives one hit per group per window, when its window closes: when event time passes it (the hit
 * comes out of a later `process` call) or at `flush()`.
 */
import type { CloudEvent, EventSource } from '../../model/event.js';
import { compileDetection, getField, getter, type CompiledDetection, type FieldGetter, type Predicate } from './compile.js';
import type { Aggregation, DetectionRule, EventEnrichment, RuleHit } from './types.js';
import { MamoriError } from '../../model/errors.js';
import { Lru } from './lru.js';

/** Events kept per hit. */
export const MAX_HIT_EVENTS = 20;
/** Groups kept per aggregation; beyond it the least recently seen unfired group is dropped. */
export const MAX_GROUPS = 100_000;
/** Distinct values remembered per fired group (for the hit's `distinct`). */
const MAX_DISTINCT_AFTER_FIRE = 10_000;

const compiledCache = new WeakMap<object, CompiledDetection>();

function compiled(rule: DetectionRule): CompiledDetection {
  if (!rule.detection) throw new MamoriError('DETECTION_RULE_INVALID', `rule ${rule.name} has no detection`);
  let c = compiledCache.get(rule.detection);
  if (!c) {
    c = compileDetection(rule.detection);
    compiledCache.set(rule.detection, c);
  }
  return c;
}

/** The rule's selection predicate alone (no aggregation). */
export function compileRule(rule: DetectionRule): Predicate {
  return compiled(rule).match;
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(text).join(',');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function fieldValues(fields: readonly string[], event: CloudEvent, extra: EventEnrichment | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[f] = text(getField(event, extra, f));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Aggregation

interface Entry {
  t: number;
  ev: CloudEvent;
}

interface Pending {
  events: CloudEvent[];
  count: number;
  distinct?: Set<string>;
  first: CloudEvent;
  last: CloudEvent;
  untilMs: number;
}

interface Group {
  values: Record<string, string>;
  lastMs: number;
  /** count: the window's most recent events (at most the threshold), oldest first. */
  entries: Entry[];
  /** distinct: value → its most recent event; iteration order = least recently seen first. */
  distinct: Lru<string, Entry> | undefined;
  fired?: Pending;
}

class Aggregator {
  /** Least recently seen first (for dropOne and sweep). */
  private readonly groups = new Lru<string, Group>();
  private readonly need: number;
  /** The groupBy fields and the distinct field, read for every event the rule matches. */
  private readonly by: FieldGetter[];
  private readonly field: FieldGetter | undefined;
  /**
   * Lower bounds of lastMs over unfired groups and of untilMs over fired ones: while the
   * watermark has not passed them, a sweep would find nothing to do and is skipped.
   */
  private minLastMs = Infinity;
  private minUntilMs = Infinity;
  lastStamp = -1;

  constructor(
    readonly rule: DetectionRule,
    readonly agg: Aggregation,
  ) {
    this.need = agg.op === 'gt' ? agg.threshold + 1 : agg.threshold;
    this.by = agg.groupBy.map(getter);
    this.field = agg.kind === 'distinct' ? getter(agg.field!) : undefined;
  }

  get size(): number {
    return this.groups.size;
  }

  add(event: CloudEvent, extra: EventEnrichment | undefined, out: RuleHit[]): void {
    const { agg } = this;
    const t = event.timeMs;
    // The group key alone is built per event; the values record only when a group starts.
    const by = agg.groupBy;
    const get = this.by;
    let key: string;
    let parts: string[] | undefined;
    if (by.length === 1) key = text(get[0](event, extra));
    else {
      parts = new Array<string>(by.length);
      for (let i = 0; i < by.length; i++) parts[i] = text(get[i](event, extra));
      key = parts.join('\u0000');
    }
    let g = this.groups.get(key);
    if (g && g.fired && t > g.fired.untilMs) {
      out.push(this.emit(g));
      this.groups.delete(key);
      g = undefined;
    }
    if (!g) {
      const values: Record<string, string> = {};
      for (let i = 0; i < by.length; i++) values[by[i]] = parts ? parts[i] : key;
      g = { values, lastMs: t, entries: [], distinct: agg.kind === 'distinct' ? new Lru() : undefined };
      if (t < this.minLastMs) this.minLastMs = t;
      if (this.groups.size >= MAX_GROUPS) this.dropOne();
    }
    this.groups.set(key, g); // now the most recently seen
    if (t > g.lastMs) g.lastMs = t;

    let distinctValue: string | undefined;
    if (agg.kind === 'distinct') {
      const v = this.field!(event, extra);
      if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return; // not counted
      distinctValue = text(v);
    }

    const p = g.fired;
    if (p) {
      p.count++;
      if (p.events.length < MAX_HIT_EVENTS) p.events.push(event);
      if (t >= p.last.timeMs) p.last = event;
      if (distinctValue !== undefined && p.distinct!.size < MAX_DISTINCT_AFTER_FIRE) p.distinct!.add(distinctValue);
      return;
    }

    const horizon = t - agg.timespanMs;
    if (agg.kind === 'count') {
      const e = g.entries;
      let drop = 0;
      while (drop < e.length && e[drop].t <= horizon) drop++;
      if (drop) e.splice(0, drop);
      // insert in time order (events are mostly in order: usually an append)
      let i = e.length;
      while (i > 0 && e[i - 1].t > t) i--;
      e.splice(i, 0, { t, ev: event });
      if (e.length > this.need) e.shift();
      if (e.length >= this.need) this.fire(g, e, undefined);
    } else {
      const d = g.distinct!;
      for (let oldest = d.oldest(); oldest && oldest.value.t <= horizon; oldest = d.oldest()) d.delete(oldest.key);
      // The value's entry moves to the end with this event (fire() copies what it keeps out of entries).
      const entry = d.get(distinctValue!);
      if (entry) {
        entry.t = t;
        entry.ev = event;
        d.set(distinctValue!, entry);
      } else {
        d.set(distinctValue!, { t, ev: event });
      }
      if (d.size >= this.need) {
        const entries = d.values().sort((a, b) => a.t - b.t);
        this.fire(g, entries, new Set(d.keys()));
      }
    }
  }

  private fire(g: Group, entries: Entry[], distinct: Set<string> | undefined): void {
    const first = entries[0].ev;
    g.fired = {
      events: entries.slice(0, MAX_HIT_EVENTS).map((e) => e.ev),
      count: entries.length,
      ...(distinct ? { distinct } : {}),
      first,
      last: entries[entries.length - 1].ev,
      untilMs: entries[0].t + this.agg.timespanMs,
    };
    if (g.fired.untilMs < this.minUntilMs) this.minUntilMs = g.fired.untilMs;
    g.entries = [];
    if (g.distinct) g.distinct = new Lru();
  }

  private emit(g: Group): RuleHit {
    const p = g.fired!;
    const dedupKey = this.rule.dedup.length ? fieldValues(this.rule.dedup, p.first, undefined) : g.values;
    return {
      rule: this.rule,
      events: p.events,
      count: p.count,
      ...(p.distinct ? { distinct: p.distinct.size } : {}),
      firstTime: p.first.time,
      lastTime: p.last.time,
      dedupKey,
    };
  }

  private dropOne(): void {
    for (let node = this.groups.oldest(); node; node = node.next) {
      if (!node.value.fired) {
        this.groups.delete(node.key);
        return;
      }
    }
  }

  /** Emits groups whose fired window has closed and forgets groups with nothing in the window. */
  sweep(watermark: number, out: RuleHit[]): void {
    const horizon = watermark - this.agg.timespanMs;
    // The same tests as below, against the bounds: nothing is due, so nothing would change.
    if (!(watermark > this.minUntilMs) && !(this.minLastMs <= horizon)) return;
    const groups = this.groups;
    let minLastMs = Infinity;
    let minUntilMs = Infinity;
    for (let node = groups.oldest(); node; ) {
      const next = node.next;
      const g = node.value;
      if (g.fired) {
        if (watermark > g.fired.untilMs) {
          out.push(this.emit(g));
          groups.delete(node.key);
        } else if (g.fired.untilMs < minUntilMs) minUntilMs = g.fired.untilMs;
      } else if (g.lastMs <= horizon) {
        groups.delete(node.key);
      } else if (g.lastMs < minLastMs) minLastMs = g.lastMs;
      node = next;
    }
    this.minLastMs = minLastMs;
    this.minUntilMs = minUntilMs;
  }

  flush(out: RuleHit[]): void {
    this.groups.forEach((g) => {
      if (g.fired) out.push(this.emit(g));
    });
    this.groups.clear();
    this.minLastMs = this.minUntilMs = Infinity;
  }
}

// ---------------------------------------------------------------------------------------------
// Rule set

interface CompiledRule {
  rule: DetectionRule;
  match: Predicate;
  /** Produces a hit per matching event (not aggregated, not hidden behind a correlation). */
  emits: boolean;
  aggregator?: Aggregator;
  correlations: Aggregator[];
}

interface SourceIndex {
  byName: Map<string, CompiledRule[]>;
  bySource: Map<string, CompiledRule[]>;
  /** Lookups by the value as it appears in events ("GetObject"), to skip a toLowerCase per event. */
  byNameCased: Map<string, CompiledRule[] | null>;
  bySourceCased: Map<string, CompiledRule[] | null>;
  always: CompiledRule[];
}

/** Names seen are few (API names); the cap only guards against hostile input. */
const MAX_CASED = 10_000;

/** `map.get(value.toLowerCase())`, remembered per spelling (null: no rule). */
function lookupCased(map: Map<string, CompiledRule[]>, cased: Map<string, CompiledRule[] | null>, value: string): CompiledRule[] | null {
  let list = cased.get(value);
  if (list === undefined) {
    list = map.get(value.toLowerCase()) ?? null;
    if (cased.size >= MAX_CASED) cased.clear();
    cased.set(value, list);
  }
  return list;
}

export interface RuleSet {
  readonly rules: readonly DetectionRule[];
  /** Rules that could match the event, from the eventName / eventSource index (in rule order). */
  candidates(event: CloudEvent): DetectionRule[];
  /** Tests one event; returns its hits and those of aggregation windows that closed. */
  process(event: CloudEvent, extra?: EventEnrichment): RuleHit[];
  /** Ends the stream: returns the hits of aggregations still open and resets their state. */
  flush(): RuleHit[];
  /** Groups held in memory by all aggregations (for tests and metrics). */
  readonly openGroups: number;
}

/**
 * Tests `event` against `list`, appending hits. A plain function rather than a closure made per
 * event: process() runs for every event read.
 */
function runRules(list: CompiledRule[], event: CloudEvent, extra: EventEnrichment | undefined, hits: RuleHit[], stamp: number): void {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c.match(event, extra)) continue;
    if (c.emits) {
      hits.push({
        rule: c.rule,
        events: [event],
        count: 1,
        firstTime: event.time,
        lastTime: event.time,
        dedupKey: c.rule.dedup.length ? fieldValues(c.rule.dedup, event, extra) : {},
      });
    }
    if (c.aggregator) c.aggregator.add(event, extra, hits);
    for (const a of c.correlations) {
      if (a.lastStamp === stamp) continue; // an event counts once per correlation
      a.lastStamp = stamp;
      a.add(event, extra, hits);
    }
  }
}

const INDEXED: Partial<Record<EventSource, { name: string; source: string }>> = {
  cloudtrail: { name: 'eventName', source: 'eventSource' },
};

/**
 * Compiles rules (from loadDetectionRules) into a RuleSet. Correlation rules need the rules they
 * refer to in the same list. Throws MamoriError for a rule that does not compile.
 */
export function compileRuleSet(rules: readonly DetectionRule[]): RuleSet {
  const byRef = new Map<string, DetectionRule>();
  for (const r of rules) {
    byRef.set(r.id, r);
    byRef.set(r.name, r);
  }
  const correlationsOf = new Map<DetectionRule, Aggregator[]>();
  const generateOf = new Map<DetectionRule, boolean>();
  const aggregators: Aggregator[] = [];
  for (const r of rules) {
    if (!r.correlation) continue;
    const agg = new Aggregator(r, r.aggregation!);
    aggregators.push(agg);
    for (const ref of r.correlation.rules) {
      const base = byRef.get(ref);
      if (!base || base.correlation) throw new MamoriError('DETECTION_RULE_INVALID', `correlation ${r.name} refers to rule "${ref}", which is not in the rule set`);
      if (!correlationsOf.has(base)) correlationsOf.set(base, []);
      if (!correlationsOf.get(base)!.includes(agg)) correlationsOf.get(base)!.push(agg);
      generateOf.set(base, (generateOf.get(base) ?? false) || r.correlation.generate);
    }
  }

  const compiledRules: CompiledRule[] = [];
  const index = new Map<string, SourceIndex>();
  for (const rule of rules) {
    if (rule.correlation) continue;
    let c: CompiledDetection;
    try {
      c = compiled(rule);
    } catch (err) {
      throw new MamoriError('DETECTION_RULE_INVALID', `rule ${rule.name}: ${(err as Error).message}`, { cause: err });
    }
    const aggregator = rule.aggregation ? new Aggregator(rule, rule.aggregation) : undefined;
    if (aggregator) aggregators.push(aggregator);
    const correlations = correlationsOf.get(rule) ?? [];
    const cr: CompiledRule = {
      rule,
      match: c.match,
      emits: !aggregator && (correlations.length === 0 || generateOf.get(rule) === true),
      // Always present (maybe undefined) so every CompiledRule has the same shape for the JIT.
      aggregator,
      correlations,
    };
    compiledRules.push(cr);

    const src = rule.logsource.service;
    let idx = index.get(src);
    if (!idx) index.set(src, (idx = { byName: new Map(), bySource: new Map(), byNameCased: new Map(), bySourceCased: new Map(), always: [] }));
    const fields = INDEXED[src];
    const names = fields ? c.requires(fields.name) : null;
    const sources = fields && !names ? c.requires(fields.source) : null;
    const add = (map: Map<string, CompiledRule[]>, keys: Set<string>) => {
      for (const k of keys) {
        const list = map.get(k);
        if (list) list.push(cr);
        else map.set(k, [cr]);
      }
    };
    if (names) add(idx.byName, names);
    else if (sources) add(idx.bySource, sources);
    else idx.always.push(cr);
  }

  const EMPTY: CompiledRule[] = [];
  const lookup = (idx: SourceIndex, event: CloudEvent): [CompiledRule[], CompiledRule[], CompiledRule[]] => {
    const fields = INDEXED[event.source];
    if (!fields) return [EMPTY, EMPTY, idx.always];
    const n = event.raw[fields.name];
    const s = event.raw[fields.source];
    return [
      (idx.byName.size && typeof n === 'string' && idx.byName.get(n.toLowerCase())) || EMPTY,
      (idx.bySource.size && typeof s === 'string' && idx.bySource.get(s.toLowerCase())) || EMPTY,
      idx.always,
    ];
  };

  let watermark = -Infinity;
  let nextSweep = -Infinity;
  const sweepEvery = aggregators.length ? Math.max(1000, Math.min(60_000, ...aggregators.map((a) => a.agg.timespanMs))) : Infinity;
  let stamp = 0;

  return {
    rules,
    candidates(event) {
      const idx = index.get(event.source);
      if (!idx) return [];
      const set = new Set(lookup(idx, event).flat());
      return compiledRules.filter((c) => set.has(c)).map((c) => c.rule);
    },
    process(event, extra) {
      const hits: RuleHit[] = [];
      if (aggregators.length) {
        if (event.timeMs > watermark) watermark = event.timeMs;
        if (watermark >= nextSweep) {
          for (const a of aggregators) a.sweep(watermark, hits);
          nextSweep = watermark + sweepEvery;
        }
      }
      const idx = index.get(event.source);
      if (!idx) return hits;
      stamp++;
      const fields = INDEXED[event.source];
      if (fields) {
        const n = event.raw[fields.name];
        if (idx.byName.size && typeof n === 'string') {
          const list = lookupCased(idx.byName, idx.byNameCased, n);
          if (list) runRules(list, event, extra, hits, stamp);
        }
        const s = event.raw[fields.source];
        if (idx.bySource.size && typeof s === 'string') {
          const list = lookupCased(idx.bySource, idx.bySourceCased, s);
          if (list) runRules(list, event, extra, hits, stamp);
        }
      }
      runRules(idx.always, event, extra, hits, stamp);
      return hits;
    },
    flush() {
      const hits: RuleHit[] = [];
      for (const a of aggregators) a.flush(hits);
      watermark = -Infinity;
      nextSweep = -Infinity;
      return hits;
    },
    get openGroups() {
      return aggregators.reduce((n, a) => n + a.size, 0);
    },
  };
}
