import type { Command } from 'commander';
import { Option } from 'commander';
import pc from 'picocolors';
import { pickRules } from '../assess/select.js';
import { FRAMEWORKS, type FrameworkId } from '../frameworks/index.js';
import { MamoriError } from '../model/errors.js';
import { PROVIDERS, type Lang } from '../model/types.js';
import { label, severityLabel, urgencyLabel } from '../report/i18n.js';
import { parseLang, parseList, parseProviders } from './parse.js';
import { ruleCatalogue, ruleSummaries, ruleToJson, type RuleDocument, type RuleSummary } from './rule-catalogue.js';
import { Table } from './table.js';
import { safeLines, safeText } from '../report/terminal.js';

// Rules are read from the catalogue (plain data), not the rule modules: see rule-catalogue.ts.
export { ruleToJson };

const CLI_NAMES: Record<RuleDocument['provider'], string> = { aws: 'AWS CLI', gcp: 'gcloud', azure: 'Azure CLI' };

export function renderRuleDoc(rule: RuleDocument, lang: Lang): string {
  const d = rule.doc[lang];
  // The texts are plain data (a rule pack could carry anything): escaped before styling.
  const t = safeText;
  const lines = [
    pc.bold(t(rule.title[lang])),
    pc.dim(`${t(rule.id)} · ${severityLabel(lang, rule.severity)} · ${rule.kind === 'manual' ? label(lang, 'manual') : t(rule.kind)}`),
    ...Object.entries(rule.frameworks).map(([fw, ids]) => pc.dim(`${t(FRAMEWORKS[fw as FrameworkId]?.name ?? fw)}: ${ids.map(t).join(', ')}`)),
    '',
    safeLines(d.description),
    '',
    pc.bold(`${label(lang, 'urgency')}: ${urgencyLabel(lang, rule.urgency)}`),
    safeLines(d.urgency),
    '',
    pc.bold(label(lang, 'risk')),
    safeLines(d.risk),
    '',
    pc.bold(label(lang, 'recommendation')),
    safeLines(d.recommendation),
    '',
    pc.bold(label(lang, 'console')),
    ...d.console.map((s, i) => `  ${i + 1}. ${t(s)}`),
  ];
  if (rule.remediation) {
    lines.push('', pc.bold(CLI_NAMES[rule.provider]), safeLines(rule.remediation.cli), '', pc.bold('Terraform'), safeLines(rule.remediation.terraform));
    if (rule.remediation.cloudformation) lines.push('', pc.bold('CloudFormation'), safeLines(rule.remediation.cloudformation));
    if (rule.remediation.bicep) lines.push('', pc.bold('Bicep'), safeLines(rule.remediation.bicep));
  }
  lines.push('', pc.bold(label(lang, 'references')), ...rule.references.map((u) => `  ${t(u)}`));
  return lines.join('\n') + '\n';
}

/** The `rules list` table, with its count line. */
export function renderRulesTable(selected: readonly RuleSummary[], lang: Lang): string {
  const table = new Table({
    head: ['id', label(lang, 'severity'), 'title', 'frameworks'],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [44, 10, 60, 30],
  });
  for (const r of selected) {
    const fw = Object.entries(r.frameworks)
      .filter(([id]) => FRAMEWORKS[id as FrameworkId].provider)
      .map(([id, ids]) => `${FRAMEWORKS[id as FrameworkId].short} ${ids.map(safeText).join(',')}`)
      .join('\n');
    table.push([safeText(r.id) + (r.kind === 'manual' ? pc.dim(' (manual)') : ''), severityLabel(lang, r.severity), safeText(r.title[lang]), fw]);
  }
  return table.toString() + `\n${selected.length} rules\n`;
}

