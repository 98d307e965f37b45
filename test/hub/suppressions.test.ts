import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MamoriError } from '../../src/model/errors.js';
import type { HubFinding } from '../../src/hub/model.js';
import {
  globMatch,
  globToRegExp,
  indexSuppressions,
  matchSuppression,
  parseSuppressions,
  suppressionExpired,
  suppressionMatches,
  type Suppression,
  type SuppressionMatch,
} from '../../src/hub/suppressions.js';

function finding(over: Partial<HubFinding> = {}): HubFinding {
  return {
    id: 'f1', kind: 'posture', source: 'mamori', ruleId: 'aws-s3-bucket-public-read', title: 't',
    severity: 'HIGH', originalSeverity: 'HIGH', complianceStatus: 'FAIL', workflowStatus: 'NEW', provider: 'aws',
    account: '111111111111', region: 'us-east-1', resourceUid: 'arn:aws:s3:::public-site', resourceType: 'AWS::S3::Bucket',
    resourceName: 'public-site', resourceTags: { purpose: 'website' }, frameworks: {}, reason: 'r',
    risk: { level: 'HIGH', likelihood: 'HIGH', impact: 'MEDIUM', factors: [] },
    firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-01-01T00:00:00Z', timesSeen: 1, updatedAt: '2026-01-01T00:00:00Z', userFields: {},
    ...over,
  };
}

const NOW = '2026-06-15T12:00:00Z';

describe('glob matching', () => {
  it('* stays within a / segment, ** crosses segments, ? is one character', () => {
    assert.equal(globMatch('aws-s3-*', 'aws-s3-bucket-public-read'), true);
    assert.equal(globMatch('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026'), true);
    assert.equal(globMatch('arn:aws:iam::*:role/*', 'arn:aws:iam::1:role/admin'), true);
    assert.equal(globMatch('arn:aws:iam::*:role/*', 'arn:aws:iam::1:role/path/admin'), false);
    assert.equal(globMatch('arn:aws:iam::*:role/**', 'arn:aws:iam::1:role/path/admin'), true);
    assert.equal(globMatch('a/**/b', 'a/b'), true);
    assert.equal(globMatch('a/**/b', 'a/x/y/b'), true);
    assert.equal(globMatch('**', 'anything/at/all'), true);
    assert.equal(globMatch('S3.?', 'S3.5'), true);
    assert.equal(globMatch('S3.?', 'S3.10'), false);
    assert.equal(globMatch('a.b', 'axb'), false, 'regex characters are literal');
    assert.equal(globMatch('exact', 'exact'), true);
  });
});

describe('glob matching without backtracking', () => {
  it('matches exactly as the regular expression it replaces', () => {
    const unit = fc.constantFrom('a', 'b', '/', '*', '?', '.', '\n', '-');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', '\n', '-', '*'), maxLength: 14 }), (glob, value) => {
        assert.equal(globMatch(glob, value), globToRegExp(glob).test(value), `${JSON.stringify(glob)} ~ ${JSON.stringify(value)}`);
      }),
      { numRuns: 20_000 },
    );
  });

  it('a hostile glob over a long value finishes at once', () => {
    const value = 'a'.repeat(50_000);
    const started = performance.now();
    assert.equal(globMatch('*a*a*a*a*a*a*a*a*a*a*a*a*b', value), false);
    assert.equal(globMatch('**a**a**a**a**a**a**a**a**b', value), false);
    assert.equal(globMatch('**/a/**/a/**/a/**/b', 'a/'.repeat(20_000)), false);
    assert.equal(globMatch('*a*a*a*a*a*a*a*a*a*a*a*a*', value), true);
    // The regular expression form takes exponential time here; the matcher is linear in the value.
    assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
  });
});

/** The reference: every entry in order, as matchSuppression worked before it had an index. */
function naiveMatch(f: HubFinding, entries: readonly Suppression[], now: number): SuppressionMatch {
  let expired: Suppression | undefined;
  for (const s of entries) {
    if (!suppressionMatches(f, s)) continue;
    if (suppressionExpired(s, now)) expired ??= s;
    else return { suppressed: true, by: s };
  }
  return expired ? { suppressed: false, expired } : { suppressed: false };
}

