import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { BaselineStore, RunBaselines } from '../../detect/baseline/store.js';
import { MamoriError } from '../../model/errors.js';
import { SEVERITIES, severityRank, type Provider, type Resource, type Severity } from '../../model/types.js';
import { observe, resolveUnseen, severityOverrideOf, type FindingPolicy, type IngestOutcome } from '../lifecycle.js';
import { RISK_LEVELS, WORKFLOW_STATUSES, type FindingDocument, type FindingHistoryEntry, type HubFinding, type ObservedFinding, type RiskLevel, type WorkflowStatus } from '../model.js';
import { assessRisk, riskRank, type RiskSettings } from '../risk.js';
import { mergeBaselinesIn, mergeStagedIn, SqlBaselines } from './baselines.js';
import { connect, writeTransaction, type Connection } from './connect.js';
import { addNotificationsIn, SqlOutbox, type NotificationOutbox } from './outbox.js';
import { SqlUsers, type UserStore } from './users.js';
import type { CorrelationStore, NotificationQueue } from './ports.js';
import { fromHistoryRow, fromRow, toHistoryRow, toRow } from './rows.js';
import { applyCountDeltas, applyScanToSummaries, countDeltas } from './summaries.js';
import { inventoryResource, relatedResources, saveInventoryResourcesIn, searchInventory, type InventoryQuery, type InventoryRow, type RelatedResource } from './inventory.js';
import type { FindingsTable, HistoryTable, HubDatabase } from './schema.js';

const BATCH = 400;
/** Ids per lookup by id. */
const ID_BATCH = 500;
/** Ids per audit-history lookup (as the notification outbox has always read them). */
const REOPEN_BATCH = 200;

export interface ScanRecord {
  id: string;
  at: string;
  snapshotId?: string;
  /** What this scan looked at: findings of this source/kind in this scope that were not seen again are resolved. */
  scope: { source: string; kind: HubFinding['kind']; accounts: string[]; regions: string[]; ruleIds: string[] };
  scores?: { framework: string; score: number | null; passed: number; failed: number }[];
  /** Each control's result per scope (posture scans). */
  controls?: ControlResult[];
  /** What the scan could not collect. */
  errors?: ScanCollectionError[];
}

/** A collection failure of a scan, as the dashboard lists it (no resource detail, no stack). */
export interface ScanCollectionError {
  provider: string;
  scope: string;
  region: string;
  service: string;
  operation: string;
  code: string;
  message: string;
}

/** A control's result in one scope at one scan. */
export interface ControlResult {
  scope: string;
  framework: string;
  control: string;
  status: 'PASS' | 'FAIL' | 'NOT_ASSESSED' | 'MANUAL';
  passed: number;
  failed: number;
}

export interface IngestOptions {
  actor: string;
  /** Ingest time; defaults to the scan's time or now. */
  at?: string;
  scan?: ScanRecord;
  risk?: RiskSettings;
  policy?: FindingPolicy;
  /** Called for every finding that became new, reopened or resolved (after the transaction commits). */
  onChange?: (id: string, outcome: 'new' | 'reopened' | 'resolved') => void;
}

export type IngestCounts = Record<IngestOutcome, number>;

export interface FindingFilter {
  status?: WorkflowStatus[];
  severity?: Severity[];
  /** Minimum severity (rank order). */
  minSeverity?: Severity;
  risk?: RiskLevel[];
  minRisk?: RiskLevel;
  provider?: Provider[];
  account?: string[];
  region?: string[];
  rule?: string[];
  source?: string[];
  kind?: HubFinding['kind'][];
  resourceType?: string[];
  /** last seen at or after this ISO time */
  since?: string;
  ids?: string[];
  /** Resource uids (ARNs, Google Cloud / Azure resource names). */
  resource?: string[];
  /** Resource tags the finding's resource must all have. */
  tag?: { key: string; value: string }[];
  /** Framework controls: the finding maps to at least one of them. */
  control?: { framework: string; control: string }[];
  /** Sources the finding must not come from (findings imported from other tools: `notSource: ['mamori']`). */
  notSource?: string[];
}

/** One group of `scopeCounts`. */
export interface ScopeCount {
  scope: string;
  provider: string;
  kind: string;
  workflowStatus: string;
  complianceStatus: string | null;
  severity: string;
  risk: string | null;
  count: number;
}

/** One resource of `resourceSummaries`. */
export interface ResourceSummary {
  uid: string;
  type: string;
  name: string;
  provider: string;
  scope: string;
  region: string;
  /** Open (NEW / NOTIFIED) findings of the resource. */
  open: number;
  /** severityRank of the worst open finding; -1 when none is open. */
  worstSeverityRank: number;
  total: number;
}

/** One group of `frameworkControlCounts`. */
export interface ControlCount {
  scope: string;
  control: string;
  complianceStatus: 'PASS' | 'FAIL' | 'NOT_APPLICABLE' | 'NOT_ASSESSED' | 'MANUAL' | null;
  workflowStatus: WorkflowStatus;
  count: number;
}

export const GROUP_FIELDS = {
  provider: 'provider',
  rule: 'rule_id',
  account: 'account',
  region: 'region',
  resourceType: 'resource_type',
  severity: 'severity',
  risk: 'risk_level',
  status: 'workflow_status',
  compliance: 'compliance_status',
  source: 'source',
  kind: 'kind',
} as const satisfies Record<string, keyof FindingsTable>;
export type GroupField = keyof typeof GROUP_FIELDS | `framework:${string}`;

/**
 * The orders `list` gives, each the columns of one index read backwards (all descending, so a page
 * is a walk of the index, never a sort): `findings_order` for risk, the 0016_list_sorts indexes
 * for the others. Every key ends in the id, so ties have one order and a page token one place.
 */
export const LIST_SORTS = {
  risk: ['risk_rank', 'severity_rank', 'last_seen', 'id'],
  severity: ['severity_rank', 'risk_rank', 'last_seen', 'id'],
  /** Most recently seen first. */
  lastSeen: ['last_seen', 'id'],
  /** Newest findings first. */
  firstSeen: ['first_seen', 'id'],
} as const satisfies Record<string, readonly (keyof FindingsTable)[]>;
export type ListSort = keyof typeof LIST_SORTS;
type SortColumn = (typeof LIST_SORTS)[ListSort][number];

/** Each sort column's value on a finding (what its row holds). */
const SORT_VALUE: Record<SortColumn, (f: HubFinding) => string | number> = {
  risk_rank: (f) => riskRank(f.risk.level),
  severity_rank: (f) => severityRank(f.severity),
  last_seen: (f) => f.lastSeen,
  first_seen: (f) => f.firstSeen,
  id: (f) => f.id,
};

/** Where a page of `list` ends: the sort and its key's values on the page's last finding (cursorOf). */
export interface ListCursor {
  sort: ListSort;
  /** One value per column of LIST_SORTS[sort], in order: ranks are integers, the rest text. */
  key: (string | number)[];
}

/** The cursor that continues a list in `sort` order after `f`. */
export function cursorOf(f: HubFinding, sort: ListSort = 'risk'): ListCursor {
  return { sort, key: LIST_SORTS[sort].map((c) => SORT_VALUE[c](f)) };
}

/** Whether `key` has the shape of a `sort` cursor's key (a rank column an integer, the others text). */
export function isSortKey(sort: ListSort, key: readonly unknown[]): key is (string | number)[] {
  const cols: readonly SortColumn[] = LIST_SORTS[sort];
  return key.length === cols.length && cols.every((c, i) => (c.endsWith('_rank') ? Number.isSafeInteger(key[i]) : typeof key[i] === 'string'));
}

export interface FindingUpdate {
  workflowStatus?: WorkflowStatus;
  /** Change the workflow status only of findings now in one of these (others keep theirs). */
  fromStatuses?: WorkflowStatus[];
  severity?: Severity;
  note?: string;
  userFields?: Record<string, string>;
}

/**
 * The connection behind each store, kept out of the class's public shape: modules outside
 * src/hub/store reach the database only through the store's methods and its narrow interfaces
 * (ports.ts), so SQL lives in one folder and is tested on both dialects there.
 */
const connections = new WeakMap<FindingStore, Connection>();

/**
 * The raw connection of a store. Only for src/hub/store and the store's own tests (a migration
 * replayed by hand, rows checked after a write); test/hub/store-boundary.test.ts keeps it so.
 */
