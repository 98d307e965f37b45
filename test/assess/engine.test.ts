import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess } from '../../src/assess/engine.js';
import { summarize } from '../../src/assess/summary.js';
import { findingsOf } from '../../src/app/posture.js';

const T0 = '2026-11-01T00:00:00.000Z';
import { defineManualRule, defineRule, fail, pass, type ImprovementDoc } from '../../src/model/rule.js';
import { accountUid } from '../../src/model/pseudo.js';
import { ResourceSchemas, SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../src/model/snapshot.js';
import { assessSource } from '../../src/assess/stream.js';
import { selectRules } from '../../src/assess/registry.js';
import { inMemorySource } from '../../src/snapshot/sharded.js';
import { resourceSchemas } from '../../src/providers/index.js';
import type { PostureFinding } from '../../src/model/finding.js';
import type { CollectionError, Resource } from '../../src/model/types.js';

const doc: ImprovementDoc = { description: 'd', urgency: 'u', risk: 'r', recommendation: 'x', console: ['c'] };
const meta = {
  services: ['s3'],
  title: { en: 'Bucket is versioned', ja: 'バケットのバージョニング' },
  severity: 'HIGH' as const,
  urgency: 'high' as const,
  frameworks: { fsbp: ['S3.14'], 'cis-aws-3.0': ['2.1.2'] },
  doc: { en: doc, ja: doc },
  references: ['https://example.com'],
  remediation: { cli: 'a', terraform: 'b', cloudformation: 'c' },
};
const versioned = defineRule<{ versioning?: string }>({
  ...meta,
  id: 'aws-s3-test-versioning',
  resourceTypes: ['AWS::S3::Bucket'],
  requires: ['versioning'],
  evaluate: (b) => (b.config.versioning === 'Enabled' ? pass('on') : fail('off')),
});
const throwing = defineRule({ ...meta, id: 'aws-s3-test-throws', resourceTypes: ['AWS::S3::Bucket'], evaluate: () => { throw new Error('boom'); } });
const manual = defineManualRule({ ...meta, id: 'aws-account-test-manual', services: ['account'] });

const bucket = (name: string, config: Record<string, unknown>, errors?: Record<string, string>, account = '111111111111'): Resource => ({
  uid: `arn:aws:s3:::${name}`, provider: 'aws', account, region: 'us-east-1', type: 'AWS::S3::Bucket', name, tags: {}, config, errors,
});

function snapshot(resources: Resource[], errors: CollectionError[] = [], accounts = ['111111111111']): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, id: 'snap-1', collectedAt: '2026-11-01T00:00:00.000Z', tool: { name: 'mamori', version: 't' },
    scope: { provider: 'aws', accounts, regions: ['us-east-1'], services: ['s3'] }, resources, errors,
  };
}

