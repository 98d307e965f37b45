/**
 * Properties of the snapshot readers (src/model/snapshot.ts, src/snapshot/sharded.ts): any JSON is
 * either a snapshot or a one-line MamoriError (never a TypeError or RangeError); a valid snapshot
 * written and read back, as one file (plain or gzip) or as a sharded folder, holds the same
 * resources; gzip or shard files of arbitrary bytes are a clear error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parseSnapshot, readSnapshot, SNAPSHOT_SCHEMA, writeSnapshot, type Snapshot } from '../../src/model/snapshot.js';
import { MANIFEST_FILE, openSnapshot, writeShardedSnapshot } from '../../src/snapshot/sharded.js';
import type { Resource } from '../../src/model/types.js';
import { assertUserError, runs, text } from './arbitraries.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-prop-snap-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const path = (name: string) => join(dir, `${++n}-${name}`);

/** A config: any JSON object (what collectors store is the cloud's own answer). */
const config = fc.dictionary(text, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });

const resource = fc.record({
  uid: fc.string({ minLength: 1, maxLength: 20 }),
  provider: fc.constantFrom('aws', 'gcp'),
  account: fc.stringMatching(/^\d{12}$/),
  region: fc.constantFrom('us-east-1', 'eu-west-1', 'global'),
  type: fc.constantFrom('AWS::S3::Bucket', 'AWS::IAM::User', 'AWS::Account', 'storage.googleapis.com/Bucket'),
  name: text,
  tags: fc.dictionary(text, text, { maxKeys: 3 }),
  config,
  relationships: fc.option(fc.array(fc.record({ type: text, target: text }), { maxLength: 2 }), { nil: undefined }),
  errors: fc.option(fc.dictionary(text, text, { maxKeys: 2 }), { nil: undefined }),
}).map((r) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
  return out as unknown as Resource;
});

const snapshot: fc.Arbitrary<Snapshot> = fc.record({
  id: text,
  collectedAt: fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }).map((ms) => new Date(ms).toISOString()),
  tool: fc.record({ name: fc.constant('mamori'), version: text }),
  scope: fc.record({ provider: fc.constantFrom('aws', 'gcp'), accounts: fc.array(fc.stringMatching(/^\d{12}$/), { maxLength: 2 }), regions: fc.array(text, { maxLength: 2 }), services: fc.array(text, { maxLength: 2 }) }),
  resources: fc.uniqueArray(resource, { maxLength: 8, selector: (r) => r.uid }),
}).map((s) => ({ schema: SNAPSHOT_SCHEMA, version: 1, errors: [], ...s }) as Snapshot);

/** What JSON keeps of a value (what any file round trip can keep). */
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const byUid = (rs: Resource[]) => [...rs].sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));

/** A valid snapshot with one value somewhere replaced by arbitrary JSON. */
const damagedSnapshot = fc.tuple(snapshot, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })).map(([s, steps, replacement]) => {
  const data = asJson(s) as unknown as Record<string, unknown>;
  let node: Record<string, unknown> | unknown[] = data;
  for (let i = 0; i < steps.length; i++) {
    const keys = Array.isArray(node) ? node.map((_, k) => k) : Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[steps[i] % keys.length];
    const child = (node as Record<string | number, unknown>)[key];
    if (i === steps.length - 1 || child === null || typeof child !== 'object') {
      (node as Record<string | number, unknown>)[key] = replacement;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return data;
});

describe('property: snapshot parsing', () => {
  it('any JSON value, and valid snapshots with one value replaced: a snapshot or a one-line MamoriError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.jsonValue().map((v) => ({ schema: SNAPSHOT_SCHEMA, version: 1, resources: v })), damagedSnapshot), (data) => {
        try {
          parseSnapshot(data, 'prop.json');
        } catch (err) {
          assertUserError(err);
          assert.ok((err as Error).message.startsWith('prop.json'), 'the message names the file');
        }
      }),
      runs(800),
    );
  });

  it('a valid snapshot is accepted and round-trips through a file, plain or gzip', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, fc.boolean(), async (s, gzip) => {
        assert.deepEqual(parseSnapshot(asJson(s)), asJson(s));
        const file = path(gzip ? 's.json.gz' : 's.json');
        await writeSnapshot(file, s);
        assert.deepEqual(await readSnapshot(file), asJson(s));
      }),
      runs(100),
    );
  });

  it('a valid snapshot round-trips through a sharded folder (version 2)', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, async (s) => {
        const folder = path('sharded');
        await writeShardedSnapshot(folder, s);
        const source = await openSnapshot(folder);
        const read: Resource[] = [];
        for (const info of source.manifest.shards) read.push(...(await source.readShard(info)));
        assert.deepEqual(byUid(read), byUid(asJson(s.resources)));
        assert.equal(source.manifest.id, s.id);
      }),
      runs(40),
    );
  });

  it('a file of arbitrary bytes, gzip of arbitrary bytes, or a cut-off gzip snapshot: a one-line MamoriError', async () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));
    const content = fc.oneof(
      bytes,
      bytes.map((b) => gzipSync(b)),
      bytes.map((b) => Buffer.concat([Buffer.from([0x1f, 0x8b]), b])),
      fc.tuple(snapshot, fc.nat()).map(([s, at]) => {
        const gz = gzipSync(JSON.stringify(s));
        return gz.subarray(0, at % gz.length);
      }),
    );
    await fc.assert(
      fc.asyncProperty(content, async (b) => {
        const file = path('bytes.json');
        writeFileSync(file, b);
        // Arbitrary bytes can only be a snapshot by a miracle; if they are, there is nothing to check.
        await readSnapshot(file).then(
          () => undefined,
          (err) => assertUserError(err),
        );
      }),
      runs(200),
    );
  });

  it('a sharded folder with an arbitrary manifest or damaged shards: a one-line MamoriError', async () => {
    await fc.assert(
      fc.asyncProperty(
        snapshot.filter((s) => s.resources.length > 0),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((v) => ({ manifest: JSON.stringify(v) })),
          fc.uint8Array({ maxLength: 100 }).map((b) => ({ shard: Buffer.from(b) })),
          fc.jsonValue({ maxDepth: 3 }).map((v) => ({ shard: gzipSync(JSON.stringify(v)) })),
        ),
        async (s, damage) => {
          const folder = path('damaged');
          const manifest = await writeShardedSnapshot(folder, s);
          if ('manifest' in damage) writeFileSync(join(folder, MANIFEST_FILE), damage.manifest);
          else writeFileSync(join(folder, manifest.shards[0].file), damage.shard);
          try {
            const source = await openSnapshot(folder);
            for (const info of source.manifest.shards) await source.readShard(info);
          } catch (err) {
            assertUserError(err);
          }
        },
      ),
      runs(100),
    );
  });
});