export function internalConnection(store: FindingStore): Connection {
  return connections.get(store)!;
}

/** The findings hub store: one implementation over Kysely for both SQLite and PostgreSQL. */
export class FindingStore {
  /** The notification outbox (src/hub/notify queues and delivers through it). */
  readonly outbox: NotificationOutbox;
  /** Learned baselines of threat detection (src/detect/baseline). */
  readonly baselines: BaselineStore;
  /** Users and sessions of `mamori serve` in team mode (src/server/auth). */
  readonly users: UserStore;

  private constructor(private readonly conn: Connection) {
    connections.set(this, conn);
    this.outbox = new SqlOutbox(conn);
    this.baselines = new SqlBaselines(conn);
    this.users = new SqlUsers(conn);
  }

  static async open(setting?: string): Promise<FindingStore> {
    return new FindingStore(await connect(setting));
  }

  get dialect() {
    return this.conn.dialect;
  }
  get location() {
    return this.conn.location;
  }

  async close(): Promise<void> {
    this.refreshStatistics();
    await this.conn.db.destroy();
  }

  /**
   * SQLite plans queries from table statistics; without them a filtered page can scan the whole
   * table (100 ms → 1 ms at 300k findings). `optimize` only re-analyses what changed, with a cap.
   */
  private refreshStatistics() {
    const db = this.conn.sqlite;
    if (!db?.open) return;
    // Whole, never sampled: a sample of 1,000 rows per index made `workflow_status` look selective
    // (1 row in 1,001) when every finding was NEW, and the planner sorted every open finding (4 ms →
    // 3 s at 1M). That includes what `optimize` analyses: with a limit it overwrote good statistics.
    db.pragma('analysis_limit = 0');
    // `optimize` analyses only tables the connection's queries flagged, so a hub filled by ingests
    // alone was never analysed: the open-findings page then sorted every row (500 ms at 200k, 1 ms
    // with statistics). The findings table is analysed when it has no statistics yet, has more than
    // doubled since, or has an index without statistics (one a migration added). 0.2 s at 200k.
    // sqlite_stat1 exists only after the first ANALYZE.
    const hasStats = db.prepare(`select 1 from sqlite_schema where name = 'sqlite_stat1'`).get() !== undefined;
    const stat = hasStats ? (db.prepare(`select stat from sqlite_stat1 where tbl = 'findings' and idx is not null limit 1`).get() as { stat?: string } | undefined) : undefined;
    const known = Number(String(stat?.stat ?? '0').split(' ')[0]) || 0;
    const rows = Number((db.prepare('select count(*) as n from findings').get() as { n: number }).n);
    const unanalysed = hasStats
      ? Number((db.prepare(`select count(*) as n from sqlite_schema where type = 'index' and tbl_name = 'findings' and name not in (select idx from sqlite_stat1 where tbl = 'findings' and idx is not null)`).get() as { n: number }).n)
      : 0;
    if (rows > 1000 && (rows > 2 * known || unanalysed > 0)) db.exec('analyze findings');
    db.pragma('optimize = 0x10002');
  }

  /**
   * Stores one batch of observations (a scan or an import) in a single transaction: new findings,
   * updates, reopenings, resolutions (including findings of the scanned scope not seen again),
   * their audit history and the scan's scores. Either all of it is written or nothing.
   */
  async ingest(observed: ObservedFinding[], options: IngestOptions): Promise<IngestCounts> {
    const { counts, changed } = await writeTransaction(this.conn, (trx) => this.ingestIn(trx, observed, options));
    this.afterIngest(changed, options);
    await this.analyzeAfterBulk(observed.length);
    return counts;
  }

  /** Findings written since PostgreSQL last analysed them (this process). */
  private unanalysed = 0;

  /**
   * PostgreSQL plans from statistics that autovacuum refreshes when it gets to it: right after a
   * bulk ingest a filter by one rule walked the whole risk-order index (6 s at 1M findings) on
   * default estimates. A sampled ANALYZE (a fraction of a second) after 20,000 written findings.
   */
  private async analyzeAfterBulk(written: number): Promise<void> {
    if (this.conn.dialect !== 'postgres') return;
    this.unanalysed += written;
    if (this.unanalysed < 20_000) return;
    this.unanalysed = 0;
    await sql`analyze findings`.execute(this.conn.db);
  }

  /** After a committed ingest: tell the caller what changed, refresh the planner's statistics. */
  private afterIngest(changed: [string, 'new' | 'reopened' | 'resolved'][], options: IngestOptions): void {
    if (options.onChange) for (const [id, outcome] of changed) options.onChange(id, outcome);
    this.refreshStatistics();
  }

  /**
   * One run's writes as one transaction: its findings, the baselines it learned, the detection
   * state it carries to the next run, the inventory it read and the notifications it queued are
   * all stored, or none is (a killed or failed run leaves the hub as it was, so rerunning the same
   * input gives what a clean run gives, notifications included).
   */
  async commitRun<T>(fn: (run: RunWriter) => Promise<T>): Promise<T> {
    const after: (() => void)[] = [];
    const changedInRun: string[] = [];
    let written = 0;
    const result = await writeTransaction(this.conn, (trx) =>
      fn({
        ingest: async (observed, options) => {
          written += observed.length;
          const { counts, changed } = await this.ingestIn(trx, observed, options);
          for (const [id] of changed) changedInRun.push(id);
          after.push(() => this.afterIngest(changed, options));
          return counts;
        },
        changedIds: () => changedInRun,
        // Queued with the findings: a run killed after its ingest can no longer lose its notifications.
        outbox: { add: (rows) => addNotificationsIn(trx, rows) },
        reopenedAt: (ids) => reopenedAtIn(trx, ids),
        saveInventoryEntities: (byAccount, collectedAt) => saveInventoryEntitiesIn(trx, byAccount, collectedAt),
        saveInventoryDocuments: (kind, byAccount, collectedAt) => saveInventoryDocumentsIn(trx, kind, byAccount, collectedAt),
        saveInventoryResources: (resources, scopes, collectedAt) => saveInventoryResourcesIn(trx, resources, scopes, collectedAt),
        mergeBaselines: (principals, values) => mergeBaselinesIn(trx, principals, values),
        mergeStagedBaselines: (runId) => mergeStagedIn(trx, runId),
        saveDetectionState: (name, state, at) => saveDetectionStateIn(trx, name, state, at),
        // What correlation reads and resolves, seen and written inside the run (its own signals included).
        latestSeen: (kind) => latestSeenIn(trx, kind),
        seenSince: (query) => seenSinceIn(trx, query),
        findingsById: (ids, options) => findingsByIdIn(trx, ids, options),
        update: (ids, change, actor, at) => updateIn(trx, ids, change, actor, at),
      }),
    );
    for (const f of after) f();
    await this.analyzeAfterBulk(written);
    return result;
  }