describe('assess engine', () => {
  it('gives PASS and FAIL with stable ids that depend only on rule and resource', () => {
    const a = assess(snapshot([bucket('a', { versioning: 'Enabled' }), bucket('b', { versioning: 'Suspended' })]), { rules: [versioned] });
    assert.deepEqual(a.map((f) => [f.resource.name, f.status]), [['a', 'PASS'], ['b', 'FAIL']]);
    const again = assess({ ...snapshot([bucket('b', { versioning: 'Enabled' })]), id: 'snap-2' }, { rules: [versioned] });
    assert.equal(again[0].id, a[1].id, 'same rule + resource → same finding id across scans');
    assert.notEqual(a[0].id, a[1].id);
    assert.match(a[0].id, /^mamori-[0-9a-f]{32}$/);
  });

  it('is NOT_ASSESSED, never PASS, when a required field could not be collected', () => {
    const [f] = assess(snapshot([bucket('a', {}, { versioning: 'AccessDenied' })]), { rules: [versioned] });
    assert.equal(f.status, 'NOT_ASSESSED');
    assert.match(String(f.reason), /versioning.*AccessDenied/);
  });

  it('reports a failed listing as NOT_ASSESSED for the scope, and blocks resources in that scope', () => {
    const error: CollectionError = { provider: 'aws', account: '111111111111', region: 'global', service: 's3', operation: 'ListBuckets', code: 'AccessDenied', message: 'denied' };
    const onlyGap = assess(snapshot([], [error]), { rules: [versioned] });
    assert.equal(onlyGap.length, 1);
    assert.equal(onlyGap[0].status, 'NOT_ASSESSED');
    assert.equal(onlyGap[0].resource.type, 'AWS::Mamori::CollectionScope');
    const blocked = assess(snapshot([bucket('a', { versioning: 'Enabled' })], [error]), { rules: [versioned] });
    assert.deepEqual(blocked.map((f) => f.status), ['NOT_ASSESSED']);
  });

  it('applies typed listing errors only to rules over those types', () => {
    const error: CollectionError = { provider: 'aws', account: '111111111111', region: 'us-east-1', service: 's3', operation: 'ListAccessPoints', code: 'AccessDenied', message: 'denied', resourceTypes: ['AWS::S3::AccessPoint'] };
    const out = assess(snapshot([bucket('a', { versioning: 'Enabled' })], [error]), { rules: [versioned] });
    assert.deepEqual(out.map((f) => f.status), ['PASS']);
  });

  it('blocks account-wide results on a failed listing in any region of the account', () => {
    const accountRule = defineRule({ ...meta, id: 'aws-s3-test-account', resourceTypes: ['AWS::Account'], reads: ['AWS::Logs::MetricFilter'], evaluate: () => fail('no filter') });
    const account: Resource = { uid: accountUid('111111111111'), provider: 'aws', account: '111111111111', region: 'global', type: 'AWS::Account', name: 'a', tags: {}, config: {} };
    const error: CollectionError = { provider: 'aws', account: '111111111111', region: 'ap-northeast-1', service: 'logs', operation: 'DescribeMetricFilters', code: 'AccessDenied', message: 'denied', resourceTypes: ['AWS::Logs::MetricFilter'] };
    const out = assess(snapshot([account], [error]), { rules: [accountRule] });
    assert.deepEqual(out.map((f) => [f.status, f.resource.type]), [['NOT_ASSESSED', 'AWS::Account']]);
  });

  it('turns a throwing rule into NOT_ASSESSED with the error, not a crash or a pass', () => {
    const [f] = assess(snapshot([bucket('a', {})]), { rules: [throwing] });
    assert.equal(f.status, 'NOT_ASSESSED');
    assert.match(String(f.reason), /boom/);
  });

  it('does not run rules whose services were left out of the collection', () => {
    const snap = snapshot([bucket('a', { versioning: 'Enabled' })]);
    assert.equal(assess({ ...snap, scope: { ...snap.scope, services: ['ec2'] } }, { rules: [versioned] }).length, 0);
    assert.equal(assess({ ...snap, scope: { ...snap.scope, services: ['s3', 'ec2'] } }, { rules: [versioned] }).length, 1);
  });

  it('lists manual recommendations once per account', () => {
    const out = assess(snapshot([], [], ['111111111111', '222222222222']), { rules: [manual] });
    assert.deepEqual(out.map((f) => [f.status, f.resource.uid]), [
      ['MANUAL', accountUid('111111111111')],
      ['MANUAL', accountUid('222222222222')],
    ]);
  });

  it('summarises per framework control with a Security Hub style score', () => {
    const findings = assess(snapshot([bucket('a', { versioning: 'Enabled' }), bucket('b', {})]), { rules: [versioned, manual] });
    const s = summarize(findingsOf(findings, [versioned, manual], { at: T0 }));
    assert.equal(s.results.PASS, 1);
    assert.equal(s.results.FAIL, 1);
    assert.equal(s.results.MANUAL, 1);
    assert.equal(s.failedBySeverity.HIGH, 1);
    const fsbp = s.frameworks.find((f) => f.id === 'fsbp')!;
    assert.equal(fsbp.controls[0].status, 'FAIL', 'a control fails when any of its resources fails');
    assert.equal(fsbp.score, 0);
    assert.deepEqual(s.worstRules.map((r) => r.ruleId), ['aws-s3-test-versioning']);
    const passing = summarize(findingsOf(assess(snapshot([bucket('a', { versioning: 'Enabled' })]), { rules: [versioned] }), [versioned], { at: T0 }));
    assert.equal(passing.frameworks.find((f) => f.id === 'fsbp')!.score, 100);
  });
});

