import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { runDetect } from '../app/detect.js';
import { notificationNote } from '../app/notify.js';
import { cliConfig } from '../app/hub.js';
import { sequenceToObserved } from '../correlate/sequence.js';
import { DEFAULT_INTEL_DIR, updateIntel } from '../detect/intel/index.js';
import type { DetectResult } from '../detect/pipeline.js';
import { signalToObserved } from '../detect/signals.js';
import { firstObservation } from '../hub/lifecycle.js';
import { riskFromConfig } from '../hub/policy.js';
import type { Signal } from '../model/signal.js';
import type { Snapshot } from '../model/snapshot.js';
import { SEVERITIES, severityRank, type Severity } from '../model/types.js';
import { label, severityLabel } from '../report/i18n.js';
import { renderSequencesHtml, type SequenceView } from '../report/sequences-html.js';
import { localizeSequenceView, signalTitle, titlesOfSignals } from '../report/titles.js';
import { terminalColumns, type FitOptions } from '../report/width.js';
import type { Lang } from '../model/types.js';
import { FitTable } from './table.js';
import { parseSince } from '../app/filter.js';
import { checkOutputPath, parseList, parseSeverity, writeOutputFile } from './output.js';
import { safeCell, safeLines, safeText } from '../report/terminal.js';
import { formatSequences, parseWindow, sequenceJson, viewOfFinding, viewOfSequence } from './sequences.js';

/** Exit-code bits of `mamori detect`: 1 = a signal at or above --fail-on; 4 = some input or rule was skipped. */
export const EXIT_FAIL_ON = 1;
export const EXIT_SKIPPED = 4;

interface DetectFlags {
  followSymlinks?: boolean;
  rules?: string[];
  sigma?: string[];
  intel?: string[];
  builtin: boolean;
  since?: string;
  until?: string;
  output: string;
  failOn?: string;
  db?: string;
  config?: string;
  store: boolean;
  baseline: boolean;
  /** Go on with the aggregation windows the last run left open, and keep this run's (default on; the demo replays a fixed day). */
  carryWindows?: boolean;
  /** Correlate signals into attack sequences after detection (default on). */
  correlate?: boolean;
  snapshot?: string | Snapshot;
  window?: string;
  lang?: string;
  /** Write the attack sequences as an HTML timeline page here. */
  sequencesHtml?: string;
  /** Terminal tables at full width, nothing cut. */
  wide?: boolean;
  orgDomains?: string;
}

function progress(): ((p: { events: number; signals: number }) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  return (p) => {
    const rate = Math.round(p.events / Math.max(0.001, (Date.now() - started) / 1000));
    process.stderr.write(`\r\x1b[2Kdetecting: ${p.events.toLocaleString('en')} events (${rate.toLocaleString('en')}/s), ${p.signals} signals`);
  };
}

/** How the detection summary is written: its language and the width its table fits (see src/report/width.ts). */
export interface SummaryOptions {
  lang?: Lang;
  /** Table width (default: COLUMNS, else the terminal's; no limit when not a terminal); `wide`: every column uncut. */
  layout?: FitOptions;
}

/** An ISO time as the terminal shows it: "2026-11-19 13:17:56" (UTC), which wraps between date and time. */
const shortTime = (iso: string) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(iso) ? iso.slice(0, 19).replace('T', ' ') : iso);

