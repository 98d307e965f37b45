/**
 * Privilege escalation from snapshot resources (src/providers/aws/iam/escalation/snapshot.ts) and
 * the posture rule aws-iam-privilege-escalation-path over it: the inputs built from collected
 * resources, SCPs and boundaries applied to the steps, incomplete inputs never read as "no path",
 * one analysis per assessment, and what the demo organisation gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotIndex } from '../../../../../src/assess/context.js';
import { assess } from '../../../../../src/assess/engine.js';
import type { EvaluationContext } from '../../../../../src/model/rule.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../../src/model/snapshot.js';
import type { Resource } from '../../../../../src/model/types.js';
import { resourceSchemas } from '../../../../../src/providers/index.js';
import { loadDemoSnapshot } from '../../../../../src/providers/aws/demo/index.js';
import { engineAuthorizer } from '../../../../../src/providers/aws/iam/escalation/authorizer.js';
import { analyseAccountEscalation, escalationFor, escalationInputs, type ResourceLookup } from '../../../../../src/providers/aws/iam/escalation/snapshot.js';
import type { PolicyDocument, PolicyStatement } from '../../../../../src/providers/aws/iam/types.js';
import { rule } from '../../../../../rules/posture/aws/iam/aws-iam-privilege-escalation-path/rule.js';

const ACCT = '333344445555';
const MGMT = '999988887777';
const ORG = 'o-w2test';
const ROOT = 'r-w2';
const OU = 'ou-w2-work';
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...extra });
const deny = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Deny', Action, Resource, ...extra });
const userArn = (n: string) => `arn:aws:iam::${ACCT}:user/${n}`;
const roleArn = (n: string) => `arn:aws:iam::${ACCT}:role/${n}`;
const groupArn = (n: string) => `arn:aws:iam::${ACCT}:group/${n}`;
const policyArn = (n: string) => `arn:aws:iam::${ACCT}:policy/${n}`;
const ec2Trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
const lambdaTrust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });

const res = (type: string, uid: string, name: string, config: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({ uid, provider: 'aws', account: ACCT, region: 'global', type, name, tags: {}, config, ...extra });

function user(name: string, c: Record<string, unknown> = {}, extra: Partial<Resource> = {}): Resource {
  return res('AWS::IAM::User', userArn(name), name, {
    userName: name, userId: `AIDA${name.toUpperCase()}`, path: '/', createDate: null, passwordLastUsed: null, loginProfile: null,
    mfaDevices: [], accessKeys: [], groups: [], attachedPolicies: [], inlinePolicies: [], permissionsBoundaryArn: null, ...c,
  }, extra);
}
const inline = (policyName: string, document: PolicyDocument) => ({ inlinePolicies: [{ policyName, document }] });
const attached = (...arns: string[]) => ({ attachedPolicies: arns.map((a) => ({ policyName: a.split('/').pop()!, policyArn: a })) });

function role(name: string, c: Record<string, unknown> = {}): Resource {
  const path = (c.path as string | undefined) ?? '/';
  return res('AWS::IAM::Role', `arn:aws:iam::${ACCT}:role${path}${name}`, name, {
    roleName: name, roleId: `AROA${name.toUpperCase()}`, path, createDate: null, assumeRolePolicy: ec2Trust, attachedPolicies: [], inlinePolicies: [],
    instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: path.startsWith('/aws-service-role/'), ...c,
  });
}
const group = (name: string, c: Record<string, unknown> = {}) =>
  res('AWS::IAM::Group', groupArn(name), name, { groupName: name, groupId: `AGPA${name.toUpperCase()}`, path: '/', createDate: null, attachedPolicies: [], inlinePolicies: [], ...c });
const customer = (name: string, document: PolicyDocument | undefined, versionCount?: number) =>
  res('AWS::IAM::ManagedPolicy', policyArn(name), name, {
    arn: policyArn(name), policyName: name, path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null,
    ...(document ? { document } : {}), ...(versionCount !== undefined ? { versionCount } : {}),
  });
const administratorAccess = res('AWS::IAM::ManagedPolicy', `arn:aws:mamori::${ACCT}:aws-managed-policy/AdministratorAccess`, 'AdministratorAccess', {
  arn: ADMIN_ARN, policyName: 'AdministratorAccess', path: '/', awsManaged: true, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document: doc(allow('*')),
});
const profile = (name: string, roles: string[]) =>
  res('AWS::IAM::InstanceProfile', `arn:aws:iam::${ACCT}:instance-profile/${name}`, name, { instanceProfileName: name, instanceProfileId: `AIPA${name.toUpperCase()}`, path: '/', roles });
const instance = (id: string, profileName: string | null) =>
  res('AWS::EC2::Instance', `arn:aws:ec2:ap-northeast-1:${ACCT}:instance/${id}`, id, {
    instanceId: id, state: 'running', stoppedAt: null, publicIpAddress: null, securityGroupIds: [], networkInterfaceCount: 1,
    iamInstanceProfileArn: profileName ? `arn:aws:iam::${ACCT}:instance-profile/${profileName}` : null,
  }, { region: 'ap-northeast-1' });
const fn = (name: string, roleName: string) =>
  res('AWS::Lambda::Function', `arn:aws:lambda:ap-northeast-1:${ACCT}:function:${name}`, name, { FunctionName: name, PackageType: 'Zip', Role: roleArn(roleName), Architectures: ['x86_64'], VpcConfig: null, environmentVariableNames: [] }, { region: 'ap-northeast-1' });

/** The account is a member of an organisation (root → OU → account) with these SCPs besides FullAWSAccess. */
function organisation(scps: { name: string; target: string; content: PolicyDocument }[]): Resource[] {
  const m = (type: string, uid: string, name: string, config: Record<string, unknown>): Resource => ({ uid, provider: 'aws', account: MGMT, region: 'global', type, name, tags: {}, config });
  const policy = (id: string, name: string, content: PolicyDocument, targets: string[]) =>
    m('AWS::Organizations::Policy', `arn:aws:organizations::${MGMT}:policy/${ORG}/service_control_policy/${id}`, name, {
      id, name, description: null, type: 'SERVICE_CONTROL_POLICY', awsManaged: false, content, targets: targets.map((t) => ({ targetId: t, type: 'X', name: null })),
    });
  return [
    m('AWS::Organizations::Organization', `arn:aws:organizations::${MGMT}:organization/${ORG}`, ORG, {
      id: ORG, arn: `arn:aws:organizations::${MGMT}:organization/${ORG}`, featureSet: 'ALL', managementAccountId: MGMT,
      accounts: [{ id: ACCT, name: 'work', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: null, parentId: OU, path: [ROOT, OU] }],
      rootPolicyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }],
      rootIds: [ROOT],
    }),
    { ...m('AWS::Organizations::Membership', `arn:aws:mamori::${ACCT}:organizations-membership`, 'membership', { inOrganization: true, organizationId: ORG, organizationArn: null, managementAccountId: MGMT, featureSet: 'ALL', isManagementAccount: false }), account: ACCT },
    policy('p-FullAWSAccess', 'FullAWSAccess', doc(allow('*')), [ROOT, OU, ACCT]),
    ...scps.map((s, i) => policy(`p-test${i}`, s.name, s.content, [s.target])),
  ];
}

