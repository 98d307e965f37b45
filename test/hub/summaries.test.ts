/**
 * The summaries the hub keeps on write (src/hub/store/summaries.ts, schema.ts › 0014) must always
 * equal what reading every finding and control result gives: finding and control counts against
 * a grouped read of the findings, and the control rollup and per-scope posture against
 * the per-scope computation — after scans, a scan older than what a scope has, triage and a fix.
 * SQLite always, PostgreSQL in CI.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complianceSummary, frameworkControls, scopeSummaries } from '../../src/app/dashboard.js';
import type { HubFinding, ObservedFinding } from '../../src/hub/model.js';
import { controlResults } from '../../src/hub/posture.js';
import type { FindingStore, ScanRecord } from '../../src/hub/store/store.js';
import { BACKENDS } from './backends.js';

const T0 = '2026-10-31T00:00:00.000Z';
const T1 = '2026-11-01T00:00:00.000Z';
const T2 = '2026-11-02T00:00:00.000Z';
const SCOPES = ['111111111111', '222222222222', '333333333333'];
const RULES: { id: string; frameworks: Record<string, string[]> }[] = [
  { id: 'aws-s3-bucket-require-tls', frameworks: { 'cis-aws-3.0': ['2.1.1'], fsbp: ['S3.5'] } },
  { id: 'aws-iam-root-mfa-enabled', frameworks: { 'cis-aws-3.0': ['1.5'], fsbp: ['IAM.9'] } },
  { id: 'aws-ec2-imdsv2-required', frameworks: { fsbp: ['EC2.8'], 'nist-800-53-r5': ['AC-3'] } },
  { id: 'aws-cloudtrail-multi-region-trail-enabled', frameworks: { 'cis-aws-3.0': ['3.1'], fsbp: ['CloudTrail.1'] } },
];

/** A deterministic mix: every scope × rule × 4 resources, statuses from a small LCG. */
function observations(at: string, scopes: string[], seed: number): ObservedFinding[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: ObservedFinding[] = [];
  for (const account of scopes) {
    for (const rule of RULES) {
      for (let i = 0; i < 4; i++) {
        const r = next();
        const status = r < 0.45 ? 'FAIL' : r < 0.85 ? 'PASS' : r < 0.95 ? 'NOT_ASSESSED' : 'MANUAL';
        const id = `${rule.id}-${account}-${i}`;
        out.push({
          id, kind: 'posture', source: 'mamori', ruleId: rule.id, title: rule.id, severity: next() < 0.5 ? 'HIGH' : 'MEDIUM', complianceStatus: status,
          provider: 'aws', account, region: 'us-east-1', resourceUid: `arn:aws:s3:::${id}`, resourceType: 'AWS::S3::Bucket', resourceName: id,
          resourceTags: {}, frameworks: rule.frameworks, reason: status, observedAt: at,
        });
      }
    }
  }
  return out;
}

function scanOf(id: string, at: string, scopes: string[], observed: ObservedFinding[]): ScanRecord {
  return {
    id, at,
    scope: { source: 'mamori', kind: 'posture', accounts: scopes, regions: ['us-east-1'], ruleIds: RULES.map((r) => r.id) },
    controls: controlResults(observed as unknown as HubFinding[]),
  };
}

