/**
 * npm run bench:assess — assess a generated snapshot of 100,000 resources with every rule.
 * Target (issue 2): under 5 s and under 1 GiB on the 2-core CI machine.
 *
 * The measured run happens in a fresh child process (`mamori assess FILE --output json`), the
 * way a user runs it, so the figures include reading, validating and writing; peak memory is the
 * child's max RSS.
 *
 * Then (issue 10) a 1,000,000-resource snapshot version 2 folder assessed shard by shard, also in a
 * fresh child with default node settings: target peak RSS under 1 GiB. The child reports the
 * number of findings by status, what is kept across scopes, and memory after each phase.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess } from '../src/assess/engine.js';
import { selectRules } from '../src/assess/registry.js';
import { loadDemoSnapshot } from '../src/providers/aws/demo/index.js';
import { readSnapshot, writeSnapshot } from '../src/model/snapshot.js';
import { assessSnapshot } from '../src/app/posture.js';
import { buildReport } from '../src/report/report.js';
import { WRITERS } from '../src/report/index.js';
import { assessSource } from '../src/assess/stream.js';
import type { PostureFinding } from '../src/model/finding.js';
import { MANIFEST_FILE, openSnapshot } from '../src/snapshot/sharded.js';
import { loadAzureDemoSnapshot } from '../src/providers/azure/demo/index.js';
import { azureSubscriptionId, generateShardedSnapshot, generateSnapshot } from './generate.js';

const TARGET = Number(process.env.BENCH_RESOURCES ?? 100_000);
/** The sharded (snapshot v2) run: 1,000,000 resources by default; 0 skips it. */
const SHARDED_TARGET = Number(process.env.BENCH_SHARDED_RESOURCES ?? 1_000_000);
/**
 * A folder to keep the generated sharded snapshot in (generating a million resources takes minutes):
 * reused as it is when it already holds a manifest, so repeated runs measure the assessment alone.
 * BENCH_SHARDED_ONLY=1 skips the 100,000-resource runs.
 */
const SHARDED_DIR = process.env.BENCH_SHARDED_DIR;
const SHARDED_ONLY = process.env.BENCH_SHARDED_ONLY === '1';
/** The Azure run (issue 15): 100,000 resources grown from the Azure demo tenant; BENCH_AZURE=0 skips it. */
const AZURE = process.env.BENCH_AZURE !== '0';