function snapshotOf(resources: Resource[], errors: Snapshot['errors'] = []): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, id: 'w2', collectedAt: '2026-11-01T00:00:00.000Z', tool: { name: 'mamori', version: 'test' },
    scope: { provider: 'aws', accounts: [ACCT], regions: ['global', 'ap-northeast-1'], services: [] }, resources, errors,
  };
}
const lookupOf = (resources: Resource[]): ResourceLookup => (type) => resources.filter((r) => r.type === type);
const analyse = (resources: Resource[]) => analyseAccountEscalation(ACCT, lookupOf(resources), { now: new Date('2026-11-01T00:00:00Z') });
const statusOf = (resources: Resource[], uid: string, errors: Snapshot['errors'] = []) =>
  assess(snapshotOf(resources, errors), { rules: [rule], schemas: resourceSchemas() }).find((f) => f.resource.uid === uid);

/** An administrator role EC2 can assume, in an instance profile. */
const adminInstanceRole = () => [administratorAccess, role('admin-ec2', { ...attached(ADMIN_ARN), instanceProfiles: [`arn:aws:iam::${ACCT}:instance-profile/admin-ec2`] }), profile('admin-ec2', [roleArn('admin-ec2')])];
const launcherPolicy = (...extra: PolicyStatement[]) => doc(allow('iam:PassRole', roleArn('admin-ec2')), allow('ec2:RunInstances'), ...extra);

