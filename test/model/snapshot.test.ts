import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { compileField, readSnapshot, ResourceSchemas, schemaProblem, SNAPSHOT_SCHEMA, writeSnapshot, type Snapshot } from '../../src/model/snapshot.js';

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

describe('resource schemas', () => {
  const schemas = new ResourceSchemas([{ 'Test::Bucket': { name: 'string', policy: 'object|null', grants: 'array', logging: 'object?', size: 'number|string?' } }]);
  const bucket = (config: Record<string, unknown>, errors?: Record<string, string>) => ({ type: 'Test::Bucket', name: 'b', config, errors });

  it('compiles kinds, null and optional, and refuses what is not a field spec', () => {
    assert.deepEqual(compileField('f', 'object|null?'), { name: 'f', mask: 8 | 32, optional: true, expected: 'object or null' });
    for (const bad of ['obj', 'null', 'string|string', 'string??', '']) assert.throws(() => compileField('f', bad), /is not a field spec/, bad);
    assert.throws(() => new ResourceSchemas([{ T: { a: 'string' } }, { T: { b: 'string' } }]), /T is declared twice/);
  });

  it('checks only the fields asked for, and only on types it knows', () => {
    const check = schemas.checker('Test::Bucket', ['policy', 'unknown'])!;
    assert.equal(check({ policy: null }, undefined), undefined, 'null where the schema allows it');
    assert.equal(check({ policy: {} }, undefined), undefined);
    assert.equal(check({ name: 'b' }, undefined)?.name, 'policy', 'missing');
    assert.equal(check({ policy: 'x' }, undefined)?.name, 'policy', 'wrong kind');
    assert.equal(check({ policy: [] }, undefined)?.name, 'policy', 'an array is not an object');
    assert.equal(check({}, { policy: 'AccessDenied' }), undefined, 'a field that could not be collected is the engine’s to report');
    assert.equal(schemas.checker('Test::Bucket', ['unknown']), null, 'no declared field: nothing to check');
    assert.equal(schemas.checker('Other::Type', ['policy']), null, 'unknown types are accepted as they are');
    assert.equal(schemas.checker('Test::Bucket', ['policy']), schemas.checker('Test::Bucket', ['policy']), 'one checker per set of fields');
  });

  it('trusts an absent optional field only in a config that holds the required fields', () => {
    const check = schemas.checker('Test::Bucket', ['logging', 'size'])!;
    assert.equal(check({ name: 'b', policy: null, grants: [] }, undefined), undefined, 'absent logging: not configured');
    assert.equal(check({ name: 'b', policy: null, grants: [], size: 'big' }, undefined), undefined, 'either kind');
    assert.equal(check({ name: 'b', policy: null, grants: [], size: true }, undefined)?.name, 'size');
    assert.equal(check({}, undefined)?.name, 'name', '{}: the absence says nothing; the first missing required field is reported');
    assert.equal(check({ policy: null, grants: [] }, { name: 'AccessDenied' }), undefined);
  });

  it('describes a problem in one line, and lists every problem of a resource', () => {
    const field = schemas.checker('Test::Bucket', ['policy'])!({}, undefined)!;
    assert.equal(schemaProblem(bucket({}), field), 'config.policy of b is missing from the snapshot (expected object or null)');
    assert.equal(schemaProblem(bucket({ policy: [] }), field), 'config.policy of b is an array in the snapshot (expected object or null)');
    assert.deepEqual(schemas.problems(bucket({ name: 'b', policy: 1, logging: 'x' })), [
      'config.policy of b is a number in the snapshot (expected object or null)',
      'config.grants of b is missing from the snapshot (expected array)',
      'config.logging of b is a string in the snapshot (expected object)',
    ]);
    assert.deepEqual(schemas.problems({ type: 'Other', name: 'o', config: {} }), []);
  });
});