const sortRows = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Every summary read against the same computed from the findings and the per-scope results. */
async function assertSummariesHold(store: FindingStore, what: string) {
  // `since` is a filter finding_counts cannot answer: the grouped read of every finding.
  assert.deepEqual(sortRows(await store.scopeCounts({})), sortRows(await store.scopeCounts({ since: '0000' })), `${what}: finding counts`);
  assert.deepEqual(sortRows(await store.scopeCounts({ status: ['NEW'], minSeverity: 'HIGH' })), sortRows(await store.scopeCounts({ status: ['NEW'], minSeverity: 'HIGH', since: '0000' })), `${what}: filtered finding counts`);
  for (const filter of [{}, { status: ['NEW' as const] }, { minSeverity: 'HIGH' as const, kind: ['posture' as const] }]) {
    assert.equal(await store.count(filter), await store.count({ ...filter, since: '0000' }), `${what}: count ${JSON.stringify(filter)}`);
    for (const fw of ['cis-aws-3.0', 'fsbp']) {
      const kept = await store.insights(`framework:${fw}` as never, filter, 1000);
      const read = await store.insights(`framework:${fw}` as never, { ...filter, since: '0000' }, 1000);
      assert.deepEqual(sortRows(kept), sortRows(read), `${what}: ${fw} insight ${JSON.stringify(filter)}`);
    }
  }
  const facets = (f: Awaited<ReturnType<FindingStore['countFacets']>>) => Object.fromEntries(Object.entries(f).map(([k, rows]) => [k, sortRows(rows)]));
  assert.deepEqual(facets(await store.countFacets({ status: ['NEW', 'NOTIFIED'] })), facets(await store.countFacets({ status: ['NEW', 'NOTIFIED'], since: '0000' })), `${what}: overview facets`);
  const everyScope = { account: SCOPES };
  assert.deepEqual(await complianceSummary(store, {}), await complianceSummary(store, everyScope), `${what}: compliance from the rollup`);
  for (const fw of ['cis-aws-3.0', 'fsbp', 'nist-800-53-r5']) {
    assert.deepEqual(await frameworkControls(store, fw, {}), await frameworkControls(store, fw, everyScope), `${what}: ${fw} controls from the rollup`);
  }
  const { scopes } = await scopeSummaries(store, {}, 0);
  for (const s of scopes) {
    // One scope: each control has one status, so a scope's posture is the sum of its frameworks' counts.
    const byFramework = await complianceSummary(store, { account: [s.scope] });
    for (const k of ['passed', 'failed', 'notAssessed', 'manual', 'triaged'] as const) {
      assert.equal(s.posture[k], byFramework.reduce((n, f) => n + f[k], 0), `${what}: ${s.scope} posture ${k}`);
    }
  }
}

for (const backend of BACKENDS) {
  describe(`posture summaries kept on write (${backend.name})`, { skip: backend.skip }, () => {
    it('equal the computation from every finding and control result through scans, an older scan, triage and fixes', async () => {
      const { store } = await backend.fresh();
      try {
        const first = observations(T1, SCOPES, 7);
        await store.ingest(first, { actor: 'test', scan: scanOf('s1', T1, SCOPES, first) });
        await assertSummariesHold(store, 'after the first scan');

        // A person suppresses and resolves some failures.
        const failing = first.filter((o) => o.complianceStatus === 'FAIL');
        await store.update(failing.slice(0, 5).map((o) => o.id), { workflowStatus: 'SUPPRESSED', note: 'accepted' }, 'alice');
        await store.update(failing.slice(5, 8).map((o) => o.id), { workflowStatus: 'RESOLVED', note: 'fixed' }, 'bob');
        await assertSummariesHold(store, 'after triage');

        // The next scan of one scope: a different mix (fixes, new failures, reopened ones).
        const second = observations(T2, [SCOPES[0]], 99);
        await store.ingest(second, { actor: 'test', scan: scanOf('s2', T2, [SCOPES[0]], second) });
        await assertSummariesHold(store, 'after the second scan');

        // A scan older than what scope 2 has, stored late: it must not replace the newer results.
        const before = await frameworkControls(store, 'fsbp', { account: [SCOPES[1]] });
        const late = observations(T0, [SCOPES[1]], 3);
        await store.ingest(late, { actor: 'test', scan: scanOf('s0', T0, [SCOPES[1]], late) });
        assert.deepEqual((await store.latestControls({ scopes: [SCOPES[1]] })).map((r) => r.at).filter((at) => at !== T1), [], 'scope 2 keeps its newer results');
        const afterLate = await frameworkControls(store, 'fsbp', { account: [SCOPES[1]] });
        assert.deepEqual(afterLate.controls.map((c) => [c.id, c.status]), before.controls.map((c) => [c.id, c.status]));
        await assertSummariesHold(store, 'after a late older scan');
      } finally {
        await store.close();
      }
    });

    it('a failure a later scan found fixed is not a triaged one: the control keeps failing on its other open failure', async () => {
      const { store } = await backend.fresh();
      try {
        const scope = SCOPES[0];
        const finding = (id: string, status: 'FAIL' | 'PASS', at: string): ObservedFinding => ({
          id, kind: 'posture', source: 'mamori', ruleId: 'aws-s3-bucket-require-tls', title: 'TLS', severity: 'MEDIUM', complianceStatus: status,
          provider: 'aws', account: scope, region: 'us-east-1', resourceUid: `arn:aws:s3:::${id}`, resourceType: 'AWS::S3::Bucket', resourceName: id,
          resourceTags: {}, frameworks: { fsbp: ['S3.5'] }, reason: status, observedAt: at,
        });
        const one = [finding('a', 'FAIL', T1), finding('b', 'FAIL', T1), finding('c', 'FAIL', T1)];
        await store.ingest(one, { actor: 'test', scan: scanOf('s1', T1, [scope], one) });
        await store.update(['c'], { workflowStatus: 'SUPPRESSED', note: 'accepted risk' }, 'alice');
        // Next scan: a is fixed (resolved by the scan), b and c still fail.
        const two = [finding('a', 'PASS', T2), finding('b', 'FAIL', T2), finding('c', 'FAIL', T2)];
        await store.ingest(two, { actor: 'test', scan: scanOf('s2', T2, [scope], two) });
        for (const filter of [{}, { account: [scope] }]) {
          const s35 = (await frameworkControls(store, 'fsbp', filter)).controls.find((c) => c.id === 'S3.5')!;
          assert.equal(s35.status, 'FAIL', 'b is open');
          assert.equal(s35.openFailures, 1);
          assert.equal(s35.triagedFailures, 1, 'only c, suppressed and still failing');
          assert.equal(s35.passedChecks, 1);
        }
        // Suppress b too: no open failure left, the control passes on a's passing check.
        await store.update(['b'], { workflowStatus: 'SUPPRESSED', note: 'accepted risk' }, 'alice');
        const s35 = (await frameworkControls(store, 'fsbp', {})).controls.find((c) => c.id === 'S3.5')!;
        assert.equal(s35.status, 'PASS');
        assert.equal(s35.openFailures, 0);
        await assertSummariesHold(store, 'after suppressing every failure');
      } finally {
        await store.close();
      }
    });
  });
}

