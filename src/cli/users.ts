/**
 * `mamori users add|list|remove|set-role`: the local users of `mamori serve` in team mode. A
 * password is never an argument (it would sit in the shell history and the process list): it is
 * read from stdin when piped, or asked for without echo on a terminal.
 */
import type { Command } from 'commander';
import { withHub } from '../app/context.js';
import { addUser, listUsers, parseRole, removeUser, ROLES, setUserRole } from '../server/auth/accounts.js';
import { checkPassword } from '../server/auth/passwords.js';
import { MamoriError } from '../model/errors.js';
import { safeText } from '../report/terminal.js';

interface HubFlags {
  db?: string;
  config?: string;
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break is the pipe's (echo, a file), not the password's.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Reads one line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new MamoriError('CANCELLED', 'cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await askHidden('Password (at least 12 characters): ');
  checkPassword(first);
  const again = await askHidden('Password again: ');
  if (again !== first) throw new MamoriError('PASSWORD_MISMATCH', 'the two passwords differ; nothing was changed');
  return first;
}

const hubOptions = (cmd: Command) =>
  cmd.option('--db <path-or-url>', 'findings hub (default: MAMORI_DB, the config file, or ~/.mamori/mamori.db)').option('--config <file>', 'mamori config file');

export function register(program: Command): void {
  const users = program.command('users').description('local users who sign in to mamori serve (team mode), with their roles: viewer, triager, admin');

  hubOptions(users.command('add <name>'))
    .description('add a user; the password is read from stdin when piped, else asked for without echo')
    .requiredOption('--role <role>', `${ROLES.join(' | ')}`)
    .action(async (name: string, flags: HubFlags & { role: string }) => {
      parseRole(flags.role);
      const password = await readPassword();
      const user = await withHub(flags, (hub) => addUser(hub.store, { name, role: flags.role, password }), { readOnly: true });
      process.stderr.write(`mamori: added ${safeText(user.name)} (${user.role})\n`);
    });

  hubOptions(users.command('list'))
    .description('list the users (name, role, created); never a password hash')
    .option('--json', 'JSON output')
    .action(async (flags: HubFlags & { json?: boolean }) => {
      const list = await withHub(flags, (hub) => listUsers(hub.store), { readOnly: true });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      if (!list.length) process.stderr.write('mamori: no users (mamori serve runs in local mode on loopback)\n');
      for (const u of list) process.stdout.write(`${safeText(u.name)}\t${u.role}\t${u.createdAt}${u.disabled ? '\tdisabled' : ''}\n`);
    });

  hubOptions(users.command('remove <name>'))
    .description('remove a user and end their sessions')
    .action(async (name: string, flags: HubFlags) => {
      await withHub(flags, (hub) => removeUser(hub.store, name), { readOnly: true });
      process.stderr.write(`mamori: removed ${safeText(name)} and ended their sessions\n`);
    });

  hubOptions(users.command('set-role <name> <role>'))
    .description(`change a user's role (${ROLES.join(', ')}); takes effect on their next request`)
    .action(async (name: string, role: string, flags: HubFlags) => {
      const r = await withHub(flags, (hub) => setUserRole(hub.store, name, role), { readOnly: true });
      process.stderr.write(`mamori: ${safeText(name)} is now ${r}\n`);
    });
}
