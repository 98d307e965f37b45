/** src/app/notify.ts, called directly on a temporary SQLite hub with a local webhook receiver. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listNotifications, notificationNote, notifyChanges, notifyTargets, runNotify } from '../../src/app/notify.js';
import { obs, receiver, T1 } from '../hub/notify/helpers.js';
import { tempHub } from './helpers.js';

const webhook = (url: string) => ['notifications:', '  - name: soc', '    type: webhook', `    url: ${url}`, ''].join('\n');

describe('notify application functions', () => {
  it('does nothing without targets or changes', async () => {
    const hub = await tempHub();
    try {
      await hub.store.ingest([obs('a', 'FAIL', T1)], { actor: 'test' });
      assert.equal(await notifyChanges(hub, ['a']), undefined);
      const report = await runNotify(hub);
      assert.deepEqual(report.result, { attempted: 0, sent: 0, failed: 0, dead: 0, errors: [] });
      assert.equal(report.status.total, 0);
      assert.deepEqual(report.failing, []);
    } finally {
      await hub.store.close();
    }
  });

  it('queues and delivers what an ingest changed, then reports the outbox', async () => {
    const rx = await receiver();
    const hub = await tempHub(webhook(rx.url));
    try {
      assert.deepEqual(notifyTargets(hub.config).map((t) => t.name), ['soc']);
      const changed: string[] = [];
      await hub.store.ingest([obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)], { actor: 'test', onChange: (id) => changed.push(id) });
      assert.equal(await notifyChanges(hub, []), undefined, 'nothing changed');
      const n = await notifyChanges(hub, changed, { now: T1 });
      assert.ok(n);
      assert.equal(n.queued.enqueued, 2);
      assert.equal(n.delivery.sent, 2);
      assert.equal(notificationNote(n), 'notifications: 2 queued, 2 sent, 0 to retry, 0 failed for good');
      assert.equal(rx.requests.length, 2);
      assert.equal((await hub.store.get('a'))!.finding.workflowStatus, 'NOTIFIED');

      const status = await runNotify(hub, { action: 'status' });
      assert.equal(status.result, undefined, 'status sends nothing');
      assert.equal(status.status.byStatus.sent, 2);
      assert.deepEqual(status.status.byTarget.soc.sent, 2);
      assert.deepEqual((await listNotifications(hub, { target: 'soc' })).map((e) => [e.findingId, e.status]).sort(), [['a', 'sent'], ['b', 'sent']]);
    } finally {
      await rx.close();
      await hub.store.close();
    }
  });

  it('keeps failures in the outbox, lists them, and retries them', async () => {
    const rx = await receiver((i) => (i === 1 ? 500 : 200));
    const hub = await tempHub(webhook(rx.url));
    try {
      const changed: string[] = [];
      await hub.store.ingest([obs('a', 'FAIL', T1)], { actor: 'test', onChange: (id) => changed.push(id) });
      const n = (await notifyChanges(hub, changed, { baseDelayMs: 60_000 }))!;
      assert.equal(n.delivery.failed, 1);
      assert.match(notificationNote(n), /^notifications: 1 queued, 0 sent, 1 to retry, 0 failed for good \(first error: soc: HTTP 500 from http:\/\/127\.0\.0\.1:\d+/);
      const report = await runNotify(hub, { delivery: { baseDelayMs: 60_000 } });
      assert.equal(report.result?.attempted, 0, 'not due yet: backing off');
      assert.deepEqual(report.failing.map((f) => [f.findingId, f.status, f.attempts]), [['a', 'failed', 1]]);
      const retried = await runNotify(hub, { action: 'retry' });
      assert.equal(retried.result && 'requeued' in retried.result ? retried.result.requeued : -1, 1);
      assert.equal(retried.result?.sent, 1);
      assert.deepEqual(retried.failing, []);
    } finally {
      await rx.close();
      await hub.store.close();
    }
  });
});