describe('escalation inputs from snapshot resources', () => {
  it('reads users, roles, groups, customer managed policies (holders and versions), instance profiles and compute with their roles; service-linked roles are no nodes', () => {
    const resources = [
      ...adminInstanceRole(),
      customer('shared', doc(allow('s3:GetObject')), 3),
      customer('single', doc(allow('s3:GetObject')), 1),
      customer('legacy', doc(allow('s3:GetObject'))),
      group('devs', attached(policyArn('shared'))),
      user('alice', { groups: ['devs'], accessKeys: [{ accessKeyId: 'AKIA1', status: 'Active', createDate: null }, { accessKeyId: 'AKIA2', status: 'Inactive', createDate: null }], loginProfile: { createDate: null, passwordResetRequired: false }, ...attached(policyArn('single')) }),
      user('bob', { loginProfile: undefined, accessKeys: undefined }, { errors: { loginProfile: 'AccessDenied', accessKeys: 'AccessDenied' } }),
      role('fn-role', { assumeRolePolicy: lambdaTrust, ...attached(policyArn('legacy')) }),
      role('AWSServiceRoleForSupport', { path: '/aws-service-role/support.amazonaws.com/', assumeRolePolicy: doc({ Effect: 'Allow', Principal: { Service: 'support.amazonaws.com' }, Action: 'sts:AssumeRole' }) }),
      instance('i-1', 'admin-ec2'),
      instance('i-2', null),
      fn('worker', 'fn-role'),
    ];
    const { account, policies, adminPolicies } = escalationInputs(ACCT, lookupOf(resources));
    const alice = account.users.find((u) => u.arn === userArn('alice'))!;
    assert.equal(alice.accessKeys, 2, 'inactive keys count too: IAM allows two keys per user whatever their status');
    assert.equal(alice.hasLoginProfile, true);
    assert.deepEqual(alice.groups, [groupArn('devs')]);
    const bob = account.users.find((u) => u.arn === userArn('bob'))!;
    assert.equal(bob.accessKeys, undefined, 'not collected stays unknown');
    assert.equal(bob.hasLoginProfile, undefined);
    assert.deepEqual(account.roles.map((r) => r.arn).sort(), [roleArn('admin-ec2'), roleArn('fn-role')]);
    assert.deepEqual(
      account.policies?.map((p) => [p.arn.split('/').pop(), p.attachedTo, p.hasOtherVersions]).sort(),
      [
        ['legacy', [roleArn('fn-role')], true],
        ['shared', [groupArn('devs')], true],
        ['single', [userArn('alice')], false],
      ],
      'AWS managed policies are not escalation targets; unknown version counts are assumed to allow SetDefaultPolicyVersion',
    );
    assert.deepEqual(account.instanceProfiles, [{ arn: `arn:aws:iam::${ACCT}:instance-profile/admin-ec2`, roles: [roleArn('admin-ec2')] }]);
    assert.deepEqual(account.computes, [
      { arn: `arn:aws:ec2:ap-northeast-1:${ACCT}:instance/i-1`, kind: 'ec2-instance', role: roleArn('admin-ec2') },
      { arn: `arn:aws:lambda:ap-northeast-1:${ACCT}:function:worker`, kind: 'lambda-function', role: roleArn('fn-role') },
    ]);
    assert.equal(account.region, 'ap-northeast-1', 'steps are asked in the region the account runs its compute in');
    assert.deepEqual(policies.identity.get(groupArn('devs'))?.map((p) => p.name), [policyArn('shared')]);
    // The group's managed policy is the same object the member carries (compiled once).
    assert.equal(policies.identity.get(groupArn('devs'))![0], policies.identity.get(userArn('alice'))!.find((p) => p.name === policyArn('shared')));
    assert.equal(adminPolicies.scps, undefined);
  });

  it('applies the account\'s SCP path to the steps but not to the admin probes', () => {
    const resources = [...adminInstanceRole(), ...organisation([{ name: 'protect', target: ROOT, content: doc(deny('cloudtrail:StopLogging')) }])];
    const { policies, adminPolicies } = escalationInputs(ACCT, lookupOf(resources));
    assert.deepEqual(policies.scps?.map((l) => l.target), [ROOT, OU, ACCT]);
    assert.equal(adminPolicies.scps, undefined);
  });
});

