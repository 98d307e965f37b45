/** `mamori sequences`: correlate the hub's threat findings into attack sequences and show them. */
import { FitTable } from './table.js';
import { sequenceTitleIn, signalTitle } from '../report/titles.js';
import { terminalColumns, type FitOptions } from '../report/width.js';
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { DEFAULT_WINDOW_MS, MAX_WINDOW_MS, type AttackSequence } from '../correlate/engine.js';
import { sequenceToObserved, sequenceTypeName, type SequenceEvidence } from '../correlate/sequence.js';
import { tacticInfo } from '../correlate/tactics.js';
import { MamoriError } from '../model/errors.js';
import type { Lang } from '../model/types.js';
import { renderSequencesHtml, type SequenceView } from '../report/sequences-html.js';
import { withHub } from '../app/context.js';
import { correlateSequences, viewOfFinding } from '../app/correlate.js';
import { notificationNote } from '../app/notify.js';
import { parseSince } from './findings.js';
import { checkOutputPath, parseLang, writeOutputFile } from './output.js';
import { safeCell, safeLines, safeText } from '../report/terminal.js';

export { viewOfFinding };

/** "24h", "3d", "90m" → milliseconds; at most 14 days. */
export function parseWindow(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WINDOW_MS;
  const m = /^(\d+)\s*(m|h|d)$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new MamoriError('BAD_WINDOW', `--window ${JSON.stringify(value)}: give a duration such as 24h, 3d or 90m`);
  const ms = Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd'];
  if (ms > MAX_WINDOW_MS) throw new MamoriError('BAD_WINDOW', `--window ${value}: at most 14d`);
  return ms;
}

/** The given snapshot, else the inventory the hub kept from the latest assessments, else nothing. */
export function viewOfSequence(seq: AttackSequence): SequenceView {
  const o = sequenceToObserved(seq);
  return { id: o.id, title: o.title, severity: o.severity, account: o.account, region: o.region, resourceName: o.resourceName, resourceUid: o.resourceUid, evidence: o.evidence as unknown as SequenceEvidence };
}

const tacticName = (id: string, lang: Lang) => tacticInfo(id)?.name[lang] ?? id;

/** Terminal rendering: a heading per sequence and its ordered timeline. */
export function formatSequences(views: readonly SequenceView[], lang: Lang = 'en', layout: FitOptions = { width: terminalColumns() }): string {
  if (!views.length) return pc.dim(lang === 'ja' ? '攻撃シーケンスはありません。\n' : 'No attack sequences.\n');
  const lines: string[] = [pc.bold(lang === 'ja' ? `攻撃シーケンス: ${views.length}` : `${views.length} attack sequence(s)`)];
  for (const v of views) {
    const e = v.evidence;
    // Principals, addresses, user agents and titles come from logs: escaped before styling.
    const s = safeText;
    lines.push('');
    lines.push(`${pc.red(pc.bold(s(v.severity)))} ${pc.bold(s(sequenceTitleIn(v, lang)))}${v.workflowStatus ? pc.dim(` [${s(v.workflowStatus)}]`) : ''}`);
    lines.push(pc.dim(`${s(v.id)} · ${s(e.template)} · ${s(e.firstSeen)} → ${s(e.lastSeen)}${e.open ? ' (open)' : ''}`));
    lines.push(`${lang === 'ja' ? '種類' : 'type'}: ${s(sequenceTypeName(e.type, lang, e.template))}`);
    lines.push(`tactics: ${e.tactics.map((t) => s(tacticName(t, lang))).join(' → ')}`);
    if (e.principals.length) lines.push(`principals: ${e.principals.map(s).join(', ')}`);
    if (e.sourceIps.length) lines.push(`addresses: ${e.sourceIps.slice(0, 10).map(s).join(', ')}${e.sourceIps.length > 10 ? ' …' : ''}`);
    if (e.userAgents?.length) lines.push(`user agents: ${e.userAgents.slice(0, 3).map(s).join(' | ')}${e.userAgents.length > 3 ? ' …' : ''}`);
    // Fits the terminal (src/report/width.ts): titles and tactics wrap, actors are cut in the middle.
    const t = new FitTable(
      [
        { head: '#', fit: 'none' },
        { head: lang === 'ja' ? '時刻 (UTC)' : 'time (UTC)', fit: 'wrap', min: 10 },
        { head: lang === 'ja' ? '戦術' : 'tactic', fit: 'wrap', min: 10, max: 24 },
        { head: lang === 'ja' ? 'シグナル' : 'signal', fit: 'wrap', min: 20, max: 60, weight: 2 },
        { head: lang === 'ja' ? '主体' : 'actor', fit: 'middle', min: 16 },
        { head: lang === 'ja' ? '送信元 IP' : 'source IP', fit: 'end', min: 15 },
      ],
      layout,
    );
    e.timeline.forEach((row, i) =>
      t.push([
        i + 1,
        s(String(row.time).slice(0, 19).replace('T', ' ')),
        row.tactics.map((x) => s(tacticName(x, lang))).join(', ') || '-',
        `${s(signalTitle(row, lang))}${row.step ? pc.cyan(` [${s(row.step)}]`) : ''}\n${pc.dim(s(row.ruleId))}`,
        safeCell(row.actor ?? row.accessKeyId ?? '-'),
        row.sourceIps.slice(0, 2).map(s).join('\n') || '-',
      ]),
    );
    lines.push(t.toString());
    if (e.truncated) lines.push(pc.dim(`… ${e.truncated} more signal(s)`));
  }
  return lines.join('\n') + '\n';
}

