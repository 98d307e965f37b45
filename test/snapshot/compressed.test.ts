/** The compressed text store behind the resources kept across scopes (src/snapshot/compressed.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompressedTexts } from '../../src/snapshot/compressed.js';

const resourceText = (i: number) =>
  JSON.stringify([{ uid: `arn:aws:s3:::bucket-${i}`, provider: 'aws', account: String(100000000000 + (i % 50)), region: 'us-east-1', type: 'AWS::S3::Bucket', name: `bucket-${i}`, tags: { team: `t${i % 7}` }, config: { versioning: i % 2 ? 'Enabled' : 'Suspended', logging: { targetBucket: `logs-${i % 3}` } } }]);

describe('CompressedTexts', () => {
  it('gives back every text exactly, before and after the dictionary is built', () => {
    const store = new CompressedTexts();
    const texts = ['', 'plain', '{"name":"日本語のタグ","emoji":"🔐"}'];
    for (const t of texts) assert.equal(store.get(store.add(t)), t, 'read back while still held as text');
    for (let i = 0; i < 2000; i++) texts.push(resourceText(i));
    for (const t of texts.slice(3)) store.add(t);
    assert.equal(store.size, texts.length);
    texts.forEach((t, id) => assert.equal(store.get(id), t, `text ${id}`));
    store.seal();
    store.seal(); // twice is harmless
    texts.forEach((t, id) => assert.equal(store.get(id), t, `text ${id} after seal`));
  });

  it('compresses many small similar texts to a small fraction of their size', () => {
    const store = new CompressedTexts();
    for (let i = 0; i < 5000; i++) store.add(resourceText(i));
    store.seal();
    assert.ok(store.compressedBytes * 8 < store.textChars, `${store.compressedBytes} bytes for ${store.textChars} characters`);
  });

  it('keeps a store sealed before the sample was complete readable, and compresses what comes after', () => {
    const store = new CompressedTexts();
    const first = store.add(resourceText(1));
    store.seal();
    const second = store.add(resourceText(2));
    assert.equal(store.get(first), resourceText(1));
    assert.equal(store.get(second), resourceText(2));
    assert.ok(store.compressedBytes > 0);
  });

  it('refuses an id it never gave', () => {
    const store = new CompressedTexts();
    store.add('x');
    assert.throws(() => store.get(1), RangeError);
    assert.throws(() => store.get(-1), RangeError);
  });
});
