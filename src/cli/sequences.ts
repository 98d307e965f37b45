/** `mamori sequences`: correlate the hub's threat findings into attack sequences and show them. */
import { FitTable } from './table.js';
import { sequenceTitleIn, signalTitle } from '../report/titles.js';
import { compromiseLabel, sequenceLabel, severityLabel, workflowLabel, type SequenceLabelKey } from '../report/i18n.js';
import { fitColumns, terminalColumns, textWidth, truncateEnd, wrapLine, type ColumnSpec, type FitOptions } from '../report/width.js';
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { DEFAULT_WINDOW_MS, MAX_WINDOW_MS, type AttackSequence } from '../correlate/engine.js';
import { sequenceToObserved, sequenceTypeName, type SequenceEvidence, type TimelineEntry } from '../correlate/sequence.js';
import { TEMPLATES } from '../correlate/templates.js';
import { tacticInfo } from '../correlate/tactics.js';
import { MamoriError } from '../model/errors.js';
import { SEVERITIES, type Lang, type Severity } from '../model/types.js';
import { renderSequencesHtml, type SequenceView } from '../report/sequences-html.js';
import { withHub } from '../app/context.js';
import { correlateSequences, viewOfFinding } from '../app/correlate.js';
import { notificationNote, type ChangeNotification } from '../app/notify.js';
import type { CorrelateHubResult } from '../correlate/hub.js';
import { formatMs } from '../model/timeouts.js';
import { parseSince } from '../app/filter.js';
import { checkOutputPath, parseLang, writeOutputFile } from './output.js';
import { safeLines, safeText } from '../report/terminal.js';

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

/** The step a timeline entry stands for, by its template's label (the HTML timeline says the same). */
function stepLabel(template: string, step: string, lang: Lang): string {
  return TEMPLATES.find((t) => t.id === template)?.steps.find((s) => s.id === step)?.label[lang] ?? step;
}

/** "2026-11-19 13:17:56" from an ISO time (UTC); anything else as it is. */
const shortTime = (iso: string) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(iso) ? iso.slice(0, 19).replace('T', ' ') : iso);

/** How a labelled value gives up width: wrap (lists, principals: nothing lost), cut at the end (user agents). */
type LineFit = 'wrap' | 'end';

/** Narrowest room left of a label before the values move under it. */
const MIN_VALUE_WIDTH = 24;

/**
 * `label: value` lines fitted to a width: the first value follows the label, the rest (and wrapped
 * lines) are indented under it. With `sep` the items share lines, broken between items; without,
 * each item has its own line(s), wrapped or cut by `fit`. Without a width nothing is wrapped or cut.
 */
function labelled(name: string, items: readonly string[], fit: LineFit, width: number | undefined, sep = ''): string[] {
  const head = `${name}: `;
  let indent = ' '.repeat(textWidth(head));
  let room = width === undefined ? Infinity : width - textWidth(head);
  const out: string[] = [];
  if (room < MIN_VALUE_WIDTH) {
    // Too narrow beside the label: the label on its own line, the values under it.
    out.push(name + ':');
    indent = '  ';
    room = (width ?? Infinity) - 2;
  }
  const fitItem = (item: string): string[] => (room === Infinity ? [item] : fit === 'end' ? [truncateEnd(item, room)] : wrapLine(item, room));
  const lines = sep ? packParts(items, sep, room === Infinity ? undefined : room) : items.flatMap(fitItem);
  for (const line of lines) out.push(out.length ? indent + line : head + line);
  return out;
}

/**
 * Parts joined by a separator, broken into lines of at most `width` only between parts (a tactic
 * name, an address, an id stays whole); a part wider than a line wraps on its own.
 */
