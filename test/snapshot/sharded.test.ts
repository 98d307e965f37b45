/** Snapshot version 2 (sharded folder): round trip, refusal of bad input, and the same results as version 1. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assess } from '../../src/assess/engine.js';
import { selectRules } from '../../src/assess/registry.js';
import { assessSource } from '../../src/assess/stream.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { loadAzureDemoSnapshot } from '../../src/providers/azure/demo/index.js';
import type { PostureFinding } from '../../src/model/finding.js';
import { inMemorySource, MANIFEST_FILE, openSnapshot, writeShardedSnapshot } from '../../src/snapshot/sharded.js';
import { writeSnapshot } from '../../src/model/snapshot.js';
import { resourceSchemas } from '../../src/providers/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-sharded-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const key = (f: PostureFinding) => `${f.id}|${f.status}|${JSON.stringify(f.reason)}|${JSON.stringify(f.evidence ?? null)}`;
async function collectFindings(run: (onFindings: (f: PostureFinding[]) => void) => Promise<unknown>): Promise<string[]> {
  const all: PostureFinding[] = [];
  await run((f) => void all.push(...f));
  return all.map(key).sort();
}

describe('sharded snapshot (version 2)', () => {
  it('assesses the demo organisation to exactly the results of the version 1 file, in memory and from a folder', async () => {
    const demo = await loadDemoSnapshot();
    const rules = selectRules({ providers: [demo.scope.provider] });
    const expected = assess(demo, { rules }).map(key).sort();
    assert.deepEqual(await collectFindings((onFindings) => assessSource(inMemorySource(demo), { rules, onFindings })), expected);

    const folder = join(dir, 'demo');
    const manifest = await writeShardedSnapshot(folder, demo);
    assert.ok(manifest.shards.length > 10, 'one shard per account, region and service');
    assert.equal(manifest.shards.reduce((n, s) => n + Object.values(s.types).reduce((a, b) => a + b, 0), 0), demo.resources.length);
    assert.equal(manifest.shards.reduce((n, s) => n + s.errors.length, 0), demo.errors.length, 'every collection error lives in a shard');
    const source = await openSnapshot(folder);
    assert.deepEqual(await collectFindings((onFindings) => assessSource(source, { rules, onFindings })), expected);
  });

  it('assesses the Azure demo tenant shard by shard (management groups and the tenant unassessed) to the results of the whole snapshot', async () => {
    const demo = await loadAzureDemoSnapshot();
    const rules = selectRules({ providers: ['azure'] });
    const expected = assess(demo, { rules }).map(key).sort();
    const folder = join(dir, 'azure');
    const manifest = await writeShardedSnapshot(folder, demo);
    // Shards are named after the resource provider (storage, network, keyvault…), as AWS and Google Cloud shards after their service.
    const services = new Set(manifest.shards.map((s) => s.service));
    for (const svc of ['storage', 'network', 'keyvault', 'authorization', 'graph']) assert.ok(services.has(svc), `no ${svc} shard: ${[...services].join(', ')}`);
    const source = await openSnapshot(folder);
    assert.deepEqual(await collectFindings((onFindings) => assessSource(source, { rules, onFindings })), expected);
  });

  it('opens a version 1 file through the same interface', async () => {
    const demo = await loadDemoSnapshot();
    const { DEMO_SNAPSHOT_PATH } = await import('../../src/providers/aws/demo/index.js');
    const source = await openSnapshot(DEMO_SNAPSHOT_PATH);
    assert.equal(source.manifest.id, demo.id);
    let count = 0;
    for (const shard of source.manifest.shards) count += (await source.readShard(shard)).length;
    assert.equal(count, demo.resources.length);
  });

  it('refuses a folder without a finished manifest, a corrupt shard and an invalid resource with file and field', async () => {
    const demo = await loadDemoSnapshot();
    const folder = join(dir, 'broken');
    await writeShardedSnapshot(folder, demo);
    const shardFile = readdirSync(folder).find((f) => f.endsWith('.json.gz'))!;
    writeFileSync(join(folder, shardFile), 'not gzip');
    const source = await openSnapshot(folder);
    const info = source.manifest.shards.find((s) => s.file === shardFile)!;
    await assert.rejects(source.readShard(info), (err: Error) => err.message.includes(shardFile) && /cannot read shard/.test(err.message));

    const unfinished = join(dir, 'unfinished');
    await writeShardedSnapshot(unfinished, demo);
    rmSync(join(unfinished, MANIFEST_FILE));
    await assert.rejects(openSnapshot(unfinished), /not a mamori snapshot folder/);

    const bad = join(dir, 'bad-manifest');
    await writeShardedSnapshot(bad, demo);
    writeFileSync(join(bad, MANIFEST_FILE), JSON.stringify({ schema: 'mamori.snapshot', version: 2, id: 'x', collectedAt: 'yesterday' }));
    await assert.rejects(openSnapshot(bad), /invalid manifest at collectedAt/);
  });

  it('writes the manifest one shard per line and reads it back with its repeated values shared and frozen', async () => {
    const demo = await loadDemoSnapshot();
    const folder = join(dir, 'manifest-lines');
    const written = await writeShardedSnapshot(folder, demo);
    const text = readFileSync(join(folder, MANIFEST_FILE), 'utf8');
    assert.equal(text.split('\n').filter((line) => line.startsWith('{"file":')).length, written.shards.length);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(written)), 'still one JSON document');
    const { manifest, errors } = await openSnapshot(folder);
    assert.deepEqual(manifest, JSON.parse(JSON.stringify(written)));
    assert.equal(errors.length, demo.errors.length);
    const [a, b] = manifest.shards;
    assert.equal(a.collector, b.collector, 'one collector object for every shard it wrote');
    assert.ok(Object.isFrozen(a.collector) && Object.isFrozen(a.types));
    const empty = manifest.shards.filter((s) => !s.errors.length);
    assert.ok(empty.length > 1 && empty.every((s) => s.errors === empty[0].errors && Object.isFrozen(s.errors)));
  });

  it('reads a manifest written indented (as earlier versions wrote it) to the same shards', async () => {
    const demo = await loadDemoSnapshot();
    const folder = join(dir, 'manifest-indented');
    const written = await writeShardedSnapshot(folder, demo);
    writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(written, null, 1));
    assert.deepEqual((await openSnapshot(folder)).manifest, JSON.parse(JSON.stringify(written)));
  });

  it('names the shard entry and field of an invalid manifest', async () => {
    const demo = await loadDemoSnapshot();
    const folder = join(dir, 'manifest-bad-shard');
    const written = await writeShardedSnapshot(folder, demo);
    const broken = JSON.parse(JSON.stringify(written));
    broken.shards[3].types = { 'AWS::S3::Bucket': -1 };
    writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(broken));
    await assert.rejects(openSnapshot(folder), /invalid manifest at shards\.3\.types\.AWS::S3::Bucket: /);
    broken.shards[3] = { file: '../escape.json.gz' };
    writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(broken));
    await assert.rejects(openSnapshot(folder), /invalid manifest at shards\.3\.file: a plain file name/);
  });

  it('reports the resources it kept across scopes, compressed', async () => {
    const demo = await loadDemoSnapshot();
    const rules = selectRules({ providers: [demo.scope.provider] });
    const stats = await assessSource(inMemorySource(demo), { rules, onFindings: () => {} });
    assert.equal(stats.resources, demo.resources.length);
    assert.ok(stats.resident.resources > 0 && stats.resident.resources < demo.resources.length);
    assert.ok(stats.resident.compressedBytes > 0 && stats.resident.compressedBytes < stats.resident.textBytes);
  });
});

describe('resource schemas on snapshots read from disk', () => {
  it('a bucket that lost its config is NOT_ASSESSED, never PASS, from a folder and from a gzip file alike', async () => {
    const demo = await loadDemoSnapshot();
    const target = demo.resources.find((r) => r.type === 'AWS::S3::Bucket' && r.name.includes('public'))!;
    const rules = selectRules({ ruleIds: ['aws-s3-bucket-no-public-read', 'aws-s3-bucket-no-public-write'] });
    assert.equal(assess(demo, { rules }).find((f) => f.resource.uid === target.uid && f.ruleId === 'aws-s3-bucket-no-public-read')?.status, 'FAIL', 'the demo bucket is public');
    const stripped = { ...demo, resources: demo.resources.map((r) => (r === target ? { ...r, config: {} } : r)) };
    const folder = join(dir, 'stripped');
    await writeShardedSnapshot(folder, stripped);
    const file = join(dir, 'stripped.json.gz');
    await writeSnapshot(file, stripped);
    for (const path of [folder, file]) {
      const notes: string[] = [];
      const findings: PostureFinding[] = [];
      await assessSource(await openSnapshot(path), { rules, schemas: resourceSchemas(), onFindings: (f) => void findings.push(...f), onNote: (n) => notes.push(n) });
      const mine = findings.filter((f) => f.resource.uid === target.uid);
      assert.deepEqual(mine.map((f) => f.status), ['NOT_ASSESSED', 'NOT_ASSESSED'], path);
      assert.match(String(mine[0].reason), new RegExp(`^config\\.\\w+ of ${target.name} is missing from the snapshot`));
      assert.deepEqual(notes, ['snapshot: 1 resource of AWS::S3::Bucket lacks fields its rules need; those results are NOT_ASSESSED'], path);
    }
  });
});
