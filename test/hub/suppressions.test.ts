import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MamoriError } from '../../src/model/errors.js';
import type { HubFinding } from '../../src/hub/model.js';
import { globMatch, matchSuppression, parseSuppressions, type Suppression } from '../../src/hub/suppressions.js';

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
  });
});