  private async ingestIn(trx: Trx, observed: ObservedFinding[], options: IngestOptions): Promise<{ counts: IngestCounts; changed: [string, 'new' | 'reopened' | 'resolved'][] }> {
    const at = options.at ?? options.scan?.at ?? new Date().toISOString();
    const ctx = { at, actor: options.actor, risk: options.risk, policy: options.policy };
    const counts: IngestCounts = { new: 0, reopened: 0, resolved: 0, updated: 0, unchanged: 0, skipped: 0 };
    const seen = new Set<string>();
    const changed: [string, 'new' | 'reopened' | 'resolved'][] = [];
    await saveDocuments(trx, observed, at);
    const fast = this.conn.sqlite ? sqliteBulk(this.conn.sqlite) : undefined;
    for (let i = 0; i < observed.length; i += BATCH) {
      const chunk = observed.slice(i, i + BATCH);
      const ids = [...new Set(chunk.map((o) => o.id))];
      const found = fast ? fast.select(ids) : await trx.selectFrom('findings').selectAll().where('id', 'in', ids).execute();
      const existing = new Map(found.map((r) => [r.id, fromRow(r)]));
      const rows: FindingsTable[] = [];
      const history: FindingHistoryEntry[] = [];
      for (const o of chunk) {
        seen.add(o.id);
        const result = observe(existing.get(o.id), o, ctx);
        counts[result.outcome]++;
        if (result.outcome === 'new' || result.outcome === 'reopened' || result.outcome === 'resolved') changed.push([o.id, result.outcome]);
        if (result.finding && result.outcome !== 'unchanged') {
          rows.push(toRow(result.finding, options.scan?.id ?? null));
          existing.set(o.id, result.finding);
        } else if (result.finding) {
          rows.push(toRow(result.finding, options.scan?.id ?? null));
        }
        history.push(...result.history);
      }
      const previous = new Map(found.map((r) => [r.id, r]));
      if (fast) {
        const unique = dedupeById(rows);
        fast.upsert(unique);
        await applyCountDeltas(trx, countDeltas(unique, previous));
        fast.history(history.map(toHistoryRow));
      } else {
        await upsert(trx, dedupeById(rows), previous);
        if (history.length) await trx.insertInto('finding_history').values(history.map(toHistoryRow)).execute();
      }
    }
    if (options.scan) {
      const { scope } = options.scan;
      if (scope.accounts.length && scope.ruleIds.length) {
        const open = await trx
          .selectFrom('findings')
          .selectAll()
          .where('source', '=', scope.source)
          .where('kind', '=', scope.kind)
          .where('workflow_status', '!=', 'RESOLVED')
          .where('account', 'in', scope.accounts)
          .where('region', 'in', [...scope.regions, 'global'])
          .execute();
        const rules = new Set(scope.ruleIds);
        const goneRows = open.filter((r) => rules.has(r.rule_id) && !seen.has(r.id));
        const before = new Map(goneRows.map((r) => [r.id, r]));
        const gone = goneRows.map(fromRow);
        for (let i = 0; i < gone.length; i += BATCH) {
          const resolved = gone.slice(i, i + BATCH).map((f) => resolveUnseen(f, ctx));
          counts.resolved += resolved.length;
          for (const r of resolved) changed.push([r.finding.id, 'resolved']);
          await upsert(trx, resolved.map((r) => toRow(r.finding, options.scan!.id)), before);
          await trx.insertInto('finding_history').values(resolved.flatMap((r) => r.history).map(toHistoryRow)).execute();
        }
      }
      await trx
        .insertInto('scans')
        .values({ id: options.scan.id, at, snapshot_id: options.scan.snapshotId ?? null, scope: JSON.stringify(scope), counts: JSON.stringify(counts), errors: options.scan.errors?.length ? JSON.stringify(options.scan.errors) : null })
        .execute();
      if (options.scan.scores?.length) {
        await trx
          .insertInto('scan_scores')
          .values(options.scan.scores.map((s) => ({ scan_id: options.scan!.id, at, framework: s.framework, score: s.score, passed: s.passed, failed: s.failed })))
          .execute();
      }
      const controls = options.scan.controls ?? [];
      // In slices: a statement has a bounded number of parameters (SQLite 32,766; PostgreSQL 65,535).
      for (let i = 0; i < controls.length; i += 2000) {
        await trx
          .insertInto('scan_controls')
          .values(controls.slice(i, i + 2000).map((c) => ({ scan_id: options.scan!.id, at, scope: c.scope, framework: c.framework, control: c.control, status: c.status, passed: c.passed, failed: c.failed })))
          .execute();
      }
      await applyScanToSummaries(trx, { id: options.scan.id, at, controls });
    }
    return { counts, changed };
  }

  /**
   * Findings in a LIST_SORTS order (default risk: highest risk, then severity, then most recently
   * seen, then id, all descending), each the order of one index read backwards, so no sort.
   * `after` continues from the last finding of the previous page (keyset pagination: a deep page
   * costs what the first does, where an offset makes the database walk every row before it).
   */
  async list(filter: FindingFilter = {}, page: { limit?: number; offset?: number; after?: ListCursor; sort?: ListSort } = {}): Promise<HubFinding[]> {
    const after = page.after;
    const sort = page.sort ?? after?.sort ?? 'risk';
    if (after && (after.sort !== sort || !isSortKey(sort, after.key))) {
      throw new MamoriError('BAD_CURSOR', `the page token is for the ${after.sort} order, not the ${sort} order: start again from the first page`);
    }
    const cols = LIST_SORTS[sort];
    let q = this.conn.db
      .selectFrom('findings')
      .selectAll()
      .where((eb) => applyFilter(eb, filter, this.conn.dialect));
    // One row-value comparison in the index's own order: both SQLite and PostgreSQL walk the
    // index from the cursor (an OR of the cases made SQLite sort every row).
    if (after) {
      q = q.where(sql<SqlBool>`(${sql.join(cols.map((c) => sql.ref(c)))}) < (${sql.join(after.key)})`);
    }
    for (const c of cols) q = q.orderBy(c, 'desc');
    const rows = await q
      .limit(page.limit ?? 100)
      .offset(page.offset ?? 0)
      .execute();
    return withDocuments(this.conn.db, rows.map(fromRow));
  }

