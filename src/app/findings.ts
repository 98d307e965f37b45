/**
 * Application layer for the findings hub: list, show, update (workflow, severity, notes, fields —
 * suppressing is a workflow status), insights with the posture score history, and re-applying the
 * config's automation rules and suppressions. Typed requests in, plain results out: the CLI
 * prints them, the coming server serves them.
 */
import { WORKFLOW_STATUSES, type FindingHistoryEntry, type HubFinding, type WorkflowStatus } from '../hub/model.js';
import type { FindingReads } from '../hub/store/ports.js';
import { cursorOf, isSortKey, LIST_SORTS, type FindingFilter, type FindingStore, type GroupField, type IngestCounts, type ListCursor, type ListSort } from '../hub/store/store.js';
import { MamoriError } from '../model/errors.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import { checkUserFields, SEVERITY_OVERRIDE } from '../hub/user-fields.js';
import type { HubContext } from './context.js';

/** The most findings one page may hold (the CLI's --limit refuses more). */
export const MAX_PAGE = 100_000;

/** Ids this long are taken as whole ids, not prefixes (finding ids are hashes or source ids). */
const FULL_ID_LENGTH = 39;

/** Accepts a unique prefix of a finding id, like git does for commits. */
export async function resolveFindingId(store: Pick<FindingReads, 'idsWithPrefix'>, prefix: string): Promise<string> {
  if (prefix.length >= FULL_ID_LENGTH) return prefix;
  const ids = await store.idsWithPrefix(prefix, 2);
  if (ids.length === 0) throw new MamoriError('NOT_FOUND', `no finding with id ${prefix}`);
  if (ids.length > 1) throw new MamoriError('AMBIGUOUS', `finding id ${prefix} is ambiguous; give more characters`);
  return ids[0];
}

export interface ListRequest {
  filter?: FindingFilter;
  /** Page size (default 50). */
  limit?: number;
  offset?: number;
  /** The `next` token of the previous page: continues after it (offset is then not allowed). */
  after?: string;
  /** Skip counting the matches (a deep page of a million findings need not count them again). */
  noTotal?: boolean;
  /** The order (default risk); a page token is only good for the order it came from. */
  sort?: ListSort;
}

export interface FindingPage {
  /** Findings matching the filter, in all (absent with noTotal). */
  total?: number;
  offset: number;
  /** This page, in the requested order (highest risk first by default). */
  findings: HubFinding[];
  /** Token for the page after this one, when this one is full. */
  next?: string;
}

/** The orders a list can be asked for (`sort`), default first. */
export const SORTS = Object.keys(LIST_SORTS) as ListSort[];

/** Checks a sort name from a flag or a query parameter. */
export function parseSort(value: string): ListSort {
  if (!(SORTS as string[]).includes(value)) throw new MamoriError('BAD_SORT', `cannot sort by "${value}" (use ${SORTS.join(', ')})`);
  return value as ListSort;
}

/** A page token: the sort and its key on the page's last finding, as base64url JSON (opaque to clients). */
export function encodeCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.sort, ...c.key])).toString('base64url');
}

export function decodeCursor(token: string): ListCursor {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    v = null;
  }
  const [sort, ...key] = Array.isArray(v) ? v : [];
  if (typeof sort !== 'string' || !Object.hasOwn(LIST_SORTS, sort) || !isSortKey(sort as ListSort, key)) {
    throw new MamoriError('BAD_CURSOR', 'the page token is not one this hub gave out');
  }
  return { sort: sort as ListSort, key };
}

export async function listFindings(store: Pick<FindingReads, 'list' | 'count'>, request: ListRequest = {}): Promise<FindingPage> {
  const filter = request.filter ?? {};
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 50;
  // Checked here too, not only by the CLI: a negative limit meant "everything" to SQLite.
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new MamoriError('BAD_OPTION', `limit ${limit}: expected a whole number from 1 to ${MAX_PAGE}`);
  if (!Number.isSafeInteger(offset) || offset < 0) throw new MamoriError('BAD_OPTION', `offset ${offset}: expected a whole number, 0 or more`);
  if (request.after !== undefined && offset > 0) throw new MamoriError('BAD_OPTION', 'give a page token or an offset, not both');
  const sort = parseSort(request.sort ?? 'risk');
  const after = request.after !== undefined ? decodeCursor(request.after) : undefined;
  // Another order's token would start the page at an unrelated place: refused, not guessed.
  if (after && after.sort !== sort) throw new MamoriError('BAD_CURSOR', `the page token is for the ${after.sort} order, not ${sort}: start again from the first page`);
  const [findings, total] = await Promise.all([store.list(filter, { limit, offset, sort, ...(after ? { after } : {}) }), request.noTotal ? undefined : store.count(filter)]);
  const last = findings.length === limit ? findings[findings.length - 1] : undefined;
  return { ...(total !== undefined ? { total } : {}), offset, findings, ...(last ? { next: encodeCursor(cursorOf(last, sort)) } : {}) };
}

export interface FindingDetail {
  finding: HubFinding;
  /** Oldest first, starting with the finding's creation. */
  history: FindingHistoryEntry[];
}

/** One finding (by id or unique prefix) with its audit history. */
export async function showFinding(store: Pick<FindingReads, 'get' | 'idsWithPrefix'>, id: string): Promise<FindingDetail> {
  const found = await store.get(await resolveFindingId(store, id));
  if (!found) throw new MamoriError('NOT_FOUND', `no finding ${id}`);
  return found;
}

export interface UpdateRequest {
  /** Ids or unique prefixes. */
  ids: string[];
  status?: WorkflowStatus;
  /** Kept across later scans (the source's severity stays in originalSeverity). */
  severity?: Severity;
  note?: string;
  fields?: Record<string, string>;
  /** Who changes them, for the audit history. */
  actor: string;
  at?: string;
}

