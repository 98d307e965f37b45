/**
 * What the dashboard's pages show beyond the findings list: scopes with their posture score,
 * compliance per framework and control, attack sequences, resources, and the config with its
 * secrets left out. Plain results from the store's grouped reads; the server only serves them.
 *
 * Scores count controls and respect triage: a control fails while one of its failing checks is
 * open (NEW / NOTIFIED); failures a person suppressed or resolved do not count (Security Hub's
 * security score leaves suppressed findings out of a control's status the same way). Passing
 * checks come from the assessments' stored control results (scan_controls, and the summaries kept
 * from them: latest_controls, scope_posture, control_rollup). Findings imported from other tools
 * count where no assessment of mamori's covered the scope and framework (importedControls).
 */
import { FRAMEWORK_IDS, FRAMEWORKS, isFrameworkId, type FrameworkId } from '../frameworks/index.js';
import type { HubFinding, WorkflowStatus } from '../hub/model.js';
import { redactUrl } from '../hub/notify/deliver.js';
import type { FindingFilter, FindingStore, ResourceSummary } from '../hub/store/store.js';
import { MamoriError } from '../model/errors.js';
import { SEVERITIES, type LocalizedText, type Severity } from '../model/types.js';
import type { MamoriConfig } from '../config/schema.js';
import type { SequenceView } from '../report/sequences-html.js';
import { viewOfFinding } from './correlate.js';
import { listFindings, scanCounts } from './findings.js';

const OPEN: ReadonlySet<string> = new Set<WorkflowStatus>(['NEW', 'NOTIFIED']);
const isOpen = (status: string) => OPEN.has(status);

/** Controls counted by their status after triage. */
export interface PostureCounts {
  passed: number;
  /** Controls with an open failing check. */
  failed: number;
  notAssessed: number;
  manual: number;
  /** Controls that failed only through checks a person suppressed or resolved (left out of the score). */
  triaged: number;
  /** passed / (passed + failed) in percent, one decimal; null when no control was decided. */
  score: number | null;
}

type ControlStatus = 'PASS' | 'FAIL' | 'NOT_ASSESSED' | 'MANUAL' | 'TRIAGED';

const emptyPosture = (): PostureCounts => ({ passed: 0, failed: 0, notAssessed: 0, manual: 0, triaged: 0, score: null });

function tally(p: PostureCounts, status: ControlStatus): void {
  if (status === 'PASS') p.passed++;
  else if (status === 'FAIL') p.failed++;
  else if (status === 'NOT_ASSESSED') p.notAssessed++;
  else if (status === 'MANUAL') p.manual++;
  else p.triaged++;
}

function finish(p: PostureCounts): PostureCounts {
  const decided = p.passed + p.failed;
  return { ...p, score: decided ? Math.round((p.passed / decided) * 1000) / 10 : null };
}

/** One control in one scope after triage, with its checks. */
interface ScopedControl {
  scope: string;
  framework: string;
  control: string;
  status: ControlStatus;
  /** Checks that passed at the latest scan. */
  passedChecks: number;
  /** Failing checks whose findings are open now. */
  openFailures: number;
  /** Failing checks suppressed or resolved by a person. */
  triagedFailures: number;
}

/** The plain scope ids of a filter (nodes above scopes, such as organizations/…, are not scan scopes). */
const scopeIds = (filter: FindingFilter) => filter.account?.filter((a) => !a.includes('/'));

/** A control's status in one scope once `triaged` of its failing checks are taken out. */
function afterTriage(status: ControlStatus, passed: number, failed: number, triaged: number): { status: ControlStatus; open: number } {
  const open = Math.max(0, failed - triaged);
  if (status === 'FAIL' && open === 0) return { status: passed > 0 ? 'PASS' : 'TRIAGED', open };
  return { status, open };
}

const controlKey = (fw: string, scope: string, control: string) => `${fw}\u0000${scope}\u0000${control}`;

/**
 * Each control's status per scope: the latest assessment's result (passing checks included), with
 * failures that a person suppressed or resolved taken out — a control failing only through those
 * passes when it has passing checks and is "triaged" (left out) when it has none. Without any
 * assessment in the hub (imports only) the controls come from the open findings alone.
 */
