/**
 * `mamori report`: a report from the findings hub, through the application functions (the hub's
 * triage included): the full HTML report (posture, threat signals, attack sequences and attack
 * paths in one linked file), the one-page executive summary as HTML, or the same as PDF rendered
 * by headless Chromium.
 */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { withHub, type HubContext } from '../app/context.js';
import { correlateSequences } from '../app/correlate.js';
import { filterFrom, KINDS, type FilterFlags } from '../app/filter.js';
import { findingInsights, listFindings } from '../app/findings.js';
import { FRAMEWORKS, isFrameworkId } from '../frameworks/index.js';
import { WORKFLOW_STATUSES, type HubFinding, type WorkflowStatus } from '../hub/model.js';
import type { FindingFilter } from '../hub/store/store.js';
import { SEVERITIES, type Lang, type Severity } from '../model/types.js';
import type { FrameworkScore, HubReport } from '../report/html.js';
import { checkOutputPath, parseLang } from './output.js';

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
 * Reads what a report shows from the hub, through the app functions only. Scores are the latest
 * scan's per framework with the hub's triage applied: a control whose failing findings are all
 * suppressed or resolved counts as passed. They cover the whole hub; the filters narrow the findings.
 */
export async function gatherHubReport(hub: HubContext, options: GatherOptions = {}): Promise<HubReport> {
  const filter = options.filter ?? {};
  const cap = options.cap ?? REPORT_CAP;
  const { store } = hub;
  const openFilter: FindingFilter = { ...filter, status: filter.status ? filter.status.filter((s) => OPEN.includes(s)) : OPEN };
  const noneOpen = filter.status !== undefined && openFilter.status!.length === 0;
  const [bySeverity, byScope, byStatus] = await Promise.all([
    noneOpen ? undefined : findingInsights(store, { groupBy: 'severity', filter: openFilter, limit: 10 }),
    noneOpen ? undefined : findingInsights(store, { groupBy: 'account', filter: openFilter, limit: 10 }),
    findingInsights(store, { groupBy: 'status', filter, limit: 10 }),
  ]);
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const g of bySeverity?.groups ?? []) if (g.key && g.key in severities) severities[g.key as Severity] = g.count;
  const statusCount = (s: WorkflowStatus) => byStatus.groups.find((g) => g.key === s)?.count ?? 0;

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

  const frameworks = await frameworkScores(hub, byStatus.scores);
  const { sequences } = await correlateSequences(hub, { correlate: false });
  const scopes = filter.account;
  const kindShown = !filter.kind || filter.kind.includes('sequence');
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    filters: options.filterText ?? '',
    ...(byStatus.latestScan ? { latestScan: { id: byStatus.latestScan.id, at: byStatus.latestScan.at } } : {}),
    changes: { newlyFailing: byStatus.changes.newlyFailing.length, newlyResolved: byStatus.changes.newlyResolved.length },
    frameworks,
    open: {
      total: Object.values(severities).reduce((a, b) => a + b, 0),
      bySeverity: severities,
      byScope: (byScope?.groups ?? []).map((g) => ({ scope: g.key ?? '-', count: g.count })),
    },
    suppressed: statusCount('SUPPRESSED'),
    resolved: statusCount('RESOLVED'),
    findings,
    total,
    sequences: kindShown ? sequences.filter((s) => !scopes || scopes.includes(s.account)) : [],
  };
}

/** Per framework: the latest scan's decided controls, minus the controls still failing through open findings. */
async function frameworkScores(hub: HubContext, history: Awaited<ReturnType<typeof findingInsights>>['scores']): Promise<FrameworkScore[]> {
  const byFramework = new Map<string, typeof history>();
  for (const p of history) (byFramework.get(p.framework) ?? byFramework.set(p.framework, []).get(p.framework)!).push(p);
  const scores: FrameworkScore[] = [];
  for (const [id, points] of byFramework) {
    const latest = points[points.length - 1];
    const failing = await findingInsights(hub.store, { groupBy: `framework:${id}`, filter: { status: OPEN, kind: ['posture'] }, limit: 100_000 });
    const decided = Math.max(latest.passed + latest.failed, failing.groups.length);
    const failed = Math.min(failing.groups.length, decided);
    const passed = decided - failed;
    scores.push({
      id,
      name: isFrameworkId(id) ? FRAMEWORKS[id].name : id,
      score: decided ? Math.round((passed / decided) * 1000) / 10 : null,
      passed,
      failed,
      triaged: Math.max(0, latest.failed - failed),
      trend: points.map((p) => p.score),
    });
  }
  return scores.sort((a, b) => a.id.localeCompare(b.id));
}

