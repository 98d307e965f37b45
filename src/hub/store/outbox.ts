/**
 * The notification outbox (table notification_outbox): the durable queue between "a finding
 * changed" and "a target was told". src/hub/notify decides what to queue and sends; this file is
 * the only place that reads and writes the table, on SQLite and PostgreSQL alike.
 */
import type { Kysely } from 'kysely';
import type { OutboxStatus } from '../notify/types.js';
import { writeTransaction, type Connection } from './connect.js';
import type { HubDatabase } from './schema.js';

/** One outbox row without its payload (what status views show). */
export interface OutboxEntry {
  id: number;
  target: string;
  stateKey: string;
  findingId: string;
  event: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
}

/** One outbox row with the payload to send. */
export interface OutboxRow extends OutboxEntry {
  payload: string;
}

/** A notification to queue: pending, due at `at`. */
export interface NewNotification {
  target: string;
  stateKey: string;
  findingId: string;
  event: string;
  payload: string;
  at: string;
}

export interface DueQuery {
  targets: readonly string[];
  /** Only rows with a larger id (the caller pages through the due rows in id order). */
  afterId: number;
  now: string;
  maxAttempts: number;
  limit: number;
}

/** The outcome of a send, written only if the claim is still the caller's. */
export type SendOutcome = { status: 'sent'; at: string } | { status: 'failed' | 'dead'; error: string; nextAttemptAt: string };

export interface OutboxFilter {
  status?: OutboxStatus[];
  target?: string;
  limit?: number;
}

/** The outbox as src/hub/notify uses it. Every method is one statement or one transaction. */
export interface NotificationOutbox {
  /**
   * Queues rows in one transaction. A row whose (target, stateKey) is already queued is left
   * alone: enqueuing is idempotent. Returns the target of each row actually written.
   */
  add(rows: readonly NewNotification[]): Promise<string[]>;
  /** Rows of these targets due now: pending or failed with attempts left, or claims whose lease ran out. */
  due(query: DueQuery): Promise<OutboxRow[]>;
  /**
   * Claims rows for sending in one committed transaction: a compare-and-set per row (status,
   * attempts and due time still as read) moves it to `sending`, counts the attempt and sets the
   * lease. Returns the rows this caller now holds, as updated.
   */
  claim(rows: readonly OutboxRow[], leaseUntil: string): Promise<OutboxRow[]>;
  /** Records a send's outcome if `claim` (as `claim()` returned it) still holds; true when it did. */
  settle(claim: OutboxRow, outcome: SendOutcome): Promise<boolean>;
  /** Makes failed and dead rows of these targets pending again with a fresh attempt budget. */
  requeue(targets: readonly string[], at: string): Promise<number>;
  /** Row counts per target and status. */
  counts(): Promise<{ target: string; status: OutboxStatus; count: number }[]>;
  /** Rows without payloads, newest first. */
  list(filter?: OutboxFilter): Promise<OutboxEntry[]>;
}

/** Rows per insert statement. */
const BATCH = 200;

type Selected = HubDatabase['notification_outbox'];

/**
 * NotificationOutbox.add inside the caller's transaction: a run (FindingStore.commitRun) queues
 * its notifications with the findings that caused them, so both are stored or neither is.
 */
export async function addNotificationsIn(trx: Kysely<HubDatabase>, rows: readonly NewNotification[]): Promise<string[]> {
  const written: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((r) => ({
      target: r.target, state_key: r.stateKey, finding_id: r.findingId, event: r.event, payload: r.payload,
      status: 'pending', attempts: 0, next_attempt_at: r.at, last_error: null, created_at: r.at, sent_at: null,
    }));
    const inserted = await trx
      .insertInto('notification_outbox')
      .values(values)
      .onConflict((oc) => oc.columns(['target', 'state_key']).doNothing())
      .returning(['target'])
      .execute();
    for (const r of inserted) written.push(r.target);
  }
  return written;
}

function toRow(r: Selected): OutboxRow {
  return {
    id: Number(r.id), target: r.target, stateKey: r.state_key, findingId: r.finding_id, event: r.event, payload: r.payload, status: r.status as OutboxStatus,
    attempts: Number(r.attempts), nextAttemptAt: r.next_attempt_at, lastError: r.last_error ?? undefined, createdAt: r.created_at, sentAt: r.sent_at ?? undefined,
  };
}