async function scopedControls(store: FindingStore, filter: FindingFilter, framework?: FrameworkId): Promise<ScopedControl[]> {
  const scopes = scopeIds(filter);
  const results = await store.latestControls({ ...(framework ? { framework } : {}), ...(scopes?.length ? { scopes } : {}) });
  if (results.length || (await store.hasControlResults())) {
    // Only the triaged failures need reading (found by the status index): a control's open
    // failures are its failures at the scan minus those a person took out since.
    const triaged = new Map<string, number>();
    for (const t of await store.triagedControls(filter, framework)) triaged.set(controlKey(t.framework, t.scope, t.control), t.triaged);
    const out: ScopedControl[] = [];
    for (const r of results) {
      if (!isFrameworkId(r.framework)) continue;
      const t = triaged.get(controlKey(r.framework, r.scope, r.control)) ?? 0;
      const { status, open } = afterTriage(r.status, r.passed, r.failed, t);
      out.push({ scope: r.scope, framework: r.framework, control: r.control, status, passedChecks: r.passed, openFailures: open, triagedFailures: t });
    }
    out.push(...(await importedControls(store, filter, framework)));
    return out;
  }
  // A hub filled by imports: every posture finding is expanded; failing or triaged, nothing passed known.
  return controlsFromFindings(store, { ...filter, kind: ['posture'] }, framework);
}

/**
 * Controls from failing findings alone (no passing check is known): failing while one is open,
 * triaged when all are. `skip` leaves out the scope and framework pairs decided elsewhere.
 */
async function controlsFromFindings(store: FindingStore, filter: FindingFilter, framework: FrameworkId | undefined, skip?: (scope: string, framework: string) => boolean): Promise<ScopedControl[]> {
  const counts = framework
    ? (await store.frameworkControlCounts(framework, filter)).map((r) => ({ ...r, framework: framework as string }))
    : await store.allControlCounts(filter);
  const failures = new Map<string, { open: number; triaged: number }>();
  for (const c of counts) {
    if (c.complianceStatus !== 'FAIL' || !isFrameworkId(c.framework) || skip?.(c.scope, c.framework)) continue;
    const k = controlKey(c.framework, c.scope, c.control);
    let f = failures.get(k);
    if (!f) failures.set(k, (f = { open: 0, triaged: 0 }));
    if (isOpen(c.workflowStatus)) f.open += c.count;
    else f.triaged += c.count;
  }
  return [...failures].map(([k, f]) => {
    const [fw, scope, control] = k.split('\u0000');
    return { scope, framework: fw, control, status: f.open ? 'FAIL' : 'TRIAGED', passedChecks: 0, openFailures: f.open, triagedFailures: f.triaged };
  });
}

/**
 * Controls known only from findings imported from other tools (Prowler, Security Hub, …) in the
 * scopes and frameworks no posture scan of mamori's assessed: failing while an imported failure is
 * open, triaged when all are. Where mamori assessed the scope against the framework, its own
 * results decide (an imported finding for the same control is not a second opinion on the score).
 */
async function importedControls(store: FindingStore, filter: FindingFilter, framework?: FrameworkId): Promise<ScopedControl[]> {
  const imported: FindingFilter = { ...filter, kind: ['posture'], notSource: ['mamori'] };
  // The pairs mamori assessed, among the scopes that have imported findings at all (one small read).
  const scopes = (await store.scopeCounts({ ...imported, status: undefined })).map((r) => r.scope);
  if (!scopes.length) return [];
  const assessed = new Set((await store.scopePosture([...new Set(scopes)])).map((r) => `${r.scope}\u0000${r.framework}`));
  return controlsFromFindings(store, imported, framework, (scope, fw) => assessed.has(`${scope}\u0000${fw}`));
}

/** A control over a set of scopes: scopes per status after triage, and its checks. */
interface ControlAggregate {
  scopes: Record<ControlStatus, number>;
  passedChecks: number;
  openFailures: number;
  triagedFailures: number;
}

const emptyAggregate = (): ControlAggregate => ({ scopes: { PASS: 0, FAIL: 0, NOT_ASSESSED: 0, MANUAL: 0, TRIAGED: 0 }, passedChecks: 0, openFailures: 0, triagedFailures: 0 });

/**
 * Every control per framework over the scopes of the filter. Over every scope (no scope in the
 * filter) it reads the rollup the store keeps per scan (a few thousand rows) and moves the few
 * controls that triage changed; for some scopes, or a hub of imports only, it sums scopedControls.
 */