export interface UpdateResult {
  /** The full ids the request named. */
  ids: string[];
  /** Findings that changed (a finding already as asked is not counted). */
  updated: number;
}

/** A person's change to findings, audited per finding. */
export async function updateFindings(store: Pick<FindingStore, 'update' | 'idsWithPrefix'>, request: UpdateRequest): Promise<UpdateResult> {
  // Names and values checked before anything is read or written (one line for a bad one).
  const fields = checkUserFields(request.fields ?? {});
  let severity = request.severity;
  if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new MamoriError('BAD_SEVERITY', `unknown severity "${severity}" (use ${SEVERITIES.map((x) => x.toLowerCase()).join(', ')})`);
  }
  // A severityOverride field is a severity change: made through the severity path, so the
  // finding's severity, the override and the audit entry all agree.
  if (Object.hasOwn(fields, SEVERITY_OVERRIDE)) {
    const pinned = fields[SEVERITY_OVERRIDE] as Severity;
    if (severity !== undefined && severity !== pinned) {
      throw new MamoriError('BAD_FIELD', `--severity ${severity} and --field severityOverride=${pinned} disagree`);
    }
    severity = pinned;
    delete fields[SEVERITY_OVERRIDE];
  }
  if (request.status && !WORKFLOW_STATUSES.includes(request.status)) {
    throw new MamoriError('BAD_STATUS', `unknown workflow status "${request.status}" (use ${WORKFLOW_STATUSES.join(', ')})`);
  }
  if (!request.status && !severity && !request.note && !Object.keys(fields).length) {
    throw new MamoriError('NOTHING_TO_DO', 'nothing to change: give --status, --severity, --note or --field');
  }
  const ids = await Promise.all(request.ids.map((id) => resolveFindingId(store, id)));
  const updated = await store.update(ids, { workflowStatus: request.status, severity, note: request.note, userFields: fields }, request.actor, request.at);
  return { ids, updated };
}

/** Suppresses findings (known benign, accepted risk): a workflow change with its reason. */
export function suppressFindings(store: Pick<FindingStore, 'update' | 'idsWithPrefix'>, request: Omit<UpdateRequest, 'status' | 'severity'> & { note: string }): Promise<UpdateResult> {
  return updateFindings(store, { ...request, status: 'SUPPRESSED' });
}

export interface InsightsRequest {
  groupBy: GroupField;
  filter?: FindingFilter;
  /** Groups to return (default 20). */
  limit?: number;
}

export interface Insights {
  groupBy: GroupField;
  groups: { key: string | null; count: number }[];
  /** Posture score per framework and scan, oldest first. */
  scores: Awaited<ReturnType<FindingStore['scoreHistory']>>;
  latestScan?: { id: string; at: string; counts: IngestCounts };
  /** What the latest scan made newly failing or resolved. */
  changes: { newlyFailing: string[]; newlyResolved: string[] };
}

export async function findingInsights(store: Pick<FindingStore, 'insights' | 'scoreHistory' | 'latestScans' | 'changesSince'>, request: InsightsRequest): Promise<Insights> {
  const groups = await store.insights(request.groupBy, request.filter ?? {}, request.limit ?? 20);
  return { groupBy: request.groupBy, groups, ...(await scanSummary(store)) };
}

/** findingInsights with the latest scan's changes as counts (what the dashboard shows; no id lists of a large scan). */
export async function findingInsightCounts(store: Pick<FindingStore, 'insights' | 'scoreHistory' | 'latestScans' | 'changeCountsSince'>, request: InsightsRequest) {
  const groups = await store.insights(request.groupBy, request.filter ?? {}, request.limit ?? 20);
  return { groupBy: request.groupBy, groups, ...(await scanCounts(store)) };
}

/** The score history, the latest scan and how many findings it made newly failing or resolved (counted in the database). */
export async function scanCounts(store: Pick<FindingStore, 'scoreHistory' | 'latestScans' | 'changeCountsSince'>) {
  const scores = await store.scoreHistory();
  const [latestScan] = await store.latestScans(1);
  const changes = latestScan ? await store.changeCountsSince(latestScan.at) : { newlyFailing: 0, newlyResolved: 0 };
  return { scores, latestScan, changes };
}

/** The posture score history, the latest scan and what it made newly failing or resolved. */
export async function scanSummary(store: Pick<FindingStore, 'scoreHistory' | 'latestScans' | 'changesSince'>): Promise<Omit<Insights, 'groupBy' | 'groups'>> {
  const scores = await store.scoreHistory();
  const [latestScan] = await store.latestScans(1);
  const changes = latestScan ? await store.changesSince(latestScan.at) : { newlyFailing: [], newlyResolved: [] };
  return { scores, latestScan, changes };
}

export interface AutomationRequest {
  /** Only say what would change (`mamori automation test`). */
  dryRun: boolean;
  actor: string;
  filter?: FindingFilter;
  at?: string;
}

export interface AutomationResult {
  dryRun: boolean;
  /** The config file the rules came from (null: none, defaults). */
  config: string | null;
  changes: Awaited<ReturnType<FindingStore['reapply']>>;
}

/** Applies (or, dry, tests) the config's automation rules and suppressions on the stored findings. */
export async function applyAutomation(hub: HubContext, request: AutomationRequest): Promise<AutomationResult> {
  if (!hub.policy) throw new MamoriError('NO_POLICY', 'the hub was opened without a policy to apply');
  const changes = await hub.store.reapply(hub.policy, { actor: request.actor, risk: hub.risk, dryRun: request.dryRun, filter: request.filter, at: request.at });
  return { dryRun: request.dryRun, config: hub.config.path ?? null, changes };
}
