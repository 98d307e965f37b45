import type { Command } from 'commander';
import pc from 'picocolors';
import { applyAutomation } from '../app/findings.js';
import { actor } from '../app/hub.js';
import { withStore } from './findings.js';
import { safeText } from '../report/terminal.js';

/** `mamori automation test|apply`: what the config's automation rules and suppressions do to stored findings. */
export function registerAutomationCommands(program: Command) {
  const automation = program.command('automation').description("the config file's automation rules and suppressions");
  for (const [name, dryRun] of [
    ['test', true],
    ['apply', false],
  ] as const) {
    automation
      .command(name)
      .description(dryRun ? 'dry run: show which rule would change what on the current findings' : 'apply the rules and suppressions to the stored findings now (audited)')
      .option('--db <path-or-url>', 'findings hub')
      .option('--config <file>', 'mamori config file')
      .option('--output <format>', 'text or json', 'text')
      .action(async (flags: { db?: string; config?: string; output: string }) => {
        await withStore(flags, async (hub) => {
          const result = await applyAutomation(hub, { dryRun, actor: actor() });
          const { changes } = result;
          if (flags.output === 'json') {
            process.stdout.write(JSON.stringify(result, null, 2) + '\n');
            return;
          }
          const t = safeText;
          const lines = [`${dryRun ? 'would change' : 'changed'} ${changes.length} finding(s) (config: ${t(result.config ?? 'none')})`];
          for (const c of changes.slice(0, 200)) {
            lines.push(`${pc.bold(t(c.findingId.slice(0, 19)))} ${t(c.title)}`);
            for (const h of c.changes) lines.push(`    ${t(h.actor)}: ${t(h.field)}${h.from || h.to ? ` ${h.from !== undefined ? t(h.from) : '∅'} → ${h.to !== undefined ? t(h.to) : '∅'}` : ''}${h.note ? `  (${t(h.note)})` : ''}`);
          }
          if (changes.length > 200) lines.push(`… ${changes.length - 200} more (use --output json)`);
          process.stdout.write(lines.join('\n') + '\n');
        });
      });
  }
}

export const register = registerAutomationCommands;
