/** One conformance suite for the findings store, run on SQLite and on a real PostgreSQL server. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObservedFinding } from '../../src/hub/model.js';
import { FindingStore, type ScanRecord } from '../../src/hub/store/store.js';
import { MamoriError } from '../../src/model/errors.js';
import { BACKENDS } from './backends.js';

const T1 = '2026-11-01T00:00:00.000Z';
const T2 = '2026-11-02T00:00:00.000Z';
const T3 = '2026-11-03T00:00:00.000Z';

function obs(id: string, status: ObservedFinding['complianceStatus'], at: string, extra: Partial<ObservedFinding> = {}): ObservedFinding {
  return {
    id, kind: 'posture', source: 'mamori', ruleId: extra.ruleId ?? 'aws-s3-bucket-require-tls', title: 'S3 buckets require TLS', severity: 'MEDIUM',
    complianceStatus: status, provider: 'aws', account: '111111111111', region: 'us-east-1', resourceUid: `arn:aws:s3:::${id}`,
    resourceType: 'AWS::S3::Bucket', resourceName: id, resourceTags: {}, frameworks: { 'cis-aws-3.0': ['2.1.1'], fsbp: ['S3.5'] },
    reason: `${id} is ${status}`, observedAt: at, ...extra,
  };
}

const scan = (id: string, at: string, ruleIds = ['aws-s3-bucket-require-tls', 'aws-iam-root-mfa-enabled']): ScanRecord => ({
  id, at, scope: { source: 'mamori', kind: 'posture', accounts: ['111111111111'], regions: ['us-east-1'], ruleIds },
  scores: [{ framework: 'fsbp', score: 50, passed: 1, failed: 1 }],
});

for (const backend of BACKENDS) {
  describe(`findings store (${backend.name})`, { skip: backend.skip }, () => {
    it('keeps one document of detection state per name, replaced by the next save', async () => {
      const { store } = await backend.fresh();
      try {
        assert.equal(await store.detectionState('aggregation-windows'), undefined);
        const state = { version: 1, watermarkMs: Date.parse(T1), rules: { burst: [{ key: '192.0.2.45', lastMs: 1, entries: [{ t: 1, ev: { id: 'e1', raw: { eventName: 'ConsoleLogin', note: 'ü "quoted"' } } }] }] } };
        await store.saveDetectionState('aggregation-windows', state, T1);
        await store.saveDetectionState('other', { n: 1 }, T1);
        assert.deepEqual(await store.detectionState('aggregation-windows'), { savedAt: T1, state });
        await store.saveDetectionState('aggregation-windows', { version: 1, watermarkMs: 2, rules: {} }, T2);
        assert.deepEqual(await store.detectionState('aggregation-windows'), { savedAt: T2, state: { version: 1, watermarkMs: 2, rules: {} } });
        assert.deepEqual(await store.detectionState('other'), { savedAt: T1, state: { n: 1 } });
      } finally {
        await store.close();
      }
    });

    it('creates, sees again, resolves, reopens and audits findings', async () => {
      const { store } = await backend.fresh();
      try {
        const first = await store.ingest([obs('a', 'FAIL', T1), obs('b', 'FAIL', T1), obs('c', 'FAIL', T1), obs('p', 'PASS', T1)], { actor: 'scan', scan: scan('s1', T1) });
        assert.deepEqual(first, { new: 3, reopened: 0, resolved: 0, updated: 0, unchanged: 0, skipped: 1 }, 'passing results are not findings');
        const again = await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan' });
        assert.equal(again.unchanged, 1);
        assert.equal((await store.get('a'))!.finding.timesSeen, 1, 'the same observation twice is not seen twice');

        // Second scan of the same scope: a still fails, b passes, c is gone; an out-of-scope finding is untouched.
        await store.ingest([obs('x', 'FAIL', T1, { account: '999999999999' })], { actor: 'import', at: T1 });
        const second = await store.ingest([obs('a', 'FAIL', T2), obs('b', 'PASS', T2)], { actor: 'scan', scan: scan('s2', T2) });
        assert.equal(second.resolved, 2);
        const a = (await store.get('a'))!.finding;
        assert.equal(a.workflowStatus, 'NEW');
        assert.equal(a.timesSeen, 2);
        assert.equal(a.firstSeen, T1);
        assert.equal(a.lastSeen, T2);
        const b = await store.get('b');
        assert.equal(b!.finding.workflowStatus, 'RESOLVED');
        assert.equal(b!.finding.resolvedAt, T2);
        assert.deepEqual(b!.history.map((h) => [h.field, h.to]), [['created', 'NEW'], ['workflowStatus', 'RESOLVED']]);
        assert.equal((await store.get('c'))!.finding.workflowStatus, 'RESOLVED', 'not seen again in its scope → resolved');
        assert.equal((await store.get('x'))!.finding.workflowStatus, 'NEW', 'other accounts are outside the scope');

        // Third scan: b fails again → reopened; a cannot be assessed → stays as it was.
        const third = await store.ingest([obs('a', 'NOT_ASSESSED', T3), obs('b', 'FAIL', T3)], { actor: 'scan', scan: scan('s3', T3) });
        assert.equal(third.reopened, 1);
        assert.equal((await store.get('b'))!.finding.workflowStatus, 'NEW');
        assert.equal((await store.get('b'))!.finding.resolvedAt, undefined);
        const aAfter = (await store.get('a'))!.finding;
        assert.equal(aAfter.workflowStatus, 'NEW', 'NOT_ASSESSED never resolves');
        assert.equal(aAfter.timesSeen, 2);

        const history = await store.scoreHistory('fsbp');
        assert.deepEqual(history.map((h) => h.scanId), ['s1', 's2', 's3']);
        const changes = await store.changesSince(T3);
        assert.deepEqual(changes.newlyFailing, ['b']);
      } finally {
        await store.close();
      }
    });

    it('keeps people\'s changes: workflow, notes and severity are audited and survive the next scan', async () => {
      const { store } = await backend.fresh();
      try {
        await store.ingest([obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        assert.equal(await store.update(['a'], { workflowStatus: 'SUPPRESSED', note: 'accepted risk until Q1', severity: 'LOW' }, 'alice@example.com', T2), 1);
        await store.ingest([obs('a', 'FAIL', T3), obs('b', 'FAIL', T3)], { actor: 'scan', scan: scan('s2', T3) });
        const { finding, history } = (await store.get('a'))!;
        assert.equal(finding.workflowStatus, 'SUPPRESSED');
        assert.equal(finding.severity, 'LOW');
        assert.equal(finding.originalSeverity, 'MEDIUM');
        const change = history.find((h) => h.field === 'workflowStatus')!;
        assert.deepEqual([change.actor, change.from, change.to, change.note], ['alice@example.com', 'NEW', 'SUPPRESSED', 'accepted risk until Q1']);
        await assert.rejects(store.update(['a'], { workflowStatus: 'DONE' as never }, 'bob'), MamoriError);
      } finally {
        await store.close();
      }
    });

    it('filters, pages, counts and groups', async () => {
      const { store } = await backend.fresh();
      try {
        const many: ObservedFinding[] = [];
        for (let i = 0; i < 30; i++) {
          many.push(obs(`f${i}`, 'FAIL', T1, {
            account: i % 3 ? '111111111111' : '222222222222',
            severity: i % 5 === 0 ? 'CRITICAL' : 'LOW',
            ruleId: i % 2 ? 'aws-s3-bucket-require-tls' : 'aws-iam-root-mfa-enabled',
            frameworks: i % 2 ? { 'cis-aws-3.0': ['2.1.1'] } : { 'cis-aws-3.0': ['1.5'], fsbp: ['IAM.9'] },
          }));
        }
        await store.ingest(many, { actor: 'scan' });
        assert.equal(await store.count(), 30);
        assert.equal(await store.count({ minSeverity: 'HIGH' }), 6);
        assert.equal(await store.count({ account: ['222222222222'] }), 10);
        const page1 = await store.list({}, { limit: 10 });
        const page2 = await store.list({}, { limit: 10, offset: 10 });
        assert.equal(page1.length, 10);
        assert.ok(!page2.some((f) => page1.some((g) => g.id === f.id)), 'pages do not overlap');
        assert.equal(page1[0].severity, 'CRITICAL', 'highest risk first');
        const byRule = await store.insights('rule');
        assert.deepEqual(byRule.map((r) => r.count).sort(), [15, 15]);
        const bySeverity = Object.fromEntries((await store.insights('severity')).map((r) => [r.key, r.count]));
        assert.deepEqual(bySeverity, { CRITICAL: 6, LOW: 24 });
        const byControl = Object.fromEntries((await store.insights('framework:cis-aws-3.0')).map((r) => [r.key, r.count]));
        assert.deepEqual(byControl, { '1.5': 15, '2.1.1': 15 });
        const filtered = await store.insights('framework:fsbp', { account: ['222222222222'] });
        assert.deepEqual(filtered, [{ key: 'IAM.9', count: 5 }]);
        await assert.rejects(store.insights('colour' as never), /cannot group by "colour"/);
      } finally {
        await store.close();
      }
    });

    it('writes an ingest completely or not at all', async () => {
      const { store } = await backend.fresh();
      try {
        const broken = obs('z', 'FAIL', T1, { title: null as never });
        await assert.rejects(store.ingest([obs('y', 'FAIL', T1), broken], { actor: 'scan', scan: scan('s1', T1) }));
        assert.equal(await store.count(), 0);
        assert.deepEqual(await store.latestScans(), []);
      } finally {
        await store.close();
      }
    });
  });
}

describe('opening a store', () => {
  it('names the setting when the database is unreachable, without the password', async () => {
    await assert.rejects(FindingStore.open('postgres://mamori:hunter2@127.0.0.1:1/mamori'), (err: Error) => {
      assert.ok(err instanceof MamoriError);
      assert.match(err.message, /postgres:\/\/mamori:\*\*\*@127\.0\.0\.1:1\/mamori/);
      assert.match(err.message, /--db or MAMORI_DB/);
      assert.ok(!err.message.includes('hunter2'));
      return true;
    });
  });
});
