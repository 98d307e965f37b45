import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { RISK_LEVELS, type RiskLevel } from '../hub/model.js';
import { assessRisk, riskRank, type RiskSettings } from '../hub/risk.js';
import { MamoriError } from '../model/errors.js';
import { severityRank, type Lang, type Severity } from '../model/types.js';
import type { AssessmentReport } from '../report/report.js';

// The option parsers live in parse.ts, which imports nothing heavy: commands that only parse
// options (rules list) must not pull in the hub and the config schema that this module needs.
export { parseLang, parseList, parseProviders, parseSeverity } from './parse.js';

/** Writes the chosen format to --out (or stdout); HTML defaults to a file because nobody wants it in a terminal. */
/** Writes a whole text output file, as one clear error (code OUTPUT) when it cannot. */
export async function writeOutputFile(path: string, text: string): Promise<void> {
  await writeFile(path, text).catch((err: NodeJS.ErrnoException) => {
    throw new MamoriError('OUTPUT', `${path}: cannot write (${err.code ?? err.message})`);
  });
}

export async function emitReport(
  report: AssessmentReport,
  opts: { output: string; out?: string; lang: Lang; defaultHtmlFile?: string },
): Promise<void> {
  // The writers (and the rule documents they show) load only when a report is written.
  const { writerFor } = await import('../report/index.js');
  const writer = writerFor(opts.output);
  const target = opts.out ?? (writer.format === 'html' ? (opts.defaultHtmlFile ?? 'mamori-report.html') : undefined);
  const toFile = target !== undefined && target !== '-';
  const chunks = writer.chunks ? writer.chunks(report, { lang: opts.lang }) : [writer.write(report, { lang: opts.lang })];
  let stream: NodeJS.WritableStream | WriteStream = process.stdout;
  if (toFile) {
    try {
      stream = (await open(target, 'w')).createWriteStream();
    } catch (err) {
      throw new MamoriError('OUTPUT', `${target}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  }
  try {
    for (const chunk of chunks) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
  } finally {
    if (toFile) await new Promise<void>((resolve, reject) => (stream as WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  if (toFile) process.stderr.write(`mamori: wrote ${writer.format} report to ${target}\n`);
}

/** Exit code for CI pipelines: 1 when a failed check is at or above the threshold. */
export function failOnExitCode(report: AssessmentReport, threshold: Severity | undefined): number {
  if (!threshold) return 0;
  const min = severityRank(threshold);
  // From the summary's counts: a terminal run with --fail-on never has to make the findings.
  const hit = (Object.entries(report.summary.failedBySeverity) as [Severity, number][]).some(([severity, n]) => n > 0 && severityRank(severity) >= min);
  return hit ? 1 : 0;
}

export function parseRiskLevel(value: string): RiskLevel {
  const v = value.toUpperCase();
  if (!(RISK_LEVELS as readonly string[]).includes(v)) throw new MamoriError('UNKNOWN_RISK', `unknown risk level "${value}" (use ${RISK_LEVELS.map((x) => x.toLowerCase()).join(', ')})`);
  return v as RiskLevel;
}

/** Exit code 1 when a failed check's risk (likelihood × impact) is at or above the threshold. */
export function failOnRiskExitCode(report: AssessmentReport, threshold: RiskLevel, settings: RiskSettings): number {
  const min = riskRank(threshold);
  const hit = report.findings.some((f) => f.complianceStatus === 'FAIL' && riskRank(assessRisk(f, settings).level) >= min);
  return hit ? 1 : 0;
}
