/**
 * Policy compilation and matching: Action, Resource, Principal and their Not forms, with the case
 * and wildcard rules of the IAM User Guide.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RequestContextView } from '../../../../src/providers/aws/iam/context.js';
import { compilePolicy, matchArnGlob, parsePrincipal, PolicyError, type PolicyMatch } from '../../../../src/providers/aws/iam/policy.js';
import type { EvaluationRequest, PolicyLayer } from '../../../../src/providers/aws/iam/types.js';
import { GLOB_STAR } from '../../../../src/providers/aws/iam/variables.js';

const A = '111122223333';
const USER = `arn:aws:iam::${A}:user/alice`;
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const req = (over: Partial<EvaluationRequest> = {}): EvaluationRequest => ({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key', ...over });
const run = (policy: unknown, layer: PolicyLayer, r: EvaluationRequest): PolicyMatch =>
  compilePolicy({ name: 'p', policy: policy as never }, layer).match(r, new RequestContextView(r.context));
const allows = (policy: unknown, r: EvaluationRequest, layer: PolicyLayer = 'identity') => run(policy, layer, r).allows.length > 0;

describe('Action (IAM JSON policy elements: Action)', () => {
  it('action names are case-insensitive, with * and ? wildcards', () => {
    const p = doc({ Effect: 'Allow', Action: ['S3:getobj*', 'ec2:Describe?nstances'], Resource: '*' });
    assert.equal(allows(p, req({ action: 's3:GetObject' })), true);
    assert.equal(allows(p, req({ action: 's3:GETOBJECTACL' })), true);
    assert.equal(allows(p, req({ action: 'ec2:DescribeInstances' })), true);
    assert.equal(allows(p, req({ action: 's3:PutObject' })), false);
    assert.equal(allows(p, req({ action: 'ec2:DescribeXXInstances' })), false);
  });

  it('NotAction matches every action except the listed ones (IAM JSON policy elements: NotAction)', () => {
    const p = doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    assert.equal(allows(p, req({ action: 's3:DeleteBucket' })), true);
    assert.equal(allows(p, req({ action: 'IAM:CreateUser' })), false);
  });
});

describe('Resource (IAM JSON policy elements: Resource › Using wildcards in resource ARNs)', () => {
  it('resource ARNs are case-sensitive', () => {
    const p = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::Bucket/*' });
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::Bucket/a' })), true);
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::bucket/a' })), false);
  });

  it('? and a * inside a segment stay within the segment; a * ending a segment may cross colons', () => {
    const inside = doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:logs:us-east-1:*x:log-group:g' });
    assert.equal(allows(inside, req({ resource: `arn:aws:logs:us-east-1:${A}x:log-group:g` })), true);
    assert.equal(allows(inside, req({ resource: `arn:aws:logs:us-east-1:1:2x:log-group:g` })), false);
    const end = doc({ Effect: 'Allow', Action: '*', Resource: `arn:aws:logs:us-east-1:${A}:log-group:*` });
    assert.equal(allows(end, req({ resource: `arn:aws:logs:us-east-1:${A}:log-group:app:log-stream:s1` })), true);
    const one = doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b?' });
    assert.equal(allows(one, req({ resource: 'arn:aws:s3:::b1' })), true);
    assert.equal(allows(one, req({ resource: 'arn:aws:s3:::b:' })), false);
    assert.equal(allows(one, req({ resource: 'arn:aws:s3:::b12' })), false);
  });

  it('the per-request ARN glob matcher agrees with the compiled one', () => {
    const S = GLOB_STAR;
    assert.equal(matchArnGlob(`arn:aws:s3:::b/${S}`, 'arn:aws:s3:::b/x:y/z'), true);
    assert.equal(matchArnGlob(`arn:aws:logs:r:${S}x:g`, 'arn:aws:logs:r:1:2x:g'), false);
    assert.equal(matchArnGlob(`arn:aws:logs:r:${S}x:g`, 'arn:aws:logs:r:12x:g'), true);
    assert.equal(matchArnGlob(`a${S}b`, 'ab'), true);
    assert.equal(matchArnGlob(`a${S}b`, 'a:b'), false);
  });

  it('NotResource matches every resource except the listed ones', () => {
    const p = doc({ Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::keep', 'arn:aws:s3:::keep/*'] });
    assert.equal(run(p, 'identity', req({ resource: 'arn:aws:s3:::other/k' })).denies.length, 1);
    assert.equal(run(p, 'identity', req({ resource: 'arn:aws:s3:::keep/k' })).denies.length, 0);
  });

  it('policy variables in Resource are substituted per request; an absent key matches nothing (IAM policy elements: Variables and tags)', () => {
    const p = doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::home/alice/f', context: { 'aws:username': 'alice' } })), true);
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::home/bob/f', context: { 'aws:username': 'alice' } })), false);
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::home/alice/f' })), false);
  });

  it('${*} is a literal asterisk, not a wildcard', () => {
    const p = doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/${*}' });
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::b/*' })), true);
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::b/x' })), false);
  });

  it('without Version 2012-10-17 a ${…} is plain text (IAM JSON policy elements: Version)', () => {
    const p = { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}' }] };
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::home/alice', context: { 'aws:username': 'alice' } })), false);
    assert.equal(allows(p, req({ resource: 'arn:aws:s3:::home/${aws:username}' })), true);
  });
});

describe('Principal (AWS JSON policy elements: Principal)', () => {
  const res = (Principal: unknown) => doc({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: '*' });
  const grant = (Principal: unknown, principal: string) => run(res(Principal), 'resource', req({ principal })).allows[0]?.principal ?? null;
  const SESSION = `arn:aws:sts::${A}:assumed-role/App/i-123`;

  it('a role ARN matches the sessions of that role (whatever its path); a session ARN only that session', () => {
    assert.equal(grant({ AWS: `arn:aws:iam::${A}:role/team/App` }, SESSION), 'entity');
    assert.equal(grant({ AWS: SESSION }, SESSION), 'direct');
    assert.equal(grant({ AWS: `arn:aws:sts::${A}:assumed-role/App/other` }, SESSION), null);
    assert.equal(grant({ AWS: `arn:aws:iam::${A}:role/Other` }, SESSION), null);
  });

  it('an account id or root ARN names the account (every principal of it, by delegation)', () => {
    assert.equal(grant({ AWS: A }, USER), 'account');
    assert.equal(grant({ AWS: `arn:aws:iam::${A}:root` }, SESSION), 'account');
    assert.equal(grant({ AWS: `arn:aws:iam::${A}:root` }, `arn:aws:iam::${A}:root`), 'direct');
    assert.equal(grant({ AWS: '444455556666' }, USER), null);
  });

  it('"*" and {"AWS": "*"} are everyone, anonymous included; services, federated and canonical users by name', () => {
    assert.equal(grant('*', 'anonymous'), 'direct');
    assert.equal(grant({ AWS: '*' }, USER), 'direct');
    assert.equal(grant({ AWS: USER }, 'anonymous'), null);
    assert.equal(grant({ Service: 'lambda.amazonaws.com' }, 'lambda.amazonaws.com'), 'direct');
    assert.equal(grant({ Service: 'lambda.amazonaws.com' }, 'ec2.amazonaws.com'), null);
    assert.equal(grant({ Federated: 'cognito-identity.amazonaws.com' }, 'cognito-identity.amazonaws.com'), 'direct');
    const canonical = 'a'.repeat(64);
    assert.equal(grant({ CanonicalUser: canonical }, canonical), 'direct');
  });

  it('NotPrincipal with Deny spares a session only when its account, role and session are all listed', () => {
    const deny = (NotPrincipal: unknown) => doc({ Effect: 'Deny', NotPrincipal, Action: '*', Resource: '*' });
    const denied = (NotPrincipal: unknown, hasBoundary = false) =>
      compilePolicy({ name: 'p', policy: deny(NotPrincipal) as never }, 'resource').match(req({ principal: SESSION }), new RequestContextView(undefined), { hasBoundary }).denies.length > 0;
    assert.equal(denied({ AWS: [SESSION] }), true);
    assert.equal(denied({ AWS: [`arn:aws:iam::${A}:role/App`, SESSION] }), true);
    assert.equal(denied({ AWS: [`arn:aws:iam::${A}:root`, `arn:aws:iam::${A}:role/App`, SESSION] }), false);
    // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a permissions boundary policy attached"
    assert.equal(denied({ AWS: [`arn:aws:iam::${A}:root`, `arn:aws:iam::${A}:role/App`, SESSION] }, true), true);
  });

  it('parses request principals', () => {
    assert.equal(parsePrincipal(SESSION).kind, 'assumed-role');
    assert.equal(parsePrincipal(`arn:aws:sts::${A}:federated-user/bob`).kind, 'federated-user');
    assert.equal(parsePrincipal('anonymous').kind, 'anonymous');
    assert.equal(parsePrincipal('s3.amazonaws.com').kind, 'service');
    assert.equal(parsePrincipal(`arn:aws:iam::${A}:root`).account, A);
  });
});

describe('validation', () => {
  const bad = (policy: unknown, layer: PolicyLayer, re: RegExp) =>
    assert.throws(() => compilePolicy({ name: 'MyPolicy', policy: policy as never }, layer), (e: unknown) => e instanceof PolicyError && re.test(e.message) && /MyPolicy/.test(e.message));

  it('names the policy and statement of malformed input', () => {
    bad('{not json', 'identity', /not valid JSON/);
    bad({ Version: '2012-10-17' }, 'identity', /no Statement/);
    bad(doc({ Sid: 'S1', Effect: 'allow', Action: '*', Resource: '*' }), 'identity', /S1.*Effect/);
    bad(doc({ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' }), 'identity', /#0.*Action/);
    bad(doc({ Effect: 'Allow', Action: 's3GetObject', Resource: '*' }), 'identity', /service:action/);
    bad(doc({ Effect: 'Allow', Action: '*' }), 'identity', /Resource/);
    bad(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }), 'identity', /Principal/);
    bad(doc({ Effect: 'Allow', Action: '*', Resource: '*' }), 'resource', /Principal/);
    bad(doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: '*' }), 'resource', /wildcard/);
    bad(doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringFoo: { 'aws:x': 'y' } } }), 'identity', /#0/);
  });

  it('accepts a JSON text, a single Statement object and string-or-list elements', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/key' } });
    assert.equal(allows(text, req()), true);
  });
});
