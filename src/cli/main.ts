/**
 * The `mamori` command. Start-up is kept light: each command group lives in its own module and is
 * imported only when that command runs (cloud SDKs, the hub database and the rule sets load only
 * for the commands that need them). `mamori --help` loads them all to list them.
 */
import { Command, CommanderError } from 'commander';
import { MamoriError } from '../model/errors.js';
import { safeLines } from '../report/terminal.js';
import { VERSION } from '../version.js';

type CommandModule = { register(program: Command): void };

/** Which module registers each top-level command. */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  collect: () => import('./posture.js'),
  assess: () => import('./posture.js'),
  scan: () => import('./posture.js'),
  demo: () => import('./posture.js'),
  rules: () => import('./rules.js'),
  findings: () => import('./findings.js'),
  automation: () => import('./automation.js'),
  notify: () => import('./notify.js'),
  detect: () => import('./detect.js'),
  intel: () => import('./detect.js'),
  sequences: () => import('./sequences.js'),
  iam: () => import('./iam.js'),
  guardrails: () => import('./guardrails.js'),
  serve: () => import('./serve.js'),
  users: () => import('./users.js'),
  report: () => import('./report.js'),
};

/** The first argument that is not an option: the command the user asked for. */
function requestedCommand(args: string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

export async function buildProgram(args: string[] = []): Promise<Command> {
  const program = new Command('mamori')
    .description('mamori (守り): cloud security posture, threat detection and findings for AWS, Google Cloud and Azure — offline-first')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  const name = requestedCommand(args);
  const wanted = name && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]] : args.length === 1 && /^(-V|--version)$/.test(args[0]) ? [] : Object.values(COMMANDS);
  const loaded = new Set<CommandModule>();
  for (const load of wanted) {
    const module = await load();
    if (loaded.has(module)) continue;
    loaded.add(module);
    module.register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // `mamori … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const program = await buildProgram(argv.slice(2));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed the message (or help/version); keep its exit code.
      return err.exitCode;
    }
    if (err instanceof MamoriError) {
      // Messages quote user input (paths, ids, values): control characters are escaped (line breaks a message has of its own stay).
      process.stderr.write(`mamori: error: ${safeLines(err.message)}\n`);
      return 2;
    }
    process.stderr.write(`mamori: unexpected error: ${safeLines(err instanceof Error ? err.message : String(err))}\n`);
    if (process.env.MAMORI_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 3;
  }
}
