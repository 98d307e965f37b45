/**
 * `mamori report`: a report from the findings hub, through the application functions (the hub's
 * triage included): the full HTML report (posture, threat signals, attack sequences and attack
 * paths in one linked file), the one-page executive summary as HTML, or the same as PDF rendered
 * by headless Chromium.
 */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { withHub } from '../app/context.js';
import { addFilterOptions } from './filter-options.js';
import { filterFrom, KINDS, type FilterFlags } from '../app/filter.js';
import { gatherHubReport, REPORT_CAP } from '../app/report.js';
import { WORKFLOW_STATUSES } from '../hub/model.js';
import type { Lang } from '../model/types.js';
import { checkOutputPath, parseLang } from './output.js';

/** The filters as written on the command line, for the report's header. */
function filterText(flags: FilterFlags): string {
  return (Object.keys(flags) as (keyof FilterFlags)[])
    .filter((k) => FILTER_KEYS.includes(k) && flags[k] !== undefined)
    .map((k) => `--${k} ${flags[k]}`)
    .join(' ');
}
const FILTER_KEYS: (keyof FilterFlags)[] = ['status', 'severity', 'risk', 'provider', 'scope', 'account', 'region', 'rule', 'source', 'kind', 'since'];

const DEFAULT_OUT = { html: 'mamori-report.html', 'exec-html': 'mamori-executive.html', pdf: 'mamori-executive.pdf' } as const;
type ReportFormat = keyof typeof DEFAULT_OUT;

export interface ReportFlags extends FilterFlags {
  format: ReportFormat;
  out?: string;
  lang: string;
  db?: string;
  config?: string;
}

/** Writes the report the flags ask for; returns where it went. */
export async function runReport(flags: ReportFlags): Promise<string> {
  const lang: Lang = parseLang(flags.lang);
  const filter = filterFrom(flags);
  const out = flags.out ?? DEFAULT_OUT[flags.format];
  if (out !== '-') await checkOutputPath(out);
  const data = await withHub(flags, (hub) => gatherHubReport(hub, { filter, filterText: filterText(flags), cap: flags.format === 'html' ? REPORT_CAP : 2000 }), { readOnly: true });
  let body: string | Uint8Array;
  if (flags.format === 'html') body = (await import('../report/html.js')).renderHubReport(data, lang);
  else {
    const html = (await import('../report/executive.js')).renderExecutiveHtml(data, lang);
    body = flags.format === 'pdf' ? await (await import('../report/pdf.js')).renderPdf(html) : html;
  }
  if (out === '-') process.stdout.write(body);
  else await writeFile(out, body);
  return out;
}

export function register(program: Command): void {
  addFilterOptions(
    program
    .command('report')
    .description('a report from the findings hub with its triage: the full HTML report (posture, threats, attack sequences), or the one-page executive summary as HTML or PDF')
    .addOption(new Option('--format <format>', 'html (full report), exec-html (executive summary) or pdf (executive summary, rendered by Chromium)').choices(['html', 'exec-html', 'pdf']).default('html'))
    .option('--out <file>', 'where to write it ("-" for stdout; default mamori-report.html, mamori-executive.html or mamori-executive.pdf)')
    .option('--lang <lang>', 'en or ja', 'en'),
  )
    .action(async (flags: ReportFlags) => {
      const out = await runReport(flags);
      if (out !== '-') process.stderr.write(`mamori: wrote ${out}\n`);
    });
}
