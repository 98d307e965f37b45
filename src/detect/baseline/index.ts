/**
 * Learned baselines: what each principal normally does (APIs, regions, networks, client
 * families), learned from its own CloudTrail events, and a LOW signal the first time it does
 * something new after its learning period. State lives in the hub database (tables `baselines`
 * and `baseline_principals`, migration 0002) so it carries over between runs; memory is bounded
 * by an LRU of principals. The database is reached only through the BaselineStore port (store.ts).
 */
import type { CloudEvent } from '../../model/event.js';
import { findingId } from '../../model/finding.js';
import type { Signal } from '../../model/signal.js';
import { networkOf } from '../intel/ip.js';
import { randomUUID } from 'node:crypto';
import type { BaselineStore, BaselineValueRecord, PrincipalRecord, RunBaselines } from './store.js';
import type { Familiarity } from '../tuning.js';

export type { BaselineStore, BaselineValueRecord, PrincipalRecord } from './store.js';

export type BaselineDimension = 'api' | 'region' | 'network' | 'user_agent';
export const BASELINE_DIMENSIONS: readonly BaselineDimension[] = ['api', 'region', 'network', 'user_agent'];

export type UserAgentFamily = 'aws-cli' | 'boto3' | 'aws-sdk-js' | 'console' | 'terraform' | 'other';

/** The baseline "rules": one per dimension. */
export const BASELINE_RULES: Record<BaselineDimension, { id: string; title: string; title_ja: string; tactics: string[]; techniques: string[] }> = {
  api: { id: 'mamori-baseline-new-api', title: 'A principal called an API it had not used before', title_ja: 'プリンシパルがこれまで使っていなかった API を呼び出した', tactics: [], techniques: [] },
  region: {
    id: 'mamori-baseline-new-region',
    title: 'A principal acted in a region it had not used before',
    title_ja: 'プリンシパルがこれまで使っていなかったリージョンで操作した',
    tactics: ['TA0005'],
    techniques: ['T1535'],
  },
  network: {
    id: 'mamori-baseline-new-network',
    title: 'A principal called AWS from a network it had not used before',
    title_ja: 'プリンシパルがこれまで使っていなかったネットワークから AWS を呼び出した',
    tactics: ['TA0001'],
    techniques: ['T1078.004'],
  },
  user_agent: {
    id: 'mamori-baseline-new-user-agent',
    title: 'A principal used a kind of client it had not used before',
    title_ja: 'プリンシパルがこれまで使っていなかった種類のクライアントを使用した',
    tactics: [],
    techniques: [],
  },
};

/**
 * A first Bedrock model invocation by a principal past its learning period: how LLM hijacking
 * ("LLMjacking") looks from CloudTrail when stolen credentials start running models on the
 * victim's bill. Medium, not the new-API LOW: few principals call models at all, and a principal
 * that never did is rarely starting now for a good reason without a deployment.
 */
export const BEDROCK_FIRST_USE_RULE = {
  id: 'mamori-baseline-new-bedrock-invocation',
  title: 'A principal invoked a Bedrock model for the first time',
  title_ja: 'プリンシパルが初めて Bedrock のモデルを呼び出した',
  tactics: ['TA0040'],
  techniques: ['T1496.004'],
} as const;

const BEDROCK_INVOCATION = /^bedrock:(InvokeModel|InvokeModelWithResponseStream|Converse|ConverseStream|StartAsyncInvoke)$/;

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long before an event a value must have been first seen to count as routine (familiarity). */
const ESTABLISHED_MS = DAY_MS;
const CHUNK = 500;

export interface BaselineOptions {
  /** Learning period per principal, from its first event (default 7 days). */
  learningMs?: number;
  /** Same in days; `learningMs` wins. */
  learningDays?: number;
  /** Principals kept in memory (LRU; default 10,000). */
  maxPrincipals?: number;
  /**
   * Principals evicted from the cache with unsaved changes are kept until this many, then written
   * in their own transaction before save() (default: maxPrincipals). Bounds memory on long runs.
   */
  flushThreshold?: number;
}

/** Where baselines live: the port itself, or a store that has one (the hub's FindingStore). */
export type BaselineSource = BaselineStore | { readonly baselines: BaselineStore };

interface ValueState {
  firstSeen: string;
  lastSeen: string;
  /** Count as stored; `delta` is what this run added and has not written yet. */
  count: number;
  delta: number;
}

