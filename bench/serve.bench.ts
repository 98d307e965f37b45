/**
 * npm run bench:serve — `mamori serve` on a large hub (issue #14): p95 latency over real HTTP on
 * loopback for the findings list (first page, a deep page by token and by offset, filtered), the
 * overview, insights, scopes and compliance, on BENCH_FINDINGS (default 1,000,000) findings in the
 * embedded SQLite hub (and PostgreSQL when MAMORI_TEST_PG_URL is set). Targets: lists < 200 ms,
 * insights < 500 ms. The baseline in the same run: GET /api/v1/health (HTTP and framework cost
 * alone), so each figure is also a ratio on this shared, noisy machine. Each route is timed on its
 * first request (aggregates computed) and as the p95 of BENCH_RUNS more (reused until the hub changes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openHub } from '../src/app/hub.js';
import { FindingStore } from '../src/hub/store/store.js';
import { startServer } from '../src/server/index.js';
import { demoSeed, fillHub } from './hub-data.js';

const TOTAL = Number(process.env.BENCH_FINDINGS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const { demo, seed } = await demoSeed();

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** The first request (cold: an aggregate is computed) and RUNS more (the server reuses aggregates until the hub changes). */
async function time(url: string): Promise<{ cold: number; samples: number[] }> {
  const t0 = performance.now();
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  const cold = performance.now() - t0;
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    out.push(performance.now() - t);
  }
  return { cold, samples: out };
}

async function run(name: string, setting: string) {
  const store = await FindingStore.open(setting);
  const t0 = performance.now();
  const n = await fillHub(store, seed, TOTAL, demo.collectedAt);
  const fillMs = performance.now() - t0;
  await store.close();
  const hub = await openHub({ db: setting }, { readOnly: true });
  const server = await startServer({ hub, host: '127.0.0.1', port: 0, actor: () => 'bench' });
  try {
    const api = `${server.url}/api/v1`;
    // The token of the page after 5,000 findings (walked once, as a user paging would).
    let after = '';
    for (let seen = 0; seen < 5000; seen += 1000) {
      const page = (await (await fetch(`${api}/findings?limit=1000&total=false${after ? `&after=${after}` : ''}`)).json()) as { next: string };
      after = encodeURIComponent(page.next);
    }
    const rows: [string, string, 'list' | 'insight' | 'baseline'][] = [
      ['health (baseline)', `${api}/health`, 'baseline'],
      ['findings, first page (50, with total)', `${api}/findings?limit=50`, 'list'],
      ['findings, page after 5,000 (token)', `${api}/findings?limit=50&total=false&after=${after}`, 'list'],
      ['findings, offset 5,000', `${api}/findings?limit=50&offset=5000&total=false`, 'list'],
      ['findings, filtered: open HIGH+ in one scope', `${api}/findings?limit=50&status=NEW&severity=high&scope=100000000042`, 'list'],
      ['findings, filtered: one rule', `${api}/findings?limit=50&rule=aws-s3-bucket-public-read`, 'list'],
      ['overview', `${api}/overview`, 'insight'],
      ['insights by rule', `${api}/insights?groupBy=rule`, 'insight'],
      ['insights by CIS AWS control', `${api}/insights?groupBy=framework:cis-aws-3.0`, 'insight'],
      ['scopes', `${api}/scopes`, 'insight'],
      ['compliance (all frameworks)', `${api}/compliance`, 'insight'],
    ];
    console.log(`${name}: ${n.toLocaleString('en')} findings ingested in ${(fillMs / 1000).toFixed(1)} s; p95 of ${RUNS} requests over HTTP on loopback`);
    let base = 0;
    for (const [what, url, kind] of rows) {
      const { cold, samples } = await time(url);
      const t = p95(samples);
      if (kind === 'baseline') base = t;
      const target = kind === 'list' ? 200 : kind === 'insight' ? 500 : undefined;
      console.log(
        `  ${what.padEnd(46)} p95 ${t.toFixed(1).padStart(8)} ms  ${base ? `${(t / base).toFixed(0).padStart(5)}× health` : ''}  first ${cold.toFixed(0).padStart(6)} ms${target ? `  [target < ${target} ms: p95 ${t < target ? 'met' : 'MISSED'}, first ${cold < target ? 'met' : 'MISSED'}]` : ''}`,
      );
    }
  } finally {
    await server.close();
    await hub.store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mamori-serve-bench-'));
try {
  // BENCH_ONLY=postgres skips the SQLite run (PostgreSQL runs when MAMORI_TEST_PG_URL is set).
  if (process.env.BENCH_ONLY !== 'postgres') await run('sqlite', join(dir, 'hub.db'));
  const pgUrl = process.env.MAMORI_TEST_PG_URL;
  if (pgUrl) {
    const db = `mamori_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${db}`);
    const url = new URL(pgUrl);
    url.pathname = `/${db}`;
    try {
      await run('postgres', url.toString());
    } finally {
      await admin.query(`drop database ${db}`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
