/** `mamori serve`: the findings hub over HTTP (src/server), on the embedded hub or PostgreSQL. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { actor, openHub } from '../app/hub.js';
import { intOption } from './parse.js';
import { safeLines } from '../report/terminal.js';

interface ServeFlags {
  host: string;
  port: number;
  db?: string;
  config?: string;
  demo?: boolean;
  auth?: boolean;
  secureCookies?: boolean;
}

const note = (line: string) => void process.stderr.write(`mamori: ${safeLines(line)}\n`);

/** Assesses the bundled demo organisations and runs detection on their logs, into the hub at `db`. */
async function loadDemoInto(db: string, config: string | undefined): Promise<void> {
  const { loadDemos } = await import('../providers/demo.js');
  const { assessSnapshot } = await import('../app/posture.js');
  const { runDetect } = await import('../app/detect.js');
  const store = { db, ...(config ? { config } : {}) };
  const demos = await loadDemos();
  for (const d of demos) await assessSnapshot({ snapshot: d.snapshot, store });
  await runDetect({
    inputs: demos.flatMap((d) => d.logs),
    intel: demos.flatMap((d) => d.intel),
    rules: demos.flatMap((d) => d.rules),
    store,
    baseline: false,
    carryWindows: false,
    snapshot: demos[0].snapshot,
  });
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the findings hub over HTTP: a JSON API (OpenAPI at /api/v1/openapi.json) on a loopback address')
    .option('--host <address>', 'address to listen on (another than loopback only in team mode: users in the hub, OpenID Connect or --auth)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', intOption('--port', 0, 65535), 8787)
    .option('--db <path-or-url>', 'findings hub (default: MAMORI_DB, the config file, or ~/.mamori/mamori.db)')
    .option('--config <file>', 'mamori config file')
    .option('--auth', 'team mode: require sign-in even before any user exists (mamori users add)')
    .option('--secure-cookies', 'mark cookies Secure (HTTPS in front; default when the host is not loopback)')
    .option('--no-secure-cookies', 'do not mark cookies Secure (plain HTTP on a trusted network)')
    .option('--demo', 'serve the bundled demo (AWS, Google Cloud and Azure assessments and the detections on their logs) from a new temporary hub, or into --db when it is empty')
    .action(async (flags: ServeFlags) => {
      let db = flags.db;
      if (flags.demo) {
        db ??= join(mkdtempSync(join(tmpdir(), 'mamori-serve-demo-')), 'hub.db');
        const probe = await openHub({ db, config: flags.config }, { readOnly: true });
        const empty = (await probe.store.count({})) === 0;
        await probe.store.close();
        if (empty) {
          note(`loading the demo into ${db} …`);
          await loadDemoInto(db, flags.config);
        } else note(`${db} already holds findings: serving them as they are`);
      }
      const hub = await openHub({ db, config: flags.config });
      const { startServer } = await import('../server/index.js');
      const server = await startServer({ hub, host: flags.host, port: flags.port, actor, ...(flags.auth ? { auth: true } : {}), ...(flags.secureCookies !== undefined ? { secureCookies: flags.secureCookies } : {}) });
      const users = await hub.store.users.any();
      if (!users && !hub.config.server?.oidc) {
        note(flags.auth ? 'team mode, but no user can sign in yet: add one with "mamori users add NAME --role admin"' : 'local mode: no sign-in, changes are recorded under your OS user name (add a user with "mamori users add" for team mode)');
      }
      // The URL on stdout (scripts read it); how to stop on stderr.
      process.stdout.write(`${server.url}\n`);
      note(`serving the hub at ${server.url} (API: ${server.url}/api/v1/openapi.json); Ctrl-C stops`);
      const stop = async () => {
        await server.close();
        await hub.store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
