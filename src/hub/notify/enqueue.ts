/**
 * Step one of a notification: decide what happened to each finding (new, reopened, resolved,
 * escalated), match it against each target's filter and write one outbox row per target and
 * finding state. The UNIQUE (target, state_key) constraint with ON CONFLICT DO NOTHING makes
 * enqueuing idempotent: the same state of the same finding is queued once, however often
 * enqueue runs (after a retry, a crash or a re-import).
 *
 * The ingest paths call it inside the run's own transaction (FindingStore.commitRun hands a
 * NotificationQueue over it): the rows commit with the findings they are about, or neither does.
 */
import { MamoriError } from '../../model/errors.js';
import { severityRank } from '../../model/types.js';
import type { HubFinding } from '../model.js';
import { riskRank } from '../risk.js';
import type { NewNotification } from '../store/outbox.js';
import type { NotificationQueue } from '../store/ports.js';
import { buildPayload } from './payload.js';
import { DEFAULT_NOTIFY_EVENTS, type NotifyEvent, type NotifyFilter, type NotifyTarget } from './types.js';

/** What changed about a finding, and the key that names this state of it. */
export interface FindingEvent {
  event: NotifyEvent;
  /** `<findingId>:<state>:<time the state began>`: one state → one notification per target. */
  stateKey: string;
}

/** The state of a finding before the ingest that produced it: lets enqueue notice escalations. */
export type PreviousState = Pick<HubFinding, 'workflowStatus' | 'severity' | 'risk'>;

export interface EnqueueOptions {
  /** Creation time of the rows; also when they are first due. Default now. */
  now?: Date | string;
  /**
   * Findings as they were before the latest ingest, by id. Only needed for `escalated`: an open
   * finding whose risk or severity went up since. Without it, no escalations are detected.
   */
  previous?: ReadonlyMap<string, PreviousState>;
}

export interface EnqueueResult {
  /** Rows written. */
  enqueued: number;
  /** Rows that were already in the outbox (the same state enqueued before). */
  duplicates: number;
  /** Rows written per target name. */
  byTarget: Record<string, number>;
}

export const isoTime = (t: Date | string | undefined): string => (t === undefined ? new Date() : new Date(t)).toISOString();

/**
 * The event of a finding, or undefined when there is nothing to say.
 * - RESOLVED → resolved, keyed by resolvedAt.
 * - NEW after having been RESOLVED (reopenedAt from the audit history) → reopened, keyed by the reopening.
 * - NEW, never resolved, seen once → new, keyed by firstSeen.
 * - still open but risk or severity higher than `previous` → escalated, keyed by the new level and the open episode.
 */
export function findingEvent(f: HubFinding, reopenedAt?: string, previous?: PreviousState): FindingEvent | undefined {
  if (f.workflowStatus === 'RESOLVED') return { event: 'resolved', stateKey: `${f.id}:RESOLVED:${f.resolvedAt ?? f.updatedAt}` };
  if (f.workflowStatus === 'SUPPRESSED') return undefined;
  if (f.workflowStatus === 'NEW' && reopenedAt && !f.resolvedAt) return { event: 'reopened', stateKey: `${f.id}:NEW:${reopenedAt}` };
  if (f.workflowStatus === 'NEW' && !f.resolvedAt && f.timesSeen === 1) return { event: 'new', stateKey: `${f.id}:NEW:${f.firstSeen}` };
  if (previous && previous.workflowStatus !== 'RESOLVED' && previous.workflowStatus !== 'SUPPRESSED') {
    const riskUp = riskRank(f.risk.level) > riskRank(previous.risk.level);
    const severityUp = severityRank(f.severity) > severityRank(previous.severity);
    // Keyed by the level reached within this open episode: going down and back up again is not news.
    if (riskUp || severityUp) return { event: 'escalated', stateKey: `${f.id}:ESCALATED:${f.risk.level}/${f.severity}:${reopenedAt ?? f.firstSeen}` };
  }
  return undefined;
}

/**
 * A `ruleIds` glob of a notification filter: `*` is any text (rule ids have no segments), every other
 * character is itself. Matched piece by piece (first piece a prefix, last a suffix, the others
 * found in order, each as early as it can be): a regex of `.*`s backtracks on hostile patterns.
 */
export function ruleIdGlobMatch(glob: string, value: string): boolean {
  const pieces = glob.split('*');
  if (pieces.length === 1) return glob === value;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    const found = value.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** Whether a target wants this event of this finding. */
export function matchesFilter(filter: NotifyFilter, event: NotifyEvent, f: HubFinding): boolean {
  const events = filter.events?.length ? filter.events : DEFAULT_NOTIFY_EVENTS;
  if (!events.includes('any') && !events.includes(event)) return false;
  if (filter.minRisk && riskRank(f.risk.level) < riskRank(filter.minRisk)) return false;
  if (filter.minSeverity && severityRank(f.severity) < severityRank(filter.minSeverity)) return false;
  if (filter.accounts?.length && !filter.accounts.includes(f.account)) return false;
  if (filter.ruleIds?.length && !filter.ruleIds.some((g) => ruleIdGlobMatch(g, f.ruleId))) return false;
  return true;
}

/** Target names must be unique: outbox rows find their target by name. */
export function checkTargets(targets: readonly NotifyTarget[]): void {
  const seen = new Set<string>();
  for (const t of targets) {
    if (!t.name) throw new MamoriError('NOTIFY_TARGET', `a ${t.type} notification target has no name`);
    if (seen.has(t.name)) throw new MamoriError('NOTIFY_TARGET', `duplicate notification target name "${t.name}"`);
    seen.add(t.name);
  }
}

/**
 * Queues the notifications for these findings (typically those a scan or import just changed),
 * in the order given (delivery follows it). Safe to call again with the same findings: rows that
 * exist are left alone.
 */
export async function enqueue(store: NotificationQueue, findings: readonly HubFinding[], targets: readonly NotifyTarget[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
  checkTargets(targets);
  const result: EnqueueResult = { enqueued: 0, duplicates: 0, byTarget: Object.fromEntries(targets.map((t) => [t.name, 0])) };
  if (!targets.length || !findings.length) return result;
  const now = isoTime(options.now);
  const reopened = await store.reopenedAt([...new Set(findings.filter((f) => f.workflowStatus === 'NEW').map((f) => f.id))]);

  const rows: NewNotification[] = [];
  const queued = new Set<string>();
  for (const f of findings) {
    const ev = findingEvent(f, reopened.get(f.id), options.previous?.get(f.id));
    if (!ev) continue;
    for (const t of targets) {
      if (!matchesFilter(t, ev.event, f)) continue;
      const key = `${t.name}\n${ev.stateKey}`;
      if (queued.has(key)) continue;
      queued.add(key);
      rows.push({ target: t.name, stateKey: ev.stateKey, findingId: f.id, event: ev.event, payload: buildPayload(t, ev.event, f, ev.stateKey), at: now });
    }
  }
  for (const target of await store.outbox.add(rows)) {
    result.enqueued++;
    result.byTarget[target]++;
  }
  result.duplicates = rows.length - result.enqueued;
  return result;
}
