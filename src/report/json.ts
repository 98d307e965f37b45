import type { ReportWriter } from './report.js';

/**
 * mamori's own JSON: the whole report, stable field names, versioned; one finding per line.
 * Version 2: findings are the one finding model (src/model/finding.ts); each rule's improvement
 * document is written once under `documents` (by rule id) instead of on every finding.
 */
function* jsonChunks(report: Parameters<ReportWriter['write']>[0]): Iterable<string> {
  const { findings, ...rest } = report;
  // Every finding of a rule carries the same document: written once, under `documents`, by rule id.
  const documents: Record<string, unknown> = {};
  for (const f of findings) if (f.document && !(f.ruleId in documents)) documents[f.ruleId] = f.document;
  const head = JSON.stringify({ schema: 'mamori.assessment', version: 2, ...rest, documents }, null, 2);
  yield head.slice(0, -2) + ',\n  "findings": [';
  let n = 0;
  for (const { document: _shared, ...f } of findings) yield (n++ ? ',\n    ' : '\n    ') + JSON.stringify(f);
  yield n ? '\n  ]\n}\n' : ']\n}\n';
}

export const jsonWriter: ReportWriter = {
  format: 'json',
  extension: 'json',
  chunks: jsonChunks,
  write: (report) => [...jsonChunks(report)].join(''),
};
