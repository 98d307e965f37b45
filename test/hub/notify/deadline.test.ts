/**
 * Bounded delivery (issue 11): a receiver that never answers used to hold a run for 10 s per
 * delivery, four at a time, with no overall cap. Every send now has a timeout that never exceeds
 * what is left of the run's deadline, and what the deadline leaves stays queued, unclaimed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SNSClient } from '@aws-sdk/client-sns';
import { deliver, enqueue, outboxStatus, type NotifyTarget } from '../../../src/hub/notify/index.js';
import { BACKENDS } from '../backends.js';
import { obs, receiver, silentReceiver, T1 } from './helpers.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `f${String(i).padStart(2, '0')}`);

for (const backend of BACKENDS) {
  describe(`delivery under a deadline (${backend.name})`, { skip: backend.skip }, () => {
    it('stops at the deadline: sends cut short are due again at once, the rest stays pending and unclaimed', async () => {
      const { store } = await backend.fresh();
      const silent = await silentReceiver();
      const rx = await receiver();
      try {
        await store.ingest(ids(12).map((id) => obs(id, 'FAIL', T1)), { actor: 'scan' });
        const hung: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: silent.url }];
        await enqueue(store, await store.list({}, { limit: 100 }), hung, { now: T1 });

        const started = performance.now();
        const res = await deliver(store, hung, { deadlineMs: 700, timeoutMs: 10_000, concurrency: 4 });
        const took = performance.now() - started;
        // Without the deadline: 12 rows / 4 at a time × 10 s = 30 s.
        assert.ok(took >= 600 && took < 2_500, `took ${Math.round(took)} ms`);
        assert.equal(res.deadlineReached, true);
        assert.deepEqual([res.attempted, res.sent, res.failed, res.dead], [4, 0, 4, 0], 'one round of four sends, cut at the deadline');
        assert.equal(silent.received(), 4);
        for (const e of res.errors) {
          assert.match(e.error, /^no answer from http:\/\/127\.0\.0\.1:\d+ within \d+ ms \(delivery deadline reached\)$/);
          assert.ok(!e.error.includes('SECRET'), e.error);
        }
        const status = await outboxStatus(store);
        assert.deepEqual([status.byStatus.pending, status.byStatus.failed, status.byStatus.sending], [8, 4, 0], 'nothing left claimed');

        // The same target name, now answering: everything is delivered at once, the cut sends included.
        const working: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url }];
        const after = await deliver(store, working, { deadlineMs: 10_000 });
        assert.deepEqual([after.sent, after.failed, after.deadlineReached], [12, 0, undefined]);
        assert.equal(rx.requests.length, 12);
      } finally {
        await silent.close();
        await rx.close();
        await store.close();
      }
    });
  });
}

describe('every send has a timeout', () => {
  it('a webhook that never answers fails within the send timeout, without any deadline', { timeout: 10_000 }, async () => {
    const { store } = await BACKENDS[0].fresh();
    const silent = await silentReceiver();
    try {
      await store.ingest(ids(3).map((id) => obs(id, 'FAIL', T1)), { actor: 'scan' });
      const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: silent.url }];
      await enqueue(store, await store.list({}, { limit: 100 }), targets, { now: T1 });
      const started = performance.now();
      const res = await deliver(store, targets, { timeoutMs: 400, baseDelayMs: 60_000 });
      assert.ok(performance.now() - started < 3_000);
      assert.deepEqual([res.attempted, res.failed, res.deadlineReached], [3, 3, undefined], 'no deadline: every due row is tried');
      assert.match(res.errors[0].error, /^no answer from http:\/\/127\.0\.0\.1:\d+ within 400 ms$/);
    } finally {
      await silent.close();
      await store.close();
    }
  });

  it('a receiver that sends its headers and then stalls the body does not hold the run', { timeout: 10_000 }, async () => {
    const { store } = await BACKENDS[0].fresh();
    const stalling = await silentReceiver({ headersOnly: true });
    try {
      await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan' });
      const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: stalling.url }];
      await enqueue(store, await store.list({}, { limit: 100 }), targets, { now: T1 });
      const started = performance.now();
      const res = await deliver(store, targets, { timeoutMs: 400 });
      assert.ok(performance.now() - started < 3_000, 'the body is read under the same timeout');
      // The receiver said 200: it has the notification.
      assert.deepEqual([res.attempted, res.sent], [1, 1]);
    } finally {
      await stalling.close();
      await store.close();
    }
  });

  it('an SNS endpoint that never answers fails within the send timeout (the SDK call is aborted)', { timeout: 15_000 }, async () => {
    const { store } = await BACKENDS[0].fresh();
    const silent = await silentReceiver();
    const clients: SNSClient[] = [];
    try {
      await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan' });
      const targets: NotifyTarget[] = [{ name: 'topic', type: 'sns', topicArn: 'arn:aws:sns:us-east-1:111111111111:alerts' }];
      await enqueue(store, await store.list({}, { limit: 100 }), targets, { now: T1 });
      const sns = (region: string | undefined) => {
        const c = new SNSClient({ region, endpoint: silent.origin, credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' } });
        clients.push(c);
        return c;
      };
      const started = performance.now();
      const res = await deliver(store, targets, { timeoutMs: 500, clients: { sns } });
      assert.ok(performance.now() - started < 5_000);
      assert.deepEqual([res.attempted, res.failed], [1, 1]);
      assert.equal(res.errors[0].error, 'no answer from SNS within 500 ms');
    } finally {
      for (const c of clients) c.destroy();
      await silent.close();
      await store.close();
    }
  });
});
