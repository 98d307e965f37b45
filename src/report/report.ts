import { summarize, type AssessmentSummary } from '../assess/summary.js';
import type { PostureFinding } from '../model/finding.js';
import type { Snapshot, SnapshotScope } from '../model/snapshot.js';
import type { CollectionError, Lang } from '../model/types.js';

/** Everything an output writer needs: one assessment of one snapshot. */
export interface AssessmentReport {
  generatedAt: string;
  snapshot: { id: string; collectedAt: string; scope: SnapshotScope; resourceCount: number };
  findings: PostureFinding[];
  summary: AssessmentSummary;
  collectionErrors: CollectionError[];
}

export function buildReport(snapshot: Snapshot, findings: PostureFinding[], now = new Date()): AssessmentReport {
  return {
    generatedAt: now.toISOString(),
    snapshot: { id: snapshot.id, collectedAt: snapshot.collectedAt, scope: snapshot.scope, resourceCount: snapshot.resources.length },
    findings,
    summary: summarize(findings),
    collectionErrors: snapshot.errors,
  };
}

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