for (const backend of BACKENDS) {
  describe(`inventory of each scope's latest snapshot (${backend.name})`, { skip: backend.skip }, () => {
    it('a newer snapshot replaces a scope\'s resources and relationships; an older one replayed later does not', async () => {
      const { store } = await backend.fresh();
      const res = (uid: string, name: string, rel: { type: string; target: string }[] = []) => ({ uid, provider: 'aws' as const, account: SCOPES[0], region: 'us-east-1', type: 'AWS::EC2::Instance', name, tags: { env: 'prod' }, config: {}, relationships: rel });
      const save = (resources: ReturnType<typeof res>[], at: string) => store.commitRun((run) => run.saveInventoryResources(resources, [SCOPES[0]], at));
      try {
        await save([res('i-1', 'web', [{ type: 'in-vpc', target: 'vpc-1' }]), res('vpc-1', 'main')], T1);
        assert.deepEqual((await store.searchInventory({ text: 'WEB' })).map((r) => r.uid), ['i-1'], 'case-insensitive name match');
        assert.deepEqual((await store.relatedResources('vpc-1')).map((r) => [r.direction, r.type, r.uid, r.name]), [['incoming', 'in-vpc', 'i-1', 'web']]);
        await save([res('i-2', 'api')], T2);
        assert.deepEqual((await store.searchInventory({ scopes: [SCOPES[0]] })).map((r) => r.uid), ['i-2'], 'replaced whole');
        assert.deepEqual(await store.relatedResources('vpc-1'), []);
        await save([res('i-1', 'web')], T0);
        assert.deepEqual((await store.searchInventory({})).map((r) => r.uid), ['i-2'], 'an older snapshot does not replace a newer one');
        assert.deepEqual((await store.searchInventory({ text: '100%_' })), [], 'LIKE wildcards are plain text');
      } finally {
        await store.close();
      }
    });
  });
}
