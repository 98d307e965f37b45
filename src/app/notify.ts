/**
 * Application layer for notifications: queue what a run changed inside the run's transaction,
 * deliver it under a deadline once the run has reported, deliver or retry what the outbox holds,
 * and report its state. The CLI (`mamori notify`), the coming server and workers call these and
 * print or serve what they return.
 *
 * An assessment, detection, import or correlation must neither lose a notification nor wait on a
 * receiver: what it changed is queued in the outbox in the same transaction as its findings (a run
 * killed at any point leaves both or neither), and the run returns a `QueuedNotifications` whose
 * `deliver()` its caller runs after printing the report, for at most MAMORI_NOTIFY_DEADLINE_MS
 * (15 s by default) in all. What is left stays queued for `mamori notify`, which has no overall
 * cap unless asked for one.
 */
import type { MamoriConfig } from '../config/schema.js';
import type { HubFinding } from '../hub/model.js';
import {
  checkTargets, deliver, enqueue, listOutbox, outboxStatus, retryFailed,
  type DeliverOptions, type DeliverResult, type EnqueueResult, type NotifyTarget, type OutboxEntry, type OutboxStatus, type OutboxStatusReport, type RetryResult,
} from '../hub/notify/index.js';
import { riskRank } from '../hub/risk.js';
import type { RunWriter } from '../hub/store/store.js';
import { severityRank } from '../model/types.js';
import { formatMs, notifyDeadlineMs } from '../model/timeouts.js';
import type { HubContext } from './context.js';

/** The config's notification targets, checked (names present and unique). */
export function notifyTargets(config: Pick<MamoriConfig, 'notifications'>): NotifyTarget[] {
  const targets = config.notifications as unknown as NotifyTarget[];
  checkTargets(targets);
  return targets;
}

/** What notifying about a run's changes did. */
export interface ChangeNotification {
  queued: EnqueueResult;
  delivery: DeliverResult;
  /** When the delivery deadline was reached: the cap, and the rows of these targets still waiting in the outbox. */
  deadline?: { ms: number; left: number };
}

/** Notifications a run committed with its findings, waiting for their delivery. */
export interface QueuedNotifications {
  queued: EnqueueResult;
  /**
   * Delivers what is due (this run's rows and any an earlier run left, such as those of a run
   * killed before it could deliver) under the delivery deadline. Called once the run's report is
   * out: a slow receiver never delays it. Undefined when nothing was queued and nothing was due.
   */
  deliver(options?: DeliverOptions): Promise<ChangeNotification | undefined>;
}

/**
 * Inside a run's transaction (FindingStore.commitRun), after its ingests: queues notifications for
 * the findings they made new, reopened or resolved, most urgent first (delivery follows the queue,
 * and a deadline may cut it short). Undefined only when the config has no targets: a run that
 * changed nothing still delivers what earlier runs left due.
 */
export async function queueRunChanges(run: RunWriter, config: Pick<MamoriConfig, 'notifications'>, options: { now?: Date | string } = {}): Promise<EnqueueResult | undefined> {
  if (!config.notifications.length) return undefined;
  const targets = notifyTargets(config);
  const ids = [...new Set(run.changedIds())];
  const findings = ids.length ? await run.findingsById(ids) : [];
  findings.sort(byUrgency);
  return enqueue(run, findings, targets, { now: options.now });
}

