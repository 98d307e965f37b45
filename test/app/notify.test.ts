/** src/app/notify.ts, called directly on a temporary SQLite hub with a local webhook receiver. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { storeImport } from '../../src/app/import.js';
import { listNotifications, notificationNote, notifyTargets, runNotify } from '../../src/app/notify.js';
import { storeAssessment } from '../../src/app/hub.js';
import { assessSnapshot } from '../../src/app/posture.js';
import { parseConfig } from '../../src/config/parse.js';
import type { InventoryEntities } from '../../src/correlate/entities.js';
import { FindingStore } from '../../src/hub/store/store.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { obs, receiver, silentReceiver, T1 } from '../hub/notify/helpers.js';
import { tempHub } from './helpers.js';

const webhook = (url: string) => ['notifications:', '  - name: soc', '    type: webhook', `    url: ${url}`, ''].join('\n');

/** One prepared import file, as `mamori findings import` stores it (its own run, its own transaction). */
const importOf = (hub: Parameters<typeof storeImport>[0], observed: ReturnType<typeof obs>[]) => storeImport(hub, { parsed: [{ file: 'f.json', observed }], errors: [] }, { actor: 'test' });

describe('notify application functions', () => {
  it('does nothing without targets or changes', async () => {
    const hub = await tempHub();
    try {
      assert.equal((await importOf(hub, [obs('a', 'FAIL', T1)])).notifications, undefined, 'no targets');
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
      const queued = (await importOf(hub, [obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)])).notifications;
      assert.ok(queued);
      assert.equal(queued.queued.enqueued, 2);
      // Queued with the findings and not sent yet: the caller delivers once it has reported.
      assert.deepEqual((await listNotifications(hub)).map((e) => [e.findingId, e.status]).sort(), [['a', 'pending'], ['b', 'pending']]);
      assert.equal(rx.requests.length, 0);
      const n = (await queued.deliver())!;
      assert.equal(n.queued.enqueued, 2);
      assert.equal(n.delivery.sent, 2);
      assert.equal(notificationNote(n), 'notifications: 2 queued, 2 sent, 0 to retry, 0 failed for good');
      assert.equal(rx.requests.length, 2);
      assert.equal((await hub.store.get('a'))!.finding.workflowStatus, 'NOTIFIED');
      const again = (await importOf(hub, [obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)])).notifications;
      assert.equal(again?.queued.enqueued, 0, 'nothing changed, nothing queued');
      assert.equal(await again.deliver(), undefined, 'and nothing due: nothing to say');

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
      const n = (await (await importOf(hub, [obs('a', 'FAIL', T1)])).notifications!.deliver({ baseDelayMs: 60_000 }))!;
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

/** Runs `fn` with MAMORI_NOTIFY_DEADLINE_MS set, restoring the environment after. */
async function withNotifyDeadline<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  process.env.MAMORI_NOTIFY_DEADLINE_MS = String(ms);
  try {
    return await fn();
  } finally {
    delete process.env.MAMORI_NOTIFY_DEADLINE_MS;
  }
}

describe('delivery is bounded on the ingest paths (issue 11)', () => {
  it('an import of 35 new findings to a webhook that never answers ends at the delivery deadline; the rows wait for `mamori notify`', { timeout: 30_000 }, async () => {
    const silent = await silentReceiver();
    const rx = await receiver();
    const hub = await tempHub(webhook(silent.url));
    try {
      const observed = Array.from({ length: 35 }, (_, i) => obs(`f${i}`, 'FAIL', T1));
      const notes: string[] = [];
      const started = performance.now();
      const result = await storeImport(hub, { parsed: [{ file: 'a.json', observed: observed.slice(0, 20) }, { file: 'b.json', observed: observed.slice(20) }], errors: [] }, { actor: 'test', onNote: (l) => notes.push(l) });
      assert.equal(await hub.store.count(), 35, 'the findings are stored');
      assert.equal(silent.received(), 0, 'nothing is sent while the import runs');
      assert.equal(notes.length, 2, 'one note per file, none about notifications yet');
      const n = (await withNotifyDeadline(1000, () => result.notifications!.deliver()))!;
      const took = performance.now() - started;
      // Before: 10 s per delivery, four at a time, per file — about 90 s here.
      assert.ok(took < 1000 + 2500, `took ${Math.round(took)} ms`);
      assert.deepEqual([n.queued.enqueued, n.delivery.sent, n.deadline?.ms, n.deadline?.left], [35, 0, 1000, 35], 'queued per file, delivered once');
      assert.match(
        notificationNote(n),
        /^notifications: 35 queued, 0 sent, 35 left in the outbox \(delivery deadline 1 s reached; first error: soc: no answer from http:\/\/127\.0\.0\.1:\d+ within \d+ ms \(delivery deadline reached\)\); run `mamori notify`$/,
      );
      const waiting = await runNotify(hub, { action: 'status' });
      assert.equal(waiting.status.byStatus.sent, 0);
      assert.equal(waiting.status.byStatus.sending, 0, 'nothing left claimed');

      // `mamori notify` against the receiver once it answers (same target name): everything goes out.
      const answering = { ...hub, config: parseConfig(webhook(rx.url)) };
      const report = await runNotify(answering);
      assert.deepEqual([report.result?.sent, report.result?.failed, report.status.byStatus.sent], [35, 0, 35]);
      assert.equal(rx.requests.length, 35);
      assert.equal((await hub.store.get('f0'))!.finding.workflowStatus, 'NOTIFIED');
    } finally {
      await silent.close();
      await rx.close();
      await hub.store.close();
    }
  });

  it('an assessment stored in the hub is not held by a webhook that never answers', { timeout: 60_000 }, async () => {
    const silent = await silentReceiver();
    const dir = mkdtempSync(join(tmpdir(), 'mamori-app-assess-'));
    const config = join(dir, 'config.yaml');
    writeFileSync(config, webhook(silent.url) + '    ruleIds: aws-s3-*\n');
    const db = join(dir, 'hub.db');
    try {
      const snapshot = await loadDemoSnapshot();
      const started = performance.now();
      const result = await assessSnapshot({ snapshot, store: { db, config } });
      const queued = result.stored?.notifications;
      assert.ok(queued && queued.queued.enqueued > 8, 'more notifications than one round of sends');
      assert.equal(silent.received(), 0, 'the assessment returns before anything is sent');
      const store = await FindingStore.open(db);
      try {
        assert.equal(await store.count({ status: ['NEW'] }), result.stored!.counts.new, 'the findings are stored');
        assert.ok(result.stored!.counts.new > 0);
        assert.equal((await store.outbox.counts()).reduce((n, c) => n + c.count, 0), queued.queued.enqueued, 'and their notifications, with them');
      } finally {
        await store.close();
      }
      const n = (await withNotifyDeadline(1000, () => queued.deliver()))!;
      const took = performance.now() - started;
      // The assessment itself takes well under a second; delivery adds at most the deadline.
      assert.ok(took < 1000 + 5000, `took ${Math.round(took)} ms`);
      assert.deepEqual([n.delivery.sent, n.deadline?.left], [0, n.queued.enqueued]);
    } finally {
      await silent.close();
    }
  });
});

describe('notifications are committed with the run that caused them (issue 11)', () => {
  it('an assessment failing after its ingest stores no finding, no notification and no inventory; the rerun stores all of them before any delivery', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-app-atomic-'));
    const config = join(dir, 'config.yaml');
    // Never delivered here: the test looks at what the runs commit, not at the sends.
    writeFileSync(config, webhook('http://127.0.0.1:9/never') + '    ruleIds: aws-s3-*\n');
    const flags = { db: join(dir, 'hub.db'), config };
    const snapshot = await loadDemoSnapshot();
    const { rules, findings } = await assessSnapshot({ snapshot });
    // The workloads are written after the findings and before the notifications are queued: a
    // failure there is a run dying between its ingest and the old enqueue point.
    const failing = new (class extends Map<string, InventoryEntities> {
      override *[Symbol.iterator](): MapIterator<[string, InventoryEntities]> {
        throw new Error('disk full while writing the inventory');
      }
    })();
    await assert.rejects(storeAssessment(flags, snapshot, rules, findings, failing), /disk full/);
    const hubState = async () => {
      const store = await FindingStore.open(flags.db);
      try {
        return { findings: await store.count(), scans: (await store.latestScans()).length, outbox: (await store.outbox.list({ limit: 1000 })).length, inventory: (await store.inventoryEntities()).length };
      } finally {
        await store.close();
      }
    };
    assert.deepEqual(await hubState(), { findings: 0, scans: 0, outbox: 0, inventory: 0 }, 'nothing of the failed run was stored');

    const stored = await storeAssessment(flags, snapshot, rules, findings);
    const queued = stored.notifications;
    assert.ok(queued && queued.queued.enqueued > 0, 'the rerun queues what a clean run queues');
    const after = await hubState();
    assert.equal(after.findings, stored.counts.new);
    assert.equal(after.scans, 1);
    assert.equal(after.outbox, queued.queued.enqueued, 'every notification is in the outbox before delivery starts');
    assert.ok(after.inventory > 0, 'with the workloads');
  });
});
