/** `mamori guardrails`: the guardrail intents of every scope of every cloud, in one table. */
import type { Command } from 'commander';
import { CLOUD_SHORT_NAMES, INTENT_STATUS_TEXT, INTENT_STATUSES, type IntentStatus } from '../guardrails/intents.js';
import { MamoriError, quoteForError } from '../model/errors.js';
import type { Lang, Provider } from '../model/types.js';
import { safeText } from '../report/terminal.js';
import { parseLang } from './parse.js';
import { Table } from './table.js';



export function register(program: Command): void {
  program
    .command('guardrails')
    .description('which preventive guardrails (restrict regions, block public storage, protect audit logs, …) each AWS account, Google Cloud project and Azure subscription has: enforced, audit only, or missing')
    .option('--snapshot <files...>', 'answer from these snapshot files (default: what the last assessments stored in the hub)')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .option('--scope <ids>', 'only these scopes (comma-separated account, project or subscription ids)')
    .option('--detail', 'one line per scope and intent, with the reason and the controls')
    .option('--output <format>', 'text or json', 'text')
    .option('--lang <lang>', 'en or ja', 'en')
    .action(async (flags: { snapshot?: string[]; db?: string; config?: string; scope?: string; detail?: boolean; output: string; lang: string }) => {
      if (flags.output !== 'text' && flags.output !== 'json') throw new MamoriError('BAD_OUTPUT', `--output must be text or json, not ${quoteForError(flags.output)}`);
      const lang = parseLang(flags.lang);
      const { runGuardrailsView } = await import('../app/guardrails.js');
      const view = await runGuardrailsView({ snapshots: flags.snapshot, store: { db: flags.db, config: flags.config } });
      if (flags.scope) {
        const wanted = flags.scope.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
        const unknown = wanted.filter((w) => !view.scopes.some((s) => s.scope.toLowerCase() === w));
        if (unknown.length) throw new MamoriError('UNKNOWN_SCOPE', `scope ${quoteForError(unknown[0])} is not in ${view.from}`);
        view.scopes = view.scopes.filter((s) => wanted.includes(s.scope.toLowerCase()));
      }
      if (flags.output === 'json') {
        process.stdout.write(JSON.stringify(view, null, 2) + '\n');
        return;
      }
      process.stderr.write(`mamori: from ${safeText(view.from)}\n`);
      process.stdout.write(renderGuardrails(view, lang, !!flags.detail) + '\n');
    });
}

/** The intents as rows, the scopes as columns (cloud and scope name in the head), then a legend. */
export function renderGuardrails(view: import('../app/guardrails.js').GuardrailsView, lang: Lang, detail: boolean): string {
  const ja = lang === 'ja';
  const lines: string[] = [ja ? 'クラウド横断のガードレール（目的ごと）' : 'Guardrails across clouds, by intent'];
  const head = [ja ? '目的' : 'Intent', ...view.scopes.map((s) => [CLOUD_SHORT_NAMES[s.provider] ?? s.provider, ...(s.name && s.name !== s.scope ? [s.name] : []), s.scope].map(safeText).join('\n'))];
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const intent of view.intents) {
    table.push([safeText(intent.title[lang]), ...view.scopes.map((s) => {
      const c = s.checks.find((x) => x.intent === intent.id);
      return c ? `${INTENT_STATUS_TEXT[c.status].mark} ${INTENT_STATUS_TEXT[c.status][lang]}` : '';
    })]);
  }
  lines.push(table.toString());
  const legend = INTENT_STATUSES.map((s) => `${INTENT_STATUS_TEXT[s].mark} ${INTENT_STATUS_TEXT[s][lang]}`).join('  ');
  lines.push(legend);
  // Counts per cloud: what the CoE reports upward.
  for (const provider of ['aws', 'gcp', 'azure']) {
    const scopes = view.scopes.filter((s) => s.provider === provider);
    if (!scopes.length) continue;
    const counts = new Map<IntentStatus, number>();
    for (const s of scopes) for (const c of s.checks) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
    const parts = INTENT_STATUSES.filter((st) => counts.get(st)).map((st) => `${INTENT_STATUS_TEXT[st][lang]} ${counts.get(st)}`);
    lines.push(`${CLOUD_SHORT_NAMES[provider as Provider]} (${scopes.length} ${ja ? 'スコープ' : scopes.length === 1 ? 'scope' : 'scopes'}): ${parts.join(', ')}`);
  }
  if (detail) {
    for (const s of view.scopes) {
      lines.push('', `${CLOUD_SHORT_NAMES[s.provider] ?? s.provider} ${safeText(s.scope)}${s.scopePath ? `  (${safeText(s.scopePath)})` : ''}`);
      for (const c of s.checks) {
        const title = view.intents.find((i) => i.id === c.intent)?.title[lang] ?? c.intent;
        lines.push(`  ${INTENT_STATUS_TEXT[c.status].mark} ${INTENT_STATUS_TEXT[c.status][lang].padEnd(ja ? 6 : 14)} ${safeText(title)}  [${c.intent}]${c.controls.length ? `  ← ${safeText(c.controls.join(', '))}` : ''}`);
        lines.push(`      ${safeText(c.reason[lang])}`);
      }
    }
  } else {
    lines.push(ja ? '理由と実装: mamori guardrails --detail' : 'Reasons and the controls behind each mark: mamori guardrails --detail');
  }
  return lines.join('\n');
}