function packParts(parts: readonly string[], sep: string, width: number | undefined): string[] {
  if (width === undefined) return [parts.join(sep)];
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line ? line + sep + part : part;
    if (textWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line + sep.trimEnd());
    const wrapped = wrapLine(part, width);
    line = wrapped.pop() ?? '';
    lines.push(...wrapped);
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** Table rows and columns for one of the layouts below. */
interface Layout {
  columns: ColumnSpec[];
  rows: (string | number)[][];
}

/**
 * The timeline table in three shapes: six columns (--wide, no terminal, or a terminal wide enough
 * for all of it); five, the source addresses under the actor; four, the tactics also under the
 * signal's title, for narrow terminals (80 columns), where six columns would leave every one of
 * them about ten characters and the title and actor unreadable.
 */
function timelineLayouts(v: SequenceView, lang: Lang): Layout[] {
  const e = v.evidence;
  const s = safeText;
  const L = (key: SequenceLabelKey) => sequenceLabel(lang, key);
  // The template step a signal stands for on a line of its own (brackets would break badly in Japanese).
  const title = (row: TimelineEntry) => `${s(signalTitle(row, lang))}${row.step ? `\n${pc.cyan(`${L('step')}: ${s(stepLabel(e.template, row.step, lang))}`)}` : ''}`;
  const tactics = (row: TimelineEntry, sep: string) => row.tactics.map((x) => s(tacticName(x, lang))).join(sep);
  const actor = (row: TimelineEntry) => (row.actor ?? row.accessKeyId ? s(row.actor ?? row.accessKeyId) : '');
  const ips = (row: TimelineEntry) => row.sourceIps.slice(0, 2).map(s);
  const actorAndIps = (row: TimelineEntry) => [actor(row), ...ips(row)].filter(Boolean).join('\n') || '-';
  const rows = e.timeline;
  const num = { head: '#', fit: 'none' } as const;
  const time: ColumnSpec = { head: L('time'), fit: 'wrap', min: 10 };
  const tactic: ColumnSpec = { head: L('tactic'), fit: 'wrap', min: 10, max: 24 };
  const signal: ColumnSpec = { head: L('signal'), fit: 'wrap', min: 20, max: 60, weight: 2 };
  return [
    {
      columns: [num, time, tactic, signal, { head: L('actor'), fit: 'middle', min: 16 }, { head: L('sourceIp'), fit: 'end', min: 15 }],
      rows: rows.map((row, i) => [i + 1, s(shortTime(row.time)), tactics(row, '\n') || '-', `${title(row)}\n${pc.dim(s(row.ruleId))}`, actor(row) || '-', ips(row).join('\n') || '-']),
    },
    {
      columns: [num, time, tactic, signal, { head: L('actorSource'), fit: 'middle', min: 16 }],
      rows: rows.map((row, i) => [i + 1, s(shortTime(row.time)), tactics(row, '\n') || '-', `${title(row)}\n${pc.dim(s(row.ruleId))}`, actorAndIps(row)]),
    },
    {
      // The time on two lines (date, then time): the cell has three lines anyway.
      columns: [num, { ...time, max: 10 }, { ...signal, min: 24 }, { head: L('actorSource'), fit: 'middle', min: 20 }],
      rows: rows.map((row, i) => {
        const t = tactics(row, ' · ');
        return [i + 1, s(shortTime(row.time)), `${title(row)}${t ? `\n${pc.dim(t)}` : ''}\n${pc.dim(s(row.ruleId))}`, actorAndIps(row)];
      }),
    },
  ];
}

/** Below this width the four-column table is used when neither wider one fits whole. */
const FIVE_COLUMNS_FROM = 140;

/** The timeline table fitted to the layout asked for (see timelineLayouts). */
function timelineTable(v: SequenceView, lang: Lang, layout: FitOptions): string {
  const [six, five, four] = timelineLayouts(v, lang);
  const width = layout.wide ? undefined : layout.width;
  const naturalWidth = (l: Layout) => {
    const { colWidths } = fitColumns(l.columns, l.rows, {});
    return colWidths.reduce((a, b) => a + b, 0) + colWidths.length + 1;
  };
  const chosen =
    width === undefined || naturalWidth(six) <= width ? six : naturalWidth(five) <= width || width >= FIVE_COLUMNS_FROM ? five : four;
  const t = new FitTable(chosen.columns, layout);
  t.push(...chosen.rows);
  return t.toString();
}

/** "credentials in the wrong hands (#4, #5) · suspicious source (#6)": why the sequence stands, by timeline step. */
function compromiseItems(e: SequenceEvidence, lang: Lang): string[] {
  if (!e.compromise?.length) return [];
  const position = new Map(e.timeline.map((row, i) => [row.signalId, i + 1]));
  const byKind = new Map<string, number[]>();
  for (const c of e.compromise) {
    const list = byKind.get(c.kind) ?? [];
    const n = position.get(c.signalId);
    if (n !== undefined) list.push(n);
    byKind.set(c.kind, list);
  }
  return [...byKind].map(([kind, steps]) => `${safeText(compromiseLabel(lang, kind))}${steps.length ? ` (${steps.map((n) => `#${n}`).join(', ')})` : ''}`);
}

/** Terminal rendering: a heading per sequence and its ordered timeline, fitted to the terminal (src/report/width.ts). */
export function formatSequences(views: readonly SequenceView[], lang: Lang = 'en', layout: FitOptions = { width: terminalColumns() }): string {
  const L = (key: SequenceLabelKey, values?: Record<string, string | number>) => sequenceLabel(lang, key, values);
  if (!views.length) return pc.dim(L('none') + '\n');
  // Lines above the tables fit the width too (no width: nothing cut, as in the tables).
  const width = layout.wide ? undefined : layout.width;
  const wrap = (text: string) => (width === undefined ? [text] : wrapLine(text, width));
  const lines: string[] = [pc.bold(L('count', { n: views.length }))];
  for (const v of views) {
    const e = v.evidence;
    // Principals, addresses, user agents and titles come from logs: escaped before styling.
    const s = safeText;
    lines.push('');
    const severity = lang === 'en' ? v.severity : SEVERITIES.includes(v.severity as Severity) ? severityLabel(lang, v.severity as Severity) : v.severity;
    const status = v.workflowStatus ? ` [${workflowLabel(lang, v.workflowStatus)}]` : '';
    lines.push(...wrap(`${pc.red(pc.bold(s(severity)))} ${pc.bold(s(sequenceTitleIn(v, lang)))}${status ? pc.dim(s(status)) : ''}`));
    const span = `${s(shortTime(e.firstSeen))} → ${s(shortTime(e.lastSeen))} UTC${e.open ? ` (${L('open')})` : ''}`;
    lines.push(...packParts([s(v.id), s(e.template), span], ' · ', width).map((l) => pc.dim(l)));
    lines.push(...labelled(L('type'), [s(sequenceTypeName(e.type, lang, e.template))], 'wrap', width));
    lines.push(...labelled(L('tactics'), e.tactics.map((t) => s(tacticName(t, lang))), 'wrap', width, ' → '));
    const evidence = compromiseItems(e, lang);
    if (evidence.length) lines.push(...labelled(L('compromise'), evidence, 'wrap', width, ' · '));
    // Said whole here (wrapped at their separators), however narrow: the table's actor column may cut them.
    if (e.principals.length) lines.push(...labelled(L('principals'), e.principals.map(s), 'wrap', width));
    if (e.sourceIps.length) {
      const shown = e.sourceIps.slice(0, 10).map(s);
      if (e.sourceIps.length > 10) shown.push(L('more', { n: e.sourceIps.length - 10 }));
      lines.push(...labelled(L('addresses'), shown, 'wrap', width, ', '));
    }
    if (e.userAgents?.length) {
      const shown = e.userAgents.slice(0, 3).map(s);
      if (e.userAgents.length > 3) shown.push(L('more', { n: e.userAgents.length - 3 }));
      lines.push(...labelled(L('userAgents'), shown, 'end', width));
    }
    lines.push(timelineTable(v, lang, layout));
    if (e.truncated) lines.push(pc.dim(L('moreSignals', { n: e.truncated })));
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

/** What correlation did, in a language (the application layer's own note is English). */
function correlationNote(r: CorrelateHubResult, lang: Lang): string {
  const extra = [r.superseded.length ? sequenceLabel(lang, 'merged', { n: r.superseded.length }) : '', r.kept.length ? sequenceLabel(lang, 'kept', { n: r.kept.length }) : ''].filter(Boolean);
  const main = sequenceLabel(lang, 'correlated', { signals: r.signals, sequences: r.sequences.length, new: r.counts.new });
  return extra.length ? `${main}${lang === 'ja' ? '、' : ', '}${extra.join(lang === 'ja' ? '、' : ', ')}` : main;
}

/** `notificationNote` (src/app/notify.ts) in Japanese. */
function notificationNoteJa({ queued, delivery, deadline }: ChangeNotification): string {
  const firstError = delivery.errors.length ? `${delivery.errors[0].target}: ${delivery.errors[0].error}` : undefined;
  if (deadline) {
    return (
      `通知: キュー登録 ${queued.enqueued} 件、送信 ${delivery.sent} 件、送信待ち ${deadline.left} 件` +
      `（送信期限 ${formatMs(deadline.ms)} に到達${firstError ? `。最初のエラー: ${firstError}` : ''}）。\`mamori notify\` を実行してください` +
      (delivery.dead ? `。送信を断念 ${delivery.dead} 件` : '')
    );
  }
  return `通知: キュー登録 ${queued.enqueued} 件、送信 ${delivery.sent} 件、再送予定 ${delivery.failed} 件、送信を断念 ${delivery.dead} 件` + (firstError ? `（最初のエラー: ${firstError}）` : '');
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
  /** Terminal tables at full width, nothing cut. */
  wide?: boolean;
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
    .option('--wide', 'terminal tables and lines at full width, nothing cut (default: fit COLUMNS or the terminal; not a terminal: no limit, titles still wrap)')
    .action(async (flags: SequencesFlags) => {
      const lang = parseLang(flags.lang);
      const layout: FitOptions = flags.wide ? { wide: true } : { width: terminalColumns() };
      const windowMs = parseWindow(flags.window);
      const since = flags.since ? parseSince(flags.since) : undefined;
      const out = flags.out ?? (flags.output === 'html' ? 'mamori-sequences.html' : undefined);
      // Correlating stores sequences in the hub: an unwritable --out is refused before that.
      if (out && out !== '-') await checkOutputPath(out);
      const note = (line: string) => void process.stderr.write(`mamori: ${safeLines(line)}\n`);
      // The correlation note is said here in the reader's language; any other note passes as it is.
      const appNote = lang === 'en' ? note : (line: string) => void (line.startsWith('correlated ') || note(line));
      await withHub(flags, async (hub) => {
        const outcome = await correlateSequences(hub, { windowMs, snapshot: flags.snapshot, correlate: flags.correlate, since, includeResolved: flags.all, onNote: appNote });
        const { sequences: views, findings, notifications, correlation } = outcome;
        if (lang !== 'en' && correlation) note(correlationNote(correlation, lang));
        let text: string;
        if (flags.output === 'ocsf' || flags.output === 'asff' || flags.output === 'csv') {
          const { findingLines } = await import('../report/index.js');
          text = [...findingLines(flags.output, findings, { lang })].join('');
        } else text = flags.output === 'json' ? sequencesJson(views) : flags.output === 'html' ? renderSequencesHtml(views, lang) : formatSequences(views, lang, layout);
        if (out && out !== '-') {
          await writeOutputFile(out, text);
          note(sequenceLabel(lang, 'wrote', { file: out }));
        } else process.stdout.write(text);
        // Queued with the sequences; sent once they are shown.
        const delivered = await notifications?.deliver();
        if (delivered) note(lang === 'en' ? notificationNote(delivered) : notificationNoteJa(delivered));
      });
    });
}

export const register = registerSequencesCommand;
