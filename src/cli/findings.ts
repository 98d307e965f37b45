import { once } from 'node:events';
import { FitTable, Table } from './table.js';
import { terminalColumns } from '../report/width.js';
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import type { FindingFormat } from '../report/index.js';
import { IMPORT_FORMATS, type ImportFormat } from '../hub/import/index.js';
import { RISK_LEVELS, WORKFLOW_STATUSES, type HubFinding, type RiskLevel, type WorkflowStatus } from '../hub/model.js';
import { docText } from '../model/finding.js';
import { GROUP_FIELDS, type GroupField } from '../hub/store/store.js';
import { filterFrom, oneOf, type FilterFlags } from '../app/filter.js';
import { addFilterOptions } from './filter-options.js';
import { MamoriError } from '../model/errors.js';
import { localize, type Lang, type LocalizedText, type Severity } from '../model/types.js';
import { csvCell } from '../report/csv.js';
import { withHub, type HubContext } from '../app/context.js';
import { findingInsightCounts, findingInsights, listFindings, showFinding, updateFindings } from '../app/findings.js';
import type { ListSort } from '../hub/store/store.js';
import { actor } from '../app/hub.js';
import { prepareImport, storeImport } from '../app/import.js';
import { notificationNote } from '../app/notify.js';
import { openOutputFile, parseLang, parseList, parseProviders, parseSeverity } from './output.js';
import { intOption, MAX_PAGE } from './parse.js';
import { safeLines, safeText } from '../report/terminal.js';

type HubFilterFlags = FilterFlags & { db?: string; config?: string };


/** Opens the hub the flags name for one command. */
export function withStore<T>(flags: { db?: string; config?: string }, fn: (hub: HubContext) => Promise<T>): Promise<T> {
  return withHub(flags, fn);
}

/** Opens the hub for a command that only reads it (no policy needed, so none is loaded). */
function readHub<T>(flags: { db?: string; config?: string }, fn: (hub: HubContext) => Promise<T>): Promise<T> {
  return withHub(flags, fn, { readOnly: true });
}

/** Operator notes go to stderr; stdout is for results. */
const noteToStderr = (line: string) => void process.stderr.write(`mamori: ${safeLines(line)}\n`);

const RISK_COLOR: Record<RiskLevel, (s: string) => string> = { CRITICAL: (s) => pc.bold(pc.red(s)), HIGH: pc.red, MEDIUM: pc.yellow, LOW: pc.cyan };

const CSV_COLUMNS = ['id', 'risk', 'severity', 'workflow_status', 'compliance_status', 'rule_id', 'title', 'account', 'region', 'resource_type', 'resource_uid', 'first_seen', 'last_seen', 'times_seen', 'reason'];
const csvRow = (f: HubFinding) =>
  [f.id, f.risk.level, f.severity, f.workflowStatus, f.complianceStatus ?? '', f.ruleId, f.title, f.account, f.region, f.resourceType, f.resourceUid, f.firstSeen, f.lastSeen, String(f.timesSeen), f.reason]
    .map(csvCell)
    .join(',');

/** `findings list --sort` values (kebab-case, as the other flags) → the list's orders. */
const SORT_FLAGS = { risk: 'risk', severity: 'severity', 'last-seen': 'lastSeen', 'first-seen': 'firstSeen' } as const satisfies Record<string, ListSort>;