async function controlAggregates(store: FindingStore, filter: FindingFilter, framework?: FrameworkId): Promise<Map<string, Map<string, ControlAggregate>>> {
  const out = new Map<string, Map<string, ControlAggregate>>();
  const get = (fw: string, control: string) => {
    let m = out.get(fw);
    if (!m) out.set(fw, (m = new Map()));
    let a = m.get(control);
    if (!a) m.set(control, (a = emptyAggregate()));
    return a;
  };
  if (scopeIds(filter)?.length || !(await store.hasControlResults())) {
    for (const c of await scopedControls(store, filter, framework)) {
      const a = get(c.framework, c.control);
      a.scopes[c.status]++;
      a.passedChecks += c.passedChecks;
      a.openFailures += c.openFailures;
      a.triagedFailures += c.triagedFailures;
    }
    return out;
  }
  for (const r of await store.controlRollup(framework)) {
    if (!isFrameworkId(r.framework)) continue;
    const a = get(r.framework, r.control);
    a.scopes[r.status] += r.scopes;
    a.passedChecks += r.passed;
    a.openFailures += r.failed;
  }
  for (const t of await store.triagedControls(filter, framework)) {
    if (!isFrameworkId(t.framework)) continue;
    const a = get(t.framework, t.control);
    const { status, open } = afterTriage(t.status, t.passed, t.failed, t.triaged);
    a.openFailures -= t.failed - open;
    a.triagedFailures += t.triaged;
    if (status !== t.status) {
      a.scopes[t.status]--;
      a.scopes[status]++;
    }
  }
  for (const c of await importedControls(store, filter, framework)) {
    const a = get(c.framework, c.control);
    a.scopes[c.status]++;
    a.openFailures += c.openFailures;
    a.triagedFailures += c.triagedFailures;
  }
  return out;
}

/** A control over every scope: failing anywhere fails it; else undecided anywhere; else passed; triaged when it only failed through triaged checks. */
function combinedStatus(a: ControlAggregate): ControlStatus {
  for (const s of ['FAIL', 'NOT_ASSESSED', 'PASS', 'MANUAL'] as const) if (a.scopes[s] > 0) return s;
  return 'TRIAGED';
}

/**
 * Controls per scope by status after triage: the per-scope counts the store keeps per scan, with
 * the few controls triage changed moved; for a hub of imports only, from scopedControls.
 */
async function postureByScope(store: FindingStore, filter: FindingFilter): Promise<Map<string, PostureCounts>> {
  const out = new Map<string, PostureCounts>();
  const get = (scope: string) => out.get(scope) ?? out.set(scope, emptyPosture()).get(scope)!;
  if (!(await store.hasControlResults())) {
    for (const c of await scopedControls(store, filter)) tally(get(c.scope), c.status);
    return out;
  }
  const field: Record<ControlStatus, keyof Omit<PostureCounts, 'score'>> = { PASS: 'passed', FAIL: 'failed', NOT_ASSESSED: 'notAssessed', MANUAL: 'manual', TRIAGED: 'triaged' };
  for (const r of await store.scopePosture(scopeIds(filter))) {
    if (isFrameworkId(r.framework)) get(r.scope)[field[r.status]] += r.controls;
  }
  for (const t of await store.triagedControls(filter)) {
    if (!isFrameworkId(t.framework)) continue;
    const { status } = afterTriage(t.status, t.passed, t.failed, t.triaged);
    if (status === t.status) continue;
    const p = get(t.scope);
    p[field[t.status]]--;
    p[field[status]]++;
  }
  for (const c of await importedControls(store, filter)) tally(get(c.scope), c.status);
  return out;
}

export interface ScopeSummary {
  scope: string;
  provider: string;
  /** Open findings of every kind. */
  open: number;
  bySeverity: Record<Severity, number>;
  /** Controls of every framework in this scope, after triage. */
  posture: PostureCounts;
  /** The riskiest open findings. */
  worst: HubFinding[];
}

