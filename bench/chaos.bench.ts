/**
 * npm run bench:chaos — mamori under unlucky operations (issue 11), through the real CLI:
 *   N runs of assess, detect, import and sequences killed (SIGKILL) at random points → 0 inconsistent hubs,
 *     0 lost signals after the rerun;
 *   6 concurrent assessments and 3 concurrent detections on one SQLite hub → all stored;
 *   endpoints that accept connections and never answer (AWS collect, detect s3://, Google Cloud collect,
 *     a webhook during assess) → every command ends within its deadline.
 * CHAOS_RUNS (default 30) kills per command; CHAOS_SEED (default 11) fixes the kill points.
 * Prints a table and exits 1 when a guarantee fails. Not run in CI (minutes); test/hub/crash.e2e.test.ts
 * runs a few of the same trials there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FindingStore, internalConnection } from '../src/hub/store/store.js';
import { cleanRun, crashTrial, type CrashScenario } from '../test/support/crash.js';
import { hubDigest, integrityCheck } from '../test/support/hub-digest.js';
import { repoRoot, runMamori, seededRandom } from '../test/support/mamori-process.js';

const RUNS = Number(process.env.CHAOS_RUNS ?? 30);
const seed = Number(process.env.CHAOS_SEED) || 11;
const random = seededRandom(seed);
const work = mkdtempSync(join(tmpdir(), 'mamori-chaos-'));
const demoSnapshot = join(repoRoot, 'demo', 'demo-snapshot.json.gz');
const demoLogs = ['cloudtrail', 'vpcflow', 'dns'].map((d) => join(repoRoot, 'demo', 'logs', d));
const guardDuty = join(repoRoot, 'test', 'fixtures', 'import', 'guardduty-get-findings.json');

const failures: string[] = [];
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function must(args: string[], db: string) {
  const r = await runMamori(args, { db, home: work });
  if (r.code !== 0) throw new Error(`mamori ${args.join(' ')} failed: ${r.stderr}`);
}

// ---- 1. killed runs -------------------------------------------------------------------------
const base = join(work, 'base.db');
const withSignals = join(work, 'signals.db');
await must(['findings', 'import', guardDuty], base);
await must(['findings', 'import', guardDuty], withSignals);
await must(['detect', ...demoLogs, '--no-correlate', '--output', 'json'], withSignals);
const scenarios: CrashScenario[] = [
  { name: 'assess', before: base, args: ['assess', demoSnapshot, '--output', 'json', '--out', join(work, 'assess.json')] },
  { name: 'detect', before: base, args: ['detect', ...demoLogs, '--output', 'json'] },
  { name: 'findings import', before: base, args: ['findings', 'import', join(repoRoot, 'test', 'fixtures', 'import', 'prowler-ocsf.json')] },
  { name: 'sequences', before: withSignals, args: ['sequences', '--output', 'json'] },
];
console.log(`killed runs: ${RUNS} per command, seed ${seed}, in ${work}`);
const crashRows: string[][] = [];
for (const scenario of scenarios) {
  const clean = await cleanRun(scenario, work);
  const tally = { killed: 0, unchanged: 0, complete: 0, inconsistent: 0, lost: 0, badIntegrity: 0, rerunDiffers: 0 };
  for (let i = 0; i < RUNS; i++) {
    // Anywhere in the run, start-up included: a kill before the first write must leave nothing too.
    const t = await crashTrial(scenario, clean, { afterMs: Math.round(random() * clean.ms) }, work, i);
    if (t.killed) tally.killed++;
    tally[t.left]++;
    tally.lost += t.lostSignals;
    if (t.integrity !== 'ok') tally.badIntegrity++;
    if (t.rerunDifference) tally.rerunDiffers++;
    const problem = t.left === 'inconsistent' ? t.difference : t.integrity !== 'ok' ? `integrity: ${t.integrity}` : t.rerunDifference ? `after rerun: ${t.rerunDifference}` : t.lostSignals ? `${t.lostSignals} signals lost` : undefined;
    if (problem) failures.push(`${scenario.name} killed at ${t.at}: ${problem}`);
  }
  crashRows.push([
    scenario.name, fmt(clean.ms), String(RUNS), String(tally.killed), `${tally.unchanged}/${tally.complete}`,
    String(tally.inconsistent + tally.badIntegrity), String(tally.rerunDiffers), String(tally.lost),
  ]);
  console.log(`  ${scenario.name}: done`);
}
printTable(['command', 'clean run', 'runs', 'killed', 'left unchanged/complete', 'inconsistent', 'rerun ≠ clean', 'lost signals'], crashRows);

// ---- 2. concurrent writers ----------------------------------------------------------------
{
  // Both hubs start with the demo's inventory: detection reads it (an instance role's calls from
  // another public address are a signal only where the inventory knows the instance's own), so the
  // concurrent detections and the lone one see the same inventory whichever assessment lands first.
  const db = join(work, 'concurrent.db');
  await must(['assess', demoSnapshot, '--output', 'json', '--out', join(work, 'seed-c.json')], db);
  const lone = join(work, 'lone-detect.db');
  await must(['assess', demoSnapshot, '--output', 'json', '--out', join(work, 'seed-l.json')], lone);
  await must(['detect', ...demoLogs, '--no-baseline', '--output', 'json'], lone);
  // Signals only: sequences depend on the inventory the concurrent assessments store meanwhile.
  const threats = async (path: string) => (await hubDigest(path)).findings.filter((line) => line.split(' ')[1] === 'threat').length;
  const expectedSignals = await threats(lone);
  const started = performance.now();
  const runs = await Promise.all([
    ...Array.from({ length: 6 }, (_, i) => runMamori(['assess', demoSnapshot, '--output', 'json', '--out', join(work, `c${i}.json`)], { db, home: work })),
    ...Array.from({ length: 3 }, () => runMamori(['detect', ...demoLogs, '--no-baseline', '--output', 'json'], { db, home: work })),
  ]);
  const wall = performance.now() - started;
  const store = await FindingStore.open(db);
  const scans = (await internalConnection(store).db.selectFrom('scans').select('id').execute()).length;
  await store.close();
  const signals = await threats(db);
  const failed = runs.filter((r) => r.code !== 0).length;
  const integrity = await integrityCheck(db);
  if (failed) failures.push(`concurrent writers: ${failed} of 9 runs failed: ${runs.find((r) => r.code !== 0)?.stderr.trim().split('\n').pop()}`);
  if (scans !== 7) failures.push(`concurrent writers: ${scans - 1} of 6 assessments stored their scan`);
  if (signals !== expectedSignals) failures.push(`concurrent writers: ${signals} threat findings, a lone detection stores ${expectedSignals}`);
  if (integrity !== 'ok') failures.push(`concurrent writers: integrity ${integrity}`);
  printTable(['concurrent writers', 'exit 0', 'scans stored', 'signals (lone run)', 'integrity', 'wall time'], [
    ['6 assess + 3 detect', `${9 - failed}/9`, `${scans - 1}/6`, `${signals} (${expectedSignals})`, integrity, fmt(wall)],
  ]);
}

// ---- 3. endpoints that never answer -------------------------------------------------------
{
  const held: ServerResponse[] = [];
  const silent = createServer((req, res) => {
    req.resume();
    held.push(res);
  });
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  // Short limits, so the bound each command promises is seconds, not the production minutes.
  const limits = { MAMORI_CONNECT_TIMEOUT_MS: '2000', MAMORI_REQUEST_TIMEOUT_MS: '2000', MAMORI_MAX_ATTEMPTS: '2', MAMORI_OPERATION_DEADLINE_MS: '6000', MAMORI_NOTIFY_DEADLINE_MS: '3000' };
  const aws = { AWS_ENDPOINT_URL: url, AWS_ACCESS_KEY_ID: 'AKIAEXAMPLECHAOS', AWS_SECRET_ACCESS_KEY: 'chaos', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
  // Without credentials in the environment, Application Default Credentials ask the metadata server: here the silent one.
  const host = url.replace('http://', '');
  const gcp = { MAMORI_GCP_ENDPOINT: `${url}/`, GCE_METADATA_HOST: host, GCE_METADATA_IP: host };
  const config = join(work, 'silent-webhook.yaml');
  writeFileSync(config, `notifications:\n  - name: silent-hook\n    type: webhook\n    url: ${url}/hook\n`);
  const db = join(work, 'dead-endpoints.db');
  const cases: { name: string; args: string[]; env: Record<string, string>; deadlineMs: number; config?: string; why: string }[] = [
    { name: 'collect (AWS)', args: ['collect', '--snapshot', join(work, 'aws-snap.json.gz'), '--regions', 'us-east-1'], env: { ...limits, ...aws }, deadlineMs: 30_000, why: '2 attempts × 2 s per call + start' },
    { name: 'detect s3://', args: ['detect', 's3://chaos-bucket/AWSLogs/', '--output', 'json'], env: { ...limits, ...aws }, deadlineMs: 30_000, why: '2 s request timeout, SDK retries + start' },
    { name: 'collect (Google Cloud, silent metadata server)', args: ['collect', '--provider', 'gcp', '--project', 'chaos-project', '--snapshot', join(work, 'gcp-snap.json.gz')], env: { ...limits, ...gcp }, deadlineMs: 30_000, why: 'operation deadline 6 s + start' },
    { name: 'assess + silent webhook', args: ['assess', demoSnapshot, '--output', 'json', '--out', join(work, 'hooked.json')], env: limits, config, deadlineMs: 25_000, why: 'notify deadline 3 s + assess' },
  ];
  const deadlineRows: string[][] = [];
  for (const c of cases) {
    // Killed at twice its deadline at the latest, so a hang shows as a failure instead of hanging the bench.
    const r = await runMamori(c.args, { db, home: work, config: c.config, env: c.env, deadlineMs: c.deadlineMs * 2 });
    const within = r.ms <= c.deadlineMs && !r.killed;
    const lines = r.stderr.trim().split('\n');
    const last = lines.filter((l) => l.startsWith('mamori:')).pop() ?? lines.pop() ?? '';
    if (!within) failures.push(`${c.name}: ${r.killed ? 'still running' : 'ended'} after ${fmt(r.ms)}, deadline ${fmt(c.deadlineMs)}: ${last}`);
    deadlineRows.push([c.name, fmt(r.ms), `${fmt(c.deadlineMs)} (${c.why})`, r.killed ? 'killed (hung)' : `exit ${r.code}`, within ? 'yes' : 'NO', last.slice(0, 110)]);
  }
  for (const res of held) res.destroy();
  silent.closeAllConnections();
  silent.close();
  printTable(['dead endpoint', 'took', 'deadline', 'ended', 'within', 'last line'], deadlineRows);
}

if (failures.length) {
  console.log(`\n${failures.length} guarantee(s) failed:`);
  for (const f of failures.slice(0, 30)) console.log(`  - ${f}`);
  process.exitCode = 1;
} else {
  console.log('\nall guarantees held');
}

function printTable(header: string[], body: string[][]) {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  console.log('');
  for (const [n, r] of all.entries()) {
    console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