describe('escalation paths from a snapshot (rule aws-iam-privilege-escalation-path)', () => {
  it('FAILs a user that can pass an administrator role to a new instance, with the ordered steps and the first step\'s fix', () => {
    const resources = [...adminInstanceRole(), user('launcher', inline('launch', launcherPolicy()))];
    const f = statusOf(resources, userArn('launcher'))!;
    assert.equal(f.status, 'FAIL');
    const evidence = f.evidence as { admin: string; steps: { method: string; from: string; to: string; requests: { action: string }[]; why: { en: string; ja: string } }[]; fix: { method: string } };
    assert.equal(evidence.admin, roleArn('admin-ec2'));
    assert.deepEqual(evidence.steps.map((s) => [s.method, s.from, s.to]), [['iam:PassRole+ec2:RunInstances', userArn('launcher'), roleArn('admin-ec2')]]);
    assert.deepEqual(evidence.steps[0].requests.map((r) => r.action), ['iam:PassRole', 'ec2:RunInstances']);
    assert.ok(evidence.steps[0].why.ja.length > 0);
    assert.equal(evidence.fix.method, 'iam:PassRole+ec2:RunInstances');
    assert.equal(f.severity, 'HIGH');
  });

  it('the same permissions PASS when the role is in no instance profile (EC2 can only be given a role through a profile)', () => {
    const resources = [administratorAccess, role('admin-ec2', attached(ADMIN_ARN)), user('launcher', inline('launch', launcherPolicy()))];
    assert.equal(statusOf(resources, userArn('launcher'))?.status, 'PASS');
  });

  it('an iam:PassedToService condition for another service is an unexploitable constraint (IAM User Guide › iam:PassedToService)', () => {
    const resources = [
      ...adminInstanceRole(),
      user('launcher', inline('launch', doc(allow('iam:PassRole', roleArn('admin-ec2'), { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow('ec2:RunInstances')))),
    ];
    assert.equal(statusOf(resources, userArn('launcher'))?.status, 'PASS');
  });

  it('an SCP denying the escalation action closes the path (Organizations User Guide › SCP evaluation: a Deny at any level applies)', () => {
    const base = [...adminInstanceRole(), user('launcher', inline('launch', launcherPolicy()))];
    assert.equal(statusOf([...base, ...organisation([])], userArn('launcher'))?.status, 'FAIL');
    const scp = { name: 'deny-passrole', target: OU, content: doc(deny('iam:PassRole')) };
    assert.equal(statusOf([...base, ...organisation([scp])], userArn('launcher'))?.status, 'PASS');
  });

  it('a guardrail SCP does not make administrators "non-admin": it limits every principal, and AdministratorAccess holders stay NOT_APPLICABLE', () => {
    const guardrail = { name: 'protect-baseline', target: ROOT, content: doc(deny(['cloudtrail:StopLogging', 'organizations:LeaveOrganization'])) };
    const resources = [...adminInstanceRole(), user('ops-admin', attached(ADMIN_ARN)), user('launcher', inline('launch', launcherPolicy())), ...organisation([guardrail])];
    assert.equal(statusOf(resources, userArn('ops-admin'))?.status, 'NOT_APPLICABLE');
    assert.equal(statusOf(resources, userArn('launcher'))?.status, 'FAIL');
  });

  it('a permissions boundary without iam:PassRole closes the path (IAM User Guide › Permissions boundaries: effective permissions are the intersection)', () => {
    const resources = [
      ...adminInstanceRole(),
      customer('ec2-only-boundary', doc(allow(['ec2:*']))),
      user('launcher', { ...inline('launch', launcherPolicy()), permissionsBoundaryArn: policyArn('ec2-only-boundary') }),
    ];
    assert.equal(statusOf(resources, userArn('launcher'))?.status, 'PASS');
  });

  it('iam:SetDefaultPolicyVersion needs another version: FAIL with versionCount 2, PASS with 1 (IAM API Reference › SetDefaultPolicyVersion)', () => {
    const setter = (versions: number) => [
      customer('own', doc(allow('iam:SetDefaultPolicyVersion', policyArn('own'))), versions),
      user('setter', attached(policyArn('own'))),
    ];
    assert.equal(statusOf(setter(2), userArn('setter'))?.status, 'FAIL');
    assert.equal(statusOf(setter(1), userArn('setter'))?.status, 'PASS');
  });

  it('a group member that may write its group\'s policy escalates through the group', () => {
    const resources = [group('ops', inline('self-service', doc(allow('iam:PutGroupPolicy', groupArn('ops'))))), user('member', { groups: ['ops'] })];
    const f = statusOf(resources, userArn('member'))!;
    assert.equal(f.status, 'FAIL');
    const steps = (f.evidence as { steps: { kind: string; method: string | null }[] }).steps;
    // Write the group's policy (the member holds the group's permission), then act as a member of it.
    assert.deepEqual(steps.map((s) => [s.kind, s.method]), [['empower', 'iam:PutGroupPolicy'], ['member', null]]);
  });

  it('runs code in existing compute: lambda:UpdateFunctionCode on a function whose role is an administrator, then a role chain', () => {
    const resources = [
      administratorAccess,
      role('fn-admin', { assumeRolePolicy: lambdaTrust, ...attached(ADMIN_ARN) }),
      fn('deployer-fn', 'fn-admin'),
      role('ci', { assumeRolePolicy: doc({ Effect: 'Allow', Principal: { AWS: userArn('dev') }, Action: 'sts:AssumeRole' }), ...inline('deploy', doc(allow('lambda:UpdateFunctionCode', `arn:aws:lambda:*:${ACCT}:function:*`))) }),
      user('dev'),
    ];
    const ci = statusOf(resources, roleArn('ci'))!;
    assert.equal(ci.status, 'FAIL');
    const dev = statusOf(resources, userArn('dev'))!;
    assert.equal(dev.status, 'FAIL');
    assert.deepEqual((dev.evidence as { steps: { method: string }[] }).steps.map((s) => s.method), ['sts:AssumeRole', 'lambda:UpdateFunctionCode']);
  });

  it('a role whose trust policy names only the account is reached only by principals whose own policies allow sts:AssumeRole (IAM User Guide › Policy evaluation logic › same-account requests)', () => {
    const accountTrust = doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: 'sts:AssumeRole' });
    const resources = [
      administratorAccess,
      role('break-glass', { assumeRolePolicy: accountTrust, ...attached(ADMIN_ARN) }),
      user('assumer', inline('assume', doc(allow('sts:AssumeRole', roleArn('break-glass'))))),
      user('elsewhere', inline('assume', doc(allow('sts:AssumeRole', roleArn('other-*'))))),
      user('reader', inline('read', doc(allow('s3:GetObject')))),
    ];
    const assumer = statusOf(resources, userArn('assumer'))!;
    assert.equal(assumer.status, 'FAIL');
    assert.deepEqual((assumer.evidence as { steps: { method: string }[] }).steps.map((s) => s.method), ['sts:AssumeRole']);
    assert.equal(statusOf(resources, userArn('elsewhere'))?.status, 'PASS', 'its Allow names other roles');
    assert.equal(statusOf(resources, userArn('reader'))?.status, 'PASS', 'the trust policy alone does not let it in');
  });

  it('a role handed out by a Cognito identity pool (Federated cognito-identity.amazonaws.com, sts:AssumeRoleWithWebIdentity) is reached with iam:PassRole + cognito-identity:SetIdentityPoolRoles', () => {
    const cognitoTrust = doc({
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'ap-northeast-1:11111111-2222-3333-4444-555555555555' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } },
    });
    const resources = [
      administratorAccess,
      role('app-identity', { assumeRolePolicy: cognitoTrust, ...attached(ADMIN_ARN) }),
      user('mobile-dev', inline('pool', doc(allow(['iam:PassRole', 'cognito-identity:SetIdentityPoolRoles'])))),
      user('pool-admin', inline('pool', doc(allow('cognito-identity:SetIdentityPoolRoles')))),
    ];
    const dev = statusOf(resources, userArn('mobile-dev'))!;
    assert.equal(dev.status, 'FAIL');
    assert.deepEqual((dev.evidence as { steps: { method: string }[] }).steps.map((s) => s.method), ['iam:PassRole+cognito-identity:SetIdentityPoolRoles']);
    assert.equal(statusOf(resources, userArn('pool-admin'))?.status, 'PASS', 'without iam:PassRole the pool cannot be given the role');
    // The same role trusting only EC2 is not handed out by an identity pool.
    const ec2Only = [administratorAccess, role('app-identity', { assumeRolePolicy: ec2Trust, ...attached(ADMIN_ARN) }), user('mobile-dev', inline('pool', doc(allow(['iam:PassRole', 'cognito-identity:SetIdentityPoolRoles']))))];
    assert.equal(statusOf(ec2Only, userArn('mobile-dev'))?.status, 'PASS');
  });

  it('NOT_ASSESSED, not PASS, when the principal can act as a role whose policies were not collected', () => {
    const resources = [
      customer('missing-doc', undefined),
      role('mystery', { assumeRolePolicy: doc({ Effect: 'Allow', Principal: { AWS: userArn('dev') }, Action: 'sts:AssumeRole' }), ...attached(policyArn('missing-doc')) }),
      user('dev'),
    ];
    const f = statusOf(resources, userArn('dev'))!;
    assert.equal(f.status, 'NOT_ASSESSED');
    assert.match(typeof f.reason === 'string' ? f.reason : f.reason.en, /missing-doc/);
    // Without the way to the unknown role, the same user PASSes.
    const alone = [customer('missing-doc', undefined), role('mystery', { assumeRolePolicy: ec2Trust, ...attached(policyArn('missing-doc')) }), user('dev')];
    assert.equal(statusOf(alone, userArn('dev'))?.status, 'PASS');
  });

  it('NOT_ASSESSED when an administrator role\'s trust policy is unknown (it could trust anyone)', () => {
    const resources = [administratorAccess, role('admin-x', { assumeRolePolicy: null, ...attached(ADMIN_ARN) }), user('dev')];
    assert.equal(statusOf(resources, userArn('dev'))?.status, 'NOT_ASSESSED');
    const known = [administratorAccess, role('admin-x', { ...attached(ADMIN_ARN) }), user('dev')];
    assert.equal(statusOf(known, userArn('dev'))?.status, 'PASS');
  });

  it('a Lambda listing that failed makes the results NOT_ASSESSED (an unseen function could carry an administrator role)', () => {
    const resources = [user('dev')];
    assert.equal(statusOf(resources, userArn('dev'))?.status, 'PASS');
    const error = { provider: 'aws' as const, account: ACCT, region: 'ap-northeast-1', service: 'lambda', operation: 'ListFunctions', code: 'AccessDenied' as const, message: 'denied', resourceTypes: ['AWS::Lambda::Function'] };
    assert.equal(statusOf(resources, userArn('dev'), [error])?.status, 'NOT_ASSESSED');
  });

  it('computes the account analysis once per evaluation context', () => {
    const resources = [...adminInstanceRole(), user('launcher', inline('launch', launcherPolicy())), user('reader', inline('read', doc(allow('s3:GetObject'))))];
    const ctx: EvaluationContext = new SnapshotIndex(snapshotOf(resources));
    const first = escalationFor(ctx, ACCT);
    assert.equal(escalationFor(ctx, ACCT), first, 'same context: the same analysis object');
    assert.notEqual(escalationFor(new SnapshotIndex(snapshotOf(resources)), ACCT), first, 'a new assessment computes again');
    let calls = 0;
    const counting: EvaluationContext = { now: ctx.now, byUid: (u) => ctx.byUid(u), regions: (a) => ctx.regions(a), resources: (t, s) => (calls++, ctx.resources(t, s)) };
    for (const r of resources.filter((x) => x.type === 'AWS::IAM::User' || x.type === 'AWS::IAM::Role')) rule.evaluate(r as never, counting);
    const afterAll = calls;
    rule.evaluate(resources.find((r) => r.uid === userArn('reader')) as never, counting);
    assert.equal(calls, afterAll, 'later evaluations read nothing more');
    assert.equal(analyse(resources).verdict(userArn('reader')).status, 'no-path');
  });
});

