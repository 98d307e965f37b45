import { writeFile } from 'node:fs/promises';
import { MamoriError } from '../model/errors.js';
import { SEVERITIES, severityRank, type Lang, type Severity } from '../model/types.js';
import { writerFor } from '../report/index.js';
import type { AssessmentReport } from '../report/report.js';

export function parseLang(value: string): Lang {
  if (value !== 'en' && value !== 'ja') throw new MamoriError('UNKNOWN_LANG', `unknown language "${value}" (use en or ja)`);
  return value;
}

export function parseSeverity(value: string): Severity {
  const s = value.toUpperCase() === 'INFO' ? 'INFORMATIONAL' : value.toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(s)) {
    throw new MamoriError('UNKNOWN_SEVERITY', `unknown severity "${value}" (use ${SEVERITIES.map((x) => x.toLowerCase()).join(', ')})`);
  }
  return s as Severity;
}

export function parseList(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Writes the chosen format to --out (or stdout); HTML defaults to a file because nobody wants it in a terminal. */
export async function emitReport(
  report: AssessmentReport,
  opts: { output: string; out?: string; lang: Lang; defaultHtmlFile?: string },
): Promise<void> {
  const writer = writerFor(opts.output);
  const text = writer.write(report, { lang: opts.lang });
  const target = opts.out ?? (writer.format === 'html' ? (opts.defaultHtmlFile ?? 'mamori-report.html') : undefined);
  if (target && target !== '-') {
    await writeFile(target, text);
    process.stderr.write(`mamori: wrote ${writer.format} report to ${target}\n`);
  } else {
    process.stdout.write(text);
  }
}

/** Exit code for CI pipelines: 1 when a failed check is at or above the threshold. */
export function failOnExitCode(report: AssessmentReport, threshold: Severity | undefined): number {
  if (!threshold) return 0;
  const min = severityRank(threshold);
  const hit = report.findings.some((f) => f.status === 'FAIL' && severityRank(f.severity) >= min);
  return hit ? 1 : 0;
}
