/**
 * The request context view. IAM User Guide › IAM policy elements: Variables and tags ("Key names
 * are case-insensitive") and › Single-valued vs. multivalued context keys.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RequestContextView } from '../../../../src/providers/aws/iam/context.js';

describe('RequestContextView', () => {
  it('reads keys case-insensitively, the tag-key part included', () => {
    const v = new RequestContextView({ 'aws:PrincipalTag/CostCenter': '12345', 'aws:SourceIp': '203.0.113.1' });
    assert.deepEqual(v.get('aws:principaltag/costcenter'), ['12345']);
    assert.deepEqual(v.get('AWS:SOURCEIP'), ['203.0.113.1']);
    assert.equal(v.has('aws:PrincipalTag/CostCentre'), false);
    assert.equal(v.get('aws:username'), undefined);
  });

  it('single values become one-element lists; arrays are sets; numbers and booleans are text', () => {
    const v = new RequestContextView({ 'aws:TagKeys': ['a', 'b'], 's3:max-keys': 10, 'aws:SecureTransport': true, 'aws:CalledVia': [] });
    assert.deepEqual(v.get('aws:TagKeys'), ['a', 'b']);
    assert.deepEqual(v.get('s3:max-keys'), ['10']);
    assert.deepEqual(v.get('aws:SecureTransport'), ['true']);
    assert.deepEqual(v.get('aws:CalledVia'), [], 'an empty set is present but empty');
    assert.equal(v.has('aws:CalledVia'), true);
  });

  it('an exact spelling wins over another case of the same key; null entries are absent', () => {
    const v = new RequestContextView({ 's3:ExistingObjectTag/Env': 'prod', 's3:ExistingObjectTag/env': 'dev', 'x:nothing': null as unknown as string });
    assert.deepEqual(v.get('s3:ExistingObjectTag/env'), ['dev']);
    assert.deepEqual(v.get('s3:ExistingObjectTag/Env'), ['prod']);
    assert.deepEqual(v.get('S3:EXISTINGOBJECTTAG/ENV'), ['prod'], 'otherwise the first given');
    assert.equal(v.has('x:nothing'), false);
    assert.equal(new RequestContextView(undefined).has('aws:username'), false);
  });
});
