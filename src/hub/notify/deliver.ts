/**
 * Step two of a notification: deliver what the outbox holds.
 *
 * Delivery guarantees (see also docs in index.ts):
 * - A row is *claimed* before it is sent: one compare-and-set UPDATE per row (status, attempts
 *   and next_attempt_at must still be what was read) moves it to `sending`, counts the attempt
 *   and sets a lease (next_attempt_at = now + leaseMs). The claim commits before anything is
 *   sent, so two workers never send the same row under the same claim, on SQLite or PostgreSQL.
 * - Each committed claim sends at most once; the outcome (sent / failed / dead) is written only
 *   if the claim is still ours.
 * - A crash after the claim leaves the row `sending`; when its lease runs out it is due again and
 *   is sent again. If the crash came after the send but before its outcome was written, the
 *   receiver sees that notification twice — always with the same delivery id
 *   (`X-Mamori-Delivery` header on HTTP, `deliveryId` in SNS and EventBridge messages, and the
 *   deduplication id of FIFO SNS topics). Receivers drop repeats by that id: delivery is
 *   at-least-once on the wire and exactly-once for a receiver that deduplicates.
 *
 * A delivered new, reopened or escalated event moves its finding from NEW to NOTIFIED (in the audit
 * history as mamori-notify), as Security Hub's workflow does once the owner has been told.
 *
 * Every send has a timeout (HTTP: request and body; SNS and EventBridge: the SDK call, its own
 * retries included). A run may also have an overall deadline (`deadlineMs`): the ingest paths give
 * one so a receiver that never answers cannot hold an assessment; rows not started by then stay
 * pending, and `mamori notify` picks them up.
 *
 * Failures back off exponentially with jitter; after maxAttempts a row is `dead` (kept, shown by
 * outboxStatus) until retryFailed makes it due again. URLs are secrets (Slack and Teams put the
 * credential in the path): errors keep only scheme and host, and the HMAC secret never leaves
 * the signing call.
 */
import { createHash, createHmac } from 'node:crypto';
// Types only: the SDK clients load when an SNS or EventBridge target is delivered to (fast start).
import type { EventBridgeClient, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import { scrubText } from '../../model/scrub.js';
import { formatMs } from '../../model/timeouts.js';
import type { OutboxEntry, OutboxRow } from '../store/outbox.js';
import type { NotificationStore } from '../store/ports.js';
import { checkTargets, isoTime } from './enqueue.js';
import { DELIVERY_HEADER, deliveryId, EVENT_HEADER, SIGNATURE_HEADER } from './payload.js';
import { OUTBOX_STATUSES, type NotifyTarget, type OutboxStatus } from './types.js';

export interface DeliverOptions {
  /** Clock for due times, backoff and sent_at. Default the real time at each step. */
  now?: Date | string;
  /** Attempts before a row is dead. Default 6. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt, with jitter. Default 1000 ms. */
  baseDelayMs?: number;
  /** Longest retry delay. Default one hour. */
  maxDelayMs?: number;
  /** How long a claim holds a row; a row left `sending` by a crash is due again after it. Default 5 min. */
  leaseMs?: number;
  /** Rows claimed per transaction. Default 20. */
  batchSize?: number;
  /** Sends in flight at once. Default 4. */
  concurrency?: number;
  /** Timeout of one send (HTTP, SNS, EventBridge). Default 10 s; never more than what is left of `deadlineMs`. */
  timeoutMs?: number;
  /**
   * Overall cap on this delivery run, in ms of real time (absent: none). Rows are then claimed
   * only as fast as they can be sent, so when the cap is reached nothing sits claimed unsent: what
   * was not started stays pending in the outbox, and a send the cap cut short is due again at once.
   */
  deadlineMs?: number;
  /** HTTP client; default the global fetch. */
  fetch?: typeof fetch;
  /** AWS clients per region; default new SNSClient / EventBridgeClient with the default credential chain. */
  clients?: { sns?: (region: string | undefined) => SNSClient; eventBridge?: (region: string | undefined) => EventBridgeClient };
  /** Jitter source in [0, 1); default Math.random. */
  random?: () => number;
}

export interface DeliveryError {
  id: number;
  target: string;
  stateKey: string;
  /** Redacted: no URL path, query or secret. */
  error: string;
  status: 'failed' | 'dead';
}

export interface DeliverResult {
  /** Rows claimed and tried. */
  attempted: number;
  sent: number;
  failed: number;
  dead: number;
  errors: DeliveryError[];
  /** Set when `deadlineMs` ended the run while rows were still due. */
  deadlineReached?: true;
}

type Row = OutboxRow;
export type { OutboxEntry };

/** Events about a finding that is open: once one is delivered, the finding has been notified. */
const OPEN_EVENTS = new Set(['new', 'reopened', 'escalated']);
/** Who the audit history names for the NEW → NOTIFIED step. */
export const NOTIFY_ACTOR = 'mamori-notify';

/** A send failure: message already redacted; permanent ones go dead at once. */
class SendError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
    readonly retryAfterMs?: number,
    /** No answer before the run's deadline (not the endpoint's full timeout): due again at once. */
    readonly cutShort = false,
  ) {
    super(message);
  }
}

