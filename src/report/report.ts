import { summarize, type AssessmentSummary } from '../assess/summary.js';
import { isFrameworkId, type FrameworkId } from '../frameworks/index.js';
import type { Finding } from '../model/finding.js';
import type { Snapshot, SnapshotScope } from '../model/snapshot.js';
import type { CollectionError, Lang } from '../model/types.js';

/** Everything an output writer needs: one assessment of one snapshot. */
export interface AssessmentReport {
  generatedAt: string;
  snapshot: {
    id: string;
    collectedAt: string;
    /** The first (or only) snapshot's scope. */
    scope: SnapshotScope;
    /** Every assessed scope, one per provider, when the report covers several clouds (mergeReports). */
    scopes?: SnapshotScope[];
    resourceCount: number;
  };
  /** Every result of the assessment as findings (passing, manual and not-assessed ones too). */
  findings: Finding[];
  summary: AssessmentSummary;
  collectionErrors: CollectionError[];
}

/**
 * A report of one snapshot's assessment. `findings` may be given as a function: the findings are
 * then made the first time a writer asks for them (the terminal table needs only the summary, so
 * a large assessment's table never builds them); `summary` then says the counts.
 */
export function buildReport(snapshot: Snapshot, findings: Finding[] | (() => Finding[]), now = new Date(), summary?: AssessmentSummary): AssessmentReport {
  const report = {
    generatedAt: now.toISOString(),
    snapshot: { id: snapshot.id, collectedAt: snapshot.collectedAt, scope: snapshot.scope, resourceCount: snapshot.resources.length },
    summary: summary ?? summarize(typeof findings === 'function' ? findings() : findings),
    collectionErrors: snapshot.errors,
  } as AssessmentReport;
  if (typeof findings !== 'function') report.findings = findings;
  else {
    let made: Finding[] | undefined;
    Object.defineProperty(report, 'findings', { enumerable: true, configurable: true, get: () => (made ??= findings()), set: (v: Finding[]) => void (made = v) });
  }
  return report;
}

/** One report over the assessments of several snapshots (AWS and Google Cloud in one view). */
export function mergeReports(reports: AssessmentReport[], now = new Date()): AssessmentReport {
  if (reports.length === 1) return reports[0];
  const findings = reports.flatMap((r) => r.findings);
  return {
    generatedAt: now.toISOString(),
    snapshot: {
      id: reports.map((r) => r.snapshot.id).join('+'),
      collectedAt: reports.map((r) => r.snapshot.collectedAt).sort().at(-1)!,
      scope: reports[0].snapshot.scope,
      scopes: reports.flatMap((r) => r.snapshot.scopes ?? [r.snapshot.scope]),
      resourceCount: reports.reduce((n, r) => n + r.snapshot.resourceCount, 0),
    },
    findings,
    summary: summarize(findings),
    collectionErrors: reports.flatMap((r) => r.collectionErrors),
  };
}

/** The scopes line of a report header: `AWS accounts: a, b · Google Cloud projects: p` (or the plain list for one cloud). */
export function scopeLine(snapshot: AssessmentReport['snapshot'], lang: Lang, accountsLabel: string): string {
  const scopes = snapshot.scopes ?? [snapshot.scope];
  if (scopes.length === 1) return `${accountsLabel}: ${scopes[0].accounts.join(', ') || '-'}`;
  return scopes.map((s) => `${SCOPE_LABEL[s.provider][lang]}: ${s.accounts.join(', ') || '-'}`).join('   ');
}

const SCOPE_LABEL: Record<SnapshotScope['provider'], Record<Lang, string>> = {
  aws: { en: 'AWS accounts', ja: 'AWS アカウント' },
  gcp: { en: 'Google Cloud projects', ja: 'Google Cloud プロジェクト' },
  azure: { en: 'Azure subscriptions', ja: 'Azure サブスクリプション' },
};

/** A finding's framework mappings that name a known framework, with at least one control. */
export const frameworkEntries = (f: Pick<Finding, 'frameworks'>) =>
  (Object.entries(f.frameworks) as [string, string[] | undefined][]).filter((e): e is [FrameworkId, string[]] => isFrameworkId(e[0]) && !!e[1]?.length);

/** The AWS partition of an ARN (aws, aws-cn, aws-us-gov); `aws` for anything else. */
export const partitionOf = (uid: string) => (uid.startsWith('arn:') ? uid.split(':')[1] || 'aws' : 'aws');

export const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');

export interface WriteOptions {
  lang: Lang;
}

/** One interface for every output format; all writers pass the same conformance test. */
export interface ReportWriter {
  format: string;
  /** Default file extension when writing to a file. */
  extension: string;
  write(report: AssessmentReport, options: WriteOptions): string;
  /** The same output in pieces, for large reports written to a file or a pipe without one giant string. */
  chunks?(report: AssessmentReport, options: WriteOptions): Iterable<string>;
}
