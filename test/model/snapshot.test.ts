import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readSnapshot, SNAPSHOT_SCHEMA, writeSnapshot, type Snapshot } from '../../src/model/snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-snap-'));
const valid: Snapshot = {
  schema: SNAPSHOT_SCHEMA, version: 1, id: 's', collectedAt: '2026-11-01T00:00:00.000Z', tool: { name: 'mamori', version: 't' },
  scope: { provider: 'aws', accounts: ['111111111111'], regions: ['us-east-1'], services: ['s3'] },
  resources: [{ uid: 'arn:aws:s3:::a', provider: 'aws', account: '111111111111', region: 'us-east-1', type: 'AWS::S3::Bucket', name: 'a', tags: {}, config: {} }],
  errors: [],
};

describe('snapshot files', () => {
  it('round-trips gzip and plain JSON', async () => {
    for (const name of ['s.json.gz', 's.json']) {
      const path = join(dir, name);
      await writeSnapshot(path, valid);
      assert.deepEqual(await readSnapshot(path), valid);
    }
  });

  it('rejects corrupt, foreign and wrong-version files with one clear message', async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ['corrupt.json.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3]), /corrupt snapshot \(gzip/],
      ['truncated.json', '{"schema": "mamori.snapshot", "vers', /corrupt snapshot \(not valid JSON/],
      ['foreign.json', '{"Records": []}', /not a mamori snapshot/],
      ['future.json', JSON.stringify({ ...valid, version: 99 }), /snapshot version 99 is not supported/],
      ['badres.json.gz', gzipSync(JSON.stringify({ ...valid, resources: [{ uid: 'x' }] })), /invalid snapshot at resources\.0\.type: expected a non-empty string/],
      ['dup.json', JSON.stringify({ ...valid, resources: [valid.resources[0], valid.resources[0]] }), /duplicate uid/],
    ];
    for (const [name, content, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      await assert.rejects(readSnapshot(path), (err: Error) => {
        assert.match(err.message, message);
        assert.ok(err.message.includes(path), 'the message names the file');
        assert.ok(!err.message.includes('\n'), 'one line');
        return true;
      });
    }
  });
});
