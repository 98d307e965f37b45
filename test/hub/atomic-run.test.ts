/**
 * A run's writes are all stored or none (issue 11): before, `detect` saved learned baselines and
 * carried windows before the signals, so a run that died in between left baselines that had
 * learned the new behaviour and no finding, and the rerun reported nothing. Notifications were
 * queued after the ingest committed, so a run that died in between lost them for good (the rerun
 * saw nothing change), and an assessment's inventory had its own transaction too.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObservedFinding } from '../../src/hub/model.js';
import { enqueue, type NotifyTarget } from '../../src/hub/notify/index.js';
import { FindingStore, internalConnection, type RunWriter } from '../../src/hub/store/store.js';
import { BACKENDS } from './backends.js';

const at = '2026-11-20T00:00:00.000Z';
const signal: ObservedFinding = {
  id: 'mamori-sig-atomic', kind: 'threat', source: 'mamori', ruleId: 'mamori-baseline-new-api', title: 'A principal called an API it had not used before', severity: 'LOW',
  complianceStatus: null, provider: 'aws', account: '111111111111', region: 'us-east-1', resourceUid: 'arn:aws:iam::111111111111:user/alice',
  resourceType: 'AWS::IAM::User', resourceName: 'alice', resourceTags: {}, frameworks: {}, reason: 'new API', observedAt: at,
};
const principal = { principal: 'arn:aws:iam::111111111111:user/alice', firstSeen: at, lastSeen: at };
const value = { principal: principal.principal, dimension: 'api', value: 's3:ListBuckets', firstSeen: at, lastSeen: at, count: 1 };
const soc: NotifyTarget = { name: 'soc', type: 'webhook', url: 'https://hooks.example.com/mamori', events: ['any'] };
const inventory = new Map([['111111111111', { instances: [{ id: 'i-0abc' }] }]]);

/** What one run writes with its findings: ingest, the inventory it read, the notifications about what changed. */
async function runWrites(run: RunWriter): Promise<number> {
  const counts = await run.ingest([signal], { actor: 'test', at });
  await run.saveInventoryEntities(inventory, at);
  const queued = await enqueue(run, await run.findingsById(run.changedIds()), [soc], { now: at });
  return counts.new + queued.enqueued;
}

/** What another connection to the same hub sees (committed rows only). */
async function committed(store: FindingStore) {
  return { findings: await store.count(), outbox: (await store.outbox.list()).length, inventory: (await store.inventoryEntities()).length };
}

for (const backend of BACKENDS) {
  describe(`one run, one transaction (${backend.name})`, { skip: backend.skip }, () => {
    it('a run failing after its baselines and windows were written leaves the hub as it was; the rerun stores everything', async () => {
      const { store } = await backend.fresh();
      try {
        const db = internalConnection(store).db;
        const snapshot = async () => ({
          findings: (await db.selectFrom('findings').select('id').execute()).length,
          principals: (await db.selectFrom('baseline_principals').select('principal').execute()).length,
          values: (await db.selectFrom('baselines').select('value').execute()).length,
          state: (await db.selectFrom('detection_state').select('name').execute()).length,
        });
        const before = await snapshot();
        await assert.rejects(
          store.commitRun(async (run) => {
            await run.mergeBaselines([principal], [value]);
            await run.saveDetectionState('aggregation-windows', { open: [1, 2, 3] });
            await run.ingest([signal], { actor: 'test', at });
            throw new Error('killed half-way');
          }),
          /killed half-way/,
        );
        assert.deepEqual(await snapshot(), before, 'nothing of the failed run was stored');

        const changed: string[] = [];
        const counts = await store.commitRun(async (run) => {
          await run.mergeBaselines([principal], [value]);
          await run.saveDetectionState('aggregation-windows', { open: [1, 2, 3] });
          return run.ingest([signal], { actor: 'test', at, onChange: (id) => changed.push(id) });
        });
        assert.equal(counts.new, 1, 'the rerun reports the signal as a clean run would');
        assert.deepEqual(changed, ['mamori-sig-atomic'], 'change callbacks run after the commit');
        assert.deepEqual(await snapshot(), { findings: 1, principals: 1, values: 1, state: 1 });
      } finally {
        await store.close();
      }
    });

    it('a run failing after its ingest stores neither its findings nor their notifications nor its inventory; a clean run commits all three at once', async () => {
      const { store, setting } = await backend.fresh();
      const other = await FindingStore.open(setting);
      try {
        await assert.rejects(
          store.commitRun(async (run) => {
            assert.equal(await runWrites(run), 2, 'the failing run did ingest and queue');
            throw new Error('killed between the ingest and the commit');
          }),
          /killed between/,
        );
        const nothing = { findings: 0, outbox: 0, inventory: 0 };
        assert.deepEqual(await committed(store), nothing, 'nothing of the failed run was stored');

        const written = await store.commitRun(async (run) => {
          const n = await runWrites(run);
          assert.deepEqual(await committed(other), nothing, 'before the commit, another connection sees none of it');
          return n;
        });
        assert.equal(written, 2, 'the rerun sees the signal as new and queues its notification');
        assert.deepEqual(await committed(other), { findings: 1, outbox: 1, inventory: 1 }, 'after it, all of it');
        assert.deepEqual((await store.outbox.list()).map((e) => [e.findingId, e.event, e.status]), [['mamori-sig-atomic', 'new', 'pending']]);
        assert.deepEqual(await store.commitRun((run) => runWrites(run)), 0, 'a third run changes nothing and queues nothing');
      } finally {
        await other.close();
        await store.close();
      }
    });
  });
}
