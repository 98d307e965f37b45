/**
 * npm run bench:detect — detection throughput on one core (issue 4):
 *   all built-in rules, CloudTrail S3 delivery files (.json.gz) from disk → ≥ 100,000 events/s,
 *   next to a plain read + gunzip + JSON.parse of the same files (the ratio is the figure: aim ≥ 0.5),
 *   and peak memory for that input and one five times larger (it should stay flat).
 *
 * The main input (BENCH_EVENTS, default 1,000,000 events: about 110 MiB of gzip, 1.1 GB of JSON) is
 * the issue's "100 MB"; the large one (BENCH_LARGE_EVENTS, default five times as many: 5.5 GB of
 * JSON) its "5 GB" (0 skips it). A short run (200,000 events, two seconds) is reported beside them:
 * start-up (loading and compiling the rules, the JIT warming up) weighs more there, which is why the
 * sustained figure is measured on the main input. Each run is a fresh process; the parse and detect
 * runs alternate, so that load from elsewhere on the machine falls on both alike, and the best of
 * each counts.
 *
 * Google Cloud (issue: Cloud Audit Logs detection): BENCH_GCP_EVENTS (default 1,000,000) Cloud Audit
 * Log entries as a sink writes them to Cloud Storage (gzip JSON lines, an object per log and hour)
 * through all built-in rules, next to a plain gunzip + JSON.parse of every line of the same files
 * (aim: ratio ≥ 0.75). MAMORI_BENCH_ONLY=gcp runs only that part, MAMORI_BENCH_ONLY=aws only the AWS one.
 *
 * Azure (issue: Activity Log detection): BENCH_AZURE_EVENTS (default 1,000,000) Activity Log records as
 * diagnostic settings write them to storage (JSON lines, gzip here, in the insights-activity-logs
 * layout; Start, Accept and outcome records of each operation, Policy audit records) through all
 * built-in rules, next to a plain gunzip + JSON.parse of every line of the same files (aim: ratio ≥
 * 0.75). MAMORI_BENCH_ONLY=azure runs only that part.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Baseline } from '../src/detect/baseline/index.js';
import { detect } from '../src/detect/pipeline.js';
import { readEventBatches } from '../src/detect/read/index.js';
import { FindingStore } from '../src/hub/store/store.js';
import { writeCloudTrailFiles, writeGcpAuditFiles } from '../src/detect/read/bench-helpers.js';
import { writeAzureActivityFiles } from '../src/providers/azure/read/bench.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const LARGE = Number(process.env.BENCH_LARGE_EVENTS ?? EVENTS * 5);
const SHORT = 200_000;
const PER_FILE = 2_000;
const START = Date.parse('2024-05-01T00:00:00Z');
const GCP_EVENTS = Number(process.env.BENCH_GCP_EVENTS ?? 1_000_000);
const AZURE_EVENTS = Number(process.env.BENCH_AZURE_EVENTS ?? 1_000_000);
const ONLY = process.env.MAMORI_BENCH_ONLY;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  return out.sort();
}

if (process.argv[2] === '--child') {
  const [mode, dir] = process.argv.slice(3);
  const t0 = performance.now();
  let events = 0;
  let jsonBytes = 0;
  let signals = 0;
  let signalsMiB = 0;
  let restMiB = 0;
  let ms = 0;
  if (mode === 'read') {
    // The reader alone (gunzip, decode, split, JSON.parse, normalise), no rules: what the rules cost is detect against it.
    for await (const batch of readEventBatches([dir])) events += batch.length;
    ms = performance.now() - t0;
  } else if (mode === 'parse-lines') {
    // JSON lines (a Cloud Logging sink's objects): every line parsed.
    for (const f of files(dir)) {
      const text = gunzipSync(readFileSync(f)).toString('utf8');
      jsonBytes += text.length;
      for (const line of text.split('\n')) {
        if (line === '') continue;
        JSON.parse(line);
        events++;
      }
    }
    ms = performance.now() - t0;
  } else if (mode === 'parse') {
    for (const f of files(dir)) {
      const text = gunzipSync(readFileSync(f)).toString('utf8');
      jsonBytes += text.length;
      events += (JSON.parse(text) as { Records: unknown[] }).Records.length;
    }
    ms = performance.now() - t0;
  } else if (mode === 'baseline') {
    // As `mamori detect` runs with a hub: learned baselines on, in an embedded hub of its own.
    const store = await FindingStore.open(join(dir, '..', `baseline-${process.pid}.db`));
    const baseline = await Baseline.load(store);
    events = (await detect({ inputs: [dir], intel: [], baseline })).events;
    await baseline.save();
    ms = performance.now() - t0;
    await store.close();
  } else {
    let result: Awaited<ReturnType<typeof detect>> | undefined = await detect({ inputs: [dir], intel: [] });
    ms = performance.now() - t0;
    events = result.events;
    signals = result.signals.length;
    if (result.readIssues.length || result.ruleIssues.length) throw new Error(`issues: ${JSON.stringify([...result.readIssues, ...result.ruleIssues].slice(0, 3))}`);
    // What the output itself (the signals, held for the summary, the hub and correlation) takes;
    // measured after the clock stopped.
    const gc = (globalThis as { gc?: () => void }).gc!;
    gc();
    const withSignals = process.memoryUsage().heapUsed;
    result = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0)); // the settled promises of the stream let go of it
    gc();
    restMiB = process.memoryUsage().heapUsed / 2 ** 20;
    signalsMiB = withSignals / 2 ** 20 - restMiB;
  }
  process.stdout.write(JSON.stringify({ mode, events, jsonBytes, signals, signalsMiB, restMiB, ms: Math.round(ms), perSecond: Math.round(events / (ms / 1000)), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}

interface Run {
  events: number;
  jsonBytes: number;
  signals: number;
  signalsMiB: number;
  /** Live heap after detection without its result: rules, caches, modules. */
  restMiB: number;
  ms: number;
  perSecond: number;
  maxRssMiB: number;
}

