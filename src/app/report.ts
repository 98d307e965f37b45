/** What `mamori report` shows, read from the hub (the CLI writes it as HTML or PDF; the server may serve it). */
import { compareScopes, GUARDRAIL_INTENTS, type ScopeGuardrails } from '../guardrails/intents.js';
import { GUARDRAILS_DOCUMENT } from './guardrails.js';
import type { HubContext } from './context.js';
import { correlateSequences } from './correlate.js';
import { complianceSummary } from './dashboard.js';
import { listFindings, scanCounts } from './findings.js';
import type { HubFinding, WorkflowStatus } from '../hub/model.js';
import type { FindingFilter } from '../hub/store/store.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import type { FrameworkScore, HubReport } from '../report/html.js';

/** The most findings one report file holds (a million would make a file no browser opens). */
export const REPORT_CAP = 10_000;

const OPEN: WorkflowStatus[] = ['NEW', 'NOTIFIED'];

export interface GatherOptions {
  filter?: FindingFilter;
  /** The filters as the user gave them, for the report's header. */
  filterText?: string;
  /** At most this many findings in the file (default REPORT_CAP). */
  cap?: number;
  now?: Date;
}

/**
 * Reads what a report shows from the hub, through the app functions only. Scores count controls
 * after triage as the dashboard does (a control failing only through suppressed or resolved
 * findings passes when it has passing checks, else it is left out); the scope and provider
 * filters narrow them, the other filters narrow the findings.
 */
export async function gatherHubReport(hub: HubContext, options: GatherOptions = {}): Promise<HubReport> {
  const filter = options.filter ?? {};
  const cap = options.cap ?? REPORT_CAP;
  const { store } = hub;
  const openFilter: FindingFilter = { ...filter, status: filter.status ? filter.status.filter((s) => OPEN.includes(s)) : OPEN };
  const noneOpen = filter.status !== undefined && openFilter.status!.length === 0;
  // Grouped counts, and the latest scan's changes counted once (never as id lists: a scan of a
  // million findings would make the report carry them three times).
  const [bySeverity, byScope, byStatus, scans] = await Promise.all([
    noneOpen ? [] : store.insights('severity', openFilter, 10),
    noneOpen ? [] : store.insights('account', openFilter, 10),
    store.insights('status', filter, 10),
    scanCounts(store),
  ]);
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const g of bySeverity) if (g.key && g.key in severities) severities[g.key as Severity] = g.count;
  const statusCount = (s: WorkflowStatus) => byStatus.find((g) => g.key === s)?.count ?? 0;

  // Findings, highest risk first, page by page with the hub's tokens.
  const findings: HubFinding[] = [];
  let total = 0;
  let after: string | undefined;
  do {
    const page = await listFindings(store, { filter, limit: Math.min(1000, cap - findings.length), ...(after ? { after } : {}), noTotal: after !== undefined });
    if (page.total !== undefined) total = page.total;
    findings.push(...page.findings);
    after = page.next;
  } while (after && findings.length < cap);

  const frameworks = await frameworkScores(hub, scans.scores, filter);
  const { sequences } = await correlateSequences(hub, { correlate: false });
  const scopes = filter.account;
  const kindShown = !filter.kind || filter.kind.includes('sequence');
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    filters: options.filterText ?? '',
    ...(scans.latestScan ? { latestScan: { id: scans.latestScan.id, at: scans.latestScan.at } } : {}),
    changes: scans.changes,
    frameworks,
    open: {
      total: Object.values(severities).reduce((a, b) => a + b, 0),
      bySeverity: severities,
      byScope: byScope.map((g) => ({ scope: g.key ?? '-', count: g.count })),
    },
    suppressed: statusCount('SUPPRESSED'),
    resolved: statusCount('RESOLVED'),
    findings,
    total,
    sequences: kindShown ? sequences.filter((s) => !scopes || scopes.includes(s.account)) : [],
    guardrails: await hubGuardrails(store, filter),
  };
}

/** The guardrail intents of the hub's assessed scopes (matching the scope and provider filters), clouds in a fixed order. */
async function hubGuardrails(store: HubContext['store'], filter: FindingFilter): Promise<HubReport['guardrails']> {
  const docs = await store.inventoryDocuments(GUARDRAILS_DOCUMENT);
  const scopes = docs
    .map((d) => d.document as ScopeGuardrails)
    .filter((s) => (!filter.provider || filter.provider.includes(s.provider)) && (!filter.account || filter.account.some((a) => a === s.scope || (a.includes('/') && (s.scopePath ?? '').includes(a)))))
    .sort(compareScopes);
  return { intents: GUARDRAIL_INTENTS, scopes };
}

/**
 * Per framework: the controls after triage (src/app/dashboard.ts › complianceSummary, the numbers
 * the dashboard shows), with the score trend of the stored scans.
 */
async function frameworkScores(hub: HubContext, history: Awaited<ReturnType<typeof scanCounts>>['scores'], filter: FindingFilter): Promise<FrameworkScore[]> {
  const trend = new Map<string, (number | null)[]>();
  for (const p of history) (trend.get(p.framework) ?? trend.set(p.framework, []).get(p.framework)!).push(p.score);
  const summary = await complianceSummary(hub.store, { ...(filter.account ? { account: filter.account } : {}), ...(filter.provider ? { provider: filter.provider } : {}) });
  return summary
    .map((f) => ({ id: f.id, name: f.name, score: f.score, passed: f.passed, failed: f.failed, triaged: f.triaged, trend: trend.get(f.id) ?? [f.score] }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