  async count(filter: FindingFilter = {}): Promise<number> {
    const counted = countsFilter(filter);
    if (counted) {
      const row = await this.conn.db
        .selectFrom('finding_counts')
        .select((eb) => eb.fn.sum<number>('count').as('n'))
        .where((eb) => applyFilter(eb as unknown as ExpressionBuilder<HubDatabase, 'findings'>, counted, this.conn.dialect))
        .executeTakeFirstOrThrow();
      return Number(row.n ?? 0);
    }
    const row = await this.conn.db
      .selectFrom('findings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => applyFilter(eb, filter, this.conn.dialect))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Up to `limit` finding ids starting with `prefix` (`%` and `_` are not wildcards here), in id order. */
  async idsWithPrefix(prefix: string, limit = 2): Promise<string[]> {
    const rows = await this.conn.db.selectFrom('findings').select('id').where('id', 'like', `${prefix.replace(/[%_]/g, '')}%`).limit(limit).execute();
    return rows.map((r) => r.id);
  }

  /** The latest last-seen time of the findings of a kind, if there are any. */
  async latestSeen(kind: HubFinding['kind']): Promise<string | undefined> {
    return latestSeenIn(this.conn.db, kind);
  }

  /** Every finding of a kind last seen at or after `since`, but those in `notStatus`. */
  async seenSince(query: { kind: HubFinding['kind']; since: string; notStatus: WorkflowStatus }): Promise<HubFinding[]> {
    return seenSinceIn(this.conn.db, query);
  }

  /** The findings with these ids (any number of them), but those in `notStatus`; in no particular order. */
  async findingsById(ids: readonly string[], options: { notStatus?: WorkflowStatus } = {}): Promise<HubFinding[]> {
    return findingsByIdIn(this.conn.db, ids, options);
  }

  /** When each of these findings was last reopened (RESOLVED → NEW in the audit history). */
  async reopenedAt(ids: readonly string[]): Promise<Map<string, string>> {
    return reopenedAtIn(this.conn.db, ids);
  }

  async get(id: string): Promise<{ finding: HubFinding; history: FindingHistoryEntry[] } | undefined> {
    const row = await this.conn.db.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const rows = await this.conn.db.selectFrom('finding_history').selectAll().where('finding_id', '=', id).orderBy('at').orderBy('id').execute();
    const [finding] = await withDocuments(this.conn.db, [fromRow(row)]);
    const history = rows.map(fromHistoryRow);
    const firstStatus = history.find((h) => h.field === 'workflowStatus')?.from ?? finding.workflowStatus;
    const created: FindingHistoryEntry = { findingId: id, at: finding.firstSeen, actor: finding.source, field: 'created', to: firstStatus, note: `first seen (${finding.source})` };
    return { finding, history: [created, ...history] };
  }

  /** A person's change to findings: workflow status, severity, note or fields, audited per finding. */
  async update(ids: string[], change: FindingUpdate, actor: string, at = new Date().toISOString()): Promise<number> {
    return writeTransaction(this.conn, (trx) => updateIn(trx, ids, change, actor, at));
  }

  /** Counts grouped by a field (or by the controls of a framework: `framework:cis-aws-3.0`). */
  async insights(groupBy: GroupField, filter: FindingFilter = {}, limit = 50): Promise<{ key: string | null; count: number }[]> {
    if (groupBy.startsWith('framework:')) return this.frameworkInsights(groupBy.slice('framework:'.length), filter, limit);
    const column = GROUP_FIELDS[groupBy as keyof typeof GROUP_FIELDS];
    if (!column) throw new MamoriError('BAD_GROUP', `cannot group by "${groupBy}" (use ${Object.keys(GROUP_FIELDS).join(', ')}, framework:<id>)`);
    const rows = await this.conn.db
      .selectFrom('findings')
      .select([sql.ref<string>(column).as('key'), (eb) => eb.fn.countAll<number>().as('count')])
      .where((eb) => applyFilter(eb, filter, this.conn.dialect))
      .groupBy(column)
      .orderBy('count', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }

  private async frameworkInsights(framework: string, filter: FindingFilter, limit: number) {
    const counted = countsFilter(filter);
    if (counted && !counted.account?.length && !counted.provider?.length) {
      // Kept on write (summaries.ts › countDeltas): one row per control and group, not every finding.
      const rows = await this.conn.db
        .selectFrom('control_counts')
        .select(['control as key', (eb) => eb.fn.sum<number>('count').as('count')])
        .where('framework', '=', framework)
        .where((eb) => applyFilter(eb as unknown as ExpressionBuilder<HubDatabase, 'findings'>, counted, this.conn.dialect))
        .groupBy('control')
        .having((eb) => eb.fn.sum('count'), '>', 0)
        .orderBy('count', 'desc')
        .orderBy('control')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
    }
    const rows = await this.frameworkExpansion<{ key: string; count: number }>(framework, filter, [], (control, from) => `select ${control} as key, count(*) as count from ${from} group by ${control} order by count desc limit ${Number(limit)}`);
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }

  /**
   * Findings counted per scope, provider, kind, workflow status, compliance status and severity:
   * one grouped scan the dashboard's scope pages and posture scores are summed from.
   */
  async scopeCounts(filter: FindingFilter = {}): Promise<ScopeCount[]> {
    const counted = countsFilter(filter);
    if (counted) {
      // Kept on write (summaries.ts › countDeltas): thousands of groups, not a million findings.
      const rows = await this.conn.db
        .selectFrom('finding_counts')
        .select(['account', 'provider', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level', (eb) => eb.fn.sum<number>('count').as('count')])
        .where((eb) => applyFilter(eb as unknown as ExpressionBuilder<HubDatabase, 'findings'>, counted, this.conn.dialect))
        .groupBy(['account', 'provider', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level'])
        .having((eb) => eb.fn.sum('count'), '>', 0)
        .execute();
      return rows.map((r) => ({ scope: r.account, provider: r.provider, kind: r.kind, workflowStatus: r.workflow_status, complianceStatus: r.compliance_status === '' ? null : r.compliance_status, severity: r.severity, risk: r.risk_level, count: Number(r.count) }));
    }
    const rows = await this.conn.db
      .selectFrom('findings')
      .select(['account', 'provider', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level', (eb) => eb.fn.countAll<number>().as('count')])
      .where((eb) => applyFilter(eb, filter, this.conn.dialect))
      .groupBy(['account', 'provider', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level'])
      .execute();
    return rows.map((r) => ({ scope: r.account, provider: r.provider, kind: r.kind, workflowStatus: r.workflow_status, complianceStatus: r.compliance_status, severity: r.severity, risk: r.risk_level, count: Number(r.count) }));
  }

  /**
   * Findings counted by one field at a time (severity, risk, provider, scope): the overview's
   * facets, each one small grouped read of finding_counts when the filter allows it.
   */
  async countFacets(filter: FindingFilter = {}): Promise<Record<'severity' | 'risk' | 'provider' | 'scope', { key: string; count: number }[]>> {
    const counted = countsFilter(filter);
    const columns = { severity: 'severity', risk: 'risk_level', provider: 'provider', scope: 'account' } as const;
    const out = { severity: [], risk: [], provider: [], scope: [] } as Record<keyof typeof columns, { key: string; count: number }[]>;
    for (const [facet, column] of Object.entries(columns) as [keyof typeof columns, (typeof columns)[keyof typeof columns]][]) {
      const rows = counted
        ? await this.conn.db
            .selectFrom('finding_counts')
            .select([sql.ref<string>(column).as('key'), (eb) => eb.fn.sum<number>('count').as('count')])
            .where((eb) => applyFilter(eb as unknown as ExpressionBuilder<HubDatabase, 'findings'>, counted, this.conn.dialect))
            .groupBy(column)
            .having((eb) => eb.fn.sum('count'), '>', 0)
            .execute()
        : await this.conn.db
            .selectFrom('findings')
            .select([sql.ref<string>(column).as('key'), (eb) => eb.fn.countAll<number>().as('count')])
            .where((eb) => applyFilter(eb, filter, this.conn.dialect))
            .groupBy(column)
            .execute();
      out[facet] = rows.map((r) => ({ key: r.key, count: Number(r.count) }));
    }
    return out;
  }

  /**
   * Resources that findings name, with how many open findings each has and the worst open severity;
   * `query` matches the uid or the name (case-insensitive substring), most open findings first.
   */
  async resourceSummaries(filter: FindingFilter = {}, query?: string, limit = 100): Promise<ResourceSummary[]> {
    const open = ['NEW', 'NOTIFIED'];
    const rows = await this.conn.db
      .selectFrom('findings')
      .select((eb) => [
        'resource_uid',
        eb.fn.max('resource_type').as('resource_type'),
        eb.fn.max('resource_name').as('resource_name'),
        eb.fn.max('provider').as('provider'),
        eb.fn.max('account').as('account'),
        eb.fn.max('region').as('region'),
        eb.fn.sum<number>(eb.case().when('workflow_status', 'in', open).then(1).else(0).end()).as('open'),
        eb.fn.max(eb.case().when('workflow_status', 'in', open).then(eb.ref('severity_rank')).else(-1).end()).as('worst'),
        eb.fn.countAll<number>().as('total'),
      ])
      .where((eb) => applyFilter(eb, filter, this.conn.dialect))
      .$if(!!query, (q) => q.where((eb) => eb.or([eb(eb.fn('lower', ['resource_uid']), 'like', `%${query!.toLowerCase().replace(/[%_]/g, '')}%`), eb(eb.fn('lower', ['resource_name']), 'like', `%${query!.toLowerCase().replace(/[%_]/g, '')}%`)])))
      .groupBy('resource_uid')
      .orderBy('open', 'desc')
      .orderBy('resource_uid')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      uid: r.resource_uid,
      type: String(r.resource_type),
      name: String(r.resource_name),
      provider: String(r.provider),
      scope: String(r.account),
      region: String(r.region),
      open: Number(r.open),
      worstSeverityRank: Number(r.worst),
      total: Number(r.total),
    }));
  }

  /** Findings mapped to a framework, counted per scope, control, compliance status and workflow status. */
  async frameworkControlCounts(framework: string, filter: FindingFilter = {}): Promise<ControlCount[]> {
    const rows = await this.frameworkExpansion<{ scope: string; control: string; compliance_status: string | null; workflow_status: string; count: number }>(
      framework,
      filter,
      ['account', 'compliance_status', 'workflow_status'],
      (control, inner) => `select f.account as scope, ${control} as control, f.compliance_status, f.workflow_status, count(*) as count from ${inner} group by f.account, ${control}, f.compliance_status, f.workflow_status`,
    );
    return rows.map((r) => ({ scope: r.scope, control: r.control, complianceStatus: r.compliance_status as ControlCount['complianceStatus'], workflowStatus: r.workflow_status as WorkflowStatus, count: Number(r.count) }));
  }

  /** Findings counted per framework, scope, control, compliance status and workflow status: every framework in one pass. */
  async allControlCounts(filter: FindingFilter = {}): Promise<(ControlCount & { framework: string })[]> {
    const compiled = this.conn.db.selectFrom('findings').select(['frameworks', 'account', 'compliance_status', 'workflow_status']).where((eb) => applyFilter(eb, filter, this.conn.dialect)).compile();
    const text =
      this.conn.dialect === 'postgres'
        ? `select fw.key as framework, f.account as scope, c.key as control, f.compliance_status, f.workflow_status, count(*) as count from (${compiled.sql}) f, jsonb_each(f.frameworks::jsonb) as fw(key, value), jsonb_array_elements_text(fw.value) as c(key) group by fw.key, f.account, c.key, f.compliance_status, f.workflow_status`
        : `select fw.key as framework, f.account as scope, c.value as control, f.compliance_status, f.workflow_status, count(*) as count from (${compiled.sql}) f, json_each(f.frameworks) fw, json_each(fw.value) c group by fw.key, f.account, c.value, f.compliance_status, f.workflow_status`;
    const result = await this.conn.db.executeQuery<{ framework: string; scope: string; control: string; compliance_status: string | null; workflow_status: string; count: number }>({ sql: text, parameters: compiled.parameters, query: compiled.query, queryId: compiled.queryId });
    return result.rows.map((r) => ({ framework: r.framework, scope: r.scope, control: r.control, complianceStatus: r.compliance_status as ControlCount['complianceStatus'], workflowStatus: r.workflow_status as WorkflowStatus, count: Number(r.count) }));
  }

  /** The hub's version: raised by every write transaction of any process (an aggregate computed at one version holds until it changes). */
  async version(): Promise<string> {
    const row = await this.conn.db.selectFrom('hub_version').select('version').where('id', '=', 1).executeTakeFirst();
    return String(row?.version ?? 0);
  }

  /** Ids of the findings mapped to one control of a framework (at most `limit`). */
  async frameworkControlIds(framework: string, control: string, filter: FindingFilter = {}, limit = 1000): Promise<string[]> {
    const rows = await this.frameworkExpansion<{ id: string }>(framework, filter, [], (c, inner) => `select f.id from ${inner} where ${c} = ${this.conn.dialect === 'postgres' ? '$$CONTROL$$' : '?'} order by f.id limit ${Number(limit)}`, control);
    return rows.map((r) => r.id);
  }

  /**
   * Runs `outer` over the findings matching `filter` joined with the controls they map to in
   * `framework` (JSON array expansion differs by dialect; the filter stays in the query builder).
   * `outer(controlColumn, fromClause)` writes the statement; `extra` is bound after the framework.
   */
  private async frameworkExpansion<R>(framework: string, filter: FindingFilter, columns: ('account' | 'compliance_status' | 'workflow_status')[], outer: (control: string, from: string) => string, extra?: string): Promise<R[]> {
    const compiled = this.conn.db.selectFrom('findings').select(['id', 'frameworks', ...columns]).where((eb) => applyFilter(eb, filter, this.conn.dialect)).compile();
    const params = [...compiled.parameters];
    const pg = this.conn.dialect === 'postgres';
    params.push(pg ? framework : `$.${JSON.stringify(framework)}`);
    const from = pg
      ? `(${compiled.sql}) f, jsonb_array_elements_text((f.frameworks::jsonb) -> $${params.length}) as c(key)`
      : `(${compiled.sql}) f, json_each(f.frameworks, ?) c`;
    let text = outer(pg ? 'c.key' : 'c.value', from);
    if (extra !== undefined) {
      params.push(extra);
      if (pg) text = text.replace('$$CONTROL$$', `$${params.length}`);
    }
    const result = await this.conn.db.executeQuery<R>({ sql: text, parameters: params, query: compiled.query, queryId: compiled.queryId });
    return result.rows;
  }

  /**
   * Each scope's control results from the latest scan that assessed it (optionally one framework,
   * some scopes). A scope no posture scan covered has none.
   */
  async latestControls(options: { framework?: string; scopes?: string[] } = {}): Promise<(ControlResult & { at: string })[]> {
    const rows = await this.conn.db
      .selectFrom('latest_controls')
      .selectAll()
      .$if(!!options.scopes?.length, (q) => q.where('scope', 'in', options.scopes!))
      .$if(options.framework !== undefined, (q) => q.where('framework', '=', options.framework!))
      .execute();
    return rows.map((r) => ({ scope: r.scope, framework: r.framework, control: r.control, status: r.status as ControlResult['status'], passed: Number(r.passed), failed: Number(r.failed), at: r.at }));
  }

  /** Controls per scope, framework and status at each scope's latest posture scan (summaries.ts). */
  async scopePosture(scopes?: string[]): Promise<{ scope: string; framework: string; status: ControlResult['status']; controls: number }[]> {
    const rows = await this.conn.db
      .selectFrom('scope_posture')
      .selectAll()
      .$if(!!scopes?.length, (q) => q.where('scope', 'in', scopes!))
      .execute();
    return rows.map((r) => ({ scope: r.scope, framework: r.framework, status: r.status as ControlResult['status'], controls: Number(r.controls) }));
  }

  /** Each control over every scope's latest posture scan: scopes per status, checks passed and failed (summaries.ts). */
  async controlRollup(framework?: string): Promise<{ framework: string; control: string; status: ControlResult['status']; scopes: number; passed: number; failed: number }[]> {
    const rows = await this.conn.db
      .selectFrom('control_rollup')
      .selectAll()
      .$if(framework !== undefined, (q) => q.where('framework', '=', framework!))
      .execute();
    return rows.map((r) => ({ framework: r.framework, control: r.control, status: r.status as ControlResult['status'], scopes: Number(r.scopes), passed: Number(r.passed), failed: Number(r.failed) }));
  }

  /**
   * Failures a person took out (suppressed, or resolved while still failing) per framework, scope
   * and control, with that control's latest result in the scope: only findings seen failing at
   * that scan count (a finding a later scan resolved because it passed, or did not see again, is
   * not a triaged failure). Read through the status index: as many rows as triaged findings.
   */
  async triagedControls(filter: FindingFilter = {}, framework?: string): Promise<(ControlResult & { triaged: number })[]> {
    const compiled = this.conn.db
      .selectFrom('findings')
      .select(['account', 'frameworks', 'last_seen'])
      .where((eb) => applyFilter(eb, { ...filter, kind: ['posture'], status: ['SUPPRESSED', 'RESOLVED'] }, this.conn.dialect))
      .where('compliance_status', '=', 'FAIL')
      .compile();
    const params = [...compiled.parameters];
    const pg = this.conn.dialect === 'postgres';
    let only = '';
    if (framework !== undefined) {
      params.push(framework);
      only = pg ? ` where fw.key = $${params.length}` : ' where fw.key = ?';
    }
    const expand = pg
      ? `select fw.key as framework, f.account as scope, c.key as control, f.last_seen, count(*) as n from (${compiled.sql}) f, jsonb_each(f.frameworks::jsonb) as fw(key, value), jsonb_array_elements_text(fw.value) as c(key)${only} group by 1, 2, 3, 4`
      : `select fw.key as framework, f.account as scope, c.value as control, f.last_seen, count(*) as n from (${compiled.sql}) f, json_each(f.frameworks) fw, json_each(fw.value) c${only} group by 1, 2, 3, 4`;
    const text = `select t.framework, t.scope, t.control, lc.status, lc.passed, lc.failed, sum(t.n) as triaged from (${expand}) t
      join latest_controls lc on lc.scope = t.scope and lc.framework = t.framework and lc.control = t.control
      where t.last_seen >= lc.at group by t.framework, t.scope, t.control, lc.status, lc.passed, lc.failed`;
    const result = await this.conn.db.executeQuery<{ framework: string; scope: string; control: string; status: string; passed: number; failed: number; triaged: number }>({ sql: text, parameters: params, query: compiled.query, queryId: compiled.queryId });
    return result.rows.map((r) => ({ framework: r.framework, scope: r.scope, control: r.control, status: r.status as ControlResult['status'], passed: Number(r.passed), failed: Number(r.failed), triaged: Number(r.triaged) }));
  }

  /** Whether any posture scan stored control results (else scores come from the findings alone: a hub filled by imports). */
  async hasControlResults(): Promise<boolean> {
    return !!(await this.conn.db.selectFrom('latest_controls').select('scope').limit(1).executeTakeFirst());
  }

  /**
   * What the latest scan of each scope could not collect: the errors of the newest scan that
   * covered the scope (a later clean scan of the scope clears them).
   */
  async latestScanErrors(): Promise<(ScanCollectionError & { scanId: string; at: string })[]> {
    const scans = await this.conn.db.selectFrom('scans').select(['id', 'at', 'scope', 'errors']).orderBy('at', 'desc').limit(500).execute();
    const done = new Set<string>();
    const out: (ScanCollectionError & { scanId: string; at: string })[] = [];
    for (const s of scans) {
      const scopes = ((JSON.parse(s.scope) as { accounts?: string[]; kind?: string }).accounts ?? []).filter((a) => !done.has(a));
      if (!scopes.length) continue;
      const errors = s.errors ? (JSON.parse(s.errors) as ScanCollectionError[]) : [];
      for (const e of errors) if (scopes.includes(e.scope)) out.push({ ...e, scanId: s.id, at: s.at });
      for (const a of scopes) done.add(a);
    }
    return out;
  }

  /** Controls per status at every posture scan of a scope, oldest first (the scope's trend, as scanned). */
  async scopeControlHistory(scope: string): Promise<{ at: string; framework: string; status: string; count: number }[]> {
    const rows = await this.conn.db
      .selectFrom('scan_controls')
      .select(['at', 'framework', 'status', (eb) => eb.fn.countAll<number>().as('count')])
      .where('scope', '=', scope)
      .groupBy(['at', 'framework', 'status'])
      .orderBy('at')
      .execute();
    return rows.map((r) => ({ at: r.at, framework: r.framework, status: r.status, count: Number(r.count) }));
  }

  /** Posture score per framework, one point per scan, oldest first. */
  async scoreHistory(framework?: string): Promise<{ scanId: string; at: string; framework: string; score: number | null; passed: number; failed: number }[]> {
    let q = this.conn.db.selectFrom('scan_scores').selectAll().orderBy('at').orderBy('framework');
    if (framework) q = q.where('framework', '=', framework);
    return (await q.execute()).map((r) => ({ scanId: r.scan_id, at: r.at, framework: r.framework, score: r.score === null ? null : Number(r.score), passed: Number(r.passed), failed: Number(r.failed) }));
  }

  /** Findings that became NEW / reopened or RESOLVED in the latest scan (from the audit history). */
  /** How many findings became NEW / reopened or RESOLVED since `at`: changesSince counted in the database (no id lists). */
  async changeCountsSince(at: string): Promise<{ newlyFailing: number; newlyResolved: number }> {
    // Two indexed counts (findings_first_seen, history_change: schema.ts › 0014) instead of a union
    // of a million ids: the findings first seen since `at`, plus those reopened since that were first
    // seen before it.
    const created = await this.conn.db.selectFrom('findings').select((eb) => eb.fn.countAll<number>().as('n')).where('first_seen', '>=', at).executeTakeFirstOrThrow();
    const reopened = await this.conn.db
      .selectFrom('finding_history as h')
      .select((eb) => eb.fn.count<number>('h.finding_id').distinct().as('n'))
      .where('h.field', '=', 'workflowStatus')
      .where('h.to_value', '=', 'NEW')
      .where('h.at', '>=', at)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('findings as f').select('f.id').whereRef('f.id', '=', 'h.finding_id').where('f.first_seen', '>=', at))))
      .executeTakeFirstOrThrow();
    const resolved = await this.conn.db
      .selectFrom('finding_history')
      .select((eb) => eb.fn.count<number>('finding_id').distinct().as('n'))
      .where('field', '=', 'workflowStatus')
      .where('to_value', '=', 'RESOLVED')
      .where('at', '>=', at)
      .executeTakeFirstOrThrow();
    return { newlyFailing: Number(created.n) + Number(reopened.n), newlyResolved: Number(resolved.n) };
  }

  async changesSince(at: string): Promise<{ newlyFailing: string[]; newlyResolved: string[] }> {
    const rows = await this.conn.db
      .selectFrom('finding_history')
      .select(['finding_id', 'field', 'to_value'])
      .where('at', '>=', at)
      .where('field', '=', 'workflowStatus')
      .execute();
    const created = await this.conn.db.selectFrom('findings').select('id').where('first_seen', '>=', at).execute();
    const newlyFailing = new Set<string>(created.map((r) => r.id));
    const newlyResolved = new Set<string>();
    for (const r of rows) {
      if (r.to_value === 'NEW') newlyFailing.add(r.finding_id);
      if (r.to_value === 'RESOLVED') newlyResolved.add(r.finding_id);
    }
    return { newlyFailing: [...newlyFailing], newlyResolved: [...newlyResolved] };
  }

  /**
   * Re-applies a policy (automation + suppressions from the config) to stored findings, e.g. after
   * the config changed or a suppression expired. With dryRun nothing is written: the result says
   * what would change (`mamori automation test`).
   */
  async reapply(
    policy: FindingPolicy,
    options: { actor: string; at?: string; risk?: RiskSettings; dryRun?: boolean; filter?: FindingFilter },
  ): Promise<{ findingId: string; title: string; changes: Omit<FindingHistoryEntry, 'findingId' | 'at'>[] }[]> {
    const at = options.at ?? new Date().toISOString();
    const out: { findingId: string; title: string; changes: Omit<FindingHistoryEntry, 'findingId' | 'at'>[] }[] = [];
    let after = '';
    for (;;) {
      const rows = await this.conn.db
        .selectFrom('findings')
        .selectAll()
        .where((eb) => applyFilter(eb, options.filter ?? {}, this.conn.dialect))
        .where('id', '>', after)
        .orderBy('id')
        .limit(1000)
        .execute();
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const updates: FindingsTable[] = [];
      const history: FindingHistoryEntry[] = [];
      for (const row of rows) {
        const current = fromRow(row);
        // Start from the source's severity (or a person's override), as an ingest does.
        const base: HubFinding = { ...current, severity: severityOverrideOf(current.userFields) ?? current.originalSeverity };
        const applied = policy(base, current);
        const next = { ...applied.finding, risk: assessRisk(applied.finding, options.risk) };
        const changed = applied.history;
        const material = next.severity !== current.severity || next.workflowStatus !== current.workflowStatus || JSON.stringify(next.userFields) !== JSON.stringify(current.userFields);
        if (!material) continue;
        out.push({ findingId: current.id, title: current.title, changes: changed });
        if (options.dryRun) continue;
        updates.push(toRow({ ...next, updatedAt: at, resolvedAt: next.workflowStatus === 'RESOLVED' ? (current.resolvedAt ?? at) : undefined }, row.last_scan_id));
        for (const h of changed) history.push({ findingId: current.id, at, ...h, actor: h.actor || options.actor });
      }
      if (!options.dryRun && updates.length) {
        await writeTransaction(this.conn, async (trx) => {
          await upsert(trx, updates, new Map(rows.map((r) => [r.id, r])));
          if (history.length) await trx.insertInto('finding_history').values(history.map(toHistoryRow)).execute();
        });
      }
    }
    return out;
  }

  /**
   * Replaces the stored inventory entities of the given accounts (a newer snapshot only: an older
   * one replayed later does not overwrite what a newer one said).
   */
  async saveInventoryEntities(byAccount: ReadonlyMap<string, unknown>, collectedAt: string): Promise<void> {
    await writeTransaction(this.conn, (trx) => saveInventoryEntitiesIn(trx, byAccount, collectedAt));
  }

  async inventoryEntities(): Promise<{ account: string; collectedAt: string; entities: unknown }[]> {
    const rows = await this.conn.db.selectFrom('inventory_entities').selectAll().orderBy('account').execute();
    return rows.map((r) => ({ account: r.account, collectedAt: r.collected_at, entities: JSON.parse(r.entities) as unknown }));
  }

  /** The stored inventory documents of one kind, per account (InventoryDocumentsTable). */
  /** Resources of the inventory (every resource of each scope's latest snapshot), inventory.ts. */
  async searchInventory(query: InventoryQuery, limit = 100): Promise<InventoryRow[]> {
    return searchInventory(this.conn.db, query, limit);
  }

  async inventoryResource(uid: string): Promise<InventoryRow | undefined> {
    return inventoryResource(this.conn.db, uid);
  }

  /** What a resource is tied to in its snapshot, both ways. */
  async relatedResources(uid: string, limit?: number): Promise<RelatedResource[]> {
    return relatedResources(this.conn.db, uid, limit);
  }

  async inventoryDocuments(kind: string): Promise<{ account: string; collectedAt: string; document: unknown }[]> {
    const rows = await this.conn.db.selectFrom('inventory_documents').selectAll().where('kind', '=', kind).orderBy('account').execute();
    return rows.map((r) => ({ account: r.account, collectedAt: r.collected_at, document: JSON.parse(r.document) as unknown }));
  }

  /** Saves a named piece of detection state (replacing the last). */
  async saveDetectionState(name: string, state: unknown, at = new Date().toISOString()): Promise<void> {
    await writeTransaction(this.conn, (trx) => saveDetectionStateIn(trx, name, state, at));
  }

  async detectionState(name: string): Promise<{ savedAt: string; state: unknown } | undefined> {
    const row = await this.conn.db.selectFrom('detection_state').selectAll().where('name', '=', name).executeTakeFirst();
    return row ? { savedAt: row.saved_at, state: JSON.parse(row.state) as unknown } : undefined;
  }

  async latestScans(limit = 2): Promise<{ id: string; at: string; counts: IngestCounts }[]> {
    const rows = await this.conn.db.selectFrom('scans').selectAll().orderBy('at', 'desc').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, at: r.at, counts: JSON.parse(r.counts) }));
  }
}

type Trx = Kysely<HubDatabase>;

const UPDATABLE = [
  'kind', 'source', 'rule_id', 'title', 'description', 'severity', 'severity_rank', 'original_severity', 'compliance_status', 'workflow_status',
  'provider', 'account', 'region', 'resource_uid', 'resource_type', 'resource_name', 'resource_tags', 'frameworks', 'reason', 'evidence',
  'risk_level', 'risk_rank', 'likelihood', 'impact', 'risk_factors', 'first_seen', 'last_seen', 'times_seen', 'resolved_at', 'updated_at',
  'user_fields', 'last_scan_id', 'localized', 'scope_path',
] as const satisfies readonly (keyof FindingsTable)[];

/** FindingStore.saveInventoryEntities inside the caller's transaction. */
async function saveInventoryEntitiesIn(trx: Trx, byAccount: ReadonlyMap<string, unknown>, collectedAt: string): Promise<void> {
  for (const [account, entities] of byAccount) {
    const prev = await trx.selectFrom('inventory_entities').select('collected_at').where('account', '=', account).executeTakeFirst();
    if (prev && prev.collected_at > collectedAt) continue;
    const row = { account, collected_at: collectedAt, entities: JSON.stringify(entities) };
    if (prev) await trx.updateTable('inventory_entities').set(row).where('account', '=', account).execute();
    else await trx.insertInto('inventory_entities').values(row).execute();
  }
}

/** RunWriter.saveInventoryDocuments: per account, only over an older (or no) document of the kind. */
async function saveInventoryDocumentsIn(trx: Trx, kind: string, byAccount: ReadonlyMap<string, unknown>, collectedAt: string): Promise<void> {
  for (const [account, document] of byAccount) {
    const prev = await trx.selectFrom('inventory_documents').select('collected_at').where('account', '=', account).where('kind', '=', kind).executeTakeFirst();
    if (prev && prev.collected_at > collectedAt) continue;
    const row = { account, kind, collected_at: collectedAt, document: JSON.stringify(document) };
    if (prev) await trx.updateTable('inventory_documents').set(row).where('account', '=', account).where('kind', '=', kind).execute();
    else await trx.insertInto('inventory_documents').values(row).execute();
  }
}

/** FindingStore.reopenedAt on a connection or inside a transaction (which sees its own reopenings). */
async function reopenedAtIn(db: Trx, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += REOPEN_BATCH) {
    const rows = await db
      .selectFrom('finding_history')
      .select(['finding_id', 'at'])
      .where('finding_id', 'in', ids.slice(i, i + REOPEN_BATCH))
      .where('field', '=', 'workflowStatus')
      .where('from_value', '=', 'RESOLVED')
      .where('to_value', '=', 'NEW')
      .execute();
    for (const r of rows) if (!out.has(r.finding_id) || r.at > out.get(r.finding_id)!) out.set(r.finding_id, r.at);
  }
  return out;
}

/** Writes a named piece of detection state inside the caller's transaction. */
async function saveDetectionStateIn(trx: Trx, name: string, state: unknown, at = new Date().toISOString()): Promise<void> {
  const row = { name, saved_at: at, state: JSON.stringify(state) };
  const prev = await trx.selectFrom('detection_state').select('name').where('name', '=', name).executeTakeFirst();
  if (prev) await trx.updateTable('detection_state').set(row).where('name', '=', name).execute();
  else await trx.insertInto('detection_state').values(row).execute();
}

/** A change to findings (FindingStore.update) inside the caller's transaction. */
async function updateIn(trx: Trx, ids: readonly string[], change: FindingUpdate, actor: string, at = new Date().toISOString()): Promise<number> {
  if (change.workflowStatus && !WORKFLOW_STATUSES.includes(change.workflowStatus)) {
    throw new MamoriError('BAD_STATUS', `unknown workflow status "${change.workflowStatus}" (use ${WORKFLOW_STATUSES.join(', ')})`);
  }
  let updated = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await trx.selectFrom('findings').selectAll().where('id', 'in', ids.slice(i, i + BATCH)).execute();
    for (const row of rows) {
      const f = fromRow(row);
      const history: FindingHistoryEntry[] = [];
      const next: HubFinding = { ...f, userFields: { ...f.userFields }, updatedAt: at };
      if (change.workflowStatus && change.workflowStatus !== f.workflowStatus && (!change.fromStatuses || change.fromStatuses.includes(f.workflowStatus))) {
        next.workflowStatus = change.workflowStatus;
        next.resolvedAt = change.workflowStatus === 'RESOLVED' ? at : undefined;
        history.push({ findingId: f.id, at, actor, field: 'workflowStatus', from: f.workflowStatus, to: change.workflowStatus, note: change.note });
      }
      if (change.severity && change.severity !== f.severity) {
        next.severity = change.severity;
        // A person's severity outlives later scans (the scan's own severity stays in originalSeverity).
        next.userFields.severityOverride = change.severity;
        history.push({ findingId: f.id, at, actor, field: 'severity', from: f.severity, to: change.severity, note: change.note });
      }
      for (const [k, v] of Object.entries(change.userFields ?? {})) {
        if (next.userFields[k] === v) continue;
        history.push({ findingId: f.id, at, actor, field: `userFields.${k}`, from: f.userFields[k], to: v });
        next.userFields[k] = v;
      }
      if (change.note && !history.length) history.push({ findingId: f.id, at, actor, field: 'note', note: change.note });
      if (!history.length) continue;
      await upsert(trx, [toRow(next, row.last_scan_id)], new Map([[row.id, row]]));
      await trx.insertInto('finding_history').values(history.map(toHistoryRow)).execute();
      updated++;
    }
  }
  return updated;
}

