import { constants } from 'node:fs';
import { access, open, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
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

/** An output file opened for streaming; every failure (open, write, close) is one MamoriError naming the file. */
export interface OutputFile {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

const cannotWrite = (path: string, err: unknown) =>
  new MamoriError('OUTPUT', `${path}: cannot write (${(err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message ?? String(err)})`);

export async function openOutputFile(path: string): Promise<OutputFile> {
  const handle = await open(path, 'w').catch((err) => {
    throw cannotWrite(path, err);
  });
  const stream = handle.createWriteStream();
  // A write error (ENOSPC on /dev/full, EIO) arrives as an 'error' event: without a listener it
  // would end the process with a stack trace. Keep it and report it at the next write or close.
  let failure: unknown;
  stream.on('error', (err) => (failure ??= err));
  return {
    async write(chunk) {
      if (failure) throw cannotWrite(path, failure);
      if (!stream.write(chunk)) {
        await new Promise<void>((resolveDrain) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            resolveDrain();
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
      if (failure) throw cannotWrite(path, failure);
    },
    async close() {
      if (!failure) await new Promise<void>((done) => stream.end(() => done()));
      // end() may close before the error event of the last write: wait for the close either way.
      if (!stream.closed) await new Promise<void>((done) => stream.once('close', () => done()));
      if (failure) throw cannotWrite(path, failure);
    },
  };
}

/**
 * Refuses an output path that cannot be written before any work is done (and before anything is
 * stored in the hub): its folder must exist and be writable, and it must not be a folder itself.
 */
export async function checkOutputPath(path: string): Promise<void> {
  const target = resolve(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new MamoriError('OUTPUT', `${path}: cannot write (is a directory)`);
  if (existing) {
    await access(target, constants.W_OK).catch((err) => {
      throw cannotWrite(path, err);
    });
    return;
  }
  const dir = dirname(target);
  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory()) throw new MamoriError('OUTPUT', `${path}: cannot write (folder ${dirname(path)} does not exist)`);
  await access(dir, constants.W_OK).catch((err) => {
    throw cannotWrite(path, err);
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
  if (toFile) {
    const file = await openOutputFile(target);
    try {
      for (const chunk of chunks) await file.write(chunk);
    } finally {
      await file.close();
    }
  } else {
    for (const chunk of chunks) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
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
