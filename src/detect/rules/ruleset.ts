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
import type { Aggregation, DetectionRule, EventEnrichment, RuleHit, RuleIssue } from './types.js';
import { RuleBudget, ruleBudgetFromEnv, type Metered } from './budget.js';
import { MamoriError } from '../../model/errors.js';
import { scrubValue } from '../../model/scrub.js';
import { Lru } from './lru.js';
import { awsPolicyFields, gcpPolicyFields, POLICY_EVENT_NAMES, withAzureFields } from '../../providers/logs.js';

/** Events kept per hit. */
export const MAX_HIT_EVENTS = 20;
/** Groups kept per aggregation; beyond it the least recently seen unfired group is dropped. */
export const MAX_GROUPS = 100_000;
/** Distinct values remembered per fired group (for the hit's `distinct`). */
const MAX_DISTINCT_AFTER_FIRE = 10_000;
/**
 * Elements of a list-valued distinct field read per event: each counts as a value, so a huge list
 * (logs are input) must not grow a group's state or a saved state without bound.
 */
export const MAX_DISTINCT_PER_EVENT = 1_000;

const compiledCache = new WeakMap<object, CompiledDetection>();

function compiled(rule: DetectionRule): CompiledDetection {
  if (!rule.detection) throw new MamoriError('DETECTION_RULE_INVALID', `rule ${rule.name} has no detection`);
  let c = compiledCache.get(rule.detection);
  if (!c) {
    c = compileDetection(rule.detection, rule.name);
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

/** A distinct field's value as one counted value: text as it is, an object as its canonical JSON. */
function distinctText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' && v !== null ? canonicalJson(v) : String(v);
}

/** JSON with object keys sorted, so {a, b} and {b, a} count as one value. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/**
 * The values a list-valued distinct field contributes: each element once (null elements none), of the
 * first MAX_DISTINCT_PER_EVENT elements. `SendCommand` to three instances in one call then counts three
 * instances, as three calls to one instance each do.
 */
function listValues(list: readonly unknown[]): string[] {
  const n = Math.min(list.length, MAX_DISTINCT_PER_EVENT);
  const out: string[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < n; i++) {
    const x = list[i];
    if (x === undefined || x === null) continue;
    const v = distinctText(x);
    if (out.length === 1 && out[0] === v) continue; // the common short list: no set needed yet
    if (!seen) {
      if (out.length === 0) {
        out.push(v);
        continue;
      }
      seen = new Set(out);
    }
    if (seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** The entries (ordered by time) with one per event: the values of one list share their event. */
function oneEntryPerEvent(entries: Entry[]): Entry[] {
  const seen = new Set<CloudEvent>();
  const out: Entry[] = [];
  for (const e of entries) {
    if (seen.has(e.ev)) continue;
    seen.add(e.ev);
    out.push(e);
  }
  return out;
}

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
  key: string;
  /** The group_by values when there are several (the key joins them); with one, the key is it. */
  parts: string[] | undefined;
  lastMs: number;
  /** count: the window's most recent events (at most the threshold), oldest first. */
  entries: Entry[];
  /**
   * distinct: while the window holds one value, that value and its most recent event (`one`);
   * from the second value on, value → its most recent event, least recently seen first.
   */
  oneValue: string;
  one: Entry | undefined;
  distinct: Lru<string, Entry> | undefined;
  /** distinct: some values came from one list event (entries then share events). */
  lists: boolean;
  fired: Pending | undefined;
}

/** The entries of a distinct group, which has none (never written to). */
const NO_ENTRIES: Entry[] = [];

/** Records that `value` was seen in `event`: its entry moves to the end with the event. */
function noteValue(d: Lru<string, Entry>, value: string, t: number, event: CloudEvent): void {
  const seen = d.node(value);
  if (seen) {
    seen.value.t = t;
    seen.value.ev = event;
    d.touch(seen);
  } else {
    d.set(value, { t, ev: event });
  }
}

class Aggregator {
  /** Least recently seen first (for dropOne and sweep). */
  private readonly groups = new Lru<string, Group>();
  /** The groups that reached the threshold, waiting for their window to close (few). */
  private readonly fired = new Set<Group>();
  private readonly need: number;
  /** The groupBy fields and the distinct field, read for every event the rule matches. */
  private readonly by: FieldGetter[];
  private readonly field: FieldGetter | undefined;
  /** A lower bound of untilMs over fired groups: while the watermark has not passed it, none is due. */
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
    // The group key alone is built per event; the values record only when a hit is made.
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
    const node = this.groups.node(key);
    let g = node?.value;
    if (g && g.fired && t > g.fired.untilMs) {
      out.push(this.emit(g));
      this.forget(g);
      g = undefined;
    }
    if (g && node) {
      this.groups.touch(node); // now the most recently seen
      if (t > g.lastMs) g.lastMs = t;
    } else {
      g = { key, parts, lastMs: t, entries: agg.kind === 'count' ? [] : NO_ENTRIES, oneValue: '', one: undefined, distinct: undefined, lists: false, fired: undefined };
      if (this.groups.size >= MAX_GROUPS) this.dropOne();
      this.groups.set(key, g);
    }

    let distinctValue: string | undefined;
    /** A list field with two or more different elements: its values (distinctValue is then unset). */
    let distinctValues: string[] | undefined;
    if (agg.kind === 'distinct') {
      const v = this.field!(event, extra);
      if (v === undefined || v === null) return; // not counted
      if (Array.isArray(v)) {
        const values = listValues(v);
        if (values.length === 0) return; // an empty list: no value
        if (values.length === 1) distinctValue = values[0];
        else distinctValues = values;
      } else distinctValue = typeof v === 'string' ? v : distinctText(v);
    }

    const p = g.fired;
    if (p) {
      p.count++;
      if (p.events.length < MAX_HIT_EVENTS) p.events.push(event);
      if (t >= p.last.timeMs) p.last = event;
      if (distinctValue !== undefined && p.distinct!.size < MAX_DISTINCT_AFTER_FIRE) p.distinct!.add(distinctValue);
      else if (distinctValues) for (let i = 0; i < distinctValues.length && p.distinct!.size < MAX_DISTINCT_AFTER_FIRE; i++) p.distinct!.add(distinctValues[i]);
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
      const entry = { t, ev: event };
      if (i === e.length) e.push(entry);
      else e.splice(i, 0, entry);
      if (e.length > this.need) e.shift();
      if (e.length >= this.need) this.fire(g, e, undefined);
    } else {
      let d = g.distinct;
      if (!d) {
        // Most groups of a burst rule never see a second value: the first waits in the group
        // itself, and the map of values is made when another comes within the window (or a list
        // brings several at once).
        const one = g.one;
        if (distinctValues) {
          d = g.distinct = new Lru();
          if (one && one.t > horizon) d.set(g.oneValue, one);
          g.one = undefined;
        } else if (one && one.t > horizon && g.oneValue !== distinctValue) {
          d = g.distinct = new Lru();
          d.set(g.oneValue, one);
          g.one = undefined;
        } else {
          if (one && g.oneValue === distinctValue) {
            one.t = t;
            one.ev = event;
          } else {
            g.one = { t, ev: event };
            g.oneValue = distinctValue!;
          }
          if (this.need <= 1) this.fire(g, [g.one!], new Set([distinctValue!]));
          return;
        }
      }
      for (let oldest = d.oldest(); oldest && oldest.value.t <= horizon; oldest = d.oldest()) d.delete(oldest.key);
      // The value's entry moves to the end with this event (fire() copies what it keeps out of entries).
      if (distinctValues) {
        for (const v of distinctValues) noteValue(d, v, t, event);
        g.lists = true;
      } else noteValue(d, distinctValue!, t, event);
      if (d.size >= this.need) {
        const sorted = d.values().sort((a, b) => a.t - b.t);
        // A hit's count and evidence are events; the values of one list share theirs.
        this.fire(g, g.lists ? oneEntryPerEvent(sorted) : sorted, new Set(d.keys()));
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
    this.fired.add(g);
    if (g.fired.untilMs < this.minUntilMs) this.minUntilMs = g.fired.untilMs;
    if (g.entries.length) g.entries = [];
    g.one = undefined;
    g.distinct = undefined;
    g.lists = false;
  }

  private forget(g: Group): void {
    this.groups.delete(g.key);
    if (g.fired) this.fired.delete(g);
  }

  private emit(g: Group): RuleHit {
    const p = g.fired!;
    const dedupKey = this.rule.dedup.length ? fieldValues(this.rule.dedup, p.first, undefined) : this.groupValues(g);
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

  /** The group's group_by values by field name. */
  private groupValues(g: Group): Record<string, string> {
    const by = this.agg.groupBy;
    const values: Record<string, string> = {};
    for (let i = 0; i < by.length; i++) values[by[i]] = g.parts ? g.parts[i] : g.key;
    return values;
  }

  private dropOne(): void {
    for (let node = this.groups.oldest(); node; node = node.next) {
      if (!node.value.fired) {
        this.groups.delete(node.key);
        return;
      }
    }
  }

  /**
   * Emits the groups whose fired window has closed, and forgets unfired groups with nothing left
   * in the window. Unfired groups are found from the least recently seen on, stopping at the first
   * one still in the window: a sweep costs what it removes, not the number of open groups. (With
   * events out of time order, a group that is due may wait behind one that is not for a later
   * sweep; that only holds memory a little longer, as each add drops what fell out of the window.)
   */
  sweep(watermark: number, out: RuleHit[]): void {
    if (watermark > this.minUntilMs) {
      let minUntilMs = Infinity;
      for (const g of this.fired) {
        if (watermark > g.fired!.untilMs) {
          out.push(this.emit(g));
          this.forget(g);
        } else if (g.fired!.untilMs < minUntilMs) minUntilMs = g.fired!.untilMs;
      }
      this.minUntilMs = minUntilMs;
    }
    const horizon = watermark - this.agg.timespanMs;
    for (let node = this.groups.oldest(); node && node.value.lastMs <= horizon; ) {
      const next = node.next;
      if (!node.value.fired) this.groups.delete(node.key);
      node = next;
    }
  }

  /**
   * The groups still counting towards their threshold, most recently seen first until `budget.events`
   * whole events are spent, as plain data. A hit keeps the oldest MAX_HIT_EVENTS events of its
   * window, so only those are kept whole; the others keep their time (see eventTimeOnly).
   */
  save(budget: { events: number }): SavedGroup[] {
    const out: SavedGroup[] = [];
    for (let node = this.groups.newest(); node && budget.events > 0; node = node.prev) {
      const g = node.value;
      if (g.fired) continue;
      const entries: SavedGroup['entries'] = [];
      if (this.agg.kind === 'count') for (const e of g.entries) entries.push({ t: e.t, ev: e.ev });
      else if (g.distinct && g.lists) {
        // The values of one list are saved with their event once (a list of 1,000 ids is one event).
        const byEvent = new Map<CloudEvent, SavedGroup['entries'][number]>();
        for (let v = g.distinct.oldest(); v; v = v.next) {
          const same = byEvent.get(v.value.ev);
          if (same) {
            if (same.values) same.values.push(v.key);
            else {
              same.values = [same.value!, v.key];
              delete same.value;
            }
          } else {
            const e = { value: v.key, t: v.value.t, ev: v.value.ev } as SavedGroup['entries'][number];
            byEvent.set(v.value.ev, e);
            entries.push(e);
          }
        }
      } else if (g.distinct) for (let v = g.distinct.oldest(); v; v = v.next) entries.push({ value: v.key, t: v.value.t, ev: v.value.ev });
      else if (g.one) entries.push({ value: g.oneValue, t: g.one.t, ev: g.one.ev });
      if (!entries.length) continue;
      const kept = [...entries].sort((a, b) => a.t - b.t).slice(0, MAX_HIT_EVENTS);
      // The state is stored in the hub: whole events go without their credentials (a GetSessionToken
      // event carries the new secretAccessKey and sessionToken in responseElements).
      for (const e of entries) e.ev = kept.includes(e) ? scrubValue(e.ev) : eventTimeOnly(e.ev);
      budget.events -= kept.length;
      out.push({ key: g.key, ...(g.parts ? { parts: g.parts } : {}), lastMs: g.lastMs, entries });
    }
    return out.reverse();
  }

  /** Puts saved groups back (before any event of this run), least recently seen first. */
  restore(saved: readonly SavedGroup[]): void {
    for (const s of saved) {
      if (this.groups.size >= MAX_GROUPS) this.dropOne();
      const g: Group = { key: s.key, parts: s.parts, lastMs: s.lastMs, entries: this.agg.kind === 'count' ? [] : NO_ENTRIES, oneValue: '', one: undefined, distinct: undefined, lists: false, fired: undefined };
      if (this.agg.kind === 'count') g.entries = s.entries.map((e) => ({ t: e.t, ev: e.ev }));
      else if (s.entries.length === 1 && !s.entries[0].values) {
        g.one = { t: s.entries[0].t, ev: s.entries[0].ev };
        g.oneValue = s.entries[0].value ?? '';
      } else {
        g.distinct = new Lru();
        for (const e of s.entries) {
          if (e.values) {
            g.lists = true;
            for (const v of e.values) g.distinct.set(v, { t: e.t, ev: e.ev });
          } else g.distinct.set(e.value ?? '', { t: e.t, ev: e.ev });
        }
      }
      this.groups.set(s.key, g);
    }
  }

  flush(out: RuleHit[]): void {
    this.groups.forEach((g) => {
      if (g.fired) out.push(this.emit(g));
    });
    this.groups.clear();
    this.fired.clear();
    this.minUntilMs = Infinity;
  }
}

// ---------------------------------------------------------------------------------------------
// State between runs

/** One aggregation group that had not reached its threshold when a run ended. */
interface SavedGroup {
  key: string;
  parts?: string[];
  lastMs: number;
  /**
   * count: the window's events; distinct: each value with its most recent event, or `values`: the
   * values whose most recent event is one list-valued event, saved with it once.
   */
  entries: { value?: string; values?: string[]; t: number; ev: CloudEvent }[];
}

/**
 * The aggregation windows still open when a detection run ended, to go on with in the next run
 * (JSON-safe; the hub keeps it). A burst that straddles two runs (say hourly runs over new log
 * files) is then counted whole. Groups that already fired are not in it: their hits came out when
 * the run ended.
 */
export interface AggregationState {
  version: 1;
  /** The latest event time the run saw. */
  watermarkMs: number;
  /** Per aggregation (rule name): its open groups, least recently seen first. */
  rules: Record<string, SavedGroup[]>;
}

/** Whole events kept between runs over all aggregations (the most recently seen groups' first). */
export const MAX_SAVED_EVENTS = 20_000;

/** An event reduced to its time and place: enough for a window's count and a hit's last time. */
function eventTimeOnly(e: CloudEvent): CloudEvent {
  return { id: '', source: e.source, time: e.time, timeMs: e.timeMs, account: e.account, region: e.region, resources: [], raw: {} };
}

// ---------------------------------------------------------------------------------------------
// Rule set

interface CompiledRule extends Metered {
  rule: DetectionRule;
  /** The rule's predicate; NEVER once the rule has spent its time budget. */
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
  /**
   * Every rule of byName / bySource once, in rule order: for an event whose indexed field is not a
   * text (an array, a number: never from AWS, but logs are input) the index cannot narrow it down.
   */
  allByName: CompiledRule[];
  allBySource: CompiledRule[];
  always: CompiledRule[];
}

/** The rules to test for an indexed field's value: its candidates, or all of them when it is not a text. */
function indexed(map: Map<string, CompiledRule[]>, cased: Map<string, CompiledRule[] | null>, all: CompiledRule[], value: unknown): CompiledRule[] | null {
  if (typeof value === 'string') return lookupCased(map, cased, value);
  return value === undefined || value === null || all.length === 0 ? null : all;
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
  /** Rules that could match the event, from the eventName / eventSource (Cloud Audit Logs: methodName / serviceName) index (in rule order). */
  candidates(event: CloudEvent): DetectionRule[];
  /** Tests one event; returns its hits and those of aggregation windows that closed (an array not to be changed: most events share one empty array). */
  process(event: CloudEvent, extra?: EventEnrichment): RuleHit[];
  /** Ends the stream: returns the hits of aggregations still open and resets their state. */
  flush(): RuleHit[];
  /** The open aggregation windows, for the next run; call before flush(). */
  saveState(): AggregationState;
  /**
   * Goes on from a saved state, if the events continue where it ended: it is applied at the first
   * event, unless that event is older than the state's last event by more than the longest
   * window (a replay of earlier logs, which the old windows would only distort).
   */
  restoreState(state: AggregationState): void;
  /** What became of a state given to restoreState: applied with this many groups, or set aside. */
  readonly restored: { groups: number } | { discarded: string } | undefined;
  /** Groups held in memory by all aggregations (for tests and metrics). */
  readonly openGroups: number;
  /** Rules disabled so far for spending their time budget (see budget.ts), as issues to report. */
  readonly disabled: readonly RuleIssue[];
}

/** The predicate of a disabled rule. */
const NEVER: Predicate = () => false;

/** One evaluation of `c`, timed and charged to its budget (see RuleBudget.sample). */
function timedMatch(c: CompiledRule, budget: RuleBudget, event: CloudEvent, extra: EventEnrichment | undefined): boolean {
  const t0 = performance.now();
  const matched = c.match(event, extra);
  if (budget.charge(c, performance.now() - t0)) c.match = NEVER;
  return matched;
}

/**
 * Tests `event` against `list`; returns `hits` with the new hits appended (a new array in place of
 * NO_HITS). A plain function rather than a closure made per event: process() runs for every event.
 */
function runRules(list: CompiledRule[], event: CloudEvent, extra: EventEnrichment | undefined, hits: RuleHit[], stamp: number, budget: RuleBudget, exclude: RuleSetOptions['exclude']): RuleHit[] {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!(budget.enabled && RuleBudget.sample(c) ? timedMatch(c, budget, event, extra) : c.match(event, extra))) continue;
    // Asked only for a match (rare): an excluded event counts nowhere, not even towards a burst.
    if (exclude !== undefined && exclude(c.rule, event)) continue;
    if (hits === NO_HITS) hits = [];
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
      if (exclude !== undefined && exclude(a.rule, event)) continue;
      a.add(event, extra, hits);
    }
  }
  return hits;
}

/** The hits of an event that has none; never written to (runRules makes an array before a push). */
const NO_HITS: RuleHit[] = [];

const INDEXED: Partial<Record<EventSource, { name: string; source: string }>> = {
  cloudtrail: { name: 'eventName', source: 'eventSource' },
  gcpaudit: { name: 'protoPayload.methodName', source: 'protoPayload.serviceName' },
  azureactivity: { name: 'operationName', source: 'category' },
};

/** The indexed fields' values of an event (CloudTrail eventName/eventSource; Cloud Audit Logs methodName/serviceName). */
function indexedValues(event: CloudEvent): [unknown, unknown] {
  const raw = event.raw;
  if (event.source === 'cloudtrail') return [raw.eventName, raw.eventSource];
  if (event.source === 'gcpaudit') {
    const p = raw.protoPayload as Record<string, unknown> | null | undefined;
    return p !== null && typeof p === 'object' ? [p.methodName, p.serviceName] : [undefined, undefined];
  }
  if (event.source === 'azureactivity') return [raw.operationName, raw.category];
  return [undefined, undefined];
}

export interface RuleSetOptions {
  /**
   * The organisation's e-mail domains (Google Cloud): members of other domains added to an IAM
   * policy are outside (`mamori.gcp.external_*`). An event's enrichment `orgDomains` overrides it.
   */
  orgDomains?: string[];
  /**
   * Milliseconds of evaluation a rule may spend in the run (plus a little per event) before it is
   * disabled for the rest of it; 0: no limit. Default: MAMORI_RULE_BUDGET_MS, else 5,000.
   */
  ruleBudgetMs?: number;
  /**
   * Asked for each event a rule matches: true withholds the match (no hit, no count towards an
   * aggregation or correlation). Detection tuning (src/detect/tuning.ts) counts what it withholds.
   */
  exclude?: (rule: DetectionRule, event: CloudEvent) => boolean;
}

/**
 * The enrichment of a Google Cloud IAM policy change: `extra` with `gcp` (GcpPolicyFields) added;
 * other events keep `extra` as it is (no allocation).
 */
function withGcpFields(event: CloudEvent, extra: EventEnrichment | undefined, orgDomains: string[] | undefined): EventEnrichment | undefined {
  const p = event.raw.protoPayload as Record<string, unknown>;
  const m = p.methodName;
  const auth = p.authenticationInfo as Record<string, unknown> | null | undefined;
  const chain = auth !== null && typeof auth === 'object' ? auth.serviceAccountDelegationInfo : undefined;
  const iam = typeof m === 'string' && (m.endsWith('etIamPolicy') || m.endsWith('etIamPermissions') || m.endsWith('etIAMPolicy'));
  if (!iam && !Array.isArray(chain)) return extra;
  let gcp: Record<string, unknown> | undefined;
  if (iam) {
    const own = extra?.orgDomains;
    gcp = gcpPolicyFields(event.raw, Array.isArray(own) ? (own as string[]) : orgDomains) as Record<string, unknown> | undefined;
  }
  const delegation = event.source === 'gcpaudit' && Array.isArray(chain) ? event.actor?.delegationChain : undefined;
  if (delegation) {
    gcp = { ...gcp, delegation_hops: delegation.length, delegation_chain: delegation.join(' > ') };
  }
  return gcp ? { ...extra, gcp } : extra;
}

/** A resource-policy write: what its statements grant, as `mamori.aws.policy` (see policy-grants.ts). */
function withAwsPolicyFields(raw: Record<string, unknown>, extra: EventEnrichment | undefined): EventEnrichment | undefined {
  const policy = awsPolicyFields(raw);
  if (!policy) return extra;
  const aws = extra?.aws;
  return { ...extra, aws: { ...(aws !== null && typeof aws === 'object' ? (aws as Record<string, unknown>) : {}), policy } };
}

/**
 * Compiles rules (from loadDetectionRules) into a RuleSet. Correlation rules need the rules they
 * refer to in the same list. Throws MamoriError for a rule that does not compile.
 */
export function compileRuleSet(rules: readonly DetectionRule[], options: RuleSetOptions = {}): RuleSet {
  const orgDomains = options.orgDomains?.length ? options.orgDomains : undefined;
  const budget = new RuleBudget(options.ruleBudgetMs ?? ruleBudgetFromEnv());
  const exclude = options.exclude;
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
      calls: 0,
      spentMs: 0,
      disabled: false,
    };
    compiledRules.push(cr);

    const src = rule.logsource.service;
    let idx = index.get(src);
    if (!idx) index.set(src, (idx = { byName: new Map(), bySource: new Map(), byNameCased: new Map(), bySourceCased: new Map(), allByName: [], allBySource: [], always: [] }));
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
    if (names) {
      add(idx.byName, names);
      idx.allByName.push(cr);
    } else if (sources) {
      add(idx.bySource, sources);
      idx.allBySource.push(cr);
    } else idx.always.push(cr);
  }

  const EMPTY: CompiledRule[] = [];
  const lookup = (idx: SourceIndex, event: CloudEvent): [CompiledRule[], CompiledRule[], CompiledRule[]] => {
    const fields = INDEXED[event.source];
    if (!fields) return [EMPTY, EMPTY, idx.always];
    const [n, s] = indexedValues(event);
    return [indexed(idx.byName, idx.byNameCased, idx.allByName, n) ?? EMPTY, indexed(idx.bySource, idx.bySourceCased, idx.allBySource, s) ?? EMPTY, idx.always];
  };

  let watermark = -Infinity;
  let nextSweep = -Infinity;
  const sweepEvery = aggregators.length ? Math.max(1000, Math.min(60_000, ...aggregators.map((a) => a.agg.timespanMs))) : Infinity;
  let stamp = 0;
  const longest = Math.max(0, ...aggregators.map((a) => a.agg.timespanMs));
  let pending: AggregationState | undefined;
  let restored: RuleSet['restored'];
  const applyPending = (first: CloudEvent) => {
    const state = pending!;
    pending = undefined;
    if (first.timeMs < state.watermarkMs - longest) {
      restored = { discarded: `the events start at ${new Date(first.timeMs).toISOString()}, before the saved windows (up to ${new Date(state.watermarkMs).toISOString()})` };
      return;
    }
    let groups = 0;
    for (const a of aggregators) {
      const saved = state.rules[a.rule.name];
      if (!saved) continue;
      a.restore(saved);
      groups += saved.length;
    }
    watermark = state.watermarkMs;
    restored = { groups };
  };

  return {
    rules,
    candidates(event) {
      const idx = index.get(event.source);
      if (!idx) return [];
      const set = new Set(lookup(idx, event).flat());
      return compiledRules.filter((c) => set.has(c)).map((c) => c.rule);
    },
    process(event, extra) {
      if (pending) applyPending(event);
      // Most events hit nothing: they share one empty array, and a hit makes the event its own.
      let hits = NO_HITS;
      if (aggregators.length) {
        if (event.timeMs > watermark) watermark = event.timeMs;
        if (watermark >= nextSweep) {
          hits = [];
          for (const a of aggregators) a.sweep(watermark, hits);
          nextSweep = watermark + sweepEvery;
        }
      }
      const idx = index.get(event.source);
      if (!idx) return hits;
      stamp++;
      budget.events++;
      if (event.source === 'gcpaudit') {
        const p = event.raw.protoPayload as Record<string, unknown> | null | undefined;
        if (p !== null && typeof p === 'object') {
          extra = withGcpFields(event, extra, orgDomains);
          const n = p.methodName;
          if (idx.byName.size) {
            const list = indexed(idx.byName, idx.byNameCased, idx.allByName, n);
            if (list) hits = runRules(list, event, extra, hits, stamp, budget, exclude);
          }
          const s = p.serviceName;
          if (idx.bySource.size) {
            const list = indexed(idx.bySource, idx.bySourceCased, idx.allBySource, s);
            if (list) hits = runRules(list, event, extra, hits, stamp, budget, exclude);
          }
        }
      } else if (event.source === 'azureactivity') {
        // A begin or Accept record is not the operation: its outcome record is (see src/providers/azure/read/activity.ts).
        if (event.phase !== undefined) return hits;
        const raw = event.raw;
        const byName = idx.byName.size ? indexed(idx.byName, idx.byNameCased, idx.allByName, raw.operationName) : null;
        const bySource = idx.bySource.size ? indexed(idx.bySource, idx.bySourceCased, idx.allBySource, raw.category) : null;
        if (byName || bySource || idx.always.length) extra = withAzureFields(event, extra);
        if (byName) hits = runRules(byName, event, extra, hits, stamp, budget, exclude);
        if (bySource) hits = runRules(bySource, event, extra, hits, stamp, budget, exclude);
      } else if (event.source === 'cloudtrail') {
        // Read as constant names: one property lookup site per field for the JIT, not a shared one.
        const raw = event.raw;
        const n = raw.eventName;
        if (typeof n === 'string' && POLICY_EVENT_NAMES.has(n)) extra = withAwsPolicyFields(raw, extra);
        if (idx.byName.size) {
          const list = indexed(idx.byName, idx.byNameCased, idx.allByName, n);
          if (list) hits = runRules(list, event, extra, hits, stamp, budget, exclude);
        }
        const s = raw.eventSource;
        if (idx.bySource.size) {
          const list = indexed(idx.bySource, idx.bySourceCased, idx.allBySource, s);
          if (list) hits = runRules(list, event, extra, hits, stamp, budget, exclude);
        }
      }
      return runRules(idx.always, event, extra, hits, stamp, budget, exclude);
    },
    saveState() {
      // No event came: the windows are as they were (scrubbed again: a hub written before scrubbing may hold credentials).
      if (pending) return scrubValue(pending);
      const rules: AggregationState['rules'] = {};
      const budget = { events: MAX_SAVED_EVENTS };
      for (const a of aggregators) {
        const groups = a.save(budget);
        if (groups.length) rules[a.rule.name] = groups;
      }
      return { version: 1, watermarkMs: watermark === -Infinity ? 0 : watermark, rules };
    },
    restoreState(state) {
      pending = state.version === 1 ? state : undefined;
      restored = pending ? undefined : { discarded: `unknown state version ${String(state.version)}` };
    },
    get restored() {
      return restored;
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
    get disabled() {
      return budget.disabled;
    },
  };
}
