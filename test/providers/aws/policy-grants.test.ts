import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awsPolicyFields, grantsOfPolicy } from '../../../src/providers/aws/read/policy-grants.js';

const OWN = '111122223333';
const policy = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const allow = (Principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...extra });

describe('resource policy grants (mamori.aws.policy)', () => {
  it('an open statement is public unless its own condition limits who or where', () => {
    assert.equal(grantsOfPolicy(policy(allow('*')), OWN).public, true);
    assert.equal(grantsOfPolicy(policy(allow({ AWS: '*' })), OWN).public, true);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), OWN).public, false);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c' } } })), OWN).public, false);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.0/24'] } } })), OWN).public, false);
    // A fixed network (the office's range) limits where from, as S3 Block Public Access judges it;
    // a range wider than /8 is as good as everyone. IfExists and negations require nothing.
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })), OWN).public, false);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/1'] } } })), OWN).public, true);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/16' } } })), OWN).public, true);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } } })), OWN).public, true);
    assert.equal(grantsOfPolicy(policy(allow('*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })), OWN).public, true);
  });

  it('a restricted statement does not hide an open one beside it, and Deny grants nothing', () => {
    const mixed = policy(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }), allow('*', { Sid: 'open' }));
    assert.equal(grantsOfPolicy(mixed, OWN).public, true);
    const denyOnly = policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, allow({ Service: 'logging.s3.amazonaws.com' }));
    assert.deepEqual(grantsOfPolicy(denyOnly, OWN), { public: false, external: false, external_accounts: [], federated: [], services: ['logging.s3.amazonaws.com'], statements: 2 });
    assert.equal(grantsOfPolicy(policy({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OWN}:role/x` }, Action: '*', Resource: '*' }), OWN).public, true);
  });

  it('names the accounts outside the own one, per element, unless limited to the organisation', () => {
    const both = policy(allow({ AWS: [`arn:aws:iam::${OWN}:role/app`, 'arn:aws:iam::444455556666:root', '999988887777'] }));
    assert.deepEqual(grantsOfPolicy(both, OWN).external_accounts, ['444455556666', '999988887777']);
    assert.equal(grantsOfPolicy(policy(allow({ AWS: `arn:aws:iam::${OWN}:role/app` })), OWN).external, false);
    const org = policy(allow({ AWS: 'arn:aws:iam::444455556666:root' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }));
    assert.equal(grantsOfPolicy(org, OWN).external, false);
  });

  it('federated principals count only without a condition', () => {
    const trust = (Condition?: unknown) => policy({ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) });
    assert.equal(grantsOfPolicy(trust(), OWN).federated.length, 1);
    assert.equal(grantsOfPolicy(trust({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } }), OWN).federated.length, 0);
  });

  it('finds the policy where each API records it, as an object or a JSON string; other events give nothing', () => {
    const ct = (eventName: string, requestParameters: unknown) => ({ eventName, recipientAccountId: OWN, requestParameters });
    assert.equal(awsPolicyFields(ct('PutBucketPolicy', { bucketName: 'b', bucketPolicy: policy(allow('*')) }))?.public, true);
    assert.equal(awsPolicyFields(ct('UpdateAssumeRolePolicy', { roleName: 'r', policyDocument: JSON.stringify(policy(allow({ AWS: 'arn:aws:iam::444455556666:root' }))) }))?.external, true);
    assert.equal(awsPolicyFields(ct('SetQueueAttributes', { attributes: { Policy: JSON.stringify(policy(allow('*'))) } }))?.public, true);
    assert.equal(awsPolicyFields(ct('SetTopicAttributes', { attributeName: 'DisplayName', attributeValue: 'x' })), undefined);
    assert.equal(awsPolicyFields(ct('PutBucketPolicy', { bucketPolicy: '{not json' })), undefined);
    assert.equal(awsPolicyFields(ct('GetObject', { bucketName: 'b' })), undefined);
  });
});