/** The hub's list order: risk, then severity, then the latest seen, then id. */
function byUrgency(a: HubFinding, b: HubFinding): number {
  return (
    riskRank(b.risk.level) - riskRank(a.risk.level) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Once the run's results are in: delivers what is due, for at most `deadlineMs` in all (default
 * MAMORI_NOTIFY_DEADLINE_MS, else 15 s; each send still has its own timeout, never more than what
 * is left). Failures and what the deadline left stay in the outbox. Undefined when the run queued
 * nothing and nothing was due (nothing to tell the operator).
 */
export async function deliverQueued(hub: Pick<HubContext, 'store' | 'config'>, queued: EnqueueResult, options: DeliverOptions = {}): Promise<ChangeNotification | undefined> {
  const targets = notifyTargets(hub.config);
  const deadlineMs = options.deadlineMs ?? notifyDeadlineMs();
  const delivery = await deliver(hub.store, targets, { ...options, deadlineMs });
  if (!queued.enqueued && !delivery.attempted && !delivery.deadlineReached) return undefined;
  if (!delivery.deadlineReached) return { queued, delivery };
  const wanted = new Set(targets.map((t) => t.name));
  let left = 0;
  for (const c of await hub.store.outbox.counts()) if (wanted.has(c.target) && c.status !== 'sent' && c.status !== 'dead') left += c.count;
  return { queued, delivery, deadline: { ms: deadlineMs, left } };
}

/** Queued notifications delivered through a hub that stays open until they are (the caller's). */
export function queuedOn(hub: Pick<HubContext, 'store' | 'config'>, queued: EnqueueResult): QueuedNotifications {
  return { queued, deliver: (options) => deliverQueued(hub, queued, options) };
}

/**
 * Two runs' queued notifications on the same hub and targets as one (the demo assesses two
 * snapshots): one delivery sends the rows of both, and its note counts what both queued.
 */
export function joinQueued(a: QueuedNotifications | undefined, b: QueuedNotifications | undefined): QueuedNotifications | undefined {
  if (!a || !b) return a ?? b;
  const queued = addQueued(addQueued(undefined, a.queued), b.queued)!;
  return {
    queued,
    deliver: async (options) => {
      const done = await b.deliver(options);
      if (done) done.queued = queued;
      return done;
    },
  };
}

/** The queue counts of several runs as one (an import of several files delivers once). */
export function addQueued(total: EnqueueResult | undefined, more: EnqueueResult | undefined): EnqueueResult | undefined {
  if (!more) return total;
  if (!total) return { enqueued: more.enqueued, duplicates: more.duplicates, byTarget: { ...more.byTarget } };
  total.enqueued += more.enqueued;
  total.duplicates += more.duplicates;
  for (const [target, n] of Object.entries(more.byTarget)) total.byTarget[target] = (total.byTarget[target] ?? 0) + n;
  return total;
}

/** One line for the operator about a ChangeNotification. */
export function notificationNote({ queued, delivery, deadline }: ChangeNotification): string {
  const firstError = delivery.errors.length ? `${delivery.errors[0].target}: ${delivery.errors[0].error}` : undefined;
  if (deadline) {
    return (
      `notifications: ${queued.enqueued} queued, ${delivery.sent} sent, ${deadline.left} left in the outbox ` +
      `(delivery deadline ${formatMs(deadline.ms)} reached${firstError ? `; first error: ${firstError}` : ''}); run \`mamori notify\`` +
      (delivery.dead ? `; ${delivery.dead} failed for good` : '')
    );
  }
  return (
    `notifications: ${queued.enqueued} queued, ${delivery.sent} sent, ${delivery.failed} to retry, ${delivery.dead} failed for good` +
    (firstError ? ` (first error: ${firstError})` : '')
  );
}

export interface NotifyRequest {
  /** deliver (default): send what is due; retry: re-arm failed and dead rows first; status: send nothing. */
  action?: 'deliver' | 'retry' | 'status';
  /** How many failing rows to list (default 20). */
  failingLimit?: number;
  delivery?: DeliverOptions;
}

export interface NotifyReport {
  /** What this run sent (absent for `status`). */
  result?: DeliverResult | RetryResult;
  status: OutboxStatusReport;
  /** Failed and dead rows, newest first. */
  failing: OutboxEntry[];
}

/**
 * `mamori notify`: deliver (or retry) the outbox of the config's targets, then report its state.
 * Unlike the delivery after an ingest, no overall cap unless `delivery.deadlineMs` asks for one
 * (each send keeps its own timeout).
 */
export async function runNotify(hub: Pick<HubContext, 'store' | 'config'>, request: NotifyRequest = {}): Promise<NotifyReport> {
  const targets = notifyTargets(hub.config);
  const action = request.action ?? 'deliver';
  const result = action === 'status' ? undefined : action === 'retry' ? await retryFailed(hub.store, targets, request.delivery) : await deliver(hub.store, targets, request.delivery);
  const status = await outboxStatus(hub.store);
  const failing = await listOutbox(hub.store, { status: ['failed', 'dead'], limit: request.failingLimit ?? 20 });
  return { result, status, failing };
}

/** Outbox rows without their payloads, newest first. */
export async function listNotifications(hub: Pick<HubContext, 'store'>, filter: { status?: OutboxStatus[]; target?: string; limit?: number } = {}): Promise<OutboxEntry[]> {
  return listOutbox(hub.store, filter);
}