/** Every scope (AWS account, Google Cloud project, Azure subscription) with its open findings and posture score, worst first. */
export async function scopeSummaries(store: FindingStore, filter: FindingFilter = {}, worst = 3, page: { limit?: number; offset?: number } = {}): Promise<{ total: number; scopes: ScopeSummary[] }> {
  const byScope = new Map<string, Omit<ScopeSummary, 'worst'>>();
  const entry = (scope: string, provider: string) => {
    let s = byScope.get(scope);
    if (!s) byScope.set(scope, (s = { scope, provider, open: 0, bySeverity: Object.fromEntries(SEVERITIES.map((x) => [x, 0])) as Record<Severity, number>, posture: emptyPosture() }));
    return s;
  };
  for (const row of await store.scopeCounts(filter)) {
    const s = entry(row.scope, row.provider);
    if (isOpen(row.workflowStatus) && row.complianceStatus !== 'PASS') {
      s.open += row.count;
      s.bySeverity[row.severity as Severity] = (s.bySeverity[row.severity as Severity] ?? 0) + row.count;
    }
  }
  for (const [scope, posture] of await postureByScope(store, filter)) {
    const s = byScope.get(scope);
    if (s) s.posture = posture;
  }
  const scopes = [...byScope.values()].map((s) => ({ ...s, posture: finish(s.posture) }));
  // Most critical first: compare the counts from CRITICAL down.
  const rank = (s: (typeof scopes)[number]) => [...SEVERITIES].reverse().map((sev) => s.bySeverity[sev]);
  scopes.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i] - ra[i];
    return a.scope.localeCompare(b.scope);
  });
  // The riskiest findings only for the page asked for: one indexed query per scope shown.
  const offset = page.offset ?? 0;
  const shown = scopes.slice(offset, offset + (page.limit ?? 100));
  return {
    total: scopes.length,
    scopes: await Promise.all(
      shown.map(async (s) => ({ ...s, worst: worst > 0 ? (await listFindings(store, { filter: { ...filter, account: [s.scope], status: ['NEW', 'NOTIFIED'] }, limit: worst, noTotal: true })).findings : [] })),
    ),
  };
}

export interface FrameworkScore extends PostureCounts {
  id: string;
  name: string;
  short: string;
  provider?: string;
}

const frameworkInfo = (id: FrameworkId) => {
  const def = FRAMEWORKS[id];
  return { id, name: def.name, short: def.short, ...(def.provider ? { provider: def.provider } : {}) };
};

/**
 * A scope's control score at each of its posture scans, per framework, oldest first: as each scan
 * found it (the triage of the time is not kept; the current score is the scope's posture).
 */
export async function scopeTrend(store: FindingStore, scope: string): Promise<{ at: string; framework: string; score: number | null }[]> {
  const points = new Map<string, { at: string; framework: string; passed: number; failed: number }>();
  for (const r of await store.scopeControlHistory(scope)) {
    const key = `${r.at}\u0000${r.framework}`;
    let p = points.get(key);
    if (!p) points.set(key, (p = { at: r.at, framework: r.framework, passed: 0, failed: 0 }));
    if (r.status === 'PASS') p.passed += r.count;
    else if (r.status === 'FAIL') p.failed += r.count;
  }
  return [...points.values()].map((p) => ({ at: p.at, framework: p.framework, score: p.passed + p.failed ? Math.round((p.passed / (p.passed + p.failed)) * 1000) / 10 : null }));
}

/** Posture per framework (the frameworks the hub has results for): controls counted over every scope in the filter. */
export async function complianceSummary(store: FindingStore, filter: FindingFilter = {}): Promise<FrameworkScore[]> {
  const byFramework = await controlAggregates(store, filter);
  return FRAMEWORK_IDS.filter((id) => byFramework.has(id)).map((id) => {
    const p = emptyPosture();
    for (const a of byFramework.get(id)!.values()) tally(p, combinedStatus(a));
    return { ...frameworkInfo(id), ...finish(p) };
  });
}

export interface ControlSummary {
  id: string;
  title?: string;
  titleJa?: string;
  section?: string;
  /** What the control asks for, in mamori's words (en / ja). */
  description?: LocalizedText;
  /** Over every scope, after triage; NOT_COVERED when no result maps to it. */
  status: ControlStatus | 'NOT_COVERED';
  /** Scopes where the control fails / passes. */
  failingScopes: number;
  passingScopes: number;
  /** Checks (rule × resource): passing at the latest scans, failing and open now, failing but triaged. */
  passedChecks: number;
  openFailures: number;
  triagedFailures: number;
}

function frameworkOf(id: string): FrameworkId {
  if (!isFrameworkId(id)) throw new MamoriError('NOT_FOUND', `unknown framework ${id} (known: ${FRAMEWORK_IDS.join(', ')})`);
  return id;
}

