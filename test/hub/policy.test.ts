/** Automation and suppressions from the config, applied by the store on ingest (both backends). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObservedFinding } from '../../src/hub/model.js';
import { policyFromConfig, riskFromConfig } from '../../src/hub/policy.js';
import { parseSuppressions } from '../../src/hub/suppressions.js';
import { BACKENDS } from './backends.js';

const obs = (id: string, at: string, account = '111111111111'): ObservedFinding => ({
  id, kind: 'posture', source: 'mamori', ruleId: 'aws-ec2-instance-imdsv2-required', title: 'IMDSv2 required', severity: 'HIGH',
  complianceStatus: 'FAIL', provider: 'aws', account, region: 'us-east-1', resourceUid: `arn:aws:ec2:us-east-1:${account}:instance/${id}`,
  resourceType: 'AWS::EC2::Instance', resourceName: id, resourceTags: { env: 'legacy' }, frameworks: {}, reason: 'IMDSv1 allowed', observedAt: at,
});

for (const backend of BACKENDS) {
  describe(`config policy on ingest (${backend.name})`, { skip: backend.skip }, () => {
    it('suppresses while a mutelist entry is in force and re-opens when it expires; automation never compounds', async () => {
      const { store } = await backend.fresh();
      try {
        const suppressions = parseSuppressions([{ rule: 'aws-ec2-instance-imdsv2-required', tags: { env: 'legacy' }, reason: 'legacy fleet retires in December', expires: '2026-12-01' }]);
        const automation = [{ name: 'raise sandbox? no: lower legacy', criteria: { tags: { env: 'legacy' } }, actions: { setSeverity: { lower: 1 } } }];
        const config = { automation: automation as never, suppressions, risk: { ...riskFromConfig({ risk: {} as never }), productionAccounts: ['111111111111'] } };
        const november = policyFromConfig(config, () => '2026-11-20T00:00:00.000Z');
        await store.ingest([obs('i-1', '2026-11-20T00:00:00.000Z')], { actor: 'scan', policy: november, risk: config.risk, at: '2026-11-20T00:00:00.000Z' });
        let f = (await store.get('i-1'))!;
        assert.equal(f.finding.workflowStatus, 'SUPPRESSED');
        assert.equal(f.finding.severity, 'MEDIUM');
        assert.ok(f.history.some((h) => h.actor === 'suppression' && h.note === 'legacy fleet retires in December'));

        await store.ingest([obs('i-1', '2026-11-27T00:00:00.000Z')], { actor: 'scan', policy: november, risk: config.risk, at: '2026-11-27T00:00:00.000Z' });
        f = (await store.get('i-1'))!;
        assert.equal(f.finding.severity, 'MEDIUM', 'lowered once, not twice');
        assert.equal(f.finding.workflowStatus, 'SUPPRESSED');

        const december = policyFromConfig(config, () => '2026-12-02T00:00:00.000Z');
        const dry = await store.reapply(december, { actor: 'ops', dryRun: true, risk: config.risk });
        assert.deepEqual(dry.map((d) => d.findingId), ['i-1']);
        assert.equal((await store.get('i-1'))!.finding.workflowStatus, 'SUPPRESSED', 'a dry run writes nothing');
        await store.reapply(december, { actor: 'ops', risk: config.risk, at: '2026-12-02T00:00:00.000Z' });
        f = (await store.get('i-1'))!;
        assert.equal(f.finding.workflowStatus, 'NEW', 'expired suppression re-opens the finding');
        assert.match(f.history.at(-1)!.note ?? '', /suppression expired/);
        assert.ok(f.finding.risk.factors.some((x) => x.includes('production account')));
      } finally {
        await store.close();
      }
    });
  });
}
