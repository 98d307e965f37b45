import { localize } from '../model/types.js';
import type { AssessmentReport, ReportWriter, WriteOptions } from './report.js';

const COLUMNS = [
  'finding_id',
  'status',
  'severity',
  'rule_id',
  'title',
  'account',
  'region',
  'resource_type',
  'resource_uid',
  'resource_name',
  'reason',
  'frameworks',
  'observed_at',
] as const;

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function* csvChunks(report: AssessmentReport, { lang }: WriteOptions): Iterable<string> {
  yield COLUMNS.join(',') + '\r\n';
  for (const f of report.findings) {
      const frameworks = Object.entries(f.frameworks)
        .map(([id, controls]) => `${id}:${controls.join('|')}`)
        .join(' ');
      yield [
          f.id,
          f.status,
          f.severity,
          f.ruleId,
          localize(f.title, lang),
          f.resource.account,
          f.resource.region,
          f.resource.type,
          f.resource.uid,
          f.resource.name,
          localize(f.reason, lang),
          frameworks,
          f.observedAt,
        ]
          .map(csvCell)
          .join(',') + '\r\n';
  }
}

export const csvWriter: ReportWriter = {
  format: 'csv',
  extension: 'csv',
  chunks: csvChunks,
  write: (report, options) => [...csvChunks(report, options)].join(''),
};