/** Every control of a framework: its title and section where the framework lists them, status and checks. */
export async function frameworkControls(store: FindingStore, framework: string, filter: FindingFilter = {}): Promise<{ framework: FrameworkScore; controls: ControlSummary[] }> {
  const id = frameworkOf(framework);
  const def = FRAMEWORKS[id];
  const byControl = (await controlAggregates(store, filter, id)).get(id) ?? new Map<string, ControlAggregate>();
  const listed = def.requirements ?? [];
  const described = def.requirements ?? def.controls ?? [];
  const ids = [...new Set([...listed.map((r) => r.id), ...byControl.keys()])];
  const total = emptyPosture();
  const controls = ids.map((cid): ControlSummary => {
    const req = described.find((r) => r.id === cid);
    const a = byControl.get(cid);
    const status = a ? combinedStatus(a) : 'NOT_COVERED';
    if (status !== 'NOT_COVERED') tally(total, status);
    return {
      id: cid,
      ...(req?.title ? { title: req.title } : {}),
      ...(req?.titleJa ? { titleJa: req.titleJa } : {}),
      ...(req?.section ? { section: req.section } : {}),
      ...(req?.description ? { description: req.description } : {}),
      status,
      failingScopes: a?.scopes.FAIL ?? 0,
      passingScopes: a?.scopes.PASS ?? 0,
      passedChecks: a?.passedChecks ?? 0,
      openFailures: a?.openFailures ?? 0,
      triagedFailures: a?.triagedFailures ?? 0,
    };
  });
  controls.sort((a, b) => compareControlIds(a.id, b.id));
  return { framework: { ...frameworkInfo(id), ...finish(total) }, controls };
}

