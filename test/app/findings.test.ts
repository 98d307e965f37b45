/** src/app/findings.ts, called directly on a temporary SQLite hub. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyAutomation, findingInsights, listFindings, resolveFindingId, showFinding, suppressFindings, updateFindings } from '../../src/app/findings.js';
import { obs, scan, T1, T2 } from '../hub/notify/helpers.js';
import { tempHub } from './helpers.js';

describe('findings application functions', () => {
  it('lists a page with the total, resolves id prefixes and shows one finding with its history', async () => {
    const hub = await tempHub();
    try {
      await hub.store.ingest([obs('alpha-1', 'FAIL', T1), obs('alpha-2', 'FAIL', T1), obs('beta-1', 'FAIL', T1)], { actor: 'test' });
      const page = await listFindings(hub.store, { limit: 2 });
      assert.equal(page.total, 3);
      assert.equal(page.offset, 0);
      assert.equal(page.findings.length, 2);
      assert.equal((await listFindings(hub.store, { limit: 2, offset: 2 })).findings.length, 1);
      assert.equal((await listFindings(hub.store, { filter: { ids: ['beta-1'] } })).total, 1);

      assert.equal(await resolveFindingId(hub.store, 'bet'), 'beta-1');
      await assert.rejects(resolveFindingId(hub.store, 'alpha'), { code: 'AMBIGUOUS' });
      await assert.rejects(resolveFindingId(hub.store, 'gamma'), { code: 'NOT_FOUND' });
      // LIKE wildcards in a prefix are not wildcards.
      await assert.rejects(resolveFindingId(hub.store, '%eta'), { code: 'NOT_FOUND' });

      const shown = await showFinding(hub.store, 'beta');
      assert.equal(shown.finding.id, 'beta-1');
      assert.equal(shown.history[0].field, 'created');
      await assert.rejects(showFinding(hub.store, 'nothing-here'), { code: 'NOT_FOUND' });
    } finally {
      await hub.store.close();
    }
  });

  it('updates by prefix (audited), refuses an empty change and suppresses with a reason', async () => {
    const hub = await tempHub();
    try {
      await hub.store.ingest([obs('alpha-1', 'FAIL', T1), obs('beta-1', 'FAIL', T1)], { actor: 'test' });
      const r = await updateFindings(hub.store, { ids: ['alp'], status: 'RESOLVED', note: 'fixed by hand', fields: { ticket: 'SEC-1' }, actor: 'alice', at: T2 });
      assert.deepEqual(r, { ids: ['alpha-1'], updated: 1 });
      const { finding, history } = await showFinding(hub.store, 'alpha-1');
      assert.equal(finding.workflowStatus, 'RESOLVED');
      assert.equal(finding.userFields.ticket, 'SEC-1');
      assert.ok(history.some((h) => h.actor === 'alice' && h.field === 'workflowStatus' && h.to === 'RESOLVED' && h.note === 'fixed by hand'));
      assert.deepEqual(await updateFindings(hub.store, { ids: ['alpha-1'], status: 'RESOLVED', actor: 'alice' }), { ids: ['alpha-1'], updated: 0 }, 'already so');
      await assert.rejects(updateFindings(hub.store, { ids: ['alpha-1'], actor: 'alice' }), { code: 'NOTHING_TO_DO' });
      await assert.rejects(updateFindings(hub.store, { ids: ['alpha-1'], status: 'DONE' as never, actor: 'alice' }), { code: 'BAD_STATUS' });

      await suppressFindings(hub.store, { ids: ['beta-1'], note: 'accepted risk', actor: 'bob' });
      const beta = await showFinding(hub.store, 'beta-1');
      assert.equal(beta.finding.workflowStatus, 'SUPPRESSED');
      assert.equal(beta.history.at(-1)?.note, 'accepted risk');
    } finally {
      await hub.store.close();
    }
  });

  it('gives insights: groups, score history and what the latest scan changed', async () => {
    const hub = await tempHub();
    try {
      assert.deepEqual(await findingInsights(hub.store, { groupBy: 'severity' }), { groupBy: 'severity', groups: [], scores: [], latestScan: undefined, changes: { newlyFailing: [], newlyResolved: [] } });
      await hub.store.ingest([obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)], { actor: 'scan', scan: { ...scan('s1', T1), scores: [{ framework: 'fsbp', score: 50, passed: 1, failed: 1 }] } });
      await hub.store.ingest([obs('a', 'FAIL', T2), obs('b', 'PASS', T2), obs('c', 'FAIL', T2, { severity: 'HIGH' })], {
        actor: 'scan', scan: { ...scan('s2', T2), scores: [{ framework: 'fsbp', score: 75, passed: 3, failed: 1 }] },
      });
      const insights = await findingInsights(hub.store, { groupBy: 'severity', filter: { status: ['NEW'] } });
      // Equal counts come in no fixed order.
      assert.deepEqual([...insights.groups].sort((x, y) => String(x.key).localeCompare(String(y.key))), [{ key: 'HIGH', count: 1 }, { key: 'MEDIUM', count: 1 }]);
      assert.deepEqual(insights.scores.map((s) => s.score), [50, 75]);
      assert.equal(insights.latestScan?.id, 's2');
      assert.deepEqual(insights.changes, { newlyFailing: ['c'], newlyResolved: ['b'] });
      await assert.rejects(findingInsights(hub.store, { groupBy: 'colour' as never }), { code: 'BAD_GROUP' });
    } finally {
      await hub.store.close();
    }
  });

  it("tests (dry) and applies the config's automation rules", async () => {
    const hub = await tempHub(['automation:', '  - name: buckets are critical', '    criteria:', '      resourceType: AWS::S3::Bucket', '    actions:', '      setSeverity: CRITICAL', ''].join('\n'));
    try {
      // Stored before the rule existed: the ingest ran without the policy.
      await hub.store.ingest([obs('a', 'FAIL', T1)], { actor: 'test' });
      const dry = await applyAutomation(hub, { dryRun: true, actor: 'alice' });
      assert.equal(dry.dryRun, true);
      assert.equal(dry.config, null);
      assert.deepEqual(dry.changes.map((c) => c.findingId), ['a']);
      assert.equal((await showFinding(hub.store, 'a')).finding.severity, 'MEDIUM', 'a dry run writes nothing');
      const applied = await applyAutomation(hub, { dryRun: false, actor: 'alice' });
      assert.equal(applied.changes.length, 1);
      assert.equal((await showFinding(hub.store, 'a')).finding.severity, 'CRITICAL');
      assert.equal((await applyAutomation(hub, { dryRun: true, actor: 'alice' })).changes.length, 0, 'nothing left to change');
    } finally {
      await hub.store.close();
    }
  });
});