export function registerFindingsCommands(program: Command) {
  const findings = program.command('findings').description('the findings hub: list, show, update, insights, import, export');
  registerImportExport(findings);

  addFilterOptions(findings.command('list').description('list findings, highest risk first (or --sort)'))
    .addOption(new Option('--output <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(
      new Option('--sort <order>', 'risk (then severity, last seen), severity (then risk, last seen), last-seen (most recent first), first-seen (newest findings first)')
        .choices(Object.keys(SORT_FLAGS))
        .default('risk'),
    )
    .option('--limit <n>', `page size (1-${MAX_PAGE})`, intOption('--limit', 1, MAX_PAGE), 50)
    .option('--offset <n>', 'skip this many', intOption('--offset', 0, Number.MAX_SAFE_INTEGER), 0)
    .option('--wide', 'the table at full width, nothing cut (default: fit COLUMNS or the terminal; not a terminal: no limit)')
    .action(async (flags: HubFilterFlags & { output: string; limit: number; offset: number; wide?: boolean; sort: keyof typeof SORT_FLAGS }) => {
      const filter = filterFrom(flags);
      await readHub(flags, async ({ store }) => {
        const { total, findings: page } = await listFindings(store, { filter, limit: flags.limit, offset: flags.offset, sort: SORT_FLAGS[flags.sort] });
        if (flags.output === 'json') {
          process.stdout.write(JSON.stringify({ total, offset: flags.offset, findings: page }, null, 2) + '\n');
        } else if (flags.output === 'csv') {
          process.stdout.write([CSV_COLUMNS.join(','), ...page.map(csvRow)].join('\r\n') + '\r\n');
        } else {
          // Fits the terminal: rule ids wrap, resource names (ARNs) are cut in the middle (see src/report/width.ts).
          const table = new FitTable(
            [
              { head: 'id', fit: 'none' },
              { head: 'risk', fit: 'none' },
              { head: 'severity', fit: 'none' },
              { head: 'status', fit: 'none' },
              { head: 'rule', fit: 'wrap', min: 16, weight: 2 },
              { head: 'account', fit: 'middle', min: 12 },
              { head: 'region', fit: 'wrap', min: 9 },
              { head: 'resource', fit: 'middle', min: 16 },
              { head: 'seen', fit: 'none' },
            ],
            flags.wide ? { wide: true } : { width: terminalColumns() },
          );
          for (const f of page) {
            // Escaped before colouring: the data must not carry its own terminal codes.
            const cells = [f.id.slice(0, 19), f.risk.level, f.severity, f.workflowStatus, f.ruleId, f.account, f.region, f.resourceName].map(safeText);
            cells[1] = (RISK_COLOR[f.risk.level] ?? String)(cells[1]);
            table.push([...cells, `${f.timesSeen}×`]);
          }
          process.stdout.write(`${table.toString()}\n${page.length ? flags.offset + 1 : 0}–${flags.offset + page.length} of ${total}\n`);
        }
      });
    });

  findings
    .command('show')
    .description('one finding with its risk factors and audit history')
    .argument('<id>', 'finding id (a unique prefix is enough)')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .addOption(new Option('--output <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--lang <lang>', 'en or ja (the title and reason, where the finding carries them in Japanese)', 'en')
    .action(async (id: string, flags: { db?: string; config?: string; output: string; lang: string }) => {
      const lang = parseLang(flags.lang);
      await readHub(flags, async ({ store }) => {
        const { finding: f, history } = await showFinding(store, id);
        if (flags.output === 'json') {
          process.stdout.write(JSON.stringify({ finding: f, history }, null, 2) + '\n');
          return;
        }
        const t = safeText;
        const lines = [
          pc.bold(t(localize(f.localized?.title ?? f.title, lang))),
          `${t(f.id)}  ${t(f.source)}/${t(f.ruleId)}`,
          `risk ${(RISK_COLOR[f.risk.level] ?? String)(t(f.risk.level))} (likelihood ${t(f.risk.likelihood)} × impact ${t(f.risk.impact)})  severity ${t(f.severity)}${f.severity !== f.originalSeverity ? ` (was ${t(f.originalSeverity)})` : ''}  status ${t(f.workflowStatus)}`,
          `resource ${t(f.resourceType)} ${t(f.resourceUid)} (${t(f.account)} ${t(f.region)})`,
          `first seen ${t(f.firstSeen)}  last seen ${t(f.lastSeen)}  seen ${f.timesSeen}×${f.resolvedAt ? `  resolved ${t(f.resolvedAt)}` : ''}`,
          '',
          safeLines(localize(f.localized?.reason ?? f.reason, lang)),
          ...documentLines(f, lang),
          '',
          pc.bold('why this risk'),
          ...f.risk.factors.map((x) => `  - ${t(x)}`),
          '',
          pc.bold('history'),
          ...history.map((h) => `  ${t(h.at)}  ${t(h.actor)}  ${t(h.field)}${h.from || h.to ? `: ${h.from !== undefined ? t(h.from) : '∅'} → ${h.to !== undefined ? t(h.to) : '∅'}` : ''}${h.note ? `  (${t(h.note)})` : ''}`),
        ];
        if (Object.keys(f.userFields).length) lines.push('', pc.bold('fields'), ...Object.entries(f.userFields).map(([k, v]) => `  ${t(k)}: ${t(v)}`));
        process.stdout.write(lines.join('\n') + '\n');
      });
    });

  findings
    .command('update')
    .description("change findings' workflow status, severity or fields (audited)")
    .argument('<ids...>', 'finding ids (unique prefixes are enough)')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .option('--status <status>', `new workflow status (${WORKFLOW_STATUSES.join(', ')})`)
    .option('--severity <severity>', 'new severity (kept across later scans)')
    .option('--note <text>', 'why')
    .option('--field <key=value...>', 'set a user-defined field')
    .action(async (ids: string[], flags: { db?: string; config?: string; status?: string; severity?: string; note?: string; field?: string[] }) => {
      const status = flags.status ? oneOf<WorkflowStatus>(WORKFLOW_STATUSES, 'status', [flags.status])![0] : undefined;
      const severity: Severity | undefined = flags.severity ? parseSeverity(flags.severity) : undefined;
      const userFields = parseFieldFlags(flags.field ?? []);
      if (!status && !severity && !flags.note && !Object.keys(userFields).length) {
        throw new MamoriError('NOTHING_TO_DO', 'nothing to change: give --status, --severity, --note or --field');
      }
      await withStore(flags, async ({ store }) => {
        const { updated } = await updateFindings(store, { ids, status, severity, note: flags.note, fields: userFields, actor: actor() });
        process.stderr.write(`mamori: updated ${updated} finding(s)\n`);
      });
    });

  addFilterOptions(findings.command('insights').description('counts grouped by a field, posture score over time, and what changed in the latest scan'))
    .option('--group-by <field>', `${Object.keys(GROUP_FIELDS).join(', ')} or framework:<id>`, 'rule')
    .option('--limit <n>', `groups to show (1-${MAX_PAGE})`, intOption('--limit', 1, MAX_PAGE), 20)
    .addOption(new Option('--output <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags: HubFilterFlags & { groupBy: string; limit: number; output: string }) => {
      const filter = filterFrom(flags);
      await readHub(flags, async ({ store }) => {
        const request = { groupBy: flags.groupBy as GroupField, filter, limit: flags.limit };
        if (flags.output === 'json') {
          // JSON keeps the ids of what changed, for scripts; the table shows counts only (a scan of a
          // million findings would otherwise read every id just to count them).
          const { groups, scores, latestScan: latest, changes } = await findingInsights(store, request);
          process.stdout.write(JSON.stringify({ groupBy: flags.groupBy, groups, scores, latestScan: latest, changes }, null, 2) + '\n');
          return;
        }
        const { groups, scores, latestScan: latest, changes } = await findingInsightCounts(store, request);
        const t = new Table({ head: [flags.groupBy, 'count'], style: { head: [], border: [] } });
        for (const g of groups) t.push([g.key === null ? '(none)' : safeText(g.key), g.count]);
        const byFramework = new Map<string, string[]>();
        for (const s of scores) byFramework.set(s.framework, [...(byFramework.get(s.framework) ?? []), s.score === null ? '-' : `${s.score}%`]);
        process.stdout.write(
          [
            t.toString(),
            '',
            pc.bold('posture score per scan (oldest → newest)'),
            ...[...byFramework].map(([fw, points]) => `  ${safeText(fw)}: ${points.slice(-12).join(' → ')}`),
            '',
            latest ? `latest scan ${safeText(latest.at)}: ${changes.newlyFailing} newly failing, ${changes.newlyResolved} newly resolved` : 'no scans yet',
          ].join('\n') + '\n',
        );
      });
    });
}

function registerImportExport(findings: Command) {
  findings
    .command('import')
    .description("import other tools' findings: Security Hub ASFF (incl. GuardDuty, Inspector, Macie), GuardDuty JSON, Prowler OCSF, Trivy JSON")
    .argument('<files...>')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .addOption(new Option('--format <format>', 'skip detection').choices([...IMPORT_FORMATS]))
    .action(async (files: string[], flags: { db?: string; config?: string; format?: ImportFormat }) => {
      // Parse everything first: a bad file stops the import before anything is written.
      const prepared = await prepareImport(files, { format: flags.format });
      await withStore(flags, async (hub) => {
        const { notifications } = await storeImport(hub, prepared, { actor: actor(), onNote: noteToStderr });
        // Queued with each file's findings; sent once, after the last file's note.
        const delivered = await notifications?.deliver();
        if (delivered) noteToStderr(notificationNote(delivered));
      });
    });

  addFilterOptions(findings.command('export').description('export findings as OCSF JSON lines, ASFF (BatchImportFindings batches) or CSV'))
    .addOption(new Option('--format <format>', 'export format').choices(['ocsf', 'asff', 'csv'] satisfies FindingFormat[]).default('ocsf'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--lang <lang>', 'en or ja: titles, reasons and documents in Japanese where the finding carries them', 'en')
    .action(async (flags: HubFilterFlags & { format: FindingFormat; out?: string; lang: string }) => {
      const filter = filterFrom(flags);
      const lang = parseLang(flags.lang);
      // The writers load only when an export runs (they are not needed to list findings).
      const { findingLines } = await import('../report/index.js');
      await readHub(flags, async ({ store }) => {
        const file = flags.out ? await openOutputFile(flags.out) : undefined;
        const write = async (chunk: string) => {
          if (file) await file.write(chunk);
          else if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
        };
        let offset = 0;
        let total = 0;
        for (;;) {
          const page = await store.list(filter, { limit: 1000, offset });
          if (!page.length) break;
          // The same writers as reports and detection; a CSV header only on the first page.
          for (const chunk of findingLines(flags.format, page, { lang, header: offset === 0 })) {
            await write(chunk);
          }
          offset += page.length;
          total += page.length;
        }
        if (file) {
          await file.close();
          process.stderr.write(`mamori: exported ${total} findings to ${flags.out}\n`);
        }
      });
    });
}

/** `--field key=value` flags → user fields; keys and the severity override are checked in src/app/findings.ts. */
export function parseFieldFlags(flags: readonly string[]): Record<string, string> {
  // A prototype-free record: a key such as "__proto__" stays a key (and is then refused by name).
  const fields: Record<string, string> = Object.create(null);
  for (const kv of flags) {
    const i = kv.indexOf('=');
    if (i < 1) throw new MamoriError('BAD_FIELD', `--field "${kv}" must look like key=value`);
    fields[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return fields;
}

/** The improvement document a finding carries (what it is, the risk, the fix, where to read more). */
function documentLines(f: HubFinding, lang: Lang): string[] {
  const d = f.document;
  if (!d) return [];
  const out: string[] = [];
  const section = (title: LocalizedText, text: string | undefined) => text && out.push('', pc.bold(title[lang]), safeLines(text));
  section({ en: 'what it checks', ja: 'チェック内容' }, docText(d.description, lang));
  section({ en: 'risk', ja: 'リスク' }, docText(d.risk, lang));
  section({ en: 'recommended action', ja: '推奨対応' }, docText(d.remediation, lang));
  if (d.console?.[lang].length) out.push('', pc.bold(lang === 'ja' ? 'コンソール手順' : 'console'), ...d.console[lang].map((step, i) => `  ${i + 1}. ${safeText(step)}`));
  if (d.code?.cli) out.push('', pc.bold('CLI'), ...d.code.cli.split('\n').map((l) => `  ${safeLines(l)}`));
  if (d.references?.length) out.push('', pc.bold(lang === 'ja' ? '参考URL' : 'references'), ...d.references.map((u) => `  ${safeText(u)}`));
  return out;
}

export const register = registerFindingsCommands;