describe('indexed suppressions', () => {
  const rule = fc.constantFrom('aws-s3-a', 'aws-s3-b', 'aws-ec2-a', 'gcp-x');
  const ruleGlob = fc.constantFrom('aws-s3-a', 'aws-s3-*', 'aws-*', '*', '*-a', 'aws-?3-b', 'gcp-x', 'gcp-x*', '**');
  const resource = fc.constantFrom('arn:aws:s3:::b1', 'arn:aws:s3:::b2', 'arn:aws:iam::1:role/x', 'arn:aws:iam::1:role/p/y');
  const resourceGlob = fc.constantFrom('arn:aws:s3:::b1', 'arn:aws:s3:::*', 'arn:aws:iam::*:role/*', 'arn:aws:iam::1:role/**', '**/y', '*');
  const account = fc.constantFrom('111111111111', '222222222222');
  const region = fc.constantFrom('us-east-1', 'eu-west-1');
  const oneOrList = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.array(a, { minLength: 1, maxLength: 3 }));
  const tags = fc.dictionary(fc.constantFrom('team', 'env'), fc.constantFrom('web', 'w*', 'prod', '*', 'p?od'), { maxKeys: 2 });
  const entry = fc.record(
    { rule: oneOrList(ruleGlob), resource: oneOrList(resourceGlob), account: oneOrList(account), region: oneOrList(region), tags, expires: fc.constantFrom('2026-01-01', '2027-01-01') },
    { requiredKeys: [] },
  );
  // Each entry with its own reason, so a match names which one.
  const entries = fc.array(entry, { minLength: 32, maxLength: 120 }).map((list) => list.map((s, i): Suppression => ({ ...s, reason: `r${i}` })));
  const findingArb = fc.record({ ruleId: rule, resourceUid: resource, account, region, resourceTags: fc.dictionary(fc.constantFrom('team', 'env', 'constructor'), fc.constantFrom('web', 'prod', 'x/y'), { maxKeys: 3 }) });

  it('finds exactly what a scan of every entry finds, in order', () => {
    fc.assert(
      fc.property(entries, fc.array(findingArb, { minLength: 1, maxLength: 20 }), (list, findings) => {
        const index = indexSuppressions(list);
        const now = Date.parse(NOW);
        for (const over of findings) {
          const f = finding(over);
          const expected = naiveMatch(f, list, now);
          assert.deepEqual(matchSuppression(f, index, now), expected);
          assert.deepEqual(matchSuppression(f, list, now), expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('looks only at the entries that can match', () => {
    const entries: Suppression[] = Array.from({ length: 10_000 }, (_, i) => ({ rule: `aws-rule-${i}`, resource: `arn:aws:s3:::bucket-${i}-*`, reason: `r${i}` }));
    entries.push({ account: '111111111111', region: 'us-east-1', tags: { purpose: 'web*' }, reason: 'last' });
    const index = indexSuppressions(entries);
    assert.equal(index.index.residualCount, 0);
    assert.equal(matchSuppression(finding({ ruleId: 'aws-rule-9999', resourceUid: 'arn:aws:s3:::bucket-9999-logs' }), index, NOW).by, entries[9999]);
    assert.equal(matchSuppression(finding({ ruleId: 'other' }), index, NOW).by, entries[10_000]);
    assert.equal(matchSuppression(finding({ ruleId: 'other', resourceTags: { purpose: 'db' } }), index, NOW).suppressed, false);
  });
});

describe('matchSuppression', () => {
  const entries: Suppression[] = [
    { rule: 'aws-s3-bucket-public-*', resource: 'arn:aws:s3:::public-site', reason: 'static website', createdBy: 'alice' },
    { account: ['222222222222'], region: 'eu-west-1', reason: 'lab account' },
    { tags: { purpose: 'web*' }, rule: 'aws-s3-bucket-logging-enabled', reason: 'web buckets need no logs' },
  ];

  it('suppresses when every given matcher applies', () => {
    const r = matchSuppression(finding(), entries, NOW);
    assert.equal(r.suppressed, true);
    assert.equal(r.by, entries[0]);
    assert.equal(matchSuppression(finding({ resourceUid: 'arn:aws:s3:::other' }), entries, NOW).suppressed, false);
    assert.equal(matchSuppression(finding({ account: '222222222222', region: 'eu-west-1', resourceUid: 'x' }), entries, NOW).by, entries[1]);
    assert.equal(matchSuppression(finding({ account: '222222222222', region: 'us-east-1', resourceUid: 'x' }), entries, NOW).suppressed, false);
    assert.equal(matchSuppression(finding({ ruleId: 'aws-s3-bucket-logging-enabled', resourceUid: 'x' }), entries, NOW).by, entries[2]);
    assert.equal(matchSuppression(finding({ ruleId: 'aws-s3-bucket-logging-enabled', resourceUid: 'x', resourceTags: {} }), entries, NOW).suppressed, false);
  });

  it('an entry still in force suppresses', () => {
    const s: Suppression = { rule: 'aws-s3-bucket-public-read', reason: 'accepted', expires: '2026-07-01' };
    assert.deepEqual(matchSuppression(finding(), [s], NOW), { suppressed: true, by: s });
  });

  it('an expired entry no longer suppresses and is reported so the store can re-open', () => {
    const s: Suppression = { rule: 'aws-s3-bucket-public-read', reason: 'accepted until June', expires: '2026-06-01' };
    assert.deepEqual(matchSuppression(finding(), [s], NOW), { suppressed: false, expired: s });
    // Expiry is exclusive: at the instant itself the entry has expired.
    assert.equal(matchSuppression(finding(), [{ ...s, expires: NOW }], NOW).suppressed, false);
    assert.equal(matchSuppression(finding(), [{ ...s, expires: NOW }], new Date(Date.parse(NOW) - 1)).suppressed, true);
    // An expired entry that does not match the finding is not reported.
    assert.deepEqual(matchSuppression(finding({ ruleId: 'other' }), [s], NOW), { suppressed: false });
  });

  it('an active entry wins over an expired one, whatever the order', () => {
    const old: Suppression = { rule: 'aws-s3-*', reason: 'old', expires: '2026-01-01' };
    const current: Suppression = { resource: 'arn:aws:s3:::public-*', reason: 'current' };
    assert.deepEqual(matchSuppression(finding(), [old, current], NOW), { suppressed: true, by: current });
  });
});

describe('parseSuppressions', () => {
  it('normalises YAML-ish input', () => {
    assert.deepEqual(parseSuppressions([{ account: 111111111111, reason: 'x', expires: '2026-12-31' }]), [{ account: '111111111111', reason: 'x', expires: '2026-12-31' }]);
  });

  it('requires a reason and at least one matcher; rejects unknown fields and bad dates', () => {
    const err = (input: unknown) => {
      try {
        parseSuppressions(input);
      } catch (e) {
        assert.ok(e instanceof MamoriError);
        return e.message;
      }
      assert.fail('expected an error');
    };
    assert.match(err([{ rule: 'x' }]), /^suppressions\[0\]\.reason: required$/);
    assert.match(err([{ reason: 'because' }]), /suppressions\[0\]: needs at least one of rule, resource, account, region, tags/);
    assert.match(err([{ rule: 'x', reason: 'r', resorce: 'y' }]), /suppressions\[0\]\.resorce: unknown field \(did you mean "resource"\?\)/);
    assert.match(err([{ rule: 'x', reason: 'r', expires: 'next week' }]), /suppressions\[0\]\.expires: expected an ISO date/);
    assert.equal(err([{ rule: 'x', reason: 'r' }, { resource: 'a'.repeat(4097), reason: 'r' }]), 'suppressions[1].resource: is 4,097 characters long (at most 4,096)');
    assert.equal(err(new Array(1_000_001)), 'suppressions: 1,000,001 entries, more than 1,000,000');
  });
});
