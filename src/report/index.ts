import { MamoriError } from '../model/errors.js';
import { asffBatches, asffWriter } from './asff.js';
import { csv, csvRow, csvWriter } from './csv.js';
import { htmlWriter } from './html.js';
import { jsonWriter } from './json.js';
import { ocsfLines, ocsfWriter } from './ocsf.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/types.js';
import type { ReportWriter } from './report.js';
import { tableWriter } from './table.js';

export const WRITERS: Record<string, ReportWriter> = Object.fromEntries(
  [tableWriter, jsonWriter, ocsfWriter, asffWriter, csvWriter, htmlWriter].map((w) => [w.format, w]),
);

export function writerFor(format: string): ReportWriter {
  const w = WRITERS[format];
  if (!w) throw new MamoriError('UNKNOWN_OUTPUT', `unknown output format "${format}" (known: ${Object.keys(WRITERS).join(', ')})`);
  return w;
}

/** Formats that stream findings one by one, with no report around them (detect, sequences, findings export). */
export const FINDING_FORMATS = ['ocsf', 'asff', 'csv'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/**
 * Findings as a stream of text, in the same mapping as the report writers: OCSF as JSON lines
 * (one finding per line, what a SIEM ingests), ASFF as BatchImportFindings bodies of ≤100, CSV
 * with its header unless `header: false` (a later page of an export).
 */
export function findingLines(format: FindingFormat, findings: Iterable<Finding>, options: { lang?: Lang; header?: boolean } = {}): Iterable<string> {
  const lang = options.lang ?? 'en';
  switch (format) {
    case 'ocsf':
      return ocsfLines(findings, lang);
    case 'asff':
      return asffBatches(findings, { lang });
    case 'csv':
      return options.header === false ? csvRowsOnly(findings, lang) : csv(findings, lang);
  }
}

function* csvRowsOnly(findings: Iterable<Finding>, lang: Lang): Iterable<string> {
  for (const f of findings) yield csvRow(f, lang);
}