export function registerRulesCommands(program: Command) {
  const rules = program.command('rules').description('posture rules and their improvement documents; detection rule tests');
  registerDetectionRuleTests(rules);

  rules
    .command('list')
    .description('list rules')
    .option('--framework <ids>', 'only rules mapped to these frameworks (comma-separated)')
    .option('--provider <ids>', `only rules of these providers (comma-separated: ${PROVIDERS.join(', ')})`)
    .addOption(new Option('--output <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--lang <lang>', 'en or ja', 'en')
    .action(async (flags: { framework?: string; provider?: string; output: string; lang: string }) => {
      const lang = parseLang(flags.lang);
      const selection = { frameworks: parseList(flags.framework), providers: parseProviders(flags.provider) };
      if (flags.output === 'json') {
        process.stdout.write(JSON.stringify(pickRules(await ruleCatalogue(), selection), null, 2) + '\n');
        return;
      }
      process.stdout.write(renderRulesTable(pickRules(await ruleSummaries(), selection), lang));
    });

  rules
    .command('show')
    .description("print a rule's improvement document")
    .argument('<rule-id>')
    .option('--lang <lang>', 'en or ja', 'en')
    .addOption(new Option('--output <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, flags: { lang: string; output: string }) => {
      const lang = parseLang(flags.lang);
      const rule = (await ruleCatalogue()).get(id);
      if (!rule) throw new MamoriError('UNKNOWN_RULE', `unknown rule id "${id}" (see: mamori rules list)`);
      process.stdout.write(flags.output === 'json' ? JSON.stringify(rule, null, 2) + '\n' : renderRuleDoc(rule, lang));
    });
}

/** `mamori rules test`: every detection rule's own test events (built-in and --rules/--sigma). */
export function registerDetectionRuleTests(rules: Command) {
  rules
    .command('test')
    .description("run every detection rule's test events (built-in rules plus --rules folders); report Sigma features that are not supported")
    .option('--rules <paths...>', 'more rule files or folders')
    .option('--no-builtin', 'only the given rules')
    .option('--output <format>', 'text or json', 'text')
    .action(async (flags: { rules?: string[]; builtin: boolean; output: string }) => {
      const { BUILTIN_RULES_DIR } = await import('../detect/pipeline.js');
      const { loadDetectionRules, testRules } = await import('../detect/rules/index.js');
      const { EXIT_SKIPPED } = await import('./detect.js');
      const paths = [...(flags.builtin ? [BUILTIN_RULES_DIR] : []), ...(flags.rules ?? [])];
      if (!paths.length) throw new MamoriError('NO_RULES', 'no rules to test: give --rules or keep the built-in rules');
      const { rules: loaded, issues: all } = await loadDetectionRules(paths);
      const issues = all.filter((i) => i.kind !== 'warning');
      const warnings = all.filter((i) => i.kind === 'warning');
      const results = testRules(loaded);
      const failed = results.filter((r) => !r.passed);
      if (flags.output === 'json') {
        process.stdout.write(JSON.stringify({ rules: loaded.length, cases: results.length, failed, issues, warnings }, null, 2) + '\n');
      } else {
        const lines = [`${loaded.length} rules, ${results.length} test cases: ${results.length - failed.length} passed, ${failed.length} failed`];
        // Rule files and their test events are user input: escaped before styling.
        for (const f of failed) lines.push(pc.red(`  ✗ ${safeText(f.rule)} / ${safeText(f.case)}: ${safeText(f.message)}`) + pc.dim(`  (${safeText(f.file)})`));
        if (issues.length) {
          lines.push(pc.yellow(`${issues.length} rule(s) not loaded:`));
          for (const i of issues) lines.push(`  ${safeText(i.file)}${i.line ? `:${i.line}` : ''}: ${safeText(i.kind)}: ${safeText(i.message)}`);
        }
        if (warnings.length) {
          lines.push(pc.yellow(`${warnings.length} warning(s) (the rules load and run):`));
          for (const i of warnings) lines.push(`  ${safeText(i.file)}${i.line ? `:${i.line}` : ''}: ${safeText(i.message)}`);
        }
        process.stdout.write(lines.join('\n') + '\n');
      }
      process.exitCode = failed.length ? 1 : issues.length ? EXIT_SKIPPED : 0;
    });
}

export const register = registerRulesCommands;