/** https://hooks.slack.com/services/T/B/secret → https://hooks.slack.com */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '[url]';
  }
}

/** A value as it may come back: as written, percent-decoded and percent-encoded. */
function forms(value: string): string[] {
  const out = [value];
  try {
    out.push(decodeURIComponent(value.replace(/\+/g, ' ')), decodeURIComponent(value));
  } catch {
    /* not valid percent-encoding: as written only */
  }
  out.push(encodeURIComponent(value));
  return out;
}

/** A segment or value shorter than this is not treated as a secret on its own (`v1`, `T0`, `on`). */
const MIN_SECRET_LENGTH = 4;

/**
 * The secret parts of a target's URL, longest first: the URL itself, its path, every path segment,
 * the query and every query value, user and password. Slack, Teams and most webhook receivers
 * put the credential in the path or in `token=`/`code=`/`sig=`; a receiver may echo any one part.
 */
export function urlSecrets(url: string): [string, string][] {
  const pairs: [string, string][] = [[url, redactUrl(url)]];
  try {
    const u = new URL(url);
    if (u.pathname.length > 1) {
      pairs.push([u.pathname, '/***']);
      for (const segment of u.pathname.split('/')) for (const f of forms(segment)) pairs.push([f, '***']);
    }
    if (u.search.length > 1) {
      pairs.push([u.search.slice(1), '***']);
      for (const part of u.search.slice(1).split('&')) {
        const eq = part.indexOf('=');
        const value = eq === -1 ? part : part.slice(eq + 1);
        for (const f of forms(value)) pairs.push([f, '***']);
      }
    }
    if (u.hash.length > 1) pairs.push([u.hash.slice(1), '***']);
    for (const f of [...forms(u.password), ...forms(u.username)]) pairs.push([f, '***']);
  } catch {
    /* not a URL: the whole value is replaced */
  }
  return pairs;
}

/**
 * Removes the target's secrets and any URL path from a message before it is stored or shown: the
 * whole URL and each of its parts (a receiver echoing only the last path segment or the `token=`
 * value must not get it printed), the HMAC secret, then whatever the shared scrubber finds.
 */