/** "1.10" after "1.9"; ids that are not dotted numbers compare as text. */
function compareControlIds(a: string, b: string): number {
  const pa = a.split(/[.\-]/);
  const pb = b.split(/[.\-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = Number(x);
    const ny = Number(y);
    const d = x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * One control: its status and the findings that decide it, open failures first. (The hub keeps
 * failing checks as findings; passing checks are counted, not listed.)
 */
export async function controlFindings(store: FindingStore, framework: string, control: string, filter: FindingFilter = {}, limit = 500) {
  const { framework: fw, controls } = await frameworkControls(store, framework, filter);
  const summary = controls.find((c) => c.id === control);
  if (!summary) throw new MamoriError('NOT_FOUND', `no control ${control} in ${framework}`);
  const ids = await store.frameworkControlIds(fw.id, control, { ...filter, kind: ['posture'] }, limit);
  const findings = ids.length ? (await listFindings(store, { filter: { ids }, limit: Math.max(1, ids.length), noTotal: true })).findings : [];
  const order = (f: HubFinding) => (f.complianceStatus === 'FAIL' && isOpen(f.workflowStatus) ? 0 : f.complianceStatus === 'FAIL' ? 1 : f.complianceStatus === 'NOT_ASSESSED' ? 2 : 3);
  findings.sort((a, b) => order(a) - order(b));
  return { framework: fw, control: summary, findings };
}

/**
 * The overview page: score history, the latest scan and its changes, open findings counted by
 * severity, risk, provider and scope (one grouped pass), the riskiest open findings and the open
 * attack sequences.
 */
export async function overview(store: FindingStore) {
  const open: FindingFilter = { status: ['NEW', 'NOTIFIED'] };
  const [scans, facets, top, sequences, collectionErrors] = await Promise.all([
    scanCounts(store),
    store.countFacets(open),
    listFindings(store, { filter: open, limit: 10, noTotal: true }),
    listFindings(store, { filter: { ...open, kind: ['sequence'] }, limit: 10 }),
    store.latestScanErrors(),
  ]);
  const top10 = (rows: { key: string; count: number }[], limit: number) => [...rows].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, limit);
  return {
    scores: scans.scores,
    latestScan: scans.latestScan ?? null,
    // Counts: the ids of a million-finding scan's changes are no page's business (and cost seconds to send).
    changes: scans.changes,
    open: { bySeverity: top10(facets.severity, 10), byRisk: top10(facets.risk, 10), byProvider: top10(facets.provider, 10), byScope: top10(facets.scope, 20) },
    topFindings: top.findings,
    sequences: { total: sequences.total ?? sequences.findings.length, findings: sequences.findings },
    /** What the latest scan of each scope could not collect: checks there are NOT_ASSESSED, not passed. */
    collectionErrors,
  };
}

/** Attack sequences (open first, then the rest), each with the view its timeline is drawn from. */
export async function sequenceList(store: FindingStore, filter: FindingFilter = {}, limit = 100): Promise<{ finding: HubFinding; view: SequenceView | null }[]> {
  const page = await listFindings(store, { filter: { ...filter, kind: ['sequence'] }, limit, noTotal: true });
  const items = page.findings.map((finding) => ({ finding, view: viewOfFinding(finding) ?? null }));
  items.sort((a, b) => Number(!isOpen(a.finding.workflowStatus)) - Number(!isOpen(b.finding.workflowStatus)));
  return items;
}

export interface ResourceRow extends Omit<ResourceSummary, 'worstSeverityRank'> {
  worstSeverity: Severity | null;
}

const withSeverity = ({ worstSeverityRank, ...r }: ResourceSummary): ResourceRow => ({ ...r, worstSeverity: worstSeverityRank >= 0 ? (SEVERITIES[worstSeverityRank] ?? null) : null });

/**
 * Resources, most open findings first. Without a search text: the resources findings name. With
 * one: the inventory (every resource of each scope's latest snapshot, findings or not) matched by
 * uid or name, with their findings counted, plus resources only findings name (imports).
 */
export async function resourceList(store: FindingStore, filter: FindingFilter = {}, query?: string, limit = 100): Promise<ResourceRow[]> {
  const named = (await store.resourceSummaries(filter, query, limit)).map(withSeverity);
  if (!query) return named;
  const inventory = await store.searchInventory({ text: query, scopes: scopeIds(filter), types: filter.resourceType, providers: filter.provider, regions: filter.region }, limit);
  const counted = new Map(named.map((r) => [r.uid, r]));
  const missing = inventory.filter((r) => !counted.has(r.uid)).map((r) => r.uid);
  // Inventory matches beyond the first page of named ones: their findings counted in one read.
  if (missing.length) for (const r of await store.resourceSummaries({ ...filter, resource: missing }, undefined, missing.length)) counted.set(r.uid, withSeverity(r));
  const rows: ResourceRow[] = inventory.map((r) => counted.get(r.uid) ?? { uid: r.uid, type: r.type, name: r.name, provider: r.provider, scope: r.scope, region: r.region, open: 0, worstSeverity: null, total: 0 });
  const seen = new Set(rows.map((r) => r.uid));
  for (const r of named) if (!seen.has(r.uid)) rows.push(r);
  rows.sort((a, b) => b.open - a.open || (SEVERITIES.indexOf(b.worstSeverity ?? 'INFORMATIONAL') - SEVERITIES.indexOf(a.worstSeverity ?? 'INFORMATIONAL')) || a.name.localeCompare(b.name) || a.uid.localeCompare(b.uid));
  return rows.slice(0, limit);
}

/** One resource: what the inventory knows of it, every finding about it, and what it is tied to (both ways). */
export async function resourceDetail(store: FindingStore, uid: string) {
  const [page, inventory, relationships] = await Promise.all([
    listFindings(store, { filter: { resource: [uid] }, limit: 1000, noTotal: true }),
    store.inventoryResource(uid),
    store.relatedResources(uid),
  ]);
  const f = page.findings[0];
  if (!f && !inventory) throw new MamoriError('NOT_FOUND', `no resource ${uid} in the inventory, and no finding names it`);
  return {
    resource: inventory
      ? { uid, type: inventory.type, name: inventory.name, provider: inventory.provider, scope: inventory.scope, region: inventory.region, tags: inventory.tags, collectedAt: inventory.collectedAt }
      : { uid, type: f.resourceType, name: f.resourceName, provider: f.provider, scope: f.account, region: f.region, tags: f.resourceTags },
    findings: page.findings,
    relationships,
  };
}

/** The config as the settings page shows it: rules and targets, with every secret (URLs, HMAC secrets) left out. */
export function configView(config: MamoriConfig) {
  return {
    path: config.path ?? null,
    automationRules: config.automation,
    suppressions: config.suppressions,
    notificationTargets: config.notifications.map((t) => {
      const base = { name: t.name, type: t.type, events: t.events, ...(t.accounts ? { accounts: t.accounts } : {}), ...(t.ruleIds ? { ruleIds: t.ruleIds } : {}) };
      switch (t.type) {
        case 'slack':
        case 'teams':
          return { ...base, endpoint: redactUrl(t.url) };
        case 'webhook':
          return { ...base, endpoint: redactUrl(t.url), signed: t.secret !== undefined };
        case 'sns':
          return { ...base, topicArn: t.topicArn, region: t.region };
        case 'eventbridge':
          return { ...base, eventBusName: t.eventBusName, ...(t.region ? { region: t.region } : {}), source: t.source };
      }
    }),
  };
}
