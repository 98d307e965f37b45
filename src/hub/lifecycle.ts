import type { FindingHistoryEntry, HubFinding, ObservedFinding, WorkflowStatus } from './model.js';
import { bounded, boundJson, EVIDENCE_LIMIT, FIELD_LIMIT, TEXT_LIMIT, TITLE_LIMIT } from '../model/limits.js';
import { SEVERITIES, type LocalizedText, type Severity } from '../model/types.js';
import { assessRisk, DEFAULT_RISK_SETTINGS, type RiskSettings } from './risk.js';
import { SUPPRESSED_UNTIL } from './user-fields.js';

/**
 * The severity a person (or an automation rule) pinned in userFields.severityOverride, when it is
 * a valid severity. Anything else stored there (written before values were checked) is treated as
 * absent: taken as a severity it gave every later ingest of the finding no risk level (NOT NULL
 * constraint failed: findings.risk_level) and wedged the hub.
 */
export function severityOverrideOf(userFields: Readonly<Record<string, string>> | undefined): Severity | undefined {
  const v = userFields && Object.hasOwn(userFields, 'severityOverride') ? userFields.severityOverride : undefined;
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : undefined;
}

export type IngestOutcome = 'new' | 'reopened' | 'resolved' | 'updated' | 'unchanged' | 'skipped';

/**
 * Policy applied after the lifecycle step (automation rules, suppressions): returns the finding
 * to store and the audited changes it made. Pure, so `mamori automation test` can dry-run it.
 */
export type FindingPolicy = (finding: HubFinding, previous: HubFinding | undefined) => { finding: HubFinding; history: Omit<FindingHistoryEntry, 'findingId' | 'at'>[] };

export interface LifecycleContext {
  /** Time of this ingest (the scan's collection time, or now for imports). */
  at: string;
  actor: string;
  risk?: RiskSettings;
  policy?: FindingPolicy;
}

/** Passing and not-applicable results close a finding; failing ones open it. */
const CLOSES = new Set(['PASS', 'NOT_APPLICABLE']);
const isOpenObservation = (o: ObservedFinding) =>
  o.complianceStatus === null ? o.active !== false && o.sourceWorkflowStatus !== 'RESOLVED' : o.complianceStatus === 'FAIL';

/**
 * Decides the stored state of one finding after a new observation: first/last seen, times seen,
 * workflow status (NEW → … → RESOLVED, reopened when it fails again), risk, policy.
 */
/** A person's suppression with an end (user field suppressedUntil) that has passed at `at`. */
function suppressionEnded(prev: HubFinding, at: string): boolean {
  const until = prev.userFields?.[SUPPRESSED_UNTIL];
  return typeof until === 'string' && until !== '' && Date.parse(until) <= Date.parse(at);
}

