/** `mamori sequences`: correlate the hub's threat findings into attack sequences and show them. */
import Table from 'cli-table3';
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { EntityResolver, type InventoryEntities } from '../correlate/entities.js';
import type { FindingStore } from '../hub/store/store.js';
import { DEFAULT_WINDOW_MS, MAX_WINDOW_MS, type AttackSequence } from '../correlate/engine.js';
import { correlateHub } from '../correlate/hub.js';
import { sequenceEvidence, sequenceToObserved, type SequenceEvidence } from '../correlate/sequence.js';
import { tacticInfo } from '../correlate/tactics.js';
import type { HubFinding } from '../hub/model.js';
import { MamoriError } from '../model/errors.js';
import { readSnapshot, type Snapshot } from '../model/snapshot.js';
import type { Lang } from '../model/types.js';
import { renderSequencesHtml, type SequenceView } from '../report/sequences-html.js';
import { parseSince } from './findings.js';
import { notifyChanged, openHub } from '../app/hub.js';
import { resolverFor } from '../app/detect.js';
import { parseLang, writeOutputFile } from './output.js';

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

export function viewOfFinding(f: HubFinding): SequenceView | undefined {
  const evidence = sequenceEvidence(f);
  if (!evidence) return undefined;
  return { id: f.id, title: f.title, severity: f.severity, workflowStatus: f.workflowStatus, account: f.account, region: f.region, resourceName: f.resourceName, resourceUid: f.resourceUid, evidence };
}

const tacticName = (id: string, lang: Lang) => tacticInfo(id)?.name[lang] ?? id;

/** Terminal rendering: a heading per sequence and its ordered timeline. */
export function formatSequences(views: readonly SequenceView[], lang: Lang = 'en'): string {
  if (!views.length) return pc.dim(lang === 'ja' ? '攻撃シーケンスはありません。\n' : 'No attack sequences.\n');
  const lines: string[] = [pc.bold(lang === 'ja' ? `攻撃シーケンス: ${views.length}` : `${views.length} attack sequence(s)`)];
  for (const v of views) {
    const e = v.evidence;
    lines.push('');
    lines.push(`${pc.red(pc.bold(v.severity))} ${pc.bold(v.title)}${v.workflowStatus ? pc.dim(` [${v.workflowStatus}]`) : ''}`);
    lines.push(pc.dim(`${v.id} · ${e.template} · ${e.firstSeen} → ${e.lastSeen}${e.open ? ' (open)' : ''}`));
    lines.push(`tactics: ${e.tactics.map((t) => tacticName(t, lang)).join(' → ')}`);
    if (e.principals.length) lines.push(`principals: ${e.principals.join(', ')}`);
    if (e.sourceIps.length) lines.push(`addresses: ${e.sourceIps.slice(0, 10).join(', ')}${e.sourceIps.length > 10 ? ' …' : ''}`);
    if (e.userAgents?.length) lines.push(`user agents: ${e.userAgents.slice(0, 3).join(' | ')}${e.userAgents.length > 3 ? ' …' : ''}`);
    const t = new Table({ head: ['#', 'time (UTC)', 'tactic', 'signal', 'actor', 'source IP'], style: { head: [], border: [] }, colWidths: [4, 18, 22, 50, 44, 18], wordWrap: true });
    e.timeline.forEach((row, i) =>
      t.push([
        i + 1,
        row.time.slice(0, 19).replace('T', ' '),
        row.tactics.map((x) => tacticName(x, lang)).join(', ') || '-',
        `${row.title}${row.step ? pc.cyan(` [${row.step}]`) : ''}\n${pc.dim(row.ruleId)}`,
        row.actor ?? row.accessKeyId ?? '-',
        row.sourceIps.slice(0, 2).join('\n') || '-',
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
  output: 'table' | 'json' | 'html';
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
    .addOption(new Option('--output <format>', 'output format').choices(['table', 'json', 'html']).default('table'))
    .option('--out <file>', 'write to a file instead of stdout (html default: mamori-sequences.html)')
    .option('--lang <lang>', 'en or ja', 'en')
    .option('--snapshot <file>', 'inventory snapshot: ties instance addresses and role sessions to their instances and functions (default: what the latest assessments stored in the hub)')
    .option('--window <duration>', 'correlation window (default 24h, at most 14d)')
    .option('--no-correlate', 'only show the sequences already stored')
    .option('--all', 'include resolved sequences')
    .action(async (flags: SequencesFlags) => {
      const lang = parseLang(flags.lang);
      const windowMs = parseWindow(flags.window);
      const hub = await openHub(flags);
      try {
        const resolver = await resolverFor(flags.snapshot, hub.store);
        if (flags.correlate) {
          const changed: string[] = [];
          const r = await correlateHub(hub.store, { windowMs, resolver, policy: hub.policy, risk: hub.risk, onChange: (id) => changed.push(id) });
          process.stderr.write(`mamori: correlated ${r.signals} threat finding(s): ${r.sequences.length} sequence(s), ${r.counts.new} new${r.superseded.length ? `, ${r.superseded.length} merged` : ''}\n`);
          await notifyChanged(hub.store, hub.config, changed);
        }
        const found = await hub.store.list(
          { kind: ['sequence'], status: flags.all ? undefined : ['NEW', 'NOTIFIED', 'SUPPRESSED'], since: flags.since ? parseSince(flags.since) : undefined },
          { limit: 1000 },
        );
        const views = found
          .map(viewOfFinding)
          .filter((v): v is SequenceView => !!v)
          .sort((a, b) => a.evidence.firstSeen.localeCompare(b.evidence.firstSeen));
        const text = flags.output === 'json' ? sequencesJson(views) : flags.output === 'html' ? renderSequencesHtml(views, lang) : formatSequences(views, lang);
        const out = flags.out ?? (flags.output === 'html' ? 'mamori-sequences.html' : undefined);
        if (out) {
          await writeOutputFile(out, text);
          process.stderr.write(`mamori: wrote ${out}\n`);
        } else process.stdout.write(text);
      } finally {
        await hub.store.close();
      }
    });
}

export const register = registerSequencesCommand;
