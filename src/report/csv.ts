/** Findings as CSV: one row per finding, RFC 4180, safe to open in a spreadsheet. */
import { findingReason, findingTitle, type Finding } from '../model/finding.js';
import type { Lang } from '../model/types.js';
import { frameworkEntries, type ReportWriter } from './report.js';

export const CSV_COLUMNS = [
  'finding_id',
  'kind',
  'source',
  'workflow_status',
  'compliance_status',
  'severity',
  'original_severity',
  'risk',
  'rule_id',
  'title',
  'provider',
  'account',
  'region',
  'resource_type',
  'resource_uid',
  'resource_name',
  'reason',
  'frameworks',
  'first_seen',
  'last_seen',
  'times_seen',
  'resolved_at',
  'updated_at',
  'user_fields',
] as const;

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvHeader = () => CSV_COLUMNS.join(',') + '\r\n';

export function csvRow(f: Finding, lang: Lang = 'en'): string {
  return (
    [
      f.id,
      f.kind,
      f.source,
      f.workflowStatus,
      f.complianceStatus ?? '',
      f.severity,
      f.originalSeverity,
      f.risk.level,
      f.ruleId,
      findingTitle(f, lang),
      f.provider,
      f.account,
      f.region,
      f.resourceType,
      f.resourceUid,
      f.resourceName,
      findingReason(f, lang),
      frameworkEntries(f)
        .map(([fw, ids]) => `${fw}:${ids.join('|')}`)
        .join(' '),
      f.firstSeen,
      f.lastSeen,
      String(f.timesSeen),
      f.resolvedAt ?? '',
      f.updatedAt,
      Object.entries(f.userFields)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

/** CSV with a header row. */
export function* csv(findings: Iterable<Finding>, lang: Lang = 'en'): Iterable<string> {
  yield csvHeader();
  for (const f of findings) yield csvRow(f, lang);
}

export const csvWriter: ReportWriter = {
  format: 'csv',
  extension: 'csv',
  chunks: (report, { lang }) => csv(report.findings, lang),
  write: (report, { lang }) => [...csv(report.findings, lang)].join(''),
};
