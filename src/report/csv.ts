import { localize } from '../model/types.js';
import type { ReportWriter } from './report.js';

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

export const csvWriter: ReportWriter = {
  format: 'csv',
  extension: 'csv',
  write(report, { lang }) {
    const lines = [COLUMNS.join(',')];
    for (const f of report.findings) {
      const frameworks = Object.entries(f.frameworks)
        .map(([id, controls]) => `${id}:${controls.join('|')}`)
        .join(' ');
      lines.push(
        [
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
          .join(','),
      );
    }
    return lines.join('\r\n') + '\r\n';
  },
};