function child(mode: string, dir: string): Run {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Run;
}

const n = (x: number) => x.toLocaleString('en');
const gz = (dir: string) => `${(files(dir).reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20).toFixed(0)} MiB gz`;
const best = (xs: Run[]) => xs.reduce((a, b) => (a.ms < b.ms ? a : b));
const each = (xs: Run[]) => xs.map((x) => n(x.perSecond)).join(', ');

/** Parse and detect alternated `times` times on `dir`; the best of each. */
function measure(dir: string, times: number, parseMode = 'parse'): { parse: Run; detect: Run; parses: Run[]; detects: Run[] } {
  const parses: Run[] = [];
  const detects: Run[] = [];
  for (let i = 0; i < times; i++) {
    parses.push(child(parseMode, dir));
    detects.push(child('detect', dir));
  }
  return { parse: best(parses), detect: best(detects), parses, detects };
}

const root = mkdtempSync(join(tmpdir(), 'mamori-detect-bench-'));
try {
  if (!ONLY || ONLY === 'gcp') await benchGcp(join(root, 'gcp'));
  if (!ONLY || ONLY === 'azure') await benchAzure(join(root, 'azure'));
  if (!ONLY || ONLY === 'aws') await benchAws();
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** Google Cloud Audit Logs: sink objects (gzip JSON lines) through all built-in rules. */
async function benchGcp(dir: string): Promise<void> {
  const t0 = performance.now();
  const written = await writeGcpAuditFiles(dir, { entries: GCP_EVENTS, perFile: 4000, seed: 7 });
  console.log(`Google Cloud input written in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${n(written.entries)} entries in ${n(written.paths.length)} sink objects`);
  const m = measure(dir, Number(process.env.BENCH_GCP_RUNS ?? 3), 'parse-lines');
  const gb = (r: Run) => `${(r.jsonBytes / 1e9).toFixed(2)} GB of JSON`;
  console.log(`Google Cloud Audit Logs: ${n(m.parse.events)} entries (${gz(dir)}, ${gb(m.parse)})`);
  console.log(`  plain gunzip + JSON.parse per line: ${n(m.parse.perSecond)} entries/s (runs: ${each(m.parses)})`);
  console.log(`  detect (all built-in rules): ${n(m.detect.perSecond)} entries/s (runs: ${each(m.detects)}; ${n(m.detect.signals)} signals) — ratio ${(m.detect.perSecond / m.parse.perSecond).toFixed(2)} [aim ≥ 0.75]`);
  const reads = [child('read', dir), child('read', dir)];
  const read = best(reads);
  console.log(`  the reader alone (no rules): ${n(read.perSecond)} entries/s (runs: ${each(reads)}) — detect / reader ${(m.detect.perSecond / read.perSecond).toFixed(2)}`);
  console.log(`  peak RSS: ${m.detect.maxRssMiB} MiB`);
  rmSync(dir, { recursive: true, force: true });
}

/** Azure Activity Log: diagnostic-settings storage blobs (gzip JSON lines) through all built-in rules. */
async function benchAzure(dir: string): Promise<void> {
  const t0 = performance.now();
  const written = await writeAzureActivityFiles(dir, { records: AZURE_EVENTS, perFile: 5000, seed: 11 });
  console.log(`Azure input written in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${n(written.records)} records in ${n(written.paths.length)} blobs`);
  const m = measure(dir, Number(process.env.BENCH_AZURE_RUNS ?? 3), 'parse-lines');
  const gb = (r: Run) => `${(r.jsonBytes / 1e9).toFixed(2)} GB of JSON`;
  console.log(`Azure Activity Log: ${n(m.parse.events)} records (${gz(dir)}, ${gb(m.parse)})`);
  console.log(`  plain gunzip + JSON.parse per line: ${n(m.parse.perSecond)} records/s (runs: ${each(m.parses)})`);
  console.log(`  detect (all built-in rules): ${n(m.detect.perSecond)} records/s (runs: ${each(m.detects)}; ${n(m.detect.signals)} signals) — ratio ${(m.detect.perSecond / m.parse.perSecond).toFixed(2)} [aim ≥ 0.75]`);
  const reads = [child('read', dir), child('read', dir)];
  const read = best(reads);
  console.log(`  the reader alone (no rules): ${n(read.perSecond)} records/s (runs: ${each(reads)}) — detect / reader ${(m.detect.perSecond / read.perSecond).toFixed(2)}`);
  console.log(`  peak RSS: ${m.detect.maxRssMiB} MiB`);
  rmSync(dir, { recursive: true, force: true });
}

async function benchAws(): Promise<void> {
  const main = join(root, 'main');
  const short = join(root, 'short');
  const large = join(root, 'large');
  const stress = join(root, 'stress');
  const t0 = performance.now();
  await writeCloudTrailFiles(main, { files: Math.ceil(EVENTS / PER_FILE), recordsPerFile: PER_FILE, seed: 1, mix: 'realistic' });
  // The short input is the main one's first files; the large one is the main one and more after it
  // (linked, not copied), its events later in time so that they stay in order.
  const mainFiles = files(main);
  const link = (to: string, count: number) => {
    for (const f of mainFiles.slice(0, count)) {
      const target = join(to, relative(main, f));
      mkdirSync(dirname(target), { recursive: true });
      linkSync(f, target);
    }
  };
  link(short, Math.ceil(SHORT / PER_FILE));
  if (LARGE > EVENTS) {
    link(large, mainFiles.length);
    const extra = Math.ceil((LARGE - EVENTS) / PER_FILE);
    await writeCloudTrailFiles(large, { files: extra, recordsPerFile: PER_FILE, seed: 2, mix: 'realistic', start: new Date(START + mainFiles.length * PER_FILE * 1000) });
  }
  await writeCloudTrailFiles(stress, { files: Math.ceil(SHORT / PER_FILE), recordsPerFile: PER_FILE, seed: 3, mix: 'stress' });
  console.log(`inputs written in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  const m = measure(main, 2);
  const gb = (r: Run) => `${(r.jsonBytes / 1e9).toFixed(1)} GB of JSON`;
  console.log(`main input: ${n(m.parse.events)} events (${gz(main)}, ${gb(m.parse)})`);
  console.log(`  plain gunzip + JSON.parse: ${n(m.parse.perSecond)} events/s (runs: ${each(m.parses)})`);
  console.log(`  detect (all built-in rules): ${n(m.detect.perSecond)} events/s [target ≥ 100,000] (runs: ${each(m.detects)}) — ratio ${(m.detect.perSecond / m.parse.perSecond).toFixed(2)} [aim ≥ 0.5]`);

  const s = measure(short, 2);
  console.log(`short input: ${n(s.parse.events)} events (${gz(short)}): plain ${n(s.parse.perSecond)} events/s, detect ${n(s.detect.perSecond)} events/s (runs: ${each(s.detects)}) — ratio ${(s.detect.perSecond / s.parse.perSecond).toFixed(2)}`);

  // Learned baselines against plain detection on the same input, alternating so load falls on both.
  const learnedRuns: Run[] = [];
  const plainRuns: Run[] = [];
  for (let i = 0; i < 2; i++) {
    plainRuns.push(child('detect', short));
    learnedRuns.push(child('baseline', short));
  }
  const learned = best(learnedRuns);
  const plainDetect = best(plainRuns);
  console.log(
    `short input with learned baselines (as mamori detect with a hub; saving them included): ${n(learned.perSecond)} events/s (runs: ${each(learnedRuns)}) against detect ${n(plainDetect.perSecond)} events/s — costs ${(plainDetect.perSecond / learned.perSecond).toFixed(2)}× plain detection [aim ≤ 1.5]`,
  );

  const hot = child('detect', stress);
  console.log(`stress mix (about a third of the events match a rule), ${n(hot.events)} events: ${n(hot.perSecond)} events/s`);

  if (LARGE > EVENTS) {
    const big = child('detect', large);
    const line = (r: Run) => `${r.maxRssMiB} MiB for ${n(r.events)} events (${n(r.signals)} signals, ${r.signalsMiB.toFixed(0)} MiB of heap)`;
    console.log(`peak RSS: ${line(m.detect)}; ${line(big)} (${gz(large)}; ${n(big.perSecond)} events/s)`);
    console.log(`  live heap at the end without the signals: ${m.detect.restMiB.toFixed(0)} and ${big.restMiB.toFixed(0)} MiB (the signals are the output: one per rule and principal, so they grow with the distinct principals the input names, ${(((big.signalsMiB - m.detect.signalsMiB) * 2 ** 20) / Math.max(1, big.signals - m.detect.signals) / 1024).toFixed(1)} KiB each)`);
  } else {
    console.log(`peak RSS: ${m.detect.maxRssMiB} MiB for ${n(m.detect.events)} events (large input skipped)`);
  }
}
