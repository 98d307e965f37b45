/**
 * A run's writes are all stored or none (issue 11): before, `detect` saved learned baselines and
 * carried windows before the signals, so a run that died in between left baselines that had
 * learned the new behaviour and no finding, and the rerun reported nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObservedFinding } from '../../src/hub/model.js';
import { internalConnection } from '../../src/hub/store/store.js';
import { BACKENDS } from './backends.js';

const at = '2026-11-20T00:00:00.000Z';
const signal: ObservedFinding = {
  id: 'mamori-sig-atomic', kind: 'threat', source: 'mamori', ruleId: 'mamori-baseline-new-api', title: 'A principal called an API it had not used before', severity: 'LOW',
  complianceStatus: null, provider: 'aws', account: '111111111111', region: 'us-east-1', resourceUid: 'arn:aws:iam::111111111111:user/alice',
  resourceType: 'AWS::IAM::User', resourceName: 'alice', resourceTags: {}, frameworks: {}, reason: 'new API', observedAt: at,
};
const principal = { principal: 'arn:aws:iam::111111111111:user/alice', firstSeen: at, lastSeen: at };
const value = { principal: principal.principal, dimension: 'api', value: 's3:ListBuckets', firstSeen: at, lastSeen: at, count: 1 };

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
  });
}
