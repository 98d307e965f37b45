/**
 * Requests from one account to a resource in another (IAM User Guide › Cross-account policy
 * evaluation logic): both the caller's side and the resource-based policy must allow.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type EvaluationRequest, type NamedPolicy } from '../../../../src/providers/aws/iam/index.js';

const A = '111122223333'; // the caller's account
const B = '444455556666'; // the resource's account
const USER = `arn:aws:iam::${A}:user/alice`;
const SESSION = `arn:aws:sts::${A}:assumed-role/App/s1`;
const named = (name: string, ...Statement: unknown[]): NamedPolicy => ({ name, policy: { Version: '2012-10-17', Statement } as never });
const allowGet = named('AllowGet', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
const bucketTo = (Principal: unknown) => named('Bucket', { Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared/*' });
const req = (principal = USER, over: Partial<EvaluationRequest> = {}): EvaluationRequest => ({ principal, action: 's3:GetObject', resource: 'arn:aws:s3:::shared/k', resourceAccount: B, ...over });

describe('Cross-account policy evaluation logic', () => {
  it('identity policy and resource policy both allowing: allowed', () => {
    const r = evaluate(req(), { identity: [allowGet], resource: bucketTo({ AWS: USER }) });
    assert.equal(r.decision, 'Allow');
    assert.deepEqual(r.deciding.map((s) => s.layer).sort(), ['identity', 'resource']);
  });

  it('a resource policy granting the other account alone is not enough', () => {
    const r = evaluate(req(), { identity: [], resource: bucketTo({ AWS: A }) });
    assert.equal(r.decision, 'ImplicitDeny');
    assert.match(r.reason.en, /across accounts/);
  });

  it('a resource policy naming the user directly still needs the caller\'s identity policy', () => {
    assert.equal(evaluate(req(), { identity: [], resource: bucketTo({ AWS: USER }) }).decision, 'ImplicitDeny');
  });

  it('an identity policy alone is not enough: the resource policy must allow', () => {
    assert.equal(evaluate(req(), { identity: [allowGet] }).decision, 'ImplicitDeny');
    assert.equal(evaluate(req(), { identity: [allowGet], resource: bucketTo({ AWS: '999988887777' }) }).decision, 'ImplicitDeny');
  });

  it('the account root principal in the resource policy delegates to the other account\'s identity policies', () => {
    assert.equal(evaluate(req(), { identity: [allowGet], resource: bucketTo({ AWS: `arn:aws:iam::${A}:root` }) }).decision, 'Allow');
  });

  it('the caller\'s boundary and session policies limit the caller\'s side across accounts', () => {
    const boundaryEc2 = named('B', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' });
    assert.equal(evaluate(req(), { identity: [allowGet], boundary: boundaryEc2, resource: bucketTo({ AWS: USER }) }).decision, 'ImplicitDeny');
    const sessionEc2 = [named('S', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' })];
    assert.equal(evaluate(req(SESSION), { identity: [allowGet], session: sessionEc2, resource: bucketTo({ AWS: SESSION }) }).decision, 'ImplicitDeny');
  });

  it('an explicit deny on either side wins', () => {
    const deny = named('Deny', { Effect: 'Deny', Action: 's3:*', Resource: '*' });
    assert.equal(evaluate(req(), { identity: [allowGet, deny], resource: bucketTo({ AWS: A }) }).decision, 'ExplicitDeny');
    const bucket = named('Bucket', { Effect: 'Allow', Principal: { AWS: A }, Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Principal: { AWS: USER }, Action: 's3:GetObject', Resource: '*' });
    assert.equal(evaluate(req(), { identity: [allowGet], resource: bucket }).decision, 'ExplicitDeny');
  });

  it('assuming a role in another account: the trust policy and the caller\'s identity policy must both allow', () => {
    const target = `arn:aws:iam::${B}:role/Cross`;
    const trust = named('Trust', { Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x-1' } } });
    const canAssume = named('CanAssume', { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: target });
    const assume = (context: Record<string, string>, identity: NamedPolicy[]) => evaluate({ principal: USER, action: 'sts:AssumeRole', resource: target, context }, { identity, resource: trust }).decision;
    assert.equal(assume({ 'sts:ExternalId': 'x-1' }, [canAssume]), 'Allow');
    assert.equal(assume({ 'sts:ExternalId': 'wrong' }, [canAssume]), 'ImplicitDeny');
    assert.equal(assume({ 'sts:ExternalId': 'x-1' }, []), 'ImplicitDeny');
  });

  it('the resource account comes from the resource ARN when not given', () => {
    const q = `arn:aws:sqs:us-east-1:${B}:queue`;
    const send = named('Send', { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: q });
    assert.equal(evaluate({ principal: USER, action: 'sqs:SendMessage', resource: q }, { identity: [send] }).decision, 'ImplicitDeny');
    const own = `arn:aws:sqs:us-east-1:${A}:queue`;
    assert.equal(evaluate({ principal: USER, action: 'sqs:SendMessage', resource: own }, { identity: [named('Send', { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: own })] }).decision, 'Allow');
  });
});