/** A sequence for JSON output: its finding fields with the evidence (timeline, entities…) inlined. */
export function sequenceJson(v: SequenceView): Record<string, unknown> {
  return { ...v, evidence: undefined, ...v.evidence };
}

export function sequencesJson(views: readonly SequenceView[]): string {
  return JSON.stringify({ schema: 'mamori.sequences', version: 1, sequences: views.map(sequenceJson) }, null, 2) + '\n';
}

interface SequencesFlags {
  db?: string;
  config?: string;
  since?: string;
  output: 'table' | 'json' | 'html' | 'ocsf' | 'asff' | 'csv';
  out?: string;
  lang: string;
  snapshot?: string;
  window?: string;
  correlate: boolean;
  all: boolean;
}

export function registerSequencesCommand(program: Command) {
  program
    .command('sequences')
    .description('attack sequences: correlate the threat findings in the hub (mamori signals and imported GuardDuty findings) and show them with their timelines')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .option('--since <when>', 'only sequences active since (ISO date or 7d / 24h)')
    .addOption(
      new Option('--output <format>', 'output format (ocsf, asff, csv: the sequences as findings, as findings export writes them)').choices(['table', 'json', 'html', 'ocsf', 'asff', 'csv']).default('table'),
    )
    .option('--out <file>', 'write to a file instead of stdout (html default: mamori-sequences.html)')
    .option('--lang <lang>', 'en or ja', 'en')
    .option('--snapshot <file>', 'inventory snapshot: ties instance addresses and role sessions to their instances and functions (default: what the latest assessments stored in the hub)')
    .option('--window <duration>', 'correlation window (default 24h, at most 14d)')
    .option('--no-correlate', 'only show the sequences already stored')
    .option('--all', 'include resolved sequences')
    .action(async (flags: SequencesFlags) => {
      const lang = parseLang(flags.lang);
      const windowMs = parseWindow(flags.window);
      const since = flags.since ? parseSince(flags.since) : undefined;
      const out = flags.out ?? (flags.output === 'html' ? 'mamori-sequences.html' : undefined);
      // Correlating stores sequences in the hub: an unwritable --out is refused before that.
      if (out && out !== '-') await checkOutputPath(out);
      const note = (line: string) => void process.stderr.write(`mamori: ${safeLines(line)}\n`);
      await withHub(flags, async (hub) => {
        const { sequences: views, findings, notifications } = await correlateSequences(hub, { windowMs, snapshot: flags.snapshot, correlate: flags.correlate, since, includeResolved: flags.all, onNote: note });
        let text: string;
        if (flags.output === 'ocsf' || flags.output === 'asff' || flags.output === 'csv') {
          const { findingLines } = await import('../report/index.js');
          text = [...findingLines(flags.output, findings, { lang })].join('');
        } else text = flags.output === 'json' ? sequencesJson(views) : flags.output === 'html' ? renderSequencesHtml(views, lang) : formatSequences(views, lang);
        if (out && out !== '-') {
          await writeOutputFile(out, text);
          note(`wrote ${out}`);
        } else process.stdout.write(text);
        // Queued with the sequences; sent once they are shown.
        const delivered = await notifications?.deliver();
        if (delivered) note(notificationNote(delivered));
      });
    });
}

export const register = registerSequencesCommand;