describe('assess engine: resource schemas', () => {
  const schemas = new ResourceSchemas([{ 'AWS::S3::Bucket': { versioning: 'string', name: 'string?' } }]);
  const noSchemaRule = defineRule({ ...meta, id: 'aws-s3-test-none', resourceTypes: ['AWS::S3::Bucket'], evaluate: () => pass('evaluated') });

  it('a field the rule requires that the snapshot lacks, or holds with the wrong kind, is NOT_ASSESSED with the field in the reason', () => {
    const notes: string[] = [];
    const results = assess(snapshot([bucket('empty', {}), bucket('wrong', { versioning: 3 }), bucket('ok', { versioning: 'Enabled' })]), { rules: [versioned, noSchemaRule], schemas, onNote: (n) => notes.push(n) });
    const by = (rule: string, name: string) => results.find((f) => f.ruleId === rule && f.resource.name === name)!;
    assert.equal(by(versioned.id, 'empty').status, 'NOT_ASSESSED');
    assert.equal(by(versioned.id, 'empty').reason, 'config.versioning of empty is missing from the snapshot (expected string)');
    assert.deepEqual(by(versioned.id, 'empty').evidence, { field: 'versioning', expected: 'string' });
    assert.equal(by(versioned.id, 'wrong').reason, 'config.versioning of wrong is a number in the snapshot (expected string)');
    assert.equal(by(versioned.id, 'ok').status, 'PASS');
    // A rule that requires nothing is evaluated as before.
    assert.equal(by(noSchemaRule.id, 'empty').status, 'PASS');
    assert.deepEqual(notes, ['snapshot: 2 resources of AWS::S3::Bucket lack fields their rules need; those results are NOT_ASSESSED']);
  });

  it('reports a field named in Resource.errors as not collected, not as missing', () => {
    const [f] = assess(snapshot([bucket('a', {}, { versioning: 'AccessDenied' })]), { rules: [versioned], schemas });
    assert.match(String(f.reason), /versioning of a could not be collected \(AccessDenied\)/);
  });

  it('accepts configs as they are without schemas, and types without a schema', () => {
    assert.equal(assess(snapshot([bucket('a', {})]), { rules: [versioned] })[0].status, 'FAIL', 'no schemas: the old behaviour');
    const other = new ResourceSchemas([{ 'AWS::IAM::Role': { roleName: 'string' } }]);
    const notes: string[] = [];
    assert.equal(assess(snapshot([bucket('a', {})]), { rules: [versioned], schemas: other, onNote: (n) => notes.push(n) })[0].status, 'FAIL');
    assert.deepEqual(notes, [], 'nothing to warn about');
  });

  it('turns the reported public bucket with an empty config into NOT_ASSESSED, in memory and shard by shard', async () => {
    const rules = selectRules({ ruleIds: ['aws-s3-bucket-no-public-read'] });
    const empty = snapshot([bucket('public-assets', {})]);
    const notes: string[] = [];
    const [f] = assess(empty, { rules, schemas: resourceSchemas(), onNote: (n) => notes.push(n) });
    assert.equal(f.status, 'NOT_ASSESSED');
    assert.match(String(f.reason), /^config\.\w+ of public-assets is missing from the snapshot \(expected .+\)$/);
    const streamed: PostureFinding[] = [];
    await assessSource(inMemorySource(empty), { rules, schemas: resourceSchemas(), onFindings: (r) => void streamed.push(...r), onNote: (n) => notes.push(n) });
    assert.equal(streamed.find((s) => s.resource.name === 'public-assets')?.reason, f.reason);
    assert.deepEqual(notes, Array(2).fill('snapshot: 1 resource of AWS::S3::Bucket lacks fields its rules need; those results are NOT_ASSESSED'));
  });

  it('names every type in the one warning line when several lack fields', () => {
    const role: Resource = { uid: 'arn:aws:iam::111111111111:role/r', provider: 'aws', account: '111111111111', region: 'global', type: 'AWS::IAM::Role', name: 'r', tags: {}, config: {} };
    const roleRule = defineRule({ ...meta, id: 'aws-iam-test-role', services: ['iam'], resourceTypes: ['AWS::IAM::Role'], requires: ['roleName'], evaluate: () => pass('x') });
    const two = new ResourceSchemas([{ 'AWS::S3::Bucket': { versioning: 'string' }, 'AWS::IAM::Role': { roleName: 'string' } }]);
    const notes: string[] = [];
    assess({ ...snapshot([bucket('a', {}), bucket('b', {}), role]), scope: { provider: 'aws', accounts: ['111111111111'], regions: [], services: [] } }, { rules: [versioned, roleRule], schemas: two, onNote: (n) => notes.push(n) });
    assert.deepEqual(notes, ['snapshot: 3 resources (AWS::S3::Bucket: 2, AWS::IAM::Role: 1) lack fields their rules need; those results are NOT_ASSESSED']);
  });
});