export function summarizeDetection(result: DetectResult, options: SummaryOptions = {}): string {
  const lang = options.lang ?? 'en';
  const lines: string[] = [];
  lines.push(pc.bold(label(lang, 'detection')));
  lines.push(
    lang === 'ja'
      ? `${label(lang, 'events')} ${result.events.toLocaleString('en')} 件 · ${label(lang, 'rules')} ${result.rulesLoaded} 件 · ${label(lang, 'signals')} ${result.signals.length} 件`
      : `${result.events.toLocaleString('en')} events · ${result.rulesLoaded} rules · ${result.signals.length} signals`,
  );
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const s of result.signals) bySeverity[s.severity]++;
  const sevText = (s: Severity) => (lang === 'ja' ? severityLabel(lang, s) : s === 'INFORMATIONAL' ? 'INFO' : s);
  lines.push([...SEVERITIES].reverse().map((s) => `${lang === 'ja' ? severityLabel(lang, s) : s} ${bySeverity[s]}`).join('  '));
  if (result.signals.length) {
    // Titles wrap, actors (ARNs) are cut in the middle keeping account and name, addresses at their end.
    const t = new FitTable(
      [
        { head: lang === 'ja' ? label(lang, 'severity') : 'severity', fit: 'none' },
        { head: lang === 'ja' ? label(lang, 'rule') : 'rule', fit: 'wrap', min: 20, max: 60, weight: 2 },
        { head: label(lang, 'actor'), fit: 'middle', min: 16 },
        { head: label(lang, 'sourceIps'), fit: 'end', min: 15 },
        { head: label(lang, 'count'), fit: 'none' },
        { head: label(lang, 'firstSeenUtc'), fit: 'wrap', min: 10 },
      ],
      options.layout ?? { width: terminalColumns() },
    );
    const sorted = [...result.signals].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.firstSeen.localeCompare(b.firstSeen));
    for (const s of sorted.slice(0, 30)) {
      // Every value comes from the logs (or a rule file): escaped before our own styling is added.
      t.push([
        safeText(sevText(s.severity)),
        `${safeText(signalTitle(s, lang))}\n${pc.dim(safeText(s.ruleId))}`,
        safeText(s.actor?.arn ?? s.actor?.accessKeyId ?? '-'),
        s.sourceIps.slice(0, 3).map(safeText).join('\n') || '-',
        safeCell(s.count),
        safeText(shortTime(s.firstSeen)),
      ]);
    }
    lines.push(t.toString());
    if (sorted.length > 30) lines.push(pc.dim(lang === 'ja' ? `… 残り ${sorted.length - 30} ${label(lang, 'moreSignals')}` : `… ${sorted.length - 30} more (use --output json)`));
  }
  // Tuning never hides silently: what each entry withheld is part of the summary.
  const tuning = result.tuning;
  for (const e of [...(tuning?.allowlists ?? []).map((x) => ['allowlist', x] as const), ...(tuning?.automation ?? []).map((x) => ['automation', x] as const)]) {
    const [kind, c] = e;
    const rules = Object.entries(c.byRule).map(([r, n]) => `${r} ${n}`).join(', ');
    lines.push(pc.dim(`${kind} ${safeText(c.name)}: withheld ${c.matches} match(es)${rules ? ` (${safeText(rules)})` : ''} — ${safeText(c.note)}`));
  }
  if (tuning?.lowered) lines.push(pc.dim(`baselines: ${tuning.lowered} signal(s) lowered one severity step as routine for their actor (evidence.baseline)`));
  // An empty file lost nothing: it is said (an export may have gone wrong) but is not a skipped input.
  const empty = result.readIssues.filter((i) => i.kind === 'empty');
  const skipped = [
    ...result.readIssues.filter((i) => i.kind !== 'empty').map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.kind}: ${i.message}`),
    ...result.ruleIssues.filter((i) => i.kind !== 'warning').map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: rule ${i.ruleId ?? ''} ${i.kind}: ${i.message}`),
    ...result.intelIssues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: intel: ${i.message}`),
  ];
  for (const i of empty) lines.push(pc.yellow(`note: ${safeText(i.file)}: empty file, no events`));
  // A warning is part of a rule that was ignored; the rule itself runs, so nothing was skipped.
  for (const i of result.ruleIssues.filter((w) => w.kind === 'warning').slice(0, 20)) {
    lines.push(pc.yellow(`warning: ${safeText(`${i.file}${i.line ? `:${i.line}` : ''}: rule ${i.ruleId ?? ''}: ${i.message}`)}`));
  }
  if (skipped.length) {
    lines.push(pc.yellow(`skipped ${skipped.length} item(s):`));
    for (const s of skipped.slice(0, 20)) lines.push(`  ${safeText(s)}`);
    if (skipped.length > 20) lines.push(`  … ${skipped.length - 20} more`);
  }
  return lines.join('\n') + '\n';
}

/** Runs detection (src/app/detect.ts), prints what it found in the chosen format; returns the exit code. */
export async function runDetection(inputs: string[], flags: DetectFlags): Promise<number> {
  const failOn = flags.failOn ? parseSeverity(flags.failOn) : undefined;
  const correlating = flags.correlate !== false;
  const lang = flags.lang === 'ja' ? 'ja' : 'en';
  // Refused before detection runs: a bad path found afterwards would leave the hub written and exit 2.
  if (correlating && flags.sequencesHtml) await checkOutputPath(flags.sequencesHtml);
  const outcome = await runDetect({
    inputs,
    rules: [...(flags.rules ?? []), ...(flags.sigma ?? [])],
    noBuiltin: !flags.builtin,
    intel: flags.intel,
    since: flags.since ? new Date(parseSince(flags.since)) : undefined,
    until: flags.until ? new Date(parseSince(flags.until)) : undefined,
    store: flags.store ? { db: flags.db, config: flags.config } : undefined,
    // Storing, the hub's config brings the tuning; without a hub it is read here.
    tuning: flags.store ? undefined : (await cliConfig(flags.config)).detection,
    baseline: flags.baseline,
    carryWindows: flags.carryWindows,
    correlate: correlating,
    snapshot: flags.snapshot,
    windowMs: parseWindow(flags.window),
    orgDomains: parseList(flags.orgDomains),
    followSymlinks: flags.followSymlinks,
    onProgress: progress(),
    // Notes can quote input (file names, values read from logs): escaped like every other output.
    onNote: (line) => process.stderr.write(`mamori: ${safeLines(line)}\n`),
  });
  const { result, sequences } = outcome;
  if (outcome.discardedWindows) process.stderr.write(`mamori: the aggregation windows left open by the last run were not used: ${safeText(outcome.discardedWindows)}\n`);
  if (process.stderr.isTTY) process.stderr.write('\n');
  const layout: FitOptions = flags.wide ? { wide: true } : { width: terminalColumns() };
  if (flags.output === 'table') process.stdout.write(summarizeDetection(result, { lang, layout }));
  // Timelines keep each member's English title; this run's signals (and the built-in rules) give the Japanese one.
  const titles = lang === 'en' ? undefined : titlesOfSignals(result.signals);
  const localized = (v: SequenceView) => (titles ? localizeSequenceView(v, lang, titles) : v);
  const views = (outcome.storedSequences ? outcome.storedSequences.map(viewOfFinding).filter((v) => v !== undefined) : sequences.map(viewOfSequence)).sort((a, b) =>
    a.evidence.firstSeen.localeCompare(b.evidence.firstSeen),
  );
  if (flags.output === 'json') {
    // The carried windows are the hub's business, not output (they hold whole events).
    const { state: _windows, ...shown } = result;
    process.stdout.write(JSON.stringify({ schema: 'mamori.detection', version: 1, ...shown, sequences: views.map(sequenceJson) }, null, 2) + '\n');
  } else if (flags.output === 'ocsf' || flags.output === 'asff' || flags.output === 'csv') {
    // The signals, then the sequences, as findings through the same writers as every other command
    // (OCSF Detection Findings as JSON lines, ASFF BatchImportFindings bodies, CSV).
    const at = new Date().toISOString();
    const risk = flags.store ? riskFromConfig(await cliConfig(flags.config)) : undefined;
    const findings = [...result.signals.map(signalToObserved), ...sequences.map(sequenceToObserved)].map((o) => firstObservation(o, { at, risk }));
    const { findingLines } = await import('../report/index.js');
    for (const chunk of findingLines(flags.output, findings, { lang })) process.stdout.write(chunk);
  } else if (correlating) {
    process.stdout.write('\n' + formatSequences(views.map(localized), lang, layout));
  }
  if (correlating && flags.sequencesHtml) {
    await writeOutputFile(flags.sequencesHtml, renderSequencesHtml(views, lang, undefined, titles));
    process.stderr.write(`mamori: wrote ${flags.sequencesHtml} (attack sequence timelines)\n`);
  }
  // Committed with the signals; sent only now, so a receiver that never answers delays no output.
  const delivered = await outcome.notifications?.deliver();
  if (delivered) process.stderr.write(`mamori: ${safeLines(notificationNote(delivered))}\n`);
  let code = 0;
  if (failOn && result.signals.some((s: Signal) => severityRank(s.severity) >= severityRank(failOn))) code |= EXIT_FAIL_ON;
  if (result.readIssues.some((i) => i.kind !== 'empty') || result.ruleIssues.some((i) => i.kind !== 'warning') || result.intelIssues.length) code |= EXIT_SKIPPED;
  return code;
}

export function registerDetectCommands(program: Command) {
  program
    .command('detect')
    .description('threat detection over CloudTrail, VPC Flow Logs, Route 53 Resolver logs and Google Cloud Audit Logs (files, folders, .gz, s3://bucket/prefix, - for stdin)')
    .argument('<inputs...>')
    .option('--rules <paths...>', 'more detection rules (mamori YAML or Sigma files/folders)')
    .option('--sigma <paths...>', 'Sigma rules (files/folders), loaded as they are')
    .option('--intel <files...>', `threat-intelligence lists (default: ${DEFAULT_INTEL_DIR} when present)`)
    .option('--no-builtin', 'leave the built-in rules out')
    .option('--since <when>', 'only events at or after (ISO date or 7d / 24h)')
    .option('--until <when>', 'only events before (ISO date or 7d / 24h)')
    .addOption(
      new Option('--output <format>', 'output format (ocsf: OCSF 1.1 Detection Findings as JSON lines; asff: BatchImportFindings bodies; csv)').choices(['table', 'json', 'ocsf', 'asff', 'csv']).default('table'),
    )
    .option('--fail-on <severity>', 'exit code bit 1 when a signal of this severity or higher fires')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .option('--no-store', 'do not write signals to the hub (and do not learn baselines or carry open aggregation windows to the next run)')
    .option('--no-baseline', 'do not learn or use per-principal baselines')
    .option('--snapshot <file>', 'inventory snapshot for correlation: ties instance addresses and role sessions to their instances and functions (default: what the latest assessments stored in the hub)')
    .option('--window <duration>', 'correlation window (default 24h, at most 14d)')
    .option('--follow-symlinks', 'follow symbolic links inside input folders (each file is read once either way)')
    .option('--org-domains <domains>', "Google Cloud: the organisation's e-mail domains (comma-separated; default MAMORI_GCP_ORG_DOMAINS, else the changing person's domain): IAM grants to other domains count as outside")
    .option('--no-correlate', 'do not join signals into attack sequences')
    .option('--sequences-html <file>', 'also write the attack sequences as an HTML timeline')
    .option('--lang <lang>', 'en or ja (findings and sequence timelines)', 'en')
    .option('--wide', 'terminal tables at full width, nothing cut (default: fit COLUMNS or the terminal; not a terminal: no limit, titles still wrap)')
    .action(async (inputs: string[], flags: DetectFlags) => {
      process.exitCode = await runDetection(inputs, flags);
    });

  const intel = program.command('intel').description('threat-intelligence lists (IP, CIDR, domain; text, CSV, STIX 2.1)');
  intel
    .command('update')
    .description(`copy or download a list into ${DEFAULT_INTEL_DIR} (validated first)`)
    .requiredOption('--from <file-or-url>', 'a local file or an http(s) URL')
    .option('--name <name>', 'file name in the intel folder')
    .option('--dir <dir>', 'intel folder', DEFAULT_INTEL_DIR)
    .action(async (flags: { from: string; name?: string; dir: string }) => {
      const result = await updateIntel(flags.from, flags.dir, { name: flags.name });
      process.stderr.write(`mamori: intel ${JSON.stringify(result)}\n`);
    });
}

export const register = registerDetectCommands;