interface PrincipalState {
  principal: string;
  /** Undefined only for a principal prefetched and not yet observed. */
  firstSeen?: string;
  firstSeenMs: number;
  lastSeen?: string;
  /** `${dimension}\0${value}` → state */
  values: Map<string, ValueState>;
  /** Values kept per dimension; at MAX_VALUES_PER_DIMENSION the dimension is saturated (see there). */
  perDimension: Record<BaselineDimension, number>;
  dirty: boolean;
  dirtyValues: Set<string>;
}

/**
 * Distinct values a principal keeps per dimension. A principal seen from more networks than this
 * (an app's role used from every customer's address, a service with many egress addresses) has no
 * "usual" network: one more new network says nothing about it. Such a dimension stops learning new
 * values and raises no new-value signals, and routine lowering never applies through it. This
 * bounds the memory and the work a principal costs (without it, a principal calling from a fresh
 * address every time adds a row per call).
 */
export const MAX_VALUES_PER_DIMENSION = 1000;

const emptyCounts = (): Record<BaselineDimension, number> => ({ api: 0, region: 0, network: 0, user_agent: 0 });

// ---------------------------------------------------------------------------------------------
// Keys

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A role session name with its variable parts (UUIDs, instance ids, timestamps, random hex)
 * replaced by `*`, so every session of the same kind is one principal: `i-0abc…` → `i-*`,
 * `botocore-session-1700000000` → `botocore-session-*`; a person's SSO session (their user name or
 * e-mail) stays as it is.
 */
export function sessionPattern(name: string | undefined): string {
  if (!name) return '*';
  return (
    name
      .replace(UUID, '*')
      .replace(/(?<![a-z0-9])[0-9a-f]*\d[0-9a-f]*(?![a-z0-9])/gi, (m) => (m.length >= 8 ? '*' : m))
      .replace(/\d{4,}/g, '*')
      .replace(/\*+/g, '*') || '*'
  );
}

