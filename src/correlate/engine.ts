/**
 * The correlator: joins signals into attack sequences, streaming.
 *
 * Signals arrive in time order (first seen). Each one carries entity keys (entities.ts); a signal
 * joins the open group that holds any of its keys, groups that a signal ties together merge, and
 * a group stays open while its last activity is within the window of the newest signal. A group
 * that closes (or is still open at the end) becomes an attack sequence when a template matches or
 * when its signals climb at least three stages of an intrusion in time order. Memory is the open
 * groups: bounded by the window, not by how many signals went through.
 */
import { hexDigest } from '../model/hash.js';
import { severityRank, type Severity } from '../model/types.js';
import { EntityResolver, type CorrelationSignal } from './entities.js';
import { sortTactics, tacticInfo } from './tactics.js';
import { compromiseKind, matchTemplate, TEMPLATES, type CompromiseKind, type SequenceTemplate, type SequenceType } from './templates.js';

export const HOUR_MS = 3_600_000;
export const DEFAULT_WINDOW_MS = 24 * HOUR_MS;
export const MAX_WINDOW_MS = 14 * 24 * HOUR_MS;
/** A group keeps at most this many member signals (the earliest); the rest are only counted. */
export const MAX_MEMBERS = 500;

export interface CorrelateOptions {
  windowMs?: number;
  resolver?: EntityResolver;
  /** Entity keys of a signal (default: the resolver's actor and workload keys). */
  keys?: (s: CorrelationSignal) => string[];
  /** Templates to try (default: all). */
  templates?: readonly SequenceTemplate[];
  /** Whether a group without a template can be a sequence by its stages (default: yes). */
  stages?: boolean;
  /**
   * Keep only the members that belong to the incident the template steps span: members of the
   * identities that took a step, and others' members within the steps' span (the per-bucket pass,
   * where many identities name one bucket and only the attack's belong together).
   */
  incidentOnly?: boolean;
  /**
   * Stored sequences being extended (`correlateHub`): their members join again whatever the
   * inventory says now, so a re-correlation never splits an incident it already stored.
   */
  stored?: readonly StoredGrouping[];
}

/** A stored sequence's members, which correlation keeps together. */
export interface StoredGrouping {
  id: string;
  members: readonly string[];
  /** Made by the per-bucket pass (its entities are buckets), so joined again in that pass. */
  perBucket: boolean;
}

/** One attack sequence: the ordered member signals and what they have in common. */
export interface AttackSequence {
  id: string;
  /** Template id, or `multi-stage` when the stages climb without a template. */
  template: string;
  /** The kind of attack (the template's type; `multi-stage` without a template). */
  type: SequenceType;
  templateInfo?: SequenceTemplate;
  /** The members showing the actor compromised or the data at risk (every sequence has one at least). */
  compromise: { signalId: string; kind: CompromiseKind }[];
  severity: Severity;
  firstMs: number;
  lastMs: number;
  /** Entity keys of the group (akid:…, host:…, session:…). */
  entities: string[];
  /** The entity the sequence is about, as a resource uid (instance, function, principal). */
  primary: { key: string; uid: string; name: string };
  account: string;
  region: string;
  tactics: string[];
  techniques: string[];
  members: CorrelationSignal[];
  /** Member signals beyond MAX_MEMBERS, counted only. */
  truncated: number;
  /** Which member matched which template step. */
  steps: { step: string; signalId: string }[];
  principals: string[];
  accessKeyIds: string[];
  sourceIps: string[];
  userAgents: string[];
  resources: string[];
  /** Still open: activity within the window of the newest signal seen. */
  open: boolean;
}

interface Group {
  id: number;
  keys: Set<string>;
  members: CorrelationSignal[];
  memberIds: Set<string>;
  truncated: number;
  firstMs: number;
  lastMs: number;
  /** Set when merged into another group (writers still point here). */
  mergedInto?: Group;
}

const live = (g: Group): Group => {
  while (g.mergedInto) g = g.mergedInto;
  return g;
};

/**
 * Open groups by the end of their activity (lastMs, then id), a binary min-heap. A group is pushed
 * again whenever its lastMs grows; the older entry is stale and skipped when it surfaces. Ordering
 * by the last join instead is not enough: a signal's lastMs can lie far beyond its firstMs (an
 * aggregated or long-recurring finding) and would hold every quieter group behind it open.
 */
