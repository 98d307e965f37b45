/**
 * Streamed collection into a snapshot folder (collectToFolder): against the local Google Cloud,
 * a folder written shard by shard as the jobs finish reads back to exactly what collecting into
 * memory and writing the folder afterwards gives.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, describe, it } from 'node:test';
import { collectToFolder } from '../../../../src/app/posture.js';
import type { CollectionError } from '../../../../src/model/types.js';
import { collectGcp, type GcpCollectOptions, type JobResult } from '../../../../src/providers/gcp/collect/index.js';
import { GCP_TYPES } from '../../../../src/providers/gcp/model.js';
import { openSnapshot, writeShardedSnapshot } from '../../../../src/snapshot/sharded.js';
import { readBack } from '../../aws/collect/folder.js';
import { permissionDenied, startFakeGcp, testAuthClient, type FakeGcp, type Route } from './fake-gcp.js';
import { ORG, PROD, worldRoutes } from './world.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-gcp-stream-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let server: FakeGcp | undefined;
const savedEnv = { ...process.env };
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
});

// Denied organisation policies: a gap the projects below inherit (kept aside while streaming).
const routes: Route[] = [{ path: new RegExp(`^/v2/organizations/${ORG}/policies$`), reply: () => permissionDenied('orgpolicy.policies.list') }];

async function start() {
  server = await startFakeGcp([...routes, ...worldRoutes()]);
  process.env.MAMORI_GCP_ENDPOINT = server.url;
}

const options = (): GcpCollectOptions => ({ organization: ORG, authClient: testAuthClient(), retry: { sleep: async () => {} }, concurrency: 3 });

describe('streamed Google Cloud collection into a snapshot folder', () => {
  it('reads back to the same resources, errors and shards as collecting into memory and writing afterwards', async () => {
    await start();
    const inMemory = await collectGcp(options());
    await server!.close();
    assert.ok(inMemory.errors.some((e) => e.account === PROD && /^inherited from organizations\//.test(e.message)), 'the estate has an inherited gap');
    const posthoc = join(dir, 'posthoc');
    await writeShardedSnapshot(posthoc, inMemory);

    await start();
    const streamed = join(dir, 'streamed');
    const result = await collectToFolder({ provider: 'gcp', gcp: options() }, streamed);
    assert.equal(result.resources, inMemory.resources.length);
    assert.equal(result.errors, inMemory.errors.length);

    const expected = await readBack(await openSnapshot(posthoc));
    const actual = await readBack(await openSnapshot(streamed));
    assert.ok(expected.resources.length > 30);
    assert.deepEqual(actual.header, expected.header);
    assert.deepEqual(actual.resources, expected.resources);
    assert.deepEqual(actual.errors, expected.errors);
    assert.deepEqual(actual.shards, expected.shards);
  });

  it('with keepJobResults false, the collector hands each job on and keeps only what belongs to no job', async () => {
    await start();
    const handed: JobResult[] = [];
    const snapshot = await collectGcp({ ...options(), keepJobResults: false, onJobResult: (_job, r) => void handed.push(r) });
    assert.deepEqual(snapshot.resources, []);
    const jobErrors = handed.flatMap((r) => r.errors);
    const jobResources = handed.flatMap((r) => r.resources);
    assert.ok(jobResources.some((r) => r.type === GCP_TYPES.bucket));
    assert.equal(new Set(jobResources.map((r) => r.uid)).size, jobResources.length, 'no resource is handed on twice');
    // What stays: the gaps organisation data passes down to projects (no job of their own).
    for (const e of snapshot.errors) assert.match(e.message, /^inherited from /, JSON.stringify(e));
    assert.ok(!snapshot.errors.some((e: CollectionError) => jobErrors.includes(e)));
  });

  it('waits for onJobResult before a lane takes its next job (a slow writer holds collection back)', async () => {
    await start();
    let writing = false;
    let overlapped = false;
    const started: string[] = [];
    await collectGcp({
      ...options(),
      organization: undefined,
      projects: [PROD],
      services: ['storage', 'iam', 'logging'],
      concurrency: 1,
      keepJobResults: false,
      onProgress: (p) => void started.push(p.service),
      onJobResult: async () => {
        if (writing) overlapped = true;
        writing = true;
        await new Promise((r) => setTimeout(r, 5));
        writing = false;
      },
    });
    assert.ok(started.length >= 3);
    assert.equal(overlapped, false, 'with one lane, no job finished while the previous result was being written');
  });
});