async function latestSeenIn(db: Trx, kind: HubFinding['kind']): Promise<string | undefined> {
  const newest = await db.selectFrom('findings').select(db.fn.max('last_seen').as('last')).where('kind', '=', kind).executeTakeFirst();
  return newest?.last ? String(newest.last) : undefined;
}

async function seenSinceIn(db: Trx, query: { kind: HubFinding['kind']; since: string; notStatus: WorkflowStatus }): Promise<HubFinding[]> {
  const rows = await db
    .selectFrom('findings')
    .selectAll()
    .where('kind', '=', query.kind)
    .where('last_seen', '>=', query.since)
    .where('workflow_status', '!=', query.notStatus)
    .execute();
  return rows.map(fromRow);
}

async function findingsByIdIn(db: Trx, ids: readonly string[], options: { notStatus?: WorkflowStatus } = {}): Promise<HubFinding[]> {
  const out: HubFinding[] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH) {
    let q = db.selectFrom('findings').selectAll().where('id', 'in', ids.slice(i, i + ID_BATCH));
    if (options.notStatus) q = q.where('workflow_status', '!=', options.notStatus);
    for (const r of await q.execute()) out.push(fromRow(r));
  }
  return withDocuments(db, out);
}

/** Puts each finding's improvement document back on it (kept once per source and rule). */
async function withDocuments(db: Trx, findings: HubFinding[]): Promise<HubFinding[]> {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  if (!ruleIds.length) return findings;
  const docs = new Map<string, FindingDocument>();
  for (let i = 0; i < ruleIds.length; i += ID_BATCH) {
    const rows = await db.selectFrom('finding_documents').selectAll().where('rule_id', 'in', ruleIds.slice(i, i + ID_BATCH)).execute();
    for (const r of rows) docs.set(`${r.source}\0${r.rule_id}`, JSON.parse(r.document) as FindingDocument);
  }
  if (!docs.size) return findings;
  for (const f of findings) {
    const doc = docs.get(`${f.source}\0${f.ruleId}`);
    if (doc) f.document = doc;
  }
  return findings;
}

