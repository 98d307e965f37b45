/**
 * npm run bench:hub — the findings hub at scale (issue 3 targets, embedded store):
 *   ingest 1,000,000 findings < 60 s · insights group-by over them < 1 s · a filtered list page < 200 ms.
 * Runs on SQLite, and on PostgreSQL too when MAMORI_TEST_PG_URL is set (e.g. after `eval "$(.ci/pg.sh start)"`).
 * BENCH_FINDINGS changes the count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FindingStore } from '../src/hub/store/store.js';
import { demoSeed, fillHub } from './hub-data.js';

const TOTAL = Number(process.env.BENCH_FINDINGS ?? 1_000_000);
const { demo, seed } = await demoSeed();

async function run(name: string, setting: string) {
  const store = await FindingStore.open(setting);
  try {
    const t0 = performance.now();
    const ingested = await fillHub(store, seed, TOTAL, demo.collectedAt);
    const ingestMs = performance.now() - t0;

    const timeIt = async (fn: () => Promise<unknown>) => {
      await fn(); // warm
      const times = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      return Math.min(...times);
    };
    const byRule = await timeIt(() => store.insights('rule'));
    const bySeverity = await timeIt(() => store.insights('severity'));
    const byAccountFiltered = await timeIt(() => store.insights('account', { minSeverity: 'HIGH' }));
    const byControl = await timeIt(() => store.insights('framework:cis-aws-3.0'));
    const page = await timeIt(() => store.list({ status: ['NEW'], minSeverity: 'HIGH', account: ['100000000042'] }, { limit: 50 }));
    const firstPage = await timeIt(() => store.list({ status: ['NEW'] }, { limit: 50 }));
    const deepPage = await timeIt(() => store.list({ minRisk: 'HIGH' }, { limit: 50, offset: 5000 }));
    console.log(
      `${name}: ingest ${ingested.toLocaleString('en')} findings in ${(ingestMs / 1000).toFixed(1)} s ` +
        `(${Math.round(ingested / (ingestMs / 1000)).toLocaleString('en')}/s) [target < 60 s]\n` +
        `  insights by rule ${byRule.toFixed(0)} ms · by severity ${bySeverity.toFixed(0)} ms · by account (HIGH+) ${byAccountFiltered.toFixed(0)} ms · by CIS control ${byControl.toFixed(0)} ms [target < 1000 ms]\n` +
        `  list page: filtered (status+severity+account) ${page.toFixed(1)} ms · first page ${firstPage.toFixed(1)} ms · offset 5000 ${deepPage.toFixed(1)} ms [target < 200 ms]`,
    );
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mamori-hub-bench-'));
try {
  console.log(`seed: ${seed.length} failing findings of the demo, cloned to ${TOTAL.toLocaleString('en')}`);
  await run('sqlite', join(dir, 'hub.db'));
  const pgUrl = process.env.MAMORI_TEST_PG_URL;
  if (pgUrl) {
    const name = `mamori_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    try {
      await run('postgres', url.toString());
    } finally {
      await admin.query(`drop database ${name}`);
      await admin.end();
    }
  } else {
    console.log('postgres: skipped (set MAMORI_TEST_PG_URL to include it)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
