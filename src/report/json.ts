import type { AssessmentReport, ReportWriter } from './report.js';

/** mamori's own JSON: the whole report, stable field names, versioned; one finding per line. */
function* jsonChunks(report: AssessmentReport): Iterable<string> {
  const { findings, ...rest } = report;
  const head = JSON.stringify({ schema: 'mamori.assessment', version: 1, ...rest }, null, 2);
  yield head.slice(0, -2) + ',\n  "findings": [';
  for (let i = 0; i < findings.length; i++) yield (i ? ',\n    ' : '\n    ') + JSON.stringify(findings[i]);
  yield findings.length ? '\n  ]\n}\n' : ']\n}\n';
}

export const jsonWriter: ReportWriter = {
  format: 'json',
  extension: 'json',
  chunks: jsonChunks,
  write: (report) => [...jsonChunks(report)].join(''),
};
