/**
 * AWS Organizations guardrails in the evaluation: SCPs along the principal account's path and
 * RCPs along the resource account's path (AWS Organizations User Guide › Service control policies,
 * Resource control policies; IAM User Guide › Policy evaluation logic).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type EvaluationRequest, type NamedPolicy, type OrgPolicyLevel, type PolicySet } from '../../../../src/providers/aws/iam/index.js';

const A = '111122223333';
const B = '444455556666';
const USER = `arn:aws:iam::${A}:user/alice`;
const named = (name: string, ...Statement: unknown[]): NamedPolicy => ({ name, policy: { Version: '2012-10-17', Statement } as never });
const full = named('FullAWSAccess', { Effect: 'Allow', Action: '*', Resource: '*' });
const admin = named('Admin', { Effect: 'Allow', Action: '*', Resource: '*' });
const path = (...levels: [string, ...NamedPolicy[]][]): OrgPolicyLevel[] => levels.map(([target, ...policies]) => ({ target, policies }));
const req = (over: Partial<EvaluationRequest> = {}): EvaluationRequest => ({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::data/k', resourceAccount: A, ...over });

describe('SCPs (Organizations User Guide › SCP evaluation)', () => {
  it('an Allow must match at every level of the path: root, each OU, the account', () => {
    const scps = path(['r-root', full], ['ou-prod', full], [A, full]);
    assert.equal(evaluate(req(), { identity: [admin], scps }).decision, 'Allow');
  });

  it('a missing allow at one level denies implicitly, whatever the other levels and identity policies allow', () => {
    const onlyEc2 = named('OnlyEc2', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' });
    const r = evaluate(req(), { identity: [admin], scps: path(['r-root', full], ['ou-prod', onlyEc2], [A, full]) });
    assert.equal(r.decision, 'ImplicitDeny');
    assert.match(r.reason.en, /ou-prod/);
    const scp = r.layers.find((l) => l.layer === 'scp')!;
    assert.equal(scp.outcome, 'implicit');
  });

  it('a Deny at an OU level is an explicit deny naming that level', () => {
    const denyS3 = named('DenyS3', { Sid: 'NoS3', Effect: 'Deny', Action: 's3:*', Resource: '*' });
    const r = evaluate(req(), { identity: [admin], scps: path(['r-root', full], ['ou-prod', full, denyS3], [A, full]) });
    assert.equal(r.decision, 'ExplicitDeny');
    assert.deepEqual(r.deciding, [{ layer: 'scp', policy: 'DenyS3', target: 'ou-prod', statement: 'NoS3', effect: 'Deny' }]);
  });

  it('SCPs grant nothing: identity policies must still allow', () => {
    assert.equal(evaluate(req(), { identity: [], scps: path(['r-root', full], [A, full]) }).decision, 'ImplicitDeny');
  });

  it('SCPs do not apply to the management account\'s principals', () => {
    const deny = named('DenyAll', { Effect: 'Deny', Action: '*', Resource: '*' });
    const p: PolicySet = { identity: [admin], scps: path(['r-root', deny]) };
    assert.equal(evaluate(req(), p).decision, 'ExplicitDeny');
    const r = evaluate(req(), p, { principalAccountIsManagement: true });
    assert.equal(r.decision, 'Allow');
    assert.equal(r.layers.find((l) => l.layer === 'scp')!.outcome, 'not-applicable');
  });

  it('SCPs do not apply to service-linked roles', () => {
    const slr = `arn:aws:sts::${A}:assumed-role/AWSServiceRoleForConfig/session`;
    const deny = named('DenyAll', { Effect: 'Deny', Action: '*', Resource: '*' });
    assert.equal(evaluate(req({ principal: slr }), { identity: [admin], scps: path(['r-root', deny]) }, { principalIsServiceLinkedRole: true }).decision, 'Allow');
  });

  it('SCPs restrict the member account root user too', () => {
    const onlyEc2 = named('OnlyEc2', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' });
    assert.equal(evaluate(req({ principal: `arn:aws:iam::${A}:root` }), { scps: path(['r-root', onlyEc2]) }).decision, 'ImplicitDeny');
  });

  it('SCPs apply to the principal\'s account also when it calls into another account', () => {
    const denyS3 = named('DenyS3', { Effect: 'Deny', Action: 's3:*', Resource: '*' });
    const bucket = named('Bucket', { Effect: 'Allow', Principal: { AWS: USER }, Action: 's3:GetObject', Resource: '*' });
    assert.equal(evaluate(req({ resourceAccount: B }), { identity: [admin], resource: bucket, scps: path(['r-root', denyS3]) }).decision, 'ExplicitDeny');
  });

  it('no SCP layer given: SCPs do not take part', () => {
    assert.equal(evaluate(req(), { identity: [admin] }).layers.find((l) => l.layer === 'scp')!.outcome, 'not-applicable');
  });
});

describe('RCPs (Organizations User Guide › Resource control policies)', () => {
  const orgOnly = named('OrgOnly', {
    Sid: 'EnforceOrgIdentities',
    Effect: 'Deny',
    Principal: '*',
    Action: ['s3:*', 'sqs:*', 'kms:*', 'sts:*', 'secretsmanager:*'],
    Resource: '*',
    Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-123' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } },
  });
  const EXT = 'arn:aws:iam::999988887777:user/mallory';
  const bucket = named('Bucket', { Effect: 'Allow', Principal: { AWS: EXT }, Action: 's3:GetObject', Resource: '*' });
  const external = req({ principal: EXT, context: { 'aws:PrincipalOrgID': 'o-other', 'aws:PrincipalIsAWSService': 'false' } });

  it('RCPFullAWSAccess is implicit at every level: RCPs without a Deny change nothing', () => {
    const r = evaluate(external, { identity: [admin], resource: bucket, rcps: path(['r-root'], ['ou-prod'], [A]) });
    assert.equal(r.decision, 'Allow');
    assert.equal(r.layers.find((l) => l.layer === 'rcp')!.outcome, 'allow');
  });

  it('an RCP Deny on an external principal overrides the bucket policy that grants it', () => {
    const r = evaluate(external, { identity: [admin], resource: bucket, rcps: path(['r-root'], ['ou-prod', orgOnly], [A]) });
    assert.equal(r.decision, 'ExplicitDeny');
    assert.deepEqual(r.deciding.map((s) => [s.layer, s.target, s.statement]), [['rcp', 'ou-prod', 'EnforceOrgIdentities']]);
    const inOrg = evaluate(req({ principal: EXT, context: { 'aws:PrincipalOrgID': 'o-123' } }), { identity: [admin], resource: bucket, rcps: path(['r-root', orgOnly]) });
    assert.equal(inOrg.decision, 'Allow');
  });

  it('RCPs do not apply to the management account\'s resources', () => {
    assert.equal(evaluate(external, { identity: [admin], resource: bucket, rcps: path(['r-root', orgOnly]) }, { resourceAccountIsManagement: true }).decision, 'Allow');
  });

  it('RCPs do not apply to service-linked roles', () => {
    assert.equal(evaluate(external, { identity: [admin], resource: bucket, rcps: path(['r-root', orgOnly]) }, { principalIsServiceLinkedRole: true }).decision, 'Allow');
  });

  it('RCPs apply only to services that support them', () => {
    const denyAll = named('DenyAll', { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' });
    const p: PolicySet = { identity: [admin], rcps: path(['r-root', denyAll]) };
    assert.equal(evaluate(req({ action: 's3:GetObject' }), p).decision, 'ExplicitDeny');
    const ec2 = evaluate(req({ action: 'ec2:DescribeInstances', resource: '*' }), p);
    assert.equal(ec2.decision, 'Allow');
    assert.equal(ec2.layers.find((l) => l.layer === 'rcp')!.outcome, 'not-applicable');
    // an explicit service list can be given instead of the package's
    assert.equal(evaluate(req({ action: 'ec2:DescribeInstances', resource: '*' }), p, {}, { rcpServices: new Set(['ec2']) }).decision, 'ExplicitDeny');
  });

  it('RCPs restrict the resource account\'s own principals as well', () => {
    const denyDelete = named('DenyDelete', { Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: '*' });
    assert.equal(evaluate(req({ action: 's3:DeleteObject' }), { identity: [admin], rcps: path(['r-root', denyDelete]) }).decision, 'ExplicitDeny');
  });
});
