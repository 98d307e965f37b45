/**
 * The narrow interfaces through which the rest of mamori uses the findings store. Each consumer
 * names only what it needs, so a test can hand it a small fake and the PostgreSQL and SQLite
 * stores are the only code that knows the schema. FindingStore (store.ts) implements all of them.
 */
import type { HubFinding, WorkflowStatus } from '../model.js';
import type { FindingStore } from './store.js';

export type { BaselineStore, BaselineValueRecord, PrincipalRecord } from '../../detect/baseline/store.js';
export type { DueQuery, NewNotification, NotificationOutbox, OutboxEntry, OutboxFilter, OutboxRow, SendOutcome } from './outbox.js';

/**
 * What queuing notifications needs: adding outbox rows and the audit history's reopenings. The
 * store gives it, and so does a run's transaction (FindingStore.commitRun), where the rows are
 * written with the findings that caused them.
 */
export interface NotificationQueue {
  readonly outbox: Pick<import('./outbox.js').NotificationOutbox, 'add'>;
  reopenedAt(ids: readonly string[]): Promise<Map<string, string>>;
}

/** What notifications need: the outbox, the audit history (reopenings) and the NEW → NOTIFIED step. */
export interface NotificationStore extends NotificationQueue {
  readonly outbox: import('./outbox.js').NotificationOutbox;
  update: FindingStore['update'];
}

/** What correlation over the hub reads and writes. */
export interface CorrelationStore {
  latestSeen(kind: HubFinding['kind']): Promise<string | undefined>;
  seenSince(query: { kind: HubFinding['kind']; since: string; notStatus: WorkflowStatus }): Promise<HubFinding[]>;
  findingsById(ids: readonly string[], options?: { notStatus?: WorkflowStatus }): Promise<HubFinding[]>;
  ingest: FindingStore['ingest'];
  update: FindingStore['update'];
}

/** Reading findings: lists, counts, one finding with its history, id prefixes. */
export type FindingReads = Pick<FindingStore, 'list' | 'count' | 'get' | 'idsWithPrefix'>;