export function observe(prev: HubFinding | undefined, o: ObservedFinding, ctx: LifecycleContext): { finding?: HubFinding; history: FindingHistoryEntry[]; outcome: IngestOutcome } {
  const history: FindingHistoryEntry[] = [];
  const record = (field: string, from: string | undefined, to: string | undefined, note?: string, actor = ctx.actor) =>
    history.push({ findingId: o.id, at: ctx.at, actor, field, from, to, note });
  const open = isOpenObservation(o);
  const undecided = o.complianceStatus === 'NOT_ASSESSED' || o.complianceStatus === 'MANUAL';

  if (!prev && (!open || undecided)) return { history, outcome: 'skipped' };

  const newer = !prev || o.observedAt > prev.lastSeen;
  let workflow: WorkflowStatus = prev?.workflowStatus ?? (o.sourceWorkflowStatus && o.sourceWorkflowStatus !== 'RESOLVED' ? o.sourceWorkflowStatus : 'NEW');
  let resolvedAt = prev?.resolvedAt;
  let outcome: IngestOutcome = prev ? 'updated' : 'new';

  if (prev && !undecided) {
    if (open && prev.workflowStatus === 'RESOLVED') {
      workflow = 'NEW';
      resolvedAt = undefined;
      outcome = 'reopened';
      record('workflowStatus', 'RESOLVED', 'NEW', 'failed again');
    } else if (open && prev.workflowStatus === 'SUPPRESSED' && suppressionEnded(prev, ctx.at)) {
      workflow = 'NEW';
      outcome = 'reopened';
      record('workflowStatus', 'SUPPRESSED', 'NEW', `suppression ended ${prev.userFields?.[SUPPRESSED_UNTIL]}`);
    } else if (!open && prev.workflowStatus !== 'RESOLVED' && (CLOSES.has(o.complianceStatus ?? '') || o.complianceStatus === null)) {
      workflow = 'RESOLVED';
      resolvedAt = ctx.at;
      outcome = 'resolved';
      record('workflowStatus', prev.workflowStatus, 'RESOLVED', o.complianceStatus ? `now ${o.complianceStatus}` : 'closed by the source');
    }
  }
  // Creation is not written to the history table (a million-finding import would double its
  // writes); FindingStore.get() shows it from firstSeen.

  const severityOverride = severityOverrideOf(prev?.userFields);
  // What enters the hub is bounded whatever the source checked (a log reader, an import): a field
  // over its limit is stored cut, with a marker (src/model/limits.ts). Only lengths are tested
  // unless something is over.
  let finding: HubFinding = {
    id: o.id,
    kind: o.kind,
    source: o.source,
    ruleId: bounded(o.ruleId, FIELD_LIMIT),
    title: bounded(o.title, TITLE_LIMIT),
    description: bounded(o.description, TEXT_LIMIT),
    ...(o.localized ? { localized: boundedLocalized(o.localized) } : {}),
    ...(o.document ? { document: o.document } : {}),
    severity: severityOverride ?? o.severity,
    originalSeverity: o.severity,
    complianceStatus: o.complianceStatus,
    workflowStatus: workflow,
    provider: o.provider,
    account: bounded(o.account, FIELD_LIMIT),
    ...(o.scopePath ?? prev?.scopePath ? { scopePath: bounded(o.scopePath ?? prev?.scopePath, FIELD_LIMIT) } : {}),
    region: bounded(o.region, FIELD_LIMIT),
    resourceUid: bounded(o.resourceUid, FIELD_LIMIT),
    resourceType: bounded(o.resourceType, FIELD_LIMIT),
    resourceName: bounded(o.resourceName, FIELD_LIMIT),
    resourceTags: boundShared(o.resourceTags),
    frameworks: boundShared(o.frameworks),
    reason: bounded(o.reason, TEXT_LIMIT),
    evidence: o.evidence && boundJson(o.evidence, EVIDENCE_LIMIT),
    risk: prev?.risk ?? { level: 'LOW', likelihood: 'LOW', impact: 'LOW', factors: [] },
    // An observation can reach back before the first one (logs replayed out of order).
    firstSeen: prev ? (o.firstObservedAt && o.firstObservedAt < prev.firstSeen ? o.firstObservedAt : prev.firstSeen) : (o.firstObservedAt ?? o.observedAt),
    lastSeen: newer && !undecided ? o.observedAt : (prev?.lastSeen ?? o.observedAt),
    // Re-ingesting the same observation (same scan, same import file) is not seeing it again.
    timesSeen: (prev?.timesSeen ?? 0) + (newer && open && !undecided ? 1 : 0),
    resolvedAt,
    updatedAt: ctx.at,
    userFields: prev?.userFields ?? {},
  };
  if (ctx.policy) {
    const applied = ctx.policy(finding, prev);
    finding = applied.finding;
    for (const h of applied.history) history.push({ findingId: o.id, at: ctx.at, ...h });
  }
  finding.risk = assessRisk(finding, ctx.risk ?? DEFAULT_RISK_SETTINGS);
  if (prev && outcome === 'updated' && !changedMaterially(prev, finding)) outcome = 'unchanged';
  return { finding, history, outcome };
}

// Framework mappings and tags are mostly shared (one mapping per rule, one tag set per resource):
// each object is measured once, not once per finding (that was a quarter of observe's time).
const withinLimit = new WeakSet<object>();

/** A shared JSON object bounded like evidence (the same object when it is within EVIDENCE_LIMIT). */
function boundShared<T extends object>(value: T): T {
  if (withinLimit.has(value)) return value;
  const out = boundJson(value, EVIDENCE_LIMIT);
  if (out === value) withinLimit.add(value);
  return out;
}