class ExpiryQueue {
  private readonly ms: number[] = [];
  private readonly groups: Group[] = [];

  get size(): number {
    return this.ms.length;
  }

  /** lastMs of the earliest entry (Infinity when empty). */
  peek(): number {
    return this.ms.length ? this.ms[0] : Infinity;
  }

  private less(i: number, j: number): boolean {
    return this.ms[i] < this.ms[j] || (this.ms[i] === this.ms[j] && this.groups[i].id < this.groups[j].id);
  }

  private swap(i: number, j: number) {
    const m = this.ms[i];
    this.ms[i] = this.ms[j];
    this.ms[j] = m;
    const g = this.groups[i];
    this.groups[i] = this.groups[j];
    this.groups[j] = g;
  }

  push(ms: number, g: Group) {
    let i = this.ms.length;
    this.ms.push(ms);
    this.groups.push(g);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the earliest entry: the group and the lastMs it was queued with. */
  pop(): { ms: number; group: Group } {
    const top = { ms: this.ms[0], group: this.groups[0] };
    const lastMs = this.ms.pop()!;
    const lastGroup = this.groups.pop()!;
    if (this.ms.length) {
      this.ms[0] = lastMs;
      this.groups[0] = lastGroup;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.ms.length && this.less(l, m)) m = l;
        if (r < this.ms.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** Stable: the same first member (and so the same start) gives the same sequence id across runs. */
export function sequenceId(firstMemberId: string): string {
  return 'mamori-seq-' + hexDigest('sha256', `sequence\u0000${firstMemberId}`).slice(0, 32);
}

const byTime = (a: CorrelationSignal, b: CorrelationSignal) => a.firstMs - b.firstMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The longest run of members whose stages strictly rise in time order (a signal may stand for
 * any of its tactics' stages), e.g. credential access → discovery → persistence → impact = 4.
 */
export function stageChain(members: readonly CorrelationSignal[]): number {
  const best = [0, 0, 0, 0, 0];
  for (const m of members) {
    const stages = new Set<number>();
    for (const t of m.tactics) {
      const info = tacticInfo(t);
      if (info) stages.add(info.stage);
    }
    const updates: [number, number][] = [];
    for (const st of stages) {
      let prev = 0;
      for (let i = 0; i < st; i++) if (best[i] > prev) prev = best[i];
      updates.push([st, prev + 1]);
    }
    for (const [st, v] of updates) if (v > best[st]) best[st] = v;
  }
  return Math.max(...best);
}

const raise = (s: Severity): Severity => (s === 'CRITICAL' || s === 'HIGH' ? 'CRITICAL' : 'HIGH');

/** Entity key kinds in the order a sequence is best named by. */
const PRIMARY_ORDER = ['host:', 'fn:', 'user:', 'session:', 'root:', 'akid:', 'ip:', 'bucket:'];

export class Correlator {
  private readonly windowMs: number;
  private readonly resolver: EntityResolver;
  private readonly keysOf: (s: CorrelationSignal) => string[];
  private readonly templates: readonly SequenceTemplate[];
  private readonly stages: boolean;
  private readonly byKey = new Map<string, Group>();
  /** Open groups by id (expiry order is kept by the heap below). */
  private readonly open = new Map<number, Group>();
  /** When each open group's window ends; expiry pops from here. */
  private readonly expiry = new ExpiryQueue();
  /** The latest signal that named an S3 object (for deployments that consume it). */
  private readonly lastWriter = new Map<string, { group: Group; ms: number }>();
  private nextId = 0;
  private nowMs = -Infinity;
  private readonly out: AttackSequence[] = [];
  /** Signals with no entity key: nothing to join them by. */
  unattributed = 0;
  signals = 0;

  private readonly incidentOnly: boolean;

  constructor(options: CorrelateOptions = {}) {
    this.windowMs = Math.min(options.windowMs ?? DEFAULT_WINDOW_MS, MAX_WINDOW_MS);
    this.resolver = options.resolver ?? new EntityResolver();
    const resolver = this.resolver;
    const keysOf = options.keys ?? ((s: CorrelationSignal) => resolver.keys(s));
    const stored = new Map<string, string[]>();
    for (const g of options.stored ?? []) for (const m of g.members) stored.set(m, [...(stored.get(m) ?? []), `seq:${g.id}`]);
    this.keysOf = stored.size ? (s) => [...keysOf(s), ...(stored.get(s.id) ?? [])] : keysOf;
    this.templates = options.templates ?? TEMPLATES;
    this.stages = options.stages ?? true;
    this.incidentOnly = options.incidentOnly ?? false;
  }

  /** Adds one signal; signals must come in first-seen order. Returns sequences that closed. */
  add(s: CorrelationSignal): AttackSequence[] {
    this.signals++;
    if (s.firstMs > this.nowMs) this.nowMs = s.firstMs;
    const closed = this.expire();
    if (this.signals % 10_000 === 0) this.pruneWriters();
    const keys = this.keysOf(s);
    const groups = new Set<Group>();
    const horizon = s.firstMs - this.windowMs;
    for (const k of keys) {
      const g = this.byKey.get(k);
      if (!g) continue;
      // Quiet for longer than the window: that group is over, this signal starts a new one.
      if (g.lastMs < horizon) this.close(g, false, closed);
      else groups.add(g);
    }
    for (const obj of s.consumes) {
      const w = this.lastWriter.get(obj);
      if (!w || w.ms > s.firstMs || w.ms < horizon) continue;
      const g = live(w.group);
      if (this.open.has(g.id)) groups.add(g);
    }
    if (!keys.length && !groups.size) {
      this.unattributed++;
      return closed;
    }
    let group: Group;
    let queuedMs = NaN;
    if (!groups.size) {
      group = { id: this.nextId++, keys: new Set(), members: [], memberIds: new Set(), truncated: 0, firstMs: s.firstMs, lastMs: s.lastMs };
    } else {
      const [first, ...rest] = [...groups].sort((a, b) => b.members.length - a.members.length);
      group = first;
      queuedMs = group.lastMs;
      for (const other of rest) this.merge(group, other);
    }
    for (const k of keys) {
      group.keys.add(k);
      this.byKey.set(k, group);
    }
    if (!group.memberIds.has(s.id)) {
      group.memberIds.add(s.id);
      if (group.members.length < MAX_MEMBERS) group.members.push(s);
      else group.truncated++;
    }
    if (s.firstMs < group.firstMs) group.firstMs = s.firstMs;
    if (s.lastMs > group.lastMs) group.lastMs = s.lastMs;
    for (const obj of EntityResolver.objectsOf(s)) this.lastWriter.set(obj, { group, ms: s.firstMs });
    this.open.set(group.id, group);
    if (group.lastMs !== queuedMs) this.expiry.push(group.lastMs, group);
    return closed;
  }

  private merge(into: Group, from: Group) {
    for (const k of from.keys) {
      into.keys.add(k);
      this.byKey.set(k, into);
    }
    for (const m of from.members) {
      if (into.memberIds.has(m.id)) continue;
      into.memberIds.add(m.id);
      into.members.push(m);
    }
    into.truncated += from.truncated;
    if (into.members.length > MAX_MEMBERS) {
      // Keep the earliest members of both groups; the rest are counted.
      into.members.sort(byTime);
      into.truncated += into.members.length - MAX_MEMBERS;
      into.members.length = MAX_MEMBERS;
    }
    into.firstMs = Math.min(into.firstMs, from.firstMs);
    into.lastMs = Math.max(into.lastMs, from.lastMs);
    this.open.delete(from.id);
    from.mergedInto = into;
  }

  private pruneWriters() {
    const horizon = this.nowMs - this.windowMs;
    for (const [obj, w] of this.lastWriter) if (w.ms < horizon) this.lastWriter.delete(obj);
  }

  /** Closes groups whose last activity fell out of the window; returns the sequences among them. */
  private expire(): AttackSequence[] {
    const closed: AttackSequence[] = [];
    const horizon = this.nowMs - this.windowMs;
    while (this.expiry.peek() < horizon) {
      const { ms, group } = this.expiry.pop();
      // Stale entries: the group merged into another, closed already, or was active again since.
      if (group.mergedInto || group.lastMs !== ms || !this.open.has(group.id)) continue;
      this.close(group, false, closed);
    }
    return closed;
  }

  private close(g: Group, open: boolean, into: AttackSequence[]) {
    this.open.delete(g.id);
    for (const k of g.keys) if (this.byKey.get(k) === g) this.byKey.delete(k);
    const seq = this.evaluate(g, open);
    if (seq) {
      into.push(seq);
      this.out.push(seq);
    }
  }

  /** Closes what is left (the sequences among them are `open`) and returns every sequence found. */
  finish(): AttackSequence[] {
    const rest: AttackSequence[] = [];
    for (const g of [...this.open.values()]) this.close(g, true, rest);
    return this.out;
  }

  private evaluate(g: Group, open: boolean): AttackSequence | undefined {
    if (g.members.length < 2) return undefined;
    let members = [...g.members].sort(byTime);
    // One rule firing many times is one behaviour, not a sequence.
    if (new Set(members.map((m) => m.ruleId)).size < 2) return undefined;
    let template: SequenceTemplate | undefined;
    let steps: { step: string; signal: CorrelationSignal }[] | undefined;
    for (const t of this.templates) {
      steps = matchTemplate(t, members);
      if (steps) {
        template = t;
        break;
      }
    }
    if (template && steps && this.incidentOnly) members = incidentMembers(members, steps.map((x) => x.signal), (m) => this.resolver.keys(m).concat(this.keysOf(m).filter((k) => k.startsWith('seq:'))));
    const maxSeverity = members.reduce<Severity>((acc, m) => (severityRank(m.severity) > severityRank(acc) ? m.severity : acc), 'INFORMATIONAL');
    if (!template) {
      if (!this.stages) return undefined;
      // No template: three rising stages from at least three rules, and something beyond low severity.
      if (new Set(members.map((m) => m.ruleId)).size < 3 || severityRank(maxSeverity) < severityRank('MEDIUM') || stageChain(members) < 3) return undefined;
    }
    // Several weak signals of a routine actor are not an attack: some member must show the actor
    // compromised or the data at risk (templates.ts, compromiseKind).
    const compromise: AttackSequence['compromise'] = [];
    for (const m of members) {
      const kind = compromiseKind(m);
      if (kind) compromise.push({ signalId: m.id, kind });
    }
    if (!compromise.length) return undefined;
    // seq: keys only hold a stored sequence together; they name nobody.
    const keys = [...g.keys].filter((k) => !k.startsWith('seq:')).sort();
    const primaryKey = PRIMARY_ORDER.map((p) => keys.find((k) => k.startsWith(p))).find(Boolean) ?? keys[0] ?? `group:${g.id}`;
    const principals = new Set<string>();
    const akids = new Set<string>();
    const ips = new Set<string>();
    const agents = new Set<string>();
    const resources = new Set<string>();
    const tactics = new Set<string>();
    const techniques = new Set<string>(template?.techniques ?? []);
    for (const m of members) {
      if (m.actor?.arn && !m.actor.invokedBy) principals.add(m.actor.arn);
      if (m.actor?.accessKeyId && !m.actor.invokedBy) akids.add(m.actor.accessKeyId);
      for (const ip of m.sourceIps) ips.add(ip);
      for (const ua of m.userAgents ?? []) agents.add(ua);
      for (const r of m.resources) resources.add(r);
      for (const t of m.tactics) tactics.add(t);
      for (const t of m.techniques) techniques.add(t);
    }
    const first = members[0];
    return {
      id: sequenceId(first.id),
      template: template?.id ?? 'multi-stage',
      type: template?.type ?? 'multi-stage',
      templateInfo: template,
      compromise,
      severity: template ? 'CRITICAL' : raise(maxSeverity),
      firstMs: members.length < g.members.length ? members[0].firstMs : g.firstMs,
      lastMs: members.length < g.members.length ? members.reduce((acc, m) => Math.max(acc, m.lastMs), members[0].lastMs) : g.lastMs,
      entities: keys,
      primary: { key: primaryKey, uid: this.primaryUid(primaryKey, first), name: this.resolver.names.get(primaryKey) ?? primaryKey.slice(primaryKey.indexOf(':') + 1) },
      account: first.account,
      region: first.region,
      tactics: sortTactics(tactics),
      techniques: [...techniques].sort(),
      members,
      truncated: g.truncated,
      steps: (steps ?? []).map((s) => ({ step: s.step, signalId: s.signal.id })),
      principals: [...principals].sort(),
      accessKeyIds: [...akids].sort(),
      sourceIps: [...ips].sort(),
      userAgents: [...agents].sort().slice(0, 20),
      resources: [...resources].sort(),
      open,
    };
  }

  private primaryUid(key: string, first: CorrelationSignal): string {
    const known = this.resolver.uids.get(key);
    if (known) return known;
    const [kind, ...rest] = key.split(':');
    const value = rest.join(':');
    if (kind === 'host') {
      const [account, id] = value.split(':');
      return `arn:aws:ec2:${first.region}:${account}:instance/${id}`;
    }
    if (kind === 'fn' || kind === 'user' || kind === 'session') return value;
    if (kind === 'root') return `arn:aws:iam::${value}:root`;
    if (kind === 'bucket') return `arn:aws:s3:::${value}`;
    return key;
  }
}

/** The S3 buckets a signal names (bucket or object ARNs) as entity keys. */
export function bucketKeys(s: CorrelationSignal): string[] {
  const keys = new Set<string>();
  for (const r of s.resources) {
    const m = /^arn:aws[a-z-]*:s3:::([^/]+)/.exec(r);
    if (m) keys.add(`bucket:${m[1]}`);
  }
  return [...keys];
}

function run(sorted: readonly CorrelationSignal[], options: CorrelateOptions): AttackSequence[] {
  const c = new Correlator(options);
  for (const s of sorted) c.add(s);
  return c.finish();
}

/**
 * How long the identities naming one bucket may be apart and still be one incident (per-bucket
 * pass). An S3 data theft runs its discovery and its mass read within minutes to hours; an
 * analyst's reading of the same bucket the day before is another story, not the attack's first step.
 */
export const BUCKET_INCIDENT_GAP_MS = 3 * HOUR_MS;

/**
 * The members belonging to the incident the template steps start: everything from the first step
 * on (the group closes after BUCKET_INCIDENT_GAP_MS of quiet), and earlier only the identities
 * that took a step — another identity's reading of the bucket before the attack began is not it.
 */
function incidentMembers(members: readonly CorrelationSignal[], steps: readonly CorrelationSignal[], actorKeys: (s: CorrelationSignal) => string[]): CorrelationSignal[] {
  const stepKeys = new Set(steps.flatMap(actorKeys));
  const from = Math.min(...steps.map((s) => s.firstMs));
  return members.filter((m) => m.firstMs >= from || actorKeys(m).some((k) => stepKeys.has(k)));
}

/**
 * Correlates a list of signals (any order) in one go, in two passes. First per actor and workload
 * (every template and the stage rule). Then, among the signals no actor sequence took, per S3
 * bucket with the compromised-S3-data template: discovery by one identity and the mass read, policy
 * change or deletion by another still add up when they hit the same bucket within one incident
 * (BUCKET_INCIDENT_GAP_MS), and only the identities of that incident take part. A signal belongs
 * to at most one sequence; the actor's comes first.
 */
export function correlate(signals: Iterable<CorrelationSignal>, options: CorrelateOptions = {}): AttackSequence[] {
  const sorted = [...signals].sort(byTime);
  const stored = options.stored ?? [];
  const byActor = run(sorted, { ...options, stored: stored.filter((g) => !g.perBucket) });
  const taken = new Set<string>();
  for (const seq of byActor) for (const m of seq.members) taken.add(m.id);
  const rest = sorted.filter((s) => !taken.has(s.id));
  const s3 = TEMPLATES.filter((t) => t.id === 'compromised-s3-data');
  const byBucket = run(rest, {
    ...options,
    windowMs: Math.min(options.windowMs ?? DEFAULT_WINDOW_MS, BUCKET_INCIDENT_GAP_MS),
    keys: bucketKeys,
    templates: s3,
    stages: false,
    incidentOnly: true,
    stored: stored.filter((g) => g.perBucket),
  });
  return [...byActor, ...byBucket].sort((a, b) => a.firstMs - b.firstMs || a.id.localeCompare(b.id));
}