export function redact(message: string, target?: NotifyTarget): string {
  let out = message;
  // Longest first, so the whole URL is replaced before its parts.
  const replacements: [string, string][] = [];
  const url = target && 'url' in target && target.url ? target.url : undefined;
  if (url) replacements.push(...urlSecrets(url));
  if (target?.type === 'webhook' && target.secret) replacements.push([target.secret, '***']);
  // The scheme and host stay readable even when a path segment repeats part of the host name
  // (https://hooks.example.com/hooks/…): they are set aside while the parts are replaced.
  const origin = url ? redactUrl(url) : undefined;
  const keep = '\u0000\u0001\u0002\u0000';
  if (url && origin && origin !== '[url]') out = out.split(url).join(keep).split(origin).join(keep);
  for (const [secret, by] of replacements.sort((a, b) => b[0].length - a[0].length)) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(by);
  }
  if (origin) out = out.split(keep).join(origin);
  // Any other URL in the text (a redirect target, a proxy): scheme and host only.
  out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)(?:[^\s/?#@'"<>]*@)?([^\s/?#'"<>]+)[^\s'"<>]*/gi, '$1$2');
  out = scrubText(out);
  return out.length > 500 ? `${out.slice(0, 499)}…` : out;
}

interface SendContext {
  fetch: typeof fetch;
  /** The full timeout of one send. */
  timeoutMs: number;
  /** What is left of the run's deadline (Infinity without one). */
  remainingMs: () => number;
  sns: (region: string | undefined) => SNSClient;
  eventBridge: (region: string | undefined) => EventBridgeClient;
  snsSdk?: typeof import('@aws-sdk/client-sns');
  eventBridgeSdk?: typeof import('@aws-sdk/client-eventbridge');
}

function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The timeout of the send about to start: the full one, or what is left of the run's deadline. */
function sendTimeout(ctx: SendContext): { ms: number; cutShort: boolean } {
  const left = Math.floor(ctx.remainingMs());
  return left < ctx.timeoutMs ? { ms: Math.max(1, left), cutShort: true } : { ms: ctx.timeoutMs, cutShort: false };
}

function noAnswer(what: string, timeout: { ms: number; cutShort: boolean }): SendError {
  return new SendError(`no answer from ${what} within ${formatMs(timeout.ms)}${timeout.cutShort ? ' (delivery deadline reached)' : ''}`, false, undefined, timeout.cutShort);
}

const isTimeout = (err: unknown) => {
  const name = (err as Error | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
};

async function sendHttp(target: NotifyTarget & { url: string }, row: Row, ctx: SendContext): Promise<void> {
  const host = redactUrl(target.url);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'mamori-notify',
    [DELIVERY_HEADER]: deliveryId(row.target, row.stateKey),
    [EVENT_HEADER]: row.event,
  };
  if (target.type === 'webhook' && target.secret) {
    headers[SIGNATURE_HEADER] = `sha256=${createHmac('sha256', target.secret).update(row.payload, 'utf8').digest('hex')}`;
  }
  let res: Response;
  const timeout = sendTimeout(ctx);
  // One signal for the request and its body: a receiver that sends headers and then stalls is cut too.
  const signal = AbortSignal.timeout(timeout.ms);
  try {
    // No redirects: a signed body or a secret URL is not forwarded to wherever a 3xx points.
    res = await ctx.fetch(target.url, { method: 'POST', headers, body: row.payload, redirect: 'manual', signal });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (isTimeout(e)) throw noAnswer(host, timeout);
    throw new SendError(`cannot reach ${host}: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
  }
  const text = await readSome(res, MAX_ERROR_BODY).catch(() => '');
  if (res.status >= 200 && res.status < 300) return;
  const detail = text.trim() ? `: ${text.trim().slice(0, 200)}` : '';
  // 4xx other than timeouts and throttling will not get better by themselves (wrong URL, revoked hook, bad body).
  const permanent = res.status >= 400 && res.status < 500 && ![408, 425, 429].includes(res.status);
  throw new SendError(`HTTP ${res.status} from ${host}${detail}`, permanent, retryAfter(res.headers.get('retry-after')));
}

/** How much of a receiver's answer is read: only its start ends up in an error line. */
const MAX_ERROR_BODY = 4096;

/** The first `max` bytes of a body as text; the rest is not downloaded. */
async function readSome(res: Response, max: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}

/** An AWS SDK send bounded by the send timeout (the SDK's own retries included). */
async function awsSend<T>(what: string, ctx: SendContext, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  const timeout = sendTimeout(ctx);
  const signal = AbortSignal.timeout(timeout.ms);
  try {
    return await call(signal);
  } catch (err) {
    if (signal.aborted && isTimeout(err)) throw noAnswer(what, timeout);
    throw err;
  }
}

async function sendSns(target: Extract<NotifyTarget, { type: 'sns' }>, row: Row, ctx: SendContext): Promise<void> {
  const message = JSON.parse(row.payload) as Pick<PublishCommandInput, 'Subject' | 'Message' | 'MessageAttributes'>;
  const region = target.region || /^arn:[^:]+:sns:([^:]+):/.exec(target.topicArn)?.[1];
  const input: PublishCommandInput = { TopicArn: target.topicArn, ...message };
  if (target.topicArn.endsWith('.fifo')) {
    // FIFO topics drop repeats of a deduplication id for 5 minutes; one group per finding keeps its events in order.
    input.MessageDeduplicationId = deliveryId(row.target, row.stateKey);
    input.MessageGroupId = createHash('sha256').update(row.findingId).digest('hex').slice(0, 32);
  }
  await awsSend('SNS', ctx, (abortSignal) => ctx.sns(region).send(new ctx.snsSdk!.PublishCommand(input), { abortSignal }));
}

async function sendEventBridge(target: Extract<NotifyTarget, { type: 'eventbridge' }>, row: Row, ctx: SendContext): Promise<void> {
  const entry = JSON.parse(row.payload) as PutEventsRequestEntry;
  const command = new ctx.eventBridgeSdk!.PutEventsCommand({ Entries: [{ ...entry, EventBusName: target.eventBusName || 'default' }] });
  const out = await awsSend('EventBridge', ctx, (abortSignal) => ctx.eventBridge(target.region || undefined).send(command, { abortSignal }));
  if (out.FailedEntryCount) {
    const failed = out.Entries?.find((e) => e.ErrorCode);
    throw new SendError(`EventBridge rejected the event: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim());
  }
}

async function send(target: NotifyTarget, row: Row, ctx: SendContext): Promise<void> {
  try {
    switch (target.type) {
      case 'slack':
      case 'teams':
      case 'webhook':
        return await sendHttp(target, row, ctx);
      case 'sns':
        return await sendSns(target, row, ctx);
      case 'eventbridge':
        return await sendEventBridge(target, row, ctx);
    }
  } catch (err) {
    if (err instanceof SendError) throw err;
    const e = err as Error;
    throw new SendError(`${target.type}: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}`);
  }
}

/** Under a deadline, a send is not started with less time than this left: it would only spend an attempt. */
const MIN_SEND_MS = 100;

const names = (targets: readonly NotifyTarget[]) => targets.map((t) => t.name);

/**
 * Sends every due notification of these targets once: pending rows, failed rows whose backoff
 * is over, and rows whose claim lease ran out (left by a crash). Errors of a send are recorded on
 * its row; errors of the store itself are thrown (the run stops, rows stay claimed until the lease ends).
 */
export async function deliver(store: Pick<NotificationStore, 'outbox' | 'update'>, targets: readonly NotifyTarget[], options: DeliverOptions = {}): Promise<DeliverResult> {
  checkTargets(targets);
  const result: DeliverResult = { attempted: 0, sent: 0, failed: 0, dead: 0, errors: [] };
  if (!targets.length) return result;
  const maxAttempts = options.maxAttempts ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 3_600_000;
  const leaseMs = options.leaseMs ?? 300_000;
  const batchSize = options.batchSize ?? 20;
  const random = options.random ?? Math.random;
  const clock = () => (options.now === undefined ? new Date() : new Date(options.now));
  const byName = new Map(targets.map((t) => [t.name, t]));

  const created: { destroy(): void }[] = [];
  const cached = <C extends { destroy(): void }>(make: (region: string | undefined) => C, given?: (region: string | undefined) => C) => {
    const byRegion = new Map<string, C>();
    return (region: string | undefined) => {
      let client = byRegion.get(region ?? '');
      if (!client) {
        client = given ? given(region) : make(region);
        if (!given) created.push(client);
        byRegion.set(region ?? '', client);
      }
      return client;
    };
  };
  const snsSdk = targets.some((t) => t.type === 'sns') ? await import('@aws-sdk/client-sns') : undefined;
  const eventBridgeSdk = targets.some((t) => t.type === 'eventbridge') ? await import('@aws-sdk/client-eventbridge') : undefined;
  // Real elapsed time, whatever clock `now` gives the rows.
  const deadlineAt = options.deadlineMs === undefined ? Infinity : performance.now() + options.deadlineMs;
  const remainingMs = () => deadlineAt - performance.now();
  const bounded = options.deadlineMs !== undefined;
  const outOfTime = () => bounded && remainingMs() < MIN_SEND_MS;
  const ctx: SendContext = {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    remainingMs,
    sns: cached((region) => new snsSdk!.SNSClient(region ? { region } : {}), options.clients?.sns),
    eventBridge: cached((region) => new eventBridgeSdk!.EventBridgeClient(region ? { region } : {}), options.clients?.eventBridge),
    snsSdk,
    eventBridgeSdk,
  };

  try {
    let cursor = 0;
    for (;;) {
      const now = clock().toISOString();
      const due = await store.outbox.due({ targets: names(targets), afterId: cursor, now, maxAttempts, limit: batchSize });
      if (!due.length) break;
      if (outOfTime()) {
        result.deadlineReached = true;
        break;
      }
      cursor = due[due.length - 1].id;

      const leaseUntil = () => new Date(clock().getTime() + leaseMs).toISOString();
      // Under a deadline each row is claimed just before it is sent: a row claimed and then left
      // unsent would stay `sending` until its lease ran out, hidden from the next `mamori notify`.
      const claimed = bounded ? due : await store.outbox.claim(due, leaseUntil());

      let next = 0;
      const worker = async () => {
        while (next < claimed.length) {
          if (outOfTime()) {
            result.deadlineReached = true;
            return;
          }
          let row = claimed[next++];
          if (bounded) {
            const mine = await store.outbox.claim([row], leaseUntil());
            if (!mine.length) continue; // another worker took it
            row = mine[0];
          }
          const target = byName.get(row.target)!;
          result.attempted++;
          let outcome: { ok: true } | { ok: false; error: SendError };
          try {
            await send(target, row, ctx);
            outcome = { ok: true };
          } catch (err) {
            outcome = { ok: false, error: err as SendError };
          }
          // The outcome counts only if the claim is still ours (not taken over after the lease).
          const at = clock();
          if (outcome.ok) {
            const stillMine = await store.outbox.settle(row, { status: 'sent', at: at.toISOString() });
            result.sent++;
            // Someone has been told of the open finding: NEW becomes NOTIFIED (audited; a finding
            // resolved or suppressed meanwhile keeps its status).
            if (stillMine && OPEN_EVENTS.has(row.event)) {
              await store.update([row.findingId], { workflowStatus: 'NOTIFIED', fromStatuses: ['NEW'], note: `${row.event} sent to ${row.target}` }, NOTIFY_ACTOR, at.toISOString());
            }
            continue;
          }
          const error = redact(outcome.error.message, target);
          const dead = outcome.error.permanent || row.attempts >= maxAttempts;
          const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (row.attempts - 1));
          // A send the run's deadline cut short did not get its full timeout: no backoff for it.
          const wait = outcome.error.cutShort ? 0 : Math.max(delay / 2 + random() * (delay / 2), outcome.error.retryAfterMs ?? 0);
          const status = dead ? 'dead' : 'failed';
          await store.outbox.settle(row, { status, error, nextAttemptAt: new Date(at.getTime() + (dead ? 0 : wait)).toISOString() });
          result[status]++;
          result.errors.push({ id: row.id, target: row.target, stateKey: row.stateKey, error, status });
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, claimed.length)) }, worker));
      if (result.deadlineReached) break;
    }
  } finally {
    for (const c of created) c.destroy();
  }
  return result;
}

