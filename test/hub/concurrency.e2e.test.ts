/**
 * Many writers, one hub (issue 11): concurrent `assess` and `detect` runs on one SQLite file, and
 * on one PostgreSQL database, wait their turn and all store their results. Before write transactions began IMMEDIATE, a
 * run whose deferred transaction had to upgrade to a write failed at once with "database is
 * locked" and its results were lost (1 in 10 for two assessments, 2 of 6 for six).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FindingStore, internalConnection } from '../../src/hub/store/store.js';
import { BACKENDS } from './backends.js';

const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/dist\/$/, '/');
const mamoriBin = join(root, 'bin', 'mamori.js');
const demoSnapshot = join(root, 'demo', 'demo-snapshot.json.gz');
const demoLogs = join(root, 'demo', 'logs');

function run(args: string[], db: string, cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [mamoriBin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', MAMORI_DB: db, HOME: cwd } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

for (const backend of BACKENDS) {
  describe(`many writers, one ${backend.name} hub`, { skip: backend.skip }, () => {
    it('six concurrent assessments and three concurrent detections all store their results', { timeout: 240_000 }, async () => {
      const work = mkdtempSync(join(tmpdir(), 'mamori-concurrent-'));
      // The hub exists first, as it would for a team (the first open runs the migrations).
      const { store: created, setting: db } = await backend.fresh();
      await created.close();
      assert.equal((await run(['findings', 'list'], db, work)).code, 0);
      const assessments = Array.from({ length: 6 }, () => run(['assess', demoSnapshot, '--output', 'json', '--out', join(work, 'out.json')], db, work));
      const detections = Array.from({ length: 3 }, () =>
        run(['detect', ...['cloudtrail', 'vpcflow', 'dns'].map((d) => join(demoLogs, d)), '--no-baseline', '--output', 'json'], db, work),
      );
      const results = await Promise.all([...assessments, ...detections]);
      for (const r of results) assert.equal(r.code, 0, r.stderr);
      assert.ok(!results.some((r) => /database is locked|could not serialize|deadlock|unexpected error/.test(r.stderr)));
      const store = await FindingStore.open(db);
      try {
        const scans = await internalConnection(store).db.selectFrom('scans').select('id').execute();
        assert.equal(scans.length, 6, 'every assessment recorded its scan');
        assert.ok((await store.count({ kind: ['threat'] })) > 0, 'the detections stored their signals');
        assert.ok((await store.count({ kind: ['posture'] })) > 0);
      } finally {
        await store.close();
      }
    });
  });
}