describe('privilege escalation on the demo organisation', () => {
  it('finds no escalation path in the demo: the AdministratorAccess holders are the only administrators, and no one else reaches them; measured', async (t) => {
    const snapshot = await loadDemoSnapshot();
    const ctx = new SnapshotIndex(snapshot);
    const prod = '123456789012';
    const mgmt = '210987654321';
    const started = performance.now();
    const a = escalationFor(ctx, prod);
    const b = escalationFor(ctx, mgmt);
    const ms = performance.now() - started;
    t.diagnostic(`demo escalation analysis: prod ${a.elapsedMs.toFixed(1)} ms, mgmt ${b.elapsedMs.toFixed(1)} ms, both with model building ${ms.toFixed(1)} ms`);
    const name = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
    // demo/aws/iam.ts: ops-admin and OrganizationAccountAccessRole hold AdministratorAccess. The
    // protect-baseline SCP (deny cloudtrail:StopLogging… except OrganizationAccountAccessRole) does not
    // make ops-admin a "non-admin" with a path through that role.
    assert.deepEqual(a.result.admins.map(name), ['OrganizationAccountAccessRole', 'ops-admin']);
    assert.deepEqual(b.result.admins, []);
    const opsAdmin = `arn:aws:iam::${prod}:user/ops-admin`;
    assert.equal(engineAuthorizer(a.inputs.policies)(opsAdmin, 'cloudtrail:StopLogging', '*', { 'aws:PrincipalArn': opsAdmin }), false, 'the SCP does apply to ops-admin');
    // Everyone in prod may assume partner-readonly: its trust policy allows any principal (same account).
    for (const who of ['alice', 'ci-deployer', 'former-contractor', 'web-server-role']) {
      assert.ok(a.result.edges.some((e) => e.method === 'sts:AssumeRole' && name(e.from) === who && name(e.to) === 'partner-readonly'), `${who} → partner-readonly`);
    }
    assert.deepEqual(a.result.paths, [], 'no non-admin principal has a catalogued path');
    assert.deepEqual(b.result.paths, []);
    const verdicts = (x: typeof a) => [...x.inputs.principals.keys()].map((arn) => [name(arn), x.verdict(arn).status]);
    for (const [who, status] of [...verdicts(a), ...verdicts(b)]) {
      const expected = who === 'AWSServiceRoleForConfig' ? 'service-linked' : ['ops-admin', 'OrganizationAccountAccessRole'].includes(who as string) ? 'admin' : 'no-path';
      assert.equal(status, expected, `${who}`);
    }
    // The seed chain's web-server-role, the CI user and the developers are among the principals checked.
    for (const who of ['web-server-role', 'ci-deployer', 'alice', 'former-contractor', 'partner-readonly']) assert.ok(verdicts(a).some(([n]) => n === who), who);

    // Through the rule: no FAIL; prod's non-admins PASS; the management account's Lambda listing was
    // denied in us-east-1, so its results are NOT_ASSESSED (an unseen function could carry an admin role).
    const findings = assess(snapshot, { rules: [rule], schemas: resourceSchemas() }).filter((f) => f.resource.type !== 'AWS::Mamori::CollectionScope');
    assert.deepEqual(findings.filter((f) => f.status === 'FAIL'), []);
    const prodFindings = findings.filter((f) => f.resource.account === prod);
    assert.deepEqual(prodFindings.filter((f) => f.status === 'NOT_APPLICABLE').map((f) => f.resource.name).sort(), ['AWSServiceRoleForConfig', 'OrganizationAccountAccessRole', 'ops-admin']);
    assert.ok(prodFindings.filter((f) => f.status !== 'NOT_APPLICABLE').every((f) => f.status === 'PASS'));
    const mgmtFindings = findings.filter((f) => f.resource.account === mgmt);
    assert.ok(mgmtFindings.length > 0 && mgmtFindings.every((f) => f.status === 'NOT_ASSESSED'));
  });
});