export interface RetryResult extends DeliverResult {
  /** Failed and dead rows made due again. */
  requeued: number;
}

/**
 * `mamori notify --retry`: makes every failed and dead notification of these targets due now,
 * with a fresh attempt budget, and delivers. Their last error stays until the next outcome.
 */
export async function retryFailed(store: Pick<NotificationStore, 'outbox' | 'update'>, targets: readonly NotifyTarget[], options: DeliverOptions = {}): Promise<RetryResult> {
  checkTargets(targets);
  if (!targets.length) return { requeued: 0, attempted: 0, sent: 0, failed: 0, dead: 0, errors: [] };
  const requeued = await store.outbox.requeue(names(targets), isoTime(options.now));
  return { requeued, ...(await deliver(store, targets, options)) };
}

export interface OutboxStatusReport {
  total: number;
  byStatus: Record<OutboxStatus, number>;
  byTarget: Record<string, Record<OutboxStatus, number>>;
}

const zero = () => Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;

/** Counts of the outbox by status, in all and per target (`mamori notify --status`). */
export async function outboxStatus(store: Pick<NotificationStore, 'outbox'>): Promise<OutboxStatusReport> {
  const rows = await store.outbox.counts();
  const report: OutboxStatusReport = { total: 0, byStatus: zero(), byTarget: {} };
  for (const r of rows) {
    const n = r.count;
    const status = r.status;
    report.total += n;
    report.byStatus[status] = (report.byStatus[status] ?? 0) + n;
    (report.byTarget[r.target] ??= zero())[status] = (report.byTarget[r.target]?.[status] ?? 0) + n;
  }
  return report;
}

/** Outbox rows without their payloads, newest first (to show failures in the CLI). */
export async function listOutbox(store: Pick<NotificationStore, 'outbox'>, filter: { status?: OutboxStatus[]; target?: string; limit?: number } = {}): Promise<OutboxEntry[]> {
  return store.outbox.list(filter);
}
