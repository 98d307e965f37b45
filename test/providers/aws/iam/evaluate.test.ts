/**
 * The evaluation layers within one account: explicit deny, identity and resource policies,
 * permissions boundaries, session policies, KMS key and role trust policies, the root user,
 * anonymous and service callers. Each test names the IAM User Guide section it encodes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePolicySet, compiledPolicy, evaluate } from '../../../../src/providers/aws/iam/index.js';
import type { EvaluationRequest, NamedPolicy, PolicySet } from '../../../../src/providers/aws/iam/index.js';

const A = '111122223333';
const USER = `arn:aws:iam::${A}:user/alice`;
const ROLE = `arn:aws:iam::${A}:role/App`;
const SESSION = `arn:aws:sts::${A}:assumed-role/App/s1`;
const BUCKET_OBJ = 'arn:aws:s3:::data/report.csv';
const named = (name: string, ...Statement: unknown[]): NamedPolicy => ({ name, policy: { Version: '2012-10-17', Statement } as never });
const stmt = (Effect: 'Allow' | 'Deny', Action: string | string[], Resource: string | string[] = '*', extra: Record<string, unknown> = {}) => ({ Effect, Action, Resource, ...extra });
const rstmt = (Effect: 'Allow' | 'Deny', Principal: unknown, Action: string | string[], Resource = '*', extra: Record<string, unknown> = {}) => ({ Effect, Principal, Action, Resource, ...extra });
const req = (principal: string, action = 's3:GetObject', resource = BUCKET_OBJ, over: Partial<EvaluationRequest> = {}): EvaluationRequest => ({ principal, action, resource, resourceAccount: A, ...over });
const decide = (r: EvaluationRequest, p: PolicySet) => evaluate(r, p).decision;

const allowGet = named('AllowGet', stmt('Allow', 's3:GetObject'));
const boundaryEc2 = named('BoundaryEc2Only', stmt('Allow', 'ec2:*'));

describe('Policy evaluation logic › How AWS enforcement code logic evaluates requests to allow or deny access', () => {
  it('by default every request is implicitly denied', () => {
    const r = evaluate(req(USER), { identity: [] });
    assert.equal(r.decision, 'ImplicitDeny');
    assert.deepEqual(r.deciding, []);
  });

  it('an explicit Deny in any policy overrides any Allow', () => {
    const deny = (layer: keyof PolicySet): PolicySet => {
      const d = named('DenyGet', stmt('Deny', 's3:GetObject'));
      const base: PolicySet = { identity: [allowGet], resource: named('Bucket', rstmt('Allow', { AWS: USER }, 's3:GetObject')) };
      if (layer === 'identity') return { ...base, identity: [allowGet, d] };
      if (layer === 'boundary') return { ...base, boundary: named('B', stmt('Allow', '*'), stmt('Deny', 's3:GetObject')) };
      if (layer === 'session') return { ...base, session: [named('S', stmt('Allow', '*'), stmt('Deny', 's3:GetObject'))] };
      return { ...base, resource: named('Bucket', rstmt('Allow', { AWS: USER }, 's3:GetObject'), rstmt('Deny', '*', 's3:GetObject')) };
    };
    for (const layer of ['identity', 'boundary', 'resource'] as const) {
      const r = evaluate(req(USER), deny(layer));
      assert.equal(r.decision, 'ExplicitDeny', layer);
      assert.ok(r.deciding.every((s) => s.effect === 'Deny' && s.layer === layer), layer);
    }
    assert.equal(decide(req(SESSION), deny('session')), 'ExplicitDeny');
  });

  it('reports one outcome per layer in AWS order: RCP, SCP, resource, identity, boundary, session', () => {
    const r = evaluate(req(USER), { identity: [allowGet] });
    assert.deepEqual(r.layers.map((l) => l.layer), ['rcp', 'scp', 'resource', 'identity', 'boundary', 'session']);
    assert.equal(r.layers.find((l) => l.layer === 'identity')!.outcome, 'allow');
    assert.equal(r.layers.find((l) => l.layer === 'boundary')!.outcome, 'not-applicable');
    assert.ok(r.reason.en.length > 0 && r.reason.ja.length > 0);
    assert.deepEqual(r.deciding, [{ layer: 'identity', policy: 'AllowGet', statement: '#0', effect: 'Allow' }]);
  });

  it('conditions decide whether a statement applies (Condition element)', () => {
    const p = { identity: [named('Ip', stmt('Allow', 's3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))] };
    assert.equal(decide(req(USER, 's3:GetObject', BUCKET_OBJ, { context: { 'aws:SourceIp': '203.0.113.9' } }), p), 'Allow');
    assert.equal(decide(req(USER, 's3:GetObject', BUCKET_OBJ, { context: { 'aws:SourceIp': '198.51.100.1' } }), p), 'ImplicitDeny');
  });
});

describe('Policy evaluation for requests within a single account › identity-based and resource-based policies', () => {
  it('either the identity-based or the resource-based policy allowing is enough', () => {
    assert.equal(decide(req(USER), { identity: [allowGet] }), 'Allow');
    assert.equal(decide(req(USER), { resource: named('Bucket', rstmt('Allow', { AWS: USER }, 's3:GetObject')) }), 'Allow');
    assert.equal(decide(req(USER), { identity: [named('Other', stmt('Allow', 's3:PutObject'))], resource: named('Bucket', rstmt('Allow', { AWS: ROLE }, 's3:GetObject')) }), 'ImplicitDeny');
  });

  it('a resource policy naming the account delegates to identity policies and grants nothing alone', () => {
    const bucket = named('Bucket', rstmt('Allow', { AWS: `arn:aws:iam::${A}:root` }, 's3:GetObject'));
    assert.equal(decide(req(USER), { resource: bucket }), 'ImplicitDeny');
    assert.equal(decide(req(USER), { resource: bucket, identity: [allowGet] }), 'Allow');
  });
});

describe('Permissions boundaries for IAM entities › Evaluating effective permissions with boundaries', () => {
  it('identity-based policies with a boundary: only what both allow', () => {
    assert.equal(decide(req(USER), { identity: [allowGet], boundary: boundaryEc2 }), 'ImplicitDeny');
    assert.equal(decide(req(USER), { identity: [allowGet], boundary: named('BoundaryS3', stmt('Allow', 's3:*')) }), 'Allow');
    const r = evaluate(req(USER), { identity: [allowGet], boundary: boundaryEc2 });
    assert.equal(r.layers.find((l) => l.layer === 'boundary')!.outcome, 'implicit');
  });

  it('a resource policy naming the IAM user is not limited by an implicit deny in the boundary', () => {
    const bucket = named('Bucket', rstmt('Allow', { AWS: USER }, 's3:GetObject'));
    const r = evaluate(req(USER), { resource: bucket, boundary: boundaryEc2 });
    assert.equal(r.decision, 'Allow');
    assert.deepEqual(r.deciding.map((s) => s.layer), ['resource']);
  });

  it('a resource policy naming the role session is not limited by the boundary; naming the role ARN is', () => {
    const toSession = named('Bucket', rstmt('Allow', { AWS: SESSION }, 's3:GetObject'));
    const toRole = named('Bucket', rstmt('Allow', { AWS: ROLE }, 's3:GetObject'));
    assert.equal(decide(req(SESSION), { resource: toSession, boundary: boundaryEc2 }), 'Allow');
    assert.equal(decide(req(SESSION), { resource: toRole, boundary: boundaryEc2 }), 'ImplicitDeny');
    assert.equal(decide(req(SESSION), { resource: toRole, boundary: named('BoundaryS3', stmt('Allow', 's3:*')) }), 'Allow');
    // without a boundary, a grant to the role ARN suffices on its own within the account
    assert.equal(decide(req(SESSION), { resource: toRole }), 'Allow');
  });

  it('an explicit deny in the boundary still overrides a direct resource grant', () => {
    const bucket = named('Bucket', rstmt('Allow', { AWS: USER }, 's3:GetObject'));
    assert.equal(decide(req(USER), { resource: bucket, boundary: named('B', stmt('Deny', 's3:GetObject')) }), 'ExplicitDeny');
  });

  it('NotPrincipal with Deny always denies a principal that has a boundary (AWS JSON policy elements: NotPrincipal)', () => {
    const bucket = named('Bucket', rstmt('Allow', { AWS: USER }, 's3:GetObject'), { Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${A}:root`, USER] }, Action: 's3:*', Resource: '*' });
    assert.equal(decide(req(USER), { resource: bucket }), 'Allow');
    assert.equal(decide(req(USER), { resource: bucket, boundary: named('BoundaryS3', stmt('Allow', 's3:*')) }), 'ExplicitDeny');
  });
});

describe('Policies and permissions › Session policies', () => {
  const sessionS3 = [named('SessionS3', stmt('Allow', 's3:*'))];
  const sessionEc2 = [named('SessionEc2', stmt('Allow', 'ec2:*'))];

  it('a session has the intersection of the identity-based policies and the session policies', () => {
    assert.equal(decide(req(SESSION), { identity: [allowGet], session: sessionS3 }), 'Allow');
    assert.equal(decide(req(SESSION), { identity: [allowGet], session: sessionEc2 }), 'ImplicitDeny');
    assert.equal(decide(req(SESSION), { identity: [], session: sessionS3 }), 'ImplicitDeny');
  });

  it('a resource policy naming the session ARN is not limited by the session policy; naming the role ARN is', () => {
    assert.equal(decide(req(SESSION), { resource: named('Bucket', rstmt('Allow', { AWS: SESSION }, 's3:GetObject')), session: sessionEc2 }), 'Allow');
    assert.equal(decide(req(SESSION), { resource: named('Bucket', rstmt('Allow', { AWS: ROLE }, 's3:GetObject')), session: sessionEc2 }), 'ImplicitDeny');
    assert.equal(decide(req(SESSION), { resource: named('Bucket', rstmt('Allow', { AWS: ROLE }, 's3:GetObject')), session: sessionS3 }), 'Allow');
  });

  it('a federated user session without a session policy has no permissions of its own', () => {
    const fed = `arn:aws:sts::${A}:federated-user/bob`;
    assert.equal(decide(req(fed), { identity: [allowGet] }), 'ImplicitDeny');
    assert.equal(decide(req(fed), { identity: [allowGet], session: sessionS3 }), 'Allow');
    assert.equal(decide(req(fed), { resource: named('Bucket', rstmt('Allow', { AWS: fed }, 's3:GetObject')) }), 'Allow');
  });
});

describe('Policy evaluation logic › role trust policies and KMS key policies must allow explicitly', () => {
  const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  const allowDecrypt = named('AllowDecrypt', stmt('Allow', 'kms:Decrypt'));

  it('an identity policy alone does not give access to a KMS key whose key policy does not allow', () => {
    const keyPolicy = named('KeyPolicy', rstmt('Allow', { AWS: `arn:aws:iam::${A}:role/Admin` }, 'kms:*'));
    const r = evaluate(req(USER, 'kms:Decrypt', KEY), { identity: [allowDecrypt], resource: keyPolicy });
    assert.equal(r.decision, 'ImplicitDeny');
    assert.match(r.reason.en, /key policy/);
    assert.equal(decide(req(USER, 'kms:Decrypt', KEY), { identity: [allowDecrypt] }), 'ImplicitDeny');
  });

  it('a key policy naming the account root delegates to identity policies; naming the user grants directly', () => {
    const delegate = named('KeyPolicy', rstmt('Allow', { AWS: `arn:aws:iam::${A}:root` }, 'kms:*'));
    assert.equal(decide(req(USER, 'kms:Decrypt', KEY), { identity: [allowDecrypt], resource: delegate }), 'Allow');
    assert.equal(decide(req(USER, 'kms:Decrypt', KEY), { identity: [], resource: delegate }), 'ImplicitDeny');
    assert.equal(decide(req(USER, 'kms:Decrypt', KEY), { identity: [], resource: named('KeyPolicy', rstmt('Allow', { AWS: USER }, 'kms:Decrypt')) }), 'Allow');
  });

  it('assuming a role needs its trust policy to allow, even for an administrator', () => {
    const target = `arn:aws:iam::${A}:role/Target`;
    const admin = named('Admin', stmt('Allow', '*'));
    const lambdaTrust = named('Trust', rstmt('Allow', { Service: 'lambda.amazonaws.com' }, 'sts:AssumeRole'));
    assert.equal(decide(req(USER, 'sts:AssumeRole', target), { identity: [admin], resource: lambdaTrust }), 'ImplicitDeny');
    const accountTrust = named('Trust', rstmt('Allow', { AWS: A }, 'sts:AssumeRole'));
    assert.equal(decide(req(USER, 'sts:AssumeRole', target), { identity: [admin], resource: accountTrust }), 'Allow');
    assert.equal(decide(req(USER, 'sts:AssumeRole', target), { identity: [], resource: accountTrust }), 'ImplicitDeny');
    assert.equal(decide(req('lambda.amazonaws.com', 'sts:AssumeRole', target), { resource: lambdaTrust }), 'Allow');
    // the same request to a non-strict resource would be allowed by the identity policy alone
    assert.equal(decide(req(USER, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${A}:q`), { identity: [admin], resource: named('Queue', rstmt('Allow', { Service: 'sns.amazonaws.com' }, 'sqs:SendMessage')) }), 'Allow');
  });
});

describe('Policy evaluation logic › the root user, anonymous and service callers', () => {
  it('the root user has full access within its own account, but an explicit deny still applies', () => {
    const root = `arn:aws:iam::${A}:root`;
    assert.equal(decide(req(root), {}), 'Allow');
    assert.equal(decide(req(root), { resource: named('Bucket', rstmt('Deny', '*', 's3:*')) }), 'ExplicitDeny');
  });

  it('an anonymous caller is allowed only by a resource policy with Principal "*"', () => {
    const pub = named('Bucket', rstmt('Allow', '*', 's3:GetObject'));
    assert.equal(decide(req('anonymous'), { resource: pub }), 'Allow');
    assert.equal(decide(req('anonymous'), { resource: named('Bucket', rstmt('Allow', { AWS: '*' }, 's3:GetObject')) }), 'Allow');
    assert.equal(decide(req('anonymous'), { resource: named('Bucket', rstmt('Allow', { AWS: A }, 's3:GetObject')) }), 'ImplicitDeny');
    assert.equal(decide(req('anonymous'), { identity: [allowGet] }), 'ImplicitDeny');
  });

  it('NotPrincipal with Allow grants everyone not listed, anonymous included (AWS JSON policy elements: NotPrincipal)', () => {
    const p = named('Bucket', { Effect: 'Allow', NotPrincipal: { AWS: USER }, Action: 's3:GetObject', Resource: '*' });
    assert.equal(decide(req('anonymous'), { resource: p }), 'Allow');
    assert.equal(decide(req(USER), { resource: p }), 'ImplicitDeny');
  });
});

describe('compiled policy sets (bulk evaluation)', () => {
  it('compiles a shared policy once and reuses it across principals', () => {
    const shared = named('Shared', stmt('Allow', 's3:GetObject'));
    const a = compiledPolicy(shared, 'identity');
    const b = compiledPolicy({ name: 'Shared', policy: shared.policy }, 'identity');
    assert.equal(a, b);
    const set = compilePolicySet({ identity: [shared] });
    for (const who of ['alice', 'bob']) assert.equal(set.evaluate(req(`arn:aws:iam::${A}:user/${who}`)).decision, 'Allow');
    assert.equal(set.evaluate(req(USER, 's3:PutObject')).decision, 'ImplicitDeny');
  });
});
