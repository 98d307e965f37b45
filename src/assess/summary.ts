import { FRAMEWORKS, FRAMEWORK_IDS, type FrameworkId } from '../frameworks/index.js';
import type { Finding, PostureFinding } from '../model/finding.js';
import type { ResultStatus } from '../model/rule.js';
import { SEVERITIES, severityRank, type LocalizedText, type Severity } from '../model/types.js';

export type StatusCounts = Record<ResultStatus, number>;

export interface ControlSummary {
  id: string;
  /** FAIL if any result fails; else PASS if any passes; else NOT_ASSESSED / MANUAL / NOT_APPLICABLE. */
  status: ResultStatus;
  counts: StatusCounts;
  ruleIds: string[];
}

export interface FrameworkSummary {
  id: FrameworkId;
  name: string;
  controls: ControlSummary[];
  /** Controls by their rolled-up status. */
  controlCounts: StatusCounts;
  /** Passed controls / (passed + failed) controls, 0–100, as Security Hub scores a standard; null when nothing was decided. */
  score: number | null;
}

export interface RuleSummary {
  ruleId: string;
  title: LocalizedText;
  severity: Severity;
  counts: StatusCounts;
}

export interface AssessmentSummary {
  results: StatusCounts;
  failedBySeverity: Record<Severity, number>;
  frameworks: FrameworkSummary[];
  /** Rules with failures, worst first (severity, then number of failing resources). */
  worstRules: RuleSummary[];
}

const emptyCounts = (): StatusCounts => ({ PASS: 0, FAIL: 0, NOT_APPLICABLE: 0, NOT_ASSESSED: 0, MANUAL: 0 });

function rollUp(counts: StatusCounts): ResultStatus {
  if (counts.FAIL) return 'FAIL';
  if (counts.PASS) return 'PASS';
  if (counts.NOT_ASSESSED) return 'NOT_ASSESSED';
  if (counts.MANUAL) return 'MANUAL';
  return 'NOT_APPLICABLE';
}

function compareControlIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** What a summary reads of a finding (an observation has it too, before the hub adds its lifecycle). */
export type SummarizedFinding = Pick<Finding, 'ruleId' | 'complianceStatus' | 'severity' | 'title' | 'localized' | 'frameworks'>;

/** What a summary needs of one result, whichever record holds it. */
interface SummaryView {
  ruleId: string;
  status: ResultStatus | null;
  severity: Severity;
  title: LocalizedText;
  frameworks: Finding['frameworks'];
}

/** Counts per status, severity, framework control and rule. Findings without a compliance status (threats) are left out. */
export function summarize(findings: Iterable<SummarizedFinding>): AssessmentSummary {
  return summarizeViews(findings, (f) => ({ ruleId: f.ruleId, status: f.complianceStatus, severity: f.severity, title: f.localized?.title ?? { en: f.title, ja: f.title }, frameworks: f.frameworks }));
}

/** The same summary straight from the engine's evaluation records (no findings made for it). */
export function summarizeResults(results: Iterable<PostureFinding>): AssessmentSummary {
  return summarizeViews(results, (r) => r);
}

function summarizeViews<T>(items: Iterable<T>, viewOf: (item: T) => SummaryView): AssessmentSummary {
  const results = emptyCounts();
  const failedBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const rules = new Map<string, RuleSummary>();
  const controls = new Map<FrameworkId, Map<string, ControlSummary>>();

  for (const item of items) {
    const f = viewOf(item);
    const status = f.status;
    if (!status) continue;
    results[status]++;
    if (status === 'FAIL') failedBySeverity[f.severity]++;
    let rule = rules.get(f.ruleId);
    if (!rule) {
      rule = { ruleId: f.ruleId, title: f.title, severity: f.severity, counts: emptyCounts() };
      rules.set(f.ruleId, rule);
    }
    rule.counts[status]++;
    for (const [framework, ids] of Object.entries(f.frameworks) as [FrameworkId, string[]][]) {
      let byId = controls.get(framework);
      if (!byId) controls.set(framework, (byId = new Map()));
      for (const id of ids) {
        let control = byId.get(id);
        if (!control) byId.set(id, (control = { id, status: 'NOT_APPLICABLE', counts: emptyCounts(), ruleIds: [] }));
        control.counts[status]++;
        if (!control.ruleIds.includes(f.ruleId)) control.ruleIds.push(f.ruleId);
      }
    }
  }

  const frameworks: FrameworkSummary[] = [];
  for (const id of FRAMEWORK_IDS) {
    const byId = controls.get(id);
    if (!byId) continue;
    const list = [...byId.values()].sort((a, b) => compareControlIds(a.id, b.id));
    const controlCounts = emptyCounts();
    for (const c of list) {
      c.status = rollUp(c.counts);
      controlCounts[c.status]++;
    }
    const decided = controlCounts.PASS + controlCounts.FAIL;
    frameworks.push({
      id,
      name: FRAMEWORKS[id].name,
      controls: list,
      controlCounts,
      score: decided ? Math.round((controlCounts.PASS / decided) * 1000) / 10 : null,
    });
  }

  const worstRules = [...rules.values()]
    .filter((r) => r.counts.FAIL > 0)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.ruleId.localeCompare(b.ruleId));

  return { results, failedBySeverity, frameworks, worstRules };
}