if (process.argv[2] === '--sharded-child') {
  // Child: a version 2 snapshot assessed shard by shard, the results streamed to a consumer that
  // counts them (as a hub ingest or an OCSF export in batches would take them); with
  // BENCH_KEEP_FAILED=1 it also keeps every failed result in memory, as the table report does.
  const keepFailed = process.env.BENCH_KEEP_FAILED === '1';
  const folder = process.argv[3];
  const t0 = performance.now();
  // Memory by phase: after the manifest, after the resident pass (first results), and the most
  // seen between scopes (sampled every 200 scopes: RSS, the V8 heap, and memory outside it).
  const mib = (n: number) => Math.round(n / 1024 / 1024);
  const phase = () => {
    const m = process.memoryUsage();
    return { rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed), heapTotalMiB: mib(m.heapTotal), externalMiB: mib(m.external) };
  };
  const source = await openSnapshot(folder);
  const afterManifest = { ...phase(), ms: Math.round(performance.now() - t0) };
  let afterResident: ReturnType<typeof phase> | undefined;
  const most = { rssMiB: 0, heapUsedMiB: 0, heapTotalMiB: 0, externalMiB: 0 };
  let scopes = 0;
  const statuses: Record<string, number> = {};
  const failed: PostureFinding[] = [];
  const stats = await assessSource(source, {
    rules: selectRules({ providers: ['aws'] }),
    onFindings(findings) {
      if (scopes++ === 0) afterResident = phase();
      if (scopes % 200 === 0) for (const [k, v] of Object.entries(phase()) as [keyof typeof most, number][]) most[k] = Math.max(most[k], v);
      for (const f of findings) {
        statuses[f.status] = (statuses[f.status] ?? 0) + 1;
        if (keepFailed && f.status === 'FAIL') failed.push(f);
      }
    },
  });
  process.stdout.write(
    JSON.stringify({
      resources: stats.resources,
      shards: source.manifest.shards.length,
      results: stats.results,
      statuses,
      failed: statuses.FAIL ?? 0,
      failedKept: failed.length,
      peakResourcesHeld: stats.peakResources,
      resident: { resources: stats.resident.resources, compressedMiB: +(stats.resident.compressedBytes / 1048576).toFixed(1), textMiB: +(stats.resident.textBytes / 1048576).toFixed(1) },
      memory: { afterManifest, afterResident, mostBetweenScopes: most },
      totalMs: Math.round(performance.now() - t0),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  process.exit(0);
}

if (process.argv[2] === '--child') {
  // Child: what `mamori assess FILE` does (read + validate, all rules, summary, terminal table),
  // timed phase by phase; with a second argument it also exports every result as JSON to that file.
  const [file, jsonOut] = process.argv.slice(3);
  const t0 = performance.now();
  const snapshot = await readSnapshot(file);
  const t1 = performance.now();
  // The application function `mamori assess` calls: evaluation, summary, findings made when asked.
  const { report } = await assessSnapshot({ snapshot, selection: { providers: [snapshot.scope.provider] } });
  const t2 = performance.now();
  const table = WRITERS.table.write(report, { lang: 'en' });
  const t3 = performance.now();
  let jsonMs: number | undefined;
  if (jsonOut) {
    const out = createWriteStream(jsonOut);
    for (const chunk of WRITERS.json.chunks!(report, { lang: 'en' })) if (!out.write(chunk)) await once(out, 'drain');
    await new Promise((r) => out.end(r));
    jsonMs = Math.round(performance.now() - t3);
  }
  process.stdout.write(
    JSON.stringify({
      resources: snapshot.resources.length,
      results: Object.values(report.summary.results).reduce((a, b) => a + b, 0),
      failed: report.summary.results.FAIL,
      readMs: Math.round(t1 - t0),
      assessMs: Math.round(t2 - t1),
      summaryMs: Math.round(t3 - t2),
      totalMs: Math.round(t3 - t0),
      tableBytes: table.length,
      jsonExportMs: jsonMs,
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'mamori-bench-'));
try {
  const seed = await loadDemoSnapshot();
  /** The fastest 100,000-resource run (the sharded run's time per resource is compared with it). */
  let best: { wallMs: number; resources: number } = { wallMs: NaN, resources: NaN };
  if (!SHARDED_ONLY) {
    const snapshot = generateSnapshot(seed, TARGET);
    const file = join(dir, 'bench-snapshot.json.gz');
    await writeSnapshot(file, snapshot);
    const rules = selectRules({ providers: ['aws'] });
    console.log(
      `generated ${snapshot.resources.length} resources in ${snapshot.scope.accounts.length} accounts ` +
        `(${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB gzip); ${rules.length} rules (${rules.filter((r) => r.kind === 'automated').length} automated)`,
    );
    // Warm-up in this process (JIT) is irrelevant to the child; the child is measured cold, like a user run.
    const run = (extra: string[] = []) => {
      const started = performance.now();
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
      return { ...JSON.parse(child.stdout), wallMs: Math.round(performance.now() - started) };
    };
    const runs = [run(), run(), run()];
    for (const r of runs) console.log(JSON.stringify(r));
    const fastest = runs.reduce((a, b) => (a.wallMs < b.wallMs ? a : b));
    best = fastest;
    const worstRss = Math.max(...runs.map((r) => r.maxRssMiB));
    console.log(
      `\nassess ${fastest.resources} resources × all rules → ${fastest.results} results: ` +
        `wall ${fastest.wallMs} ms (read+validate ${fastest.readMs}, assess ${fastest.assessMs}, summary+table ${fastest.summaryMs}), peak RSS ${worstRss} MiB`,
    );
    console.log(`target: < 5000 ms and < 1024 MiB → ${fastest.wallMs < 5000 && worstRss < 1024 ? 'MET' : 'NOT MET'}`);
    const jsonOut = join(dir, 'results.json');
    const withJson = run([jsonOut]);
    console.log(
      `with --output json (every result, ${(statSync(jsonOut).size / 1024 / 1024).toFixed(0)} MiB file): wall ${withJson.wallMs} ms ` +
        `(export ${withJson.jsonExportMs} ms), peak RSS ${withJson.maxRssMiB} MiB`,
    );
  }

  if (AZURE && !SHARDED_ONLY) {
    // The same measurement on an Azure snapshot, next to the AWS one of this run (the machine is noisy: compare ratios).
    const azure = generateSnapshot(await loadAzureDemoSnapshot(), TARGET, azureSubscriptionId);
    const file = join(dir, 'bench-azure-snapshot.json.gz');
    await writeSnapshot(file, azure);
    const rules = selectRules({ providers: ['azure'] });
    console.log(
      `\ngenerated ${azure.resources.length} Azure resources in ${azure.scope.accounts.length} subscriptions ` +
        `(${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB gzip); ${rules.length} rules (${rules.filter((r) => r.kind === 'automated').length} automated)`,
    );
    const runs = [0, 1, 2].map(() => {
      const started = performance.now();
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`azure child failed: ${child.stderr}`);
      return { ...JSON.parse(child.stdout), wallMs: Math.round(performance.now() - started) };
    });
    for (const r of runs) console.log(JSON.stringify(r));
    const fastest = runs.reduce((a, b) => (a.wallMs < b.wallMs ? a : b));
    const worstRss = Math.max(...runs.map((r) => r.maxRssMiB));
    const ratio = fastest.wallMs / fastest.resources / (best.wallMs / best.resources);
    console.log(
      `assess ${fastest.resources} Azure resources × all Azure rules → ${fastest.results} results: wall ${fastest.wallMs} ms ` +
        `(read+validate ${fastest.readMs}, assess ${fastest.assessMs}, summary+table ${fastest.summaryMs}), peak RSS ${worstRss} MiB` +
        (Number.isFinite(ratio) ? `; time per resource ${ratio.toFixed(2)}× the AWS run` : ''),
    );
    console.log(`target (as AWS): < 5000 ms and < 1024 MiB → ${fastest.wallMs < 5000 && worstRss < 1024 ? 'MET' : 'NOT MET'}`);
  }

  if (SHARDED_TARGET > 0) {
    const folder = SHARDED_DIR ?? join(dir, 'sharded');
    if (SHARDED_DIR && existsSync(join(SHARDED_DIR, MANIFEST_FILE))) {
      console.log(`\nreusing the sharded snapshot in ${SHARDED_DIR}`);
    } else {
      const started = performance.now();
      const manifest = await generateShardedSnapshot(seed, SHARDED_TARGET, folder);
      const resources = manifest.shards.reduce((n, sh) => n + Object.values(sh.types).reduce((a, b) => a + b, 0), 0);
      console.log(`\ngenerated a sharded snapshot: ${resources} resources, ${manifest.shards.length} shards, ${manifest.scope.accounts.length} accounts (${Math.round(performance.now() - started)} ms)`);
    }
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--sharded-child', folder], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`sharded child failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout);
    console.log(JSON.stringify(r));
    const perResourceRatio = r.totalMs / r.resources / (best.wallMs / best.resources);
    console.log(
      `assess ${r.resources} resources (${r.shards} shards) shard by shard → ${r.results} findings (${r.failed} FAIL, ${r.failedKept} kept in memory): ${r.totalMs} ms, peak RSS ${r.maxRssMiB} MiB\n` +
        `  kept across scopes: ${r.resident.resources} resources, ${r.resident.compressedMiB} MiB compressed (${r.resident.textMiB} MiB as JSON); most resources held at once: ${r.peakResourcesHeld}\n` +
        `  memory after the manifest ${JSON.stringify(r.memory.afterManifest)}, after the resident pass ${JSON.stringify(r.memory.afterResident)}, most between scopes ${JSON.stringify(r.memory.mostBetweenScopes)}` +
        (Number.isFinite(perResourceRatio) ? `\n  time per resource ${perResourceRatio.toFixed(2)}× the 100,000-resource file run` : ''),
    );
    console.log(`target: peak RSS < 1024 MiB with default node settings → ${r.maxRssMiB < 1024 ? 'MET' : 'NOT MET'}`);
    // V8 lets the heap grow towards its (machine-dependent) limit before collecting hard, so RSS
    // overstates what is live. When the target is missed, the same run with the old space capped
    // tells whether the live set would fit.
    if (r.maxRssMiB >= 1024) {
      const capped = spawnSync(process.execPath, ['--max-old-space-size=800', fileURLToPath(import.meta.url), '--sharded-child', folder], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (capped.status === 0) {
        const c = JSON.parse(capped.stdout);
        console.log(`with the old space capped at 800 MiB: completed in ${c.totalMs} ms, peak RSS ${c.maxRssMiB} MiB → ${c.maxRssMiB < 1024 ? 'fits under 1 GiB' : 'does not fit'}`);
      } else {
        console.log(`with the old space capped at 800 MiB: failed (${capped.stderr.split('\n').find((l) => /heap|memory/i.test(l)) ?? `exit ${capped.status}`}) → the live set does not fit`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
