/**
 * npm run bench:startup — how long `mamori --version`, `mamori rules list` and `mamori findings list`
 * take to start and finish, next to a bare `node -e 0` measured in the same run (the ratio is what
 * to compare across machines; this machine is noisy). Target (issue 10): well under 0.3 s each.
 * Runs alternate between the commands so load changes hit all of them alike; the median is reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/version.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const bin = join(packageRoot(), 'bin', 'mamori.js');
const home = mkdtempSync(join(tmpdir(), 'mamori-startup-'));
const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, MAMORI_DB: join(home, 'hub.db'), NO_COLOR: '1' };
delete env.MAMORI_CONFIG;

const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'mamori --version': [bin, '--version'],
  'mamori rules list': [bin, 'rules', 'list'],
  'mamori rules list --output json': [bin, 'rules', 'list', '--output', 'json'],
  'mamori findings list': [bin, 'findings', 'list'],
};

try {
  // The hub exists already, as it would for a user listing findings.
  spawnSync(process.execPath, [bin, 'findings', 'list'], { env });
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const rss: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
      times[name].push(performance.now() - started);
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
      rss[name] = Math.max(rss[name] ?? 0, Number(r.stderr.trim().split('\n').pop()) / 1024);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(times['node -e 0']);
  for (const name of Object.keys(commands)) {
    const m = median(times[name]);
    console.log(`${name.padEnd(32)} median ${m.toFixed(0).padStart(5)} ms  ${(m / base).toFixed(2)}× node -e 0  peak RSS ${rss[name].toFixed(0)} MiB`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
