/**
 * The framework-control filter (`--control`, `?control=`): findings mapped to a control of one
 * framework, not the same id in another framework; bad values are one clear error. SQLite always,
 * PostgreSQL in CI.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterFrom } from '../../src/app/filter.js';
import type { ObservedFinding } from '../../src/hub/model.js';
import { MamoriError } from '../../src/model/errors.js';
import { BACKENDS } from './backends.js';

const AT = '2026-11-01T00:00:00.000Z';
const finding = (id: string, frameworks: Record<string, string[]>): ObservedFinding => ({
  id, kind: 'posture', source: 'mamori', ruleId: `rule-${id}`, title: id, severity: 'MEDIUM', complianceStatus: 'FAIL', provider: 'aws',
  account: '111111111111', region: 'us-east-1', resourceUid: `arn:aws:s3:::${id}`, resourceType: 'AWS::S3::Bucket', resourceName: id,
  resourceTags: {}, frameworks, reason: 'failing', observedAt: AT,
});

describe('control filter parsing', () => {
  it('reads framework:control pairs and refuses unknown frameworks and missing parts', () => {
    assert.deepEqual(filterFrom({ control: 'cis-aws-3.0:2.1.1, fsbp:S3.5' }).control, [
      { framework: 'cis-aws-3.0', control: '2.1.1' },
      { framework: 'fsbp', control: 'S3.5' },
    ]);
    for (const bad of ['2.1.1', 'cis-aws-3.0:', ':2.1.1', 'cis-aws-9.9:1.1']) {
      assert.throws(() => filterFrom({ control: bad }), (e: unknown) => e instanceof MamoriError && e.code === 'BAD_FILTER' && e.message.includes(bad), bad);
    }
  });
});

for (const backend of BACKENDS) {
  describe(`control filter (${backend.name})`, { skip: backend.skip }, () => {
    it('matches the control within its framework only, and any of several controls', async () => {
      const { store } = await backend.fresh();
      try {
        await store.ingest(
          [
            finding('a', { 'cis-aws-3.0': ['2.1.1', '2.1.2'], fsbp: ['S3.5'] }),
            finding('b', { 'cis-aws-3.0': ['1.5'] }),
            // The same id in another framework is not a match.
            finding('c', { 'pci-dss-4.0': ['2.1.1'] }),
            finding('d', {}),
          ],
          { actor: 'test', at: AT },
        );
        const ids = async (control: string) => (await store.list(filterFrom({ control }))).map((f) => f.id).sort();
        assert.deepEqual(await ids('cis-aws-3.0:2.1.1'), ['a']);
        assert.deepEqual(await ids('cis-aws-3.0:2.1.2'), ['a']);
        assert.deepEqual(await ids('pci-dss-4.0:2.1.1'), ['c']);
        assert.deepEqual(await ids('cis-aws-3.0:1.5,fsbp:S3.5'), ['a', 'b']);
        assert.deepEqual(await ids('cis-aws-3.0:2.1'), [], 'a prefix of a control id is not that control');
        assert.equal(await store.count({ ...filterFrom({ control: 'cis-aws-3.0:2.1.1,cis-aws-3.0:1.5' }), status: ['NEW'] }), 2);
      } finally {
        await store.close();
      }
    });
  });
}