/** What one run writes through FindingStore.commitRun, all in one transaction. */
export interface RunWriter extends RunBaselines, CorrelationStore, NotificationQueue {
  ingest(observed: ObservedFinding[], options: IngestOptions): Promise<IngestCounts>;
  /**
   * The findings this run's ingests made new, reopened or resolved so far, in ingest order (what
   * its notifications are about; `onChange` is told only after the commit).
   */
  changedIds(): readonly string[];
  saveDetectionState(name: string, state: unknown, at?: string): Promise<void>;
  saveInventoryEntities(byAccount: ReadonlyMap<string, unknown>, collectedAt: string): Promise<void>;
  /** Replaces the account's document of `kind` unless the stored one is newer (InventoryDocumentsTable). */
  saveInventoryDocuments(kind: string, byAccount: ReadonlyMap<string, unknown>, collectedAt: string): Promise<void>;
  /** Replaces the inventory of the scopes (their resources and relationships) unless a newer snapshot's is stored. */
  saveInventoryResources(resources: readonly Resource[], scopes: readonly string[], collectedAt: string): Promise<void>;
}

/** Writes finding rows over `previous` (the stored rows by id) and moves finding_counts with them. */
async function upsert(trx: Trx, rows: FindingsTable[], previous: ReadonlyMap<string, FindingsTable>): Promise<void> {
  if (!rows.length) return;
  await applyCountDeltas(trx, countDeltas(rows, previous));
  await trx
    .insertInto('findings')
    .values(rows)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(UPDATABLE.map((c) => [c, eb.ref(`excluded.${c}`)])) as never))
    .execute();
}

