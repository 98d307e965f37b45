import { MamoriError } from '../model/errors.js';
import { asffWriter } from './asff.js';
import { csvWriter } from './csv.js';
import { htmlWriter } from './html.js';
import { jsonWriter } from './json.js';
import { ocsfWriter } from './ocsf.js';
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
