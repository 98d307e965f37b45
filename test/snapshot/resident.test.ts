/** The index of resources kept across scopes in the shard-by-shard assessment (CompactIndex in src/assess/stream.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResourceIndex } from '../../src/assess/context.js';
import { CompactIndex } from '../../src/assess/stream.js';
import type { Resource } from '../../src/model/types.js';

const COLLECTED_AT = '2026-01-01T00:00:00.000Z';
const resource = (uid: string, account: string, type = 'AWS::S3::Bucket', region = 'us-east-1', extra: Record<string, unknown> = {}): Resource => ({
  uid,
  provider: 'aws',
  account,
  region,
  type,
  name: uid.split(':').at(-1)!,
  tags: {},
  config: { ...extra },
});

/** Two different uids with the same 30-bit FNV-1a hash, found by search (the birthday bound makes it quick). */
function collidingUids(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const uid = `arn:aws:s3:::collide-${i}`;
    let h = 0x811c9dc5;
    for (let j = 0; j < uid.length; j++) h = Math.imul(h ^ uid.charCodeAt(j), 0x01000193);
    h &= 0x3fffffff;
    const other = seen.get(h);
    if (other) return [other, uid];
    seen.set(h, uid);
  }
}

describe('CompactIndex (resources kept across scopes)', () => {
  it('answers every lookup as an in-memory index of the same resources does, in the same order', () => {
    const shards: Resource[][] = [
      [resource('arn:aws:s3:::a1', '111'), resource('arn:aws:s3:::a2', '111', 'AWS::S3::Bucket', 'eu-west-1'), resource('arn:aws:logs:us-east-1:111:log-group:g', '111', 'AWS::Logs::LogGroup')],
      [resource('arn:aws:s3:::b1', '222'), resource('arn:aws:s3:::a3', '111', 'AWS::S3::Bucket', 'us-east-1', { n: 3 })],
      [resource('arn:aws:mamori::111:account', '111', 'AWS::Account', 'global'), resource('arn:aws:mamori::222:account', '222', 'AWS::Account', 'global')],
    ];
    const compact = new CompactIndex(COLLECTED_AT);
    const plain = new ResourceIndex(COLLECTED_AT);
    for (const shard of shards) {
      compact.addAll(shard);
      for (const r of shard) plain.add(r);
    }
    compact.seal();
    assert.equal(compact.size, 7);
    assert.equal(compact.now.toISOString(), COLLECTED_AT);
    for (const type of ['AWS::S3::Bucket', 'AWS::Logs::LogGroup', 'AWS::Account', 'AWS::EC2::Instance']) {
      for (const scope of [undefined, {}, { account: '111' }, { account: '222' }, { account: '333' }, { region: 'us-east-1' }, { account: '111', region: 'eu-west-1' }]) {
        // Across accounts the resident index lists account by account (as it always has); no rule depends on that order.
        const order = (list: Resource[]) => (scope && 'account' in scope ? list : [...list].sort((a, b) => a.uid.localeCompare(b.uid)));
        assert.deepEqual(order(compact.resources(type, scope)), order(plain.resources(type, scope)), `${type} ${JSON.stringify(scope)}`);
      }
    }
    for (const r of shards.flat()) assert.deepEqual(compact.byUid(r.uid), r);
    assert.equal(compact.byUid('arn:aws:s3:::missing'), undefined);
    compact.forget();
    assert.deepEqual(compact.byUid('arn:aws:s3:::a3'), shards[1][1], 'parsed again after forget');
    const { compressed, text } = compact.bytes;
    assert.ok(compressed > 0 && text > 0);
  });

  it('tells apart uids whose hashes collide, and answers a uid added twice with the last one', () => {
    const [x, y] = collidingUids();
    const compact = new CompactIndex(COLLECTED_AT);
    compact.addAll([resource(x, '111'), resource(y, '222')]);
    compact.addAll([resource('arn:aws:s3:::dup', '111', 'AWS::S3::Bucket', 'us-east-1', { version: 1 })]);
    compact.addAll([resource('arn:aws:s3:::dup', '111', 'AWS::S3::Bucket', 'us-east-1', { version: 2 })]);
    compact.seal();
    assert.equal(compact.byUid(x)?.uid, x);
    assert.equal(compact.byUid(y)?.uid, y);
    assert.deepEqual(compact.byUid<{ version: number }>('arn:aws:s3:::dup')?.config, { version: 2 });
  });
});