/** The filters as written on the command line, for the report's header. */
function filterText(flags: FilterFlags): string {
  return (Object.keys(flags) as (keyof FilterFlags)[])
    .filter((k) => FILTER_KEYS.includes(k) && flags[k] !== undefined)
    .map((k) => `--${k} ${flags[k]}`)
    .join(' ');
}
const FILTER_KEYS: (keyof FilterFlags)[] = ['status', 'severity', 'risk', 'provider', 'scope', 'account', 'region', 'rule', 'source', 'kind', 'since'];

const DEFAULT_OUT = { html: 'mamori-report.html', 'exec-html': 'mamori-executive.html', pdf: 'mamori-executive.pdf' } as const;
type ReportFormat = keyof typeof DEFAULT_OUT;

export interface ReportFlags extends FilterFlags {
  format: ReportFormat;
  out?: string;
  lang: string;
  db?: string;
  config?: string;
}

/** Writes the report the flags ask for; returns where it went. */
export async function runReport(flags: ReportFlags): Promise<string> {
  const lang: Lang = parseLang(flags.lang);
  const filter = filterFrom(flags);
  const out = flags.out ?? DEFAULT_OUT[flags.format];
  if (out !== '-') await checkOutputPath(out);
  const data = await withHub(flags, (hub) => gatherHubReport(hub, { filter, filterText: filterText(flags), cap: flags.format === 'html' ? REPORT_CAP : 2000 }), { readOnly: true });
  let body: string | Uint8Array;
  if (flags.format === 'html') body = (await import('../report/html.js')).renderHubReport(data, lang);
  else {
    const html = (await import('../report/executive.js')).renderExecutiveHtml(data, lang);
    body = flags.format === 'pdf' ? await (await import('../report/pdf.js')).renderPdf(html) : html;
  }
  if (out === '-') process.stdout.write(body);
  else await writeFile(out, body);
  return out;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('a report from the findings hub with its triage: the full HTML report (posture, threats, attack sequences), or the one-page executive summary as HTML or PDF')
    .addOption(new Option('--format <format>', 'html (full report), exec-html (executive summary) or pdf (executive summary, rendered by Chromium)').choices(['html', 'exec-html', 'pdf']).default('html'))
    .option('--out <file>', 'where to write it ("-" for stdout; default mamori-report.html, mamori-executive.html or mamori-executive.pdf)')
    .option('--lang <lang>', 'en or ja', 'en')
    .option('--db <path-or-url>', 'findings hub (default: MAMORI_DB, the config file, or ~/.mamori/mamori.db)')
    .option('--config <file>', 'mamori config file')
    .option('--status <list>', `workflow status (${WORKFLOW_STATUSES.join(', ')})`)
    .option('--severity <list>', 'one severity = at least that severity; several = exactly those')
    .option('--risk <list>', 'one risk level = at least that level; several = exactly those')
    .option('--provider <names>', 'clouds (aws, gcp, azure)')
    .option('--scope <ids>', 'scopes: AWS account ids, Google Cloud project ids, Azure subscription ids, or a node above them')
    .option('--account <ids>', 'same as --scope')
    .option('--region <names>', 'regions')
    .option('--rule <ids>', 'rule ids')
    .option('--source <names>', 'sources (mamori, securityhub, guardduty, prowler, trivy, …)')
    .option('--kind <list>', `kinds (${KINDS.join(', ')})`)
    .option('--since <when>', 'last seen since (ISO date or 7d / 24h)')
    .action(async (flags: ReportFlags) => {
      const out = await runReport(flags);
      if (out !== '-') process.stderr.write(`mamori: wrote ${out}\n`);
    });
}