/** arn:aws:sts::123:assumed-role/Name/session → arn:aws:iam::123:role/Name (a session ARN carries no role path). */
export function roleFromSessionArn(arn: string | undefined): string | undefined {
  const m = arn?.match(/^arn:([^:]+):sts::(\d*):assumed-role\/([^/]+)\//);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

/**
 * Whose behaviour an event is: the role and session pattern for an assumed role
 * (`arn:aws:iam::1:role/Deploy#i-*`), else the principal's ARN, else its access key.
 * Undefined for AWS services and events without an actor.
 */
export function principalOf(event: CloudEvent): string | undefined {
  const a = event.actor;
  if (!a || a.type === 'AWSService') return undefined;
  if (a.type === 'AssumedRole') {
    // Session ARNs repeat (one per session, many calls each): their principal is worked out once.
    const memoKey = a.arn !== undefined && a.roleArn === undefined && a.sessionName === undefined ? a.arn : undefined;
    const memo = memoKey !== undefined ? sessionPrincipalMemo.get(memoKey) : undefined;
    if (memo !== undefined) return memo;
    const role = a.roleArn ?? roleFromSessionArn(a.arn);
    const session = a.sessionName ?? a.arn?.split('/').slice(2).join('/');
    if (role) {
      const principal = `${role}#${sessionPatternMemo(session)}`;
      if (memoKey !== undefined) remember(sessionPrincipalMemo, memoKey, principal);
      return principal;
    }
  }
  if (a.arn) return a.arn;
  if (a.accessKeyId) return `accesskey:${a.accessKeyId}`;
  return undefined;
}

// Memos of what repeats across a run's events (session ARNs, session names, addresses, services),
// each bounded: cleared when full, so a run of unique values costs what it did without them.
const MEMO_MAX = 4096;
const sessionPrincipalMemo = new Map<string, string>();
const sessionNameMemo = new Map<string, string>();
const networkMemo = new Map<string, string | undefined>();
const serviceMemo = new Map<string, string>();

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
}

function sessionPatternMemo(name: string | undefined): string {
  if (name === undefined) return sessionPattern(name);
  let p = sessionNameMemo.get(name);
  if (p === undefined) remember(sessionNameMemo, name, (p = sessionPattern(name)));
  return p;
}

function networkMemoized(ip: string): string | undefined {
  if (networkMemo.has(ip)) return networkMemo.get(ip);
  const net = networkOf(ip);
  remember(networkMemo, ip, net);
  return net;
}

function serviceName(service: string): string {
  let name = serviceMemo.get(service);
  if (name === undefined) remember(serviceMemo, service, (name = service.replace(/\.amazonaws\.com$/, '')));
  return name;
}

/** Families of the user agents seen (they repeat: a few SDK and CLI versions per account). */
const familyMemo = new Map<string, UserAgentFamily>();

/** The client family of a CloudTrail userAgent. */
export function userAgentFamily(userAgent: string | undefined): UserAgentFamily | undefined {
  if (!userAgent) return undefined;
  let family = familyMemo.get(userAgent);
  if (family === undefined) {
    family = familyOf(userAgent.toLowerCase());
    if (familyMemo.size >= 4096) familyMemo.clear();
    familyMemo.set(userAgent, family);
  }
  return family;
}

function familyOf(s: string): UserAgentFamily {
  if (s.includes('terraform')) return 'terraform';
  if (/(^|[\s[(,])aws-cli\//.test(s)) return 'aws-cli';
  if (/console\.amazonaws\.com|signin\.amazonaws\.com|console\.aws\.amazon\.com|s3console|^aws internal|^mozilla\//.test(s)) return 'console';
  if (/boto3\/|botocore\//.test(s)) return 'boto3';
  if (/aws-sdk-js|aws-sdk-nodejs|@aws-sdk\//.test(s)) return 'aws-sdk-js';
  return 'other';
}

/** A call made by an AWS service on the principal's behalf: its address and client are the service's. */
function viaService(event: CloudEvent): boolean {
  return Boolean(event.src?.awsService || event.actor?.invokedBy);
}

/** The dimension values an event shows (only the ones that apply). */
export function dimensionsOf(event: CloudEvent): [BaselineDimension, string][] {
  const out: [BaselineDimension, string][] = [];
  if (event.api?.service && event.api.operation) out.push(['api', `${serviceName(event.api.service)}:${event.api.operation}`]);
  if (event.region) out.push(['region', event.region]);
  if (!viaService(event)) {
    const net = event.src?.ip ? networkMemoized(event.src.ip) : undefined;
    if (net) out.push(['network', net]);
    const ua = userAgentFamily(event.src?.userAgent);
    if (ua) out.push(['user_agent', ua]);
  }
  return out;
}

const keyOf = (d: BaselineDimension, v: string) => `${d}\0${v}`;

/** Shared empty result (most events show nothing new); never pushed to. */
const NO_SIGNALS: Signal[] = [];

// ---------------------------------------------------------------------------------------------

export interface BaselineStats {
  /** Principals in memory. */
  cached: number;
  /** Evicted principals waiting to be written. */
  pending: number;
  /** Principals read from the database. */
  loaded: number;
  /** Writes before save() (evictions over the threshold). */
  flushes: number;
}

export class Baseline {
  private readonly cache = new Map<string, PrincipalState>();
  private lastUsed: PrincipalState | undefined;
  private readonly pending = new Map<string, PrincipalState>();
  private readonly learningMs: number;
  private readonly maxPrincipals: number;
  private readonly flushThreshold: number;
  private loaded = 0;
  private flushes = 0;
  /** This run's key for what it stages before it commits. */
  private readonly runId = randomUUID();

  private constructor(
    private readonly store: BaselineStore,
    options: BaselineOptions,
  ) {
    this.learningMs = options.learningMs ?? (options.learningDays ?? 7) * DAY_MS;
    this.maxPrincipals = Math.max(1, options.maxPrincipals ?? 10_000);
    this.flushThreshold = Math.max(1, options.flushThreshold ?? this.maxPrincipals);
  }

  /** Opens the baseline over the hub store (its migrations created the tables). Principals load on demand. */
  static async load(source: BaselineSource, options: BaselineOptions = {}): Promise<Baseline> {
    const store = 'baselines' in source ? source.baselines : source;
    const b = new Baseline(store, options);
    // Fail early when the store predates migration 0002.
    await store.checkBaselines();
    return b;
  }

  stats(): BaselineStats {
    return { cached: this.cache.size, pending: this.pending.size, loaded: this.loaded, flushes: this.flushes };
  }

  /**
   * Learns from one event and returns its signals (none while the principal is learning). Reads
   * the principal from the database on a cache miss; for many events prefer observeAll, which
   * reads principals in batches.
   */
  async observe(event: CloudEvent): Promise<Signal[]> {
    const principal = event.source === 'cloudtrail' ? principalOf(event) : undefined;
    if (!principal) return [];
    const state = this.lookup(principal) ?? (await this.fetch([principal])).get(principal)!;
    const signals = this.apply(state, event);
    await this.maybeFlush();
    return signals;
  }

  /** Learns from events in time order and returns all their signals; principals are read in batches. */
  async observeAll(events: Iterable<CloudEvent> | AsyncIterable<CloudEvent>): Promise<Signal[]> {
    const signals: Signal[] = [];
    const size = Math.max(1, Math.min(CHUNK, Math.floor(this.maxPrincipals / 2)));
    let batch: [string, CloudEvent][] = [];
    const run = async () => {
      const missing = [...new Set(batch.map(([p]) => p))].filter((p) => !this.cache.has(p) && !this.pending.has(p));
      const fetched = missing.length ? await this.fetch(missing) : undefined;
      for (const [p, e] of batch) {
        const state = this.lookup(p) ?? fetched?.get(p) ?? (await this.fetch([p])).get(p)!;
        for (const s of this.apply(state, e)) signals.push(s);
      }
      batch = [];
      await this.maybeFlush();
    };
    const add = (e: CloudEvent): boolean => {
      const p = e.source === 'cloudtrail' ? principalOf(e) : undefined;
      if (p) batch.push([p, e]);
      return batch.length >= size;
    };
    // The pipeline hands over arrays: iterated without an await per event (for await over an
    // array still waits a microtask for each element).
    if (typeof (events as Iterable<CloudEvent>)[Symbol.iterator] === 'function') {
      for (const e of events as Iterable<CloudEvent>) if (add(e)) await run();
    } else {
      for await (const e of events) if (add(e)) await run();
    }
    if (batch.length) await run();
    return signals;
  }

  /**
   * Writes everything learned and not yet written, with what the run staged on the way, through
   * `into` (the transaction of the whole run: FindingStore.commitRun) so the baselines never learn
   * what the run's signals did not record; without it, in transactions of its own.
   */
  async save(into?: RunBaselines): Promise<{ principals: number; values: number }> {
    const states = [...this.cache.values(), ...this.pending.values()].filter((s) => s.dirty || s.dirtyValues.size);
    const sink = into ?? this.store;
    const written = await this.write(states, sink);
    if (this.flushes) await sink.mergeStagedBaselines(this.runId);
    this.pending.clear();
    return written;
  }

  /**
   * What the baseline knew about an event's behaviour, for lowering a rule's signal
   * (src/detect/tuning.ts): its principal past the learning period, and its API, network and client
   * family each first seen at least ESTABLISHED_MS before the event (so a network an attacker first
   * used a minute earlier in the same run is still new). Reads memory only, as observe left it;
   * undefined when anything is new, missing or not in memory: then the signal keeps its severity.
   */
  familiarity(event: CloudEvent): Familiarity | undefined {
    const principal = event.source === 'cloudtrail' ? principalOf(event) : undefined;
    const state = principal ? (this.cache.get(principal) ?? this.pending.get(principal)) : undefined;
    if (!state || state.firstSeen === undefined) return undefined;
    const learningEnd = state.firstSeenMs + this.learningMs;
    if (event.timeMs < learningEnd) return undefined;
    const found: Partial<Record<BaselineDimension, string>> = {};
    for (const [dimension, value] of dimensionsOf(event)) {
      if (dimension === 'region') continue;
      // A saturated dimension has no usual value, so nothing is routine through it.
      if (state.perDimension[dimension] >= MAX_VALUES_PER_DIMENSION) return undefined;
      const known = state.values.get(keyOf(dimension, value));
      if (!known || Date.parse(known.firstSeen) > event.timeMs - ESTABLISHED_MS) return undefined;
      found[dimension] = value;
    }
    // A call through an AWS service shows neither network nor client: nothing to call it routine by.
    if (!found.api || !found.network || !found.user_agent) return undefined;
    return { principal: state.principal, api: found.api, network: found.network, client: found.user_agent, learningEnded: new Date(learningEnd).toISOString() };
  }

  // -------------------------------------------------------------------------------------------

  /** The cached (or evicted, unsaved) state of a principal, made most recently used. */
  private lookup(principal: string): PrincipalState | undefined {
    const state = this.cache.get(principal) ?? this.pending.get(principal);
    if (state) this.use(state);
    return state;
  }

  private use(state: PrincipalState): void {
    // Consecutive events are often the same principal's: it is the most recent already.
    if (state === this.lastUsed) return;
    this.lastUsed = state;
    this.pending.delete(state.principal);
    this.cache.delete(state.principal);
    this.cache.set(state.principal, state);
    while (this.cache.size > this.maxPrincipals) {
      const oldest = this.cache.keys().next().value as string;
      const evicted = this.cache.get(oldest)!;
      this.cache.delete(oldest);
      if (evicted.dirty || evicted.dirtyValues.size) this.pending.set(oldest, evicted);
    }
  }

  /** Reads principals from the database (new ones get an empty state) and caches them. */
  private async fetch(principals: string[]): Promise<Map<string, PrincipalState>> {
    const out = new Map<string, PrincipalState>();
    for (let i = 0; i < principals.length; i += CHUNK) {
      const chunk = principals.slice(i, i + CHUNK);
      const { principals: rows, values } = await this.store.readBaselines(chunk, this.flushes ? this.runId : undefined);
      for (const p of chunk) out.set(p, { principal: p, firstSeenMs: Infinity, values: new Map(), perDimension: emptyCounts(), dirty: false, dirtyValues: new Set() });
      for (const r of rows) {
        const s = out.get(r.principal)!;
        s.firstSeen = r.firstSeen;
        s.firstSeenMs = Date.parse(r.firstSeen);
        s.lastSeen = r.lastSeen;
        this.loaded++;
      }
      for (const r of values) {
        const s = out.get(r.principal);
        if (!s) continue;
        s.values.set(keyOf(r.dimension as BaselineDimension, r.value), { firstSeen: r.firstSeen, lastSeen: r.lastSeen, count: r.count, delta: 0 });
        if (r.dimension in s.perDimension) s.perDimension[r.dimension as BaselineDimension]++;
      }
    }
    for (const s of out.values()) this.use(s);
    return out;
  }

  private apply(state: PrincipalState, event: CloudEvent): Signal[] {
    this.use(state);
    if (state.firstSeen === undefined || event.timeMs < state.firstSeenMs) {
      state.firstSeen = event.time;
      state.firstSeenMs = event.timeMs;
      state.dirty = true;
    }
    if (state.lastSeen === undefined || event.time > state.lastSeen) {
      state.lastSeen = event.time;
      state.dirty = true;
    }
    const learning = event.timeMs < state.firstSeenMs + this.learningMs;
    // The dimensions as dimensionsOf() gives them, without its array: this runs for every event.
    let signals: Signal[] = NO_SIGNALS;
    const api = event.api;
    if (api?.service && api.operation) signals = this.see(state, 'api', `${serviceName(api.service)}:${api.operation}`, event, learning, signals);
    if (event.region) signals = this.see(state, 'region', event.region, event, learning, signals);
    if (!viaService(event)) {
      const ip = event.src?.ip;
      // A saturated dimension learns nothing more: its value need not be worked out.
      const net = ip && state.perDimension.network < MAX_VALUES_PER_DIMENSION ? networkMemoized(ip) : undefined;
      if (net) signals = this.see(state, 'network', net, event, learning, signals);
      const ua = userAgentFamily(event.src?.userAgent);
      if (ua) signals = this.see(state, 'user_agent', ua, event, learning, signals);
    }
    return signals;
  }

  /** One dimension value of an event: counted when known, learned (and signalled after learning) when new. */
  private see(state: PrincipalState, dimension: BaselineDimension, value: string, event: CloudEvent, learning: boolean, signals: Signal[]): Signal[] {
    const key = keyOf(dimension, value);
    const known = state.values.get(key);
    if (known) {
      if (event.time > known.lastSeen) known.lastSeen = event.time;
      if (event.time < known.firstSeen) known.firstSeen = event.time;
      // A value is in dirtyValues exactly while it has a delta to write (write() clears both).
      if (known.delta++ === 0) state.dirtyValues.add(key);
    } else if (state.perDimension[dimension] < MAX_VALUES_PER_DIMENSION) {
      if (!learning) {
        if (signals === NO_SIGNALS) signals = [];
        signals.push(this.signal(state, dimension, value, event));
      }
      state.values.set(key, { firstSeen: event.time, lastSeen: event.time, count: 0, delta: 1 });
      state.perDimension[dimension]++;
      state.dirtyValues.add(key);
    }
    return signals;
  }

  private signal(state: PrincipalState, dimension: BaselineDimension, value: string, event: CloudEvent): Signal {
    const bedrock = dimension === 'api' && BEDROCK_INVOCATION.test(value);
    const rule = bedrock ? BEDROCK_FIRST_USE_RULE : BASELINE_RULES[dimension];
    const readOnlyDiscovery = dimension === 'api' && /^(List|Describe|Get)/.test(event.api?.operation ?? '');
    const known: string[] = [];
    for (const k of state.values.keys()) {
      if (k.startsWith(`${dimension}\0`)) known.push(k.slice(dimension.length + 1));
      if (known.length >= 20) break;
    }
    const a = event.actor;
    const actor: Signal['actor'] = a ? { arn: a.arn, type: a.type, accessKeyId: a.accessKeyId, roleArn: a.roleArn, userName: a.userName } : undefined;
    if (actor) for (const k of Object.keys(actor) as (keyof typeof actor)[]) if (actor[k] === undefined) delete actor[k];
    const ip = event.src?.ip && networkOf(event.src.ip) ? event.src.ip : undefined;
    const what = { api: 'API', region: 'region', network: 'network', user_agent: 'client family' }[dimension];
    return {
      id: findingId(rule.id, `${state.principal}\n${dimension}\n${value}`),
      ruleId: rule.id,
      title: rule.title,
      localized: { title: { en: rule.title, ja: rule.title_ja } },
      severity: bedrock ? 'MEDIUM' : 'LOW',
      tactics: readOnlyDiscovery ? ['TA0007'] : [...rule.tactics],
      techniques: [...rule.techniques],
      firstSeen: event.time,
      lastSeen: event.time,
      count: 1,
      account: event.account,
      region: event.region,
      actor,
      sourceIps: ip ? [ip] : [],
      userAgents: event.src?.userAgent ? [event.src.userAgent] : [],
      resources: event.resources.map((r) => r.uid ?? r.name).filter((r): r is string => Boolean(r)),
      eventIds: [event.id],
      dedupKey: { principal: state.principal, dimension, value },
      description: `${state.principal} used the ${what} ${value} for the first time since ${state.firstSeen} (learning ended ${new Date(state.firstSeenMs + this.learningMs).toISOString()}).`,
      evidence: { principal: state.principal, dimension, value, learningSince: state.firstSeen, known },
    };
  }

  private async maybeFlush(): Promise<void> {
    if (this.pending.size < this.flushThreshold) return;
    // Staged, not merged: the run has not stored its signals yet (see save).
    await this.write([...this.pending.values()], { mergeBaselines: (principals, values) => this.store.stageBaselines(this.runId, principals, values) });
    this.pending.clear();
    this.flushes++;
  }

  /** Upserts the unsaved parts of these principals in one transaction. */
  private async write(states: PrincipalState[], sink: Pick<BaselineStore, 'mergeBaselines'> = this.store): Promise<{ principals: number; values: number }> {
    const principals: PrincipalRecord[] = [];
    const values: BaselineValueRecord[] = [];
    const applied: [ValueState, number][] = [];
    const undo: (() => void)[] = [];
    for (const s of states) {
      if (s.firstSeen === undefined || s.lastSeen === undefined) continue;
      if (s.dirty) {
        principals.push({ principal: s.principal, firstSeen: s.firstSeen, lastSeen: s.lastSeen });
        s.dirty = false;
        undo.push(() => (s.dirty = true));
      }
      for (const key of s.dirtyValues) {
        const v = s.values.get(key)!;
        const sep = key.indexOf('\0');
        values.push({ principal: s.principal, dimension: key.slice(0, sep), value: key.slice(sep + 1), firstSeen: v.firstSeen, lastSeen: v.lastSeen, count: v.delta });
        applied.push([v, v.delta]);
      }
      const keys = [...s.dirtyValues];
      s.dirtyValues.clear();
      undo.push(() => keys.forEach((k) => s.dirtyValues.add(k)));
    }
    if (!principals.length && !values.length) return { principals: 0, values: 0 };
    try {
      await sink.mergeBaselines(principals, values);
    } catch (err) {
      for (const u of undo) u();
      throw err;
    }
    for (const [v, d] of applied) {
      v.count += d;
      v.delta -= d;
    }
    return { principals: principals.length, values: values.length };
  }
}
