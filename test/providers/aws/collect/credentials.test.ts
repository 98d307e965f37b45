import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedCredentials } from '../../../../src/providers/aws/collect/credentials.js';

describe('sharedCredentials', () => {
  it('asks once for concurrent callers, reuses fresh credentials and refreshes five minutes before expiry', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    let calls = 0;
    const provider = async () => {
      calls++;
      return { accessKeyId: `ASIA${calls}`, secretAccessKey: 's', expiration: new Date(now + 60 * 60_000) };
    };
    const shared = sharedCredentials(provider, () => now);
    const first = await Promise.all([shared(), shared(), shared()]);
    assert.equal(calls, 1);
    assert.ok(first.every((c) => c.accessKeyId === 'ASIA1'));
    now += 50 * 60_000;
    assert.equal((await shared()).accessKeyId, 'ASIA1', 'ten minutes left: still fresh');
    now += 6 * 60_000;
    assert.equal((await shared()).accessKeyId, 'ASIA2', 'four minutes left: refreshed');
    assert.equal(calls, 2);
  });

  it('does not remember a failure', async () => {
    let calls = 0;
    const shared = sharedCredentials(async () => {
      calls++;
      if (calls === 1) throw new Error('throttled');
      return { accessKeyId: 'ASIAOK', secretAccessKey: 's' };
    });
    await assert.rejects(shared(), /throttled/);
    assert.equal((await shared()).accessKeyId, 'ASIAOK');
  });
});
