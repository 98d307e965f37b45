import type { ReportWriter } from './report.js';

/** mamori's own JSON: the whole report, stable field names, versioned. */
export const jsonWriter: ReportWriter = {
  format: 'json',
  extension: 'json',
  write(report) {
    return JSON.stringify({ schema: 'mamori.assessment', version: 1, ...report }, null, 2) + '\n';
  },
};