export class SqlOutbox implements NotificationOutbox {
  private readonly db: Kysely<HubDatabase>;
  constructor(private readonly conn: Connection) {
    this.db = conn.db;
  }

  async add(rows: readonly NewNotification[]): Promise<string[]> {
    return writeTransaction(this.conn, (trx) => addNotificationsIn(trx, rows));
  }

  async due(q: DueQuery): Promise<OutboxRow[]> {
    const rows = await this.db
      .selectFrom('notification_outbox')
      .selectAll()
      .where('target', 'in', [...q.targets])
      .where('id', '>', q.afterId)
      .where('next_attempt_at', '<=', q.now)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', 'in', ['pending', 'failed']), eb('attempts', '<', q.maxAttempts)]),
          // A claim whose lease ran out: the worker died. One extra attempt if it died on the last one.
          eb.and([eb('status', '=', 'sending'), eb('attempts', '<=', q.maxAttempts)]),
        ]),
      )
      .orderBy('id')
      .limit(q.limit)
      .execute();
    return rows.map(toRow);
  }

  async claim(rows: readonly OutboxRow[], leaseUntil: string): Promise<OutboxRow[]> {
    const claimed: OutboxRow[] = [];
    await writeTransaction(this.conn, async (trx) => {
      for (const r of rows) {
        const res = await trx
          .updateTable('notification_outbox')
          .set({ status: 'sending', attempts: r.attempts + 1, next_attempt_at: leaseUntil })
          .where('id', '=', r.id)
          .where('status', '=', r.status)
          .where('attempts', '=', r.attempts)
          .where('next_attempt_at', '=', r.nextAttemptAt)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 1) claimed.push({ ...r, status: 'sending', attempts: r.attempts + 1, nextAttemptAt: leaseUntil });
      }
    });
    return claimed;
  }

  async settle(claim: OutboxRow, outcome: SendOutcome): Promise<boolean> {
    const mine = this.db
      .updateTable('notification_outbox')
      .where('id', '=', claim.id)
      .where('status', '=', 'sending')
      .where('attempts', '=', claim.attempts)
      .where('next_attempt_at', '=', claim.nextAttemptAt);
    const res =
      outcome.status === 'sent'
        ? await mine.set({ status: 'sent', sent_at: outcome.at, next_attempt_at: outcome.at, last_error: null }).executeTakeFirst()
        : await mine.set({ status: outcome.status, last_error: outcome.error, next_attempt_at: outcome.nextAttemptAt }).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async requeue(targets: readonly string[], at: string): Promise<number> {
    const res = await this.db
      .updateTable('notification_outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: at })
      .where('target', 'in', [...targets])
      .where('status', 'in', ['failed', 'dead'])
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async counts(): Promise<{ target: string; status: OutboxStatus; count: number }[]> {
    const rows = await this.db
      .selectFrom('notification_outbox')
      .select(['target', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['target', 'status'])
      .execute();
    return rows.map((r) => ({ target: r.target, status: r.status as OutboxStatus, count: Number(r.n) }));
  }

  async list(filter: OutboxFilter = {}): Promise<OutboxEntry[]> {
    let q = this.db
      .selectFrom('notification_outbox')
      .select(['id', 'target', 'state_key', 'finding_id', 'event', 'status', 'attempts', 'next_attempt_at', 'last_error', 'created_at', 'sent_at'])
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 50);
    if (filter.status?.length) q = q.where('status', 'in', filter.status);
    if (filter.target) q = q.where('target', '=', filter.target);
    return (await q.execute()).map((r) => ({
      id: Number(r.id), target: r.target, stateKey: r.state_key, findingId: r.finding_id, event: r.event, status: r.status as OutboxStatus,
      attempts: Number(r.attempts), nextAttemptAt: r.next_attempt_at, lastError: r.last_error ?? undefined, createdAt: r.created_at, sentAt: r.sent_at ?? undefined,
    }));
  }
}