function boundedText(t: LocalizedText | undefined, max: number): LocalizedText | undefined {
  if (!t || (t.en.length <= max && (t.ja?.length ?? 0) <= max)) return t;
  return { en: bounded(t.en, max), ja: bounded(t.ja, max) };
}

/** A finding's localized title and reason within TITLE_LIMIT and TEXT_LIMIT (the same object when they are). */
function boundedLocalized(l: NonNullable<ObservedFinding['localized']>): NonNullable<ObservedFinding['localized']> {
  const title = boundedText(l.title, TITLE_LIMIT);
  const reason = boundedText(l.reason, TEXT_LIMIT);
  if (title === l.title && reason === l.reason) return l;
  const out: NonNullable<ObservedFinding['localized']> = {};
  if (title) out.title = title;
  if (reason) out.reason = reason;
  return out;
}

function changedMaterially(a: HubFinding, b: HubFinding): boolean {
  return (
    a.workflowStatus !== b.workflowStatus ||
    a.severity !== b.severity ||
    a.complianceStatus !== b.complianceStatus ||
    a.reason !== b.reason ||
    a.risk.level !== b.risk.level
  );
}

/** A finding that was not observed again although its scope was scanned: the problem is gone. */
export function resolveUnseen(prev: HubFinding, ctx: LifecycleContext): { finding: HubFinding; history: FindingHistoryEntry[] } {
  return {
    finding: { ...prev, workflowStatus: 'RESOLVED', resolvedAt: ctx.at, updatedAt: ctx.at, complianceStatus: prev.complianceStatus === null ? null : 'PASS', reason: 'Not found in the latest scan of its scope (fixed or resource removed).' },
    history: [{ findingId: prev.id, at: ctx.at, actor: ctx.actor, field: 'workflowStatus', from: prev.workflowStatus, to: 'RESOLVED', note: 'not found in the latest scan of its scope' }],
  };
}

const NO_FIELDS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_RISK: HubFinding['risk'] = Object.freeze({ level: 'LOW', likelihood: 'LOW', impact: 'LOW', factors: Object.freeze([]) as unknown as string[] });

/**
 * A finding as one observation alone makes it (a report, a detection run without a hub): seen
 * once, open when it fails or is active, resolved when it passes. Unlike `observe`, every result
 * becomes a finding (passing and manual checks too) because a report shows the whole assessment.
 */
export function firstObservation(o: ObservedFinding, ctx: { at: string; risk?: RiskSettings }): HubFinding {
  const open = isOpenObservation(o);
  const closed = !open && o.complianceStatus !== 'NOT_ASSESSED' && o.complianceStatus !== 'MANUAL';
  // Every field written in one literal, in one order: a report builds millions of these, and one
  // object shape keeps that fast and small (rest/spread copies made each one a dictionary).
  const finding: HubFinding = {
    id: o.id,
    kind: o.kind,
    source: o.source,
    ruleId: o.ruleId,
    title: o.title,
    description: o.description,
    localized: o.localized,
    document: o.document,
    severity: o.severity,
    originalSeverity: o.severity,
    complianceStatus: o.complianceStatus,
    workflowStatus: closed ? 'RESOLVED' : o.sourceWorkflowStatus && o.sourceWorkflowStatus !== 'RESOLVED' ? o.sourceWorkflowStatus : 'NEW',
    provider: o.provider,
    account: o.account,
    scopePath: o.scopePath,
    region: o.region,
    resourceUid: o.resourceUid,
    resourceType: o.resourceType,
    resourceName: o.resourceName,
    resourceTags: o.resourceTags,
    frameworks: o.frameworks,
    reason: o.reason,
    evidence: o.evidence,
    // Only what is open has a risk worth weighing; the rest share one constant (a report holds millions).
    risk: NO_RISK,
    firstSeen: o.firstObservedAt ?? o.observedAt,
    lastSeen: o.observedAt,
    timesSeen: 1,
    resolvedAt: closed ? o.observedAt : undefined,
    updatedAt: ctx.at,
    userFields: NO_FIELDS,
  };
  if (open) finding.risk = assessRisk(finding, ctx.risk ?? DEFAULT_RISK_SETTINGS);
  return finding;
}
