/**
 * Application layer for notifications: queue and deliver what an ingest changed, deliver or retry
 * what the outbox holds, and report its state. The CLI (`mamori notify`), the coming server and
 * workers call these and print or serve what they return.
 */
import type { MamoriConfig } from '../config/schema.js';
import {
  checkTargets, deliver, enqueue, listOutbox, outboxStatus, retryFailed,
  type DeliverOptions, type DeliverResult, type EnqueueResult, type NotifyTarget, type OutboxEntry, type OutboxStatus, type OutboxStatusReport, type RetryResult,
} from '../hub/notify/index.js';
import type { HubContext } from './context.js';

/** The config's notification targets, checked (names present and unique). */
export function notifyTargets(config: Pick<MamoriConfig, 'notifications'>): NotifyTarget[] {
  const targets = config.notifications as unknown as NotifyTarget[];
  checkTargets(targets);
  return targets;
}

/** What notifying about an ingest's changes did. */
export interface ChangeNotification {
  queued: EnqueueResult;
  delivery: DeliverResult;
}

/**
 * After an ingest: queue notifications for the findings that became new, reopened or resolved and
 * deliver them (with retry; failures stay in the outbox for `mamori notify --retry`). Undefined
 * when there are no targets or nothing changed.
 */
export async function notifyChanges(hub: Pick<HubContext, 'store' | 'config'>, changedIds: readonly string[], options: DeliverOptions = {}): Promise<ChangeNotification | undefined> {
  if (!hub.config.notifications.length || !changedIds.length) return undefined;
  const targets = notifyTargets(hub.config);
  const findings = [];
  for (let i = 0; i < changedIds.length; i += 500) findings.push(...(await hub.store.list({ ids: changedIds.slice(i, i + 500) }, { limit: 500 })));
  const queued = await enqueue(hub.store, findings, targets, { now: options.now });
  const delivery = await deliver(hub.store, targets, options);
  return { queued, delivery };
}

/** One line for the operator about a ChangeNotification. */
export function notificationNote({ queued, delivery }: ChangeNotification): string {
  return (
    `notifications: ${queued.enqueued} queued, ${delivery.sent} sent, ${delivery.failed} to retry, ${delivery.dead} failed for good` +
    (delivery.errors.length ? ` (first error: ${delivery.errors[0].target}: ${delivery.errors[0].error})` : '')
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

/** `mamori notify`: deliver (or retry) the outbox of the config's targets, then report its state. */
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