/**
 * The embedded store's bulk path: prepared statements on the same connection (so inside the
 * current transaction), several times faster than building multi-row statements per batch.
 */
function sqliteBulk(db: import('better-sqlite3').Database) {
  const columns = ['id', ...UPDATABLE];
  const upsertStmt = db.prepare(
    `insert into findings (${columns.join(', ')}) values (${columns.map((c) => '@' + c).join(', ')}) ` +
      `on conflict(id) do update set ${UPDATABLE.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  const historyStmt = db.prepare(
    'insert into finding_history (finding_id, at, actor, field, from_value, to_value, note) values (@finding_id, @at, @actor, @field, @from_value, @to_value, @note)',
  );
  const selectStmt = db.prepare('select * from findings where id in (select value from json_each(?))');
  return {
    select: (ids: string[]) => selectStmt.all(JSON.stringify(ids)) as FindingsTable[],
    upsert: (rows: FindingsTable[]) => {
      for (const r of rows) upsertStmt.run(r);
    },
    history: (rows: Omit<HistoryTable, 'id'>[]) => {
      for (const r of rows) historyStmt.run(r);
    },
  };
}

/**
 * Keeps the improvement documents of an ingest, one per (source, rule); a newer one (a rule
 * updated with a new mamori version) replaces the stored one. An ingest holds a few hundred
 * rules at most, so this is a handful of rows whatever the number of findings.
 */
async function saveDocuments(trx: Trx, observed: readonly ObservedFinding[], at: string): Promise<void> {
  const docs = new Map<string, { source: string; rule_id: string; document: FindingDocument }>();
  for (const o of observed) {
    const key = `${o.source}\0${o.ruleId}`;
    if (o.document && !docs.has(key)) docs.set(key, { source: o.source, rule_id: o.ruleId, document: o.document });
  }
  const rows = [...docs.values()].map((d) => ({ ...d, document: JSON.stringify(d.document), updated_at: at }));
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('finding_documents')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['source', 'rule_id']).doUpdateSet((eb) => ({ document: eb.ref('excluded.document'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  }
}

function dedupeById(rows: FindingsTable[]): FindingsTable[] {
  const byId = new Map<string, FindingsTable>();
  for (const r of rows) byId.set(r.id, r);
  return [...byId.values()];
}

/**
 * The filter in terms finding_counts can answer (its columns: scope, provider, kind, statuses,
 * severity, risk), minimums turned into lists; undefined when the filter needs another column.
 */
function countsFilter(f: FindingFilter): FindingFilter | undefined {
  const allowed = new Set(['status', 'severity', 'minSeverity', 'risk', 'minRisk', 'provider', 'account', 'kind']);
  for (const [k, v] of Object.entries(f)) if (v !== undefined && !allowed.has(k)) return undefined;
  if (f.account?.some((a) => a.includes('/'))) return undefined;
  const out: FindingFilter = { ...f };
  delete out.minSeverity;
  delete out.minRisk;
  if (f.minSeverity) {
    const at = SEVERITIES.filter((s) => severityRank(s) >= severityRank(f.minSeverity!));
    out.severity = f.severity?.length ? f.severity.filter((s) => at.includes(s)) : at;
    if (!out.severity.length) out.severity = ['__none__' as Severity];
  }
  if (f.minRisk) {
    const at = RISK_LEVELS.filter((r) => riskRank(r) >= riskRank(f.minRisk!));
    out.risk = f.risk?.length ? f.risk.filter((r) => at.includes(r)) : at;
    if (!out.risk.length) out.risk = ['__none__' as RiskLevel];
  }
  return out;
}

function applyFilter(eb: ExpressionBuilder<HubDatabase, 'findings'>, f: FindingFilter, dialect: Connection['dialect']): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (f.status?.length) parts.push(eb('workflow_status', 'in', f.status));
  if (f.severity?.length) parts.push(eb('severity', 'in', f.severity));
  if (f.minSeverity) parts.push(eb('severity_rank', '>=', severityRank(f.minSeverity)));
  if (f.risk?.length) parts.push(eb('risk_level', 'in', f.risk));
  if (f.minRisk) parts.push(eb('risk_rank', '>=', riskRank(f.minRisk)));
  if (f.provider?.length) parts.push(eb('provider', 'in', f.provider));
  if (f.account?.length) {
    // A scope is a scope id (account, project, subscription) or, with a slash, a node above scopes
    // (`folders/123`, `organizations/456`, `organizations/o-abc`): every finding whose scope path has it.
    const nodes = f.account.filter((a) => a.includes('/'));
    const ids = f.account.filter((a) => !a.includes('/'));
    parts.push(
      eb.or([
        ...(ids.length ? [eb('account', 'in', ids)] : []),
        ...nodes.map((n) => sql<SqlBool>`('/' || scope_path || '/') like ${`%/${n.replace(/^\/+|\/+$/g, '').replace(/[\\%_]/g, (c) => '\\' + c)}/%`} escape '\\'`),
      ]),
    );
  }
  if (f.region?.length) parts.push(eb('region', 'in', f.region));
  if (f.rule?.length) parts.push(eb('rule_id', 'in', f.rule));
  if (f.source?.length) parts.push(eb('source', 'in', f.source));
  // One source left out as two ranges, so the (source, kind, …) index still serves.
  if (f.notSource?.length === 1) parts.push(eb.or([eb('source', '<', f.notSource[0]), eb('source', '>', f.notSource[0])]));
  else if (f.notSource?.length) parts.push(eb('source', 'not in', f.notSource));
  if (f.kind?.length) parts.push(eb('kind', 'in', f.kind));
  if (f.resourceType?.length) parts.push(eb('resource_type', 'in', f.resourceType));
  if (f.since) parts.push(eb('last_seen', '>=', f.since));
  if (f.ids?.length) parts.push(eb('id', 'in', f.ids));
  if (f.resource?.length) parts.push(eb('resource_uid', 'in', f.resource));
  // resource_tags holds JSON.stringify of the tag object: `"key":"value"` appears as it is.
  for (const tag of f.tag ?? []) {
    const needle = JSON.stringify({ [tag.key]: tag.value }).slice(1, -1).replace(/[\\%_]/g, (c) => '\\' + c);
    parts.push(sql<SqlBool>`resource_tags like ${`%${needle}%`} escape '\\'`);
  }
  // Controls of a framework: the finding maps to at least one of them (frameworks is a JSON object
  // of framework id → control ids).
  if (f.control?.length) {
    parts.push(
      eb.or(
        f.control.map(({ framework, control }) =>
          dialect === 'postgres'
            ? sql<SqlBool>`jsonb_exists(frameworks::jsonb -> ${framework}, ${control})`
            : sql<SqlBool>`exists (select 1 from json_each(frameworks, ${`$.${JSON.stringify(framework)}`}) c where c.value = ${control})`,
        ),
      ),
    );
  }
  return eb.and(parts);
}

export { RISK_LEVELS };
