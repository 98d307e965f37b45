import type { Command } from 'commander';
import { runNotify } from '../app/notify.js';
import { withStore } from './findings.js';
import { intOption } from './parse.js';
import { safeText } from '../report/terminal.js';

/** `mamori notify`: deliver what is due in the notification outbox; --retry brings failed deliveries back. */
export function registerNotifyCommands(program: Command) {
  program
    .command('notify')
    .description('deliver pending notifications (Slack, Teams, webhook, SNS, EventBridge) from the outbox')
    .option('--retry', 'retry failed and given-up deliveries now')
    .option('--status', 'only show the outbox by status and target')
    .option('--db <path-or-url>', 'findings hub')
    .option('--config <file>', 'mamori config file')
    .option('--output <format>', 'text or json', 'text')
    .option('--deadline <seconds>', 'stop starting new deliveries after this many seconds (default: deliver everything due)', intOption('--deadline', 1, 86_400))
    .action(async (flags: { retry?: boolean; status?: boolean; db?: string; config?: string; output: string; deadline?: number }) => {
      await withStore(flags, async (hub) => {
        const delivery = flags.deadline ? { deadlineMs: flags.deadline * 1000 } : undefined;
        const { result, status, failing } = await runNotify(hub, { action: flags.status ? 'status' : flags.retry ? 'retry' : 'deliver', delivery });
        if (flags.output === 'json') {
          process.stdout.write(JSON.stringify({ result, status, failing }, null, 2) + '\n');
          return;
        }
        const lines: string[] = [];
        if (result) lines.push(`attempted ${result.attempted}: ${result.sent} sent, ${result.failed} to retry, ${result.dead} failed for good${result.deadlineReached ? ` (stopped at --deadline ${flags.deadline} s; the rest stays in the outbox)` : ''}`);
        lines.push(`outbox: ${Object.entries(status.byStatus).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
        for (const [target, counts] of Object.entries(status.byTarget)) {
          lines.push(`  ${safeText(target)}: ${Object.entries(counts).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
        }
        // lastError holds what a remote endpoint answered: escaped for the terminal.
        for (const f of failing) lines.push(`  ✗ ${safeText(f.target)} ${safeText(f.findingId)} ${f.status} after ${f.attempts} attempt(s): ${safeText(f.lastError ?? '')}`);
        process.stdout.write(lines.join('\n') + '\n');
      });
    });
}

export const register = registerNotifyCommands;
