/**
 * The escalation finder over small accounts, with an Authorizer built from mamori's policy
 * evaluation engine (never a hand-written yes/no table).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NamedPolicy, PolicyDocument, PolicyStatement } from '../../../../../src/providers/aws/iam/types.js';
import { engineAuthorizer, sessionArnOf } from '../../../../../src/providers/aws/iam/escalation/authorizer.js';
import { findEscalationPaths, type ComputeResource, type EscalationAccount } from '../../../../../src/providers/aws/iam/escalation/find.js';

const ACCT = '111122223333';
const user = (n: string) => `arn:aws:iam::${ACCT}:user/${n}`;
const role = (n: string) => `arn:aws:iam::${ACCT}:role/${n}`;
const group = (n: string) => `arn:aws:iam::${ACCT}:group/${n}`;
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...extra });
const ADMIN = doc(allow('*'));
const trusts = (principal: string) => doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' });
const trustsService = (service: string) => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });

interface Spec {
  users?: Record<string, { policy?: PolicyDocument; groups?: string[] }>;
  roles?: Record<string, { policy?: PolicyDocument; trust: PolicyDocument; profile?: boolean }>;
  groups?: Record<string, PolicyDocument | undefined>;
  computes?: ComputeResource[];
}

function run(spec: Spec) {
  const identity = new Map<string, NamedPolicy[]>();
  const trust = new Map<string, PolicyDocument>();
  const groupPolicy = (g: string) => (spec.groups?.[g] ? [{ name: `${g}-policy`, policy: spec.groups[g]! }] : []);
  const account: EscalationAccount = {
    account: ACCT,
    users: Object.entries(spec.users ?? {}).map(([n, u]) => {
      identity.set(user(n), [...(u.policy ? [{ name: `${n}-policy`, policy: u.policy }] : []), ...(u.groups ?? []).flatMap(groupPolicy)]);
      return { arn: user(n), groups: (u.groups ?? []).map(group) };
    }),
    roles: Object.entries(spec.roles ?? {}).map(([n, r]) => {
      identity.set(role(n), r.policy ? [{ name: `${n}-policy`, policy: r.policy }] : []);
      trust.set(role(n), r.trust);
      return { arn: role(n), trustPolicy: r.trust };
    }),
    groups: Object.keys(spec.groups ?? {}).map((g) => {
      identity.set(group(g), groupPolicy(g));
      return { arn: group(g) };
    }),
    instanceProfiles: Object.entries(spec.roles ?? {})
      .filter(([, r]) => r.profile)
      .map(([n]) => ({ arn: `arn:aws:iam::${ACCT}:instance-profile/${n}`, roles: [role(n)] })),
    computes: spec.computes ?? [],
  };
  return findEscalationPaths(account, engineAuthorizer({ identity, trust }));
}

const pathOf = (r: ReturnType<typeof run>, arn: string) => r.paths.find((p) => p.principal === arn);

describe('escalation finder (engine-backed)', () => {
  it('follows a chain of role assumptions in order, each hop allowed by both trust and identity policy (IAM User Guide › Policy evaluation logic › role trust policies must allow)', () => {
    const r = run({
      users: { dev: { policy: doc(allow('sts:AssumeRole', role('ops'))) } },
      roles: {
        ops: { policy: doc(allow('sts:AssumeRole', role('admin'))), trust: trusts(`arn:aws:iam::${ACCT}:root`) },
        admin: { policy: ADMIN, trust: trusts(role('ops')) },
      },
    });
    const p = pathOf(r, user('dev'))!;
    assert.deepEqual(p.steps.map((s) => [s.method, s.from, s.to]), [
      ['sts:AssumeRole', user('dev'), role('ops')],
      ['sts:AssumeRole', role('ops'), role('admin')],
    ]);
    assert.equal(p.admin, role('admin'));
    assert.deepEqual(r.admins, [role('admin')]);
  });

  it('does not assume a role whose trust names the account root when the identity policy does not allow sts:AssumeRole', () => {
    const r = run({
      users: { dev: { policy: doc(allow('s3:GetObject')) } },
      roles: { admin: { policy: ADMIN, trust: trusts(`arn:aws:iam::${ACCT}:root`) } },
    });
    assert.equal(pathOf(r, user('dev')), undefined);
  });

  it('terminates on assumption loops and reports nothing when no node is admin', () => {
    const r = run({
      roles: {
        a: { policy: doc(allow('sts:AssumeRole')), trust: trusts(role('b')) },
        b: { policy: doc(allow('sts:AssumeRole')), trust: trusts(role('a')) },
      },
    });
    assert.equal(r.edges.filter((e) => e.method === 'sts:AssumeRole').length, 2);
    assert.deepEqual(r.paths, []);
  });

  it('passes iam:PassedToService: PassRole limited to lambda.amazonaws.com does not allow the EC2 method (IAM User Guide › iam:PassedToService)', () => {
    const passToLambdaOnly = allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } });
    const roles = {
      ec2admin: { policy: ADMIN, trust: trustsService('ec2.amazonaws.com'), profile: true },
      fnadmin: { policy: ADMIN, trust: trustsService('lambda.amazonaws.com') },
    };
    const onlyEc2 = run({ users: { dev: { policy: doc(passToLambdaOnly, allow('ec2:RunInstances')) } }, roles });
    assert.equal(pathOf(onlyEc2, user('dev')), undefined);
    const lambda = run({ users: { dev: { policy: doc(passToLambdaOnly, allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])) } }, roles });
    const p = pathOf(lambda, user('dev'))!;
    assert.equal(p.steps[0].method, 'iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction');
    assert.equal(p.steps[0].to, role('fnadmin'));
  });

  it('needs the passed role to trust the service and, for EC2, to be in an instance profile', () => {
    const dev = { policy: doc(allow(['iam:PassRole', 'ec2:RunInstances'])) };
    assert.equal(pathOf(run({ users: { dev }, roles: { admin: { policy: ADMIN, trust: trustsService('ec2.amazonaws.com') } } }), user('dev')), undefined);
    assert.equal(pathOf(run({ users: { dev }, roles: { admin: { policy: ADMIN, trust: trustsService('lambda.amazonaws.com'), profile: true } } }), user('dev')), undefined);
    assert.ok(pathOf(run({ users: { dev }, roles: { admin: { policy: ADMIN, trust: trustsService('ec2.amazonaws.com'), profile: true } } }), user('dev')));
  });

  it('empowers another principal and then acts as it: PutRolePolicy on a role that trusts the user', () => {
    const r = run({
      users: { dev: { policy: doc(allow('iam:PutRolePolicy', role('app'))) } },
      roles: { app: { policy: doc(allow('s3:GetObject')), trust: trusts(user('dev')) } },
    });
    const p = pathOf(r, user('dev'))!;
    assert.deepEqual(p.steps.map((s) => [s.kind, s.method, s.to]), [
      ['empower', 'iam:PutRolePolicy', role('app')],
      ['act-as', 'sts:AssumeRole', role('app')],
    ]);
    assert.equal(p.admin, role('app'));
  });

  it('rewriting a trust policy is enough within one account (a trust naming the principal grants on its own)', () => {
    const r = run({
      users: { dev: { policy: doc(allow('iam:UpdateAssumeRolePolicy', role('admin'))) } },
      roles: { admin: { policy: ADMIN, trust: trustsService('ec2.amazonaws.com') } },
    });
    assert.deepEqual(pathOf(r, user('dev'))!.steps.map((s) => s.method), ['iam:UpdateAssumeRolePolicy']);
  });

  it('a group member that can write its own group policy escalates; an explicit Deny on the action stops it', () => {
    const r = run({ users: { dev: { groups: ['devs'] } }, groups: { devs: doc(allow('iam:PutGroupPolicy', group('devs'))) } });
    // Give the group arbitrary permissions; the user holds them as a member.
    assert.deepEqual(pathOf(r, user('dev'))!.steps.map((s) => [s.kind, s.method, s.to]), [
      ['empower', 'iam:PutGroupPolicy', group('devs')],
      ['member', null, group('devs')],
    ]);
    const denied = run({
      users: { dev: { groups: ['devs'], policy: doc({ Effect: 'Deny', Action: 'iam:Put*', Resource: '*' }) } },
      groups: { devs: doc(allow('iam:PutGroupPolicy', group('devs'))) },
    });
    assert.equal(pathOf(denied, user('dev')), undefined);
  });

  it('joins an admin group with iam:AddUserToGroup', () => {
    const r = run({ users: { dev: { policy: doc(allow('iam:AddUserToGroup', group('admins'))) } }, groups: { admins: ADMIN } });
    assert.deepEqual(pathOf(r, user('dev'))!.steps.map((s) => [s.method, s.to]), [['iam:AddUserToGroup', group('admins')]]);
  });

  it('uses existing compute: ssm:SendCommand needs both the instance and the AWS-RunShellScript document', () => {
    const instance = `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0123456789abcdef0`;
    const roles = { web: { policy: ADMIN, trust: trustsService('ec2.amazonaws.com'), profile: true } };
    const computes: ComputeResource[] = [{ arn: instance, kind: 'ec2-instance', role: role('web') }];
    const onlyInstance = run({ users: { dev: { policy: doc(allow('ssm:SendCommand', instance)) } }, roles, computes });
    assert.equal(pathOf(onlyInstance, user('dev')), undefined);
    const both = run({ users: { dev: { policy: doc(allow('ssm:SendCommand', [instance, 'arn:aws:ssm:*::document/AWS-RunShellScript'])) } }, roles, computes });
    const p = pathOf(both, user('dev'))!;
    assert.equal(p.steps[0].method, 'ssm:SendCommand');
    assert.equal(p.steps[0].via, instance);
  });

  it('prefers the shortest path', () => {
    const r = run({
      users: { dev: { policy: doc(allow(['sts:AssumeRole', 'iam:PutUserPolicy'], '*')) } },
      roles: { hop: { policy: doc(allow('sts:AssumeRole')), trust: trusts(user('dev')) }, admin: { policy: ADMIN, trust: trusts(role('hop')) } },
    });
    assert.deepEqual(pathOf(r, user('dev'))!.steps.map((s) => s.method), ['iam:PutUserPolicy']);
  });

  it('asks about roles as a session of the role', () => {
    assert.equal(sessionArnOf(role('path/app')), `arn:aws:sts::${ACCT}:assumed-role/app/mamori-escalation`);
    assert.equal(sessionArnOf(user('dev')), user('dev'));
    assert.equal(sessionArnOf(group('devs')), user('mamori-escalation-group-member'));
  });
  // pathfinding.cloud paths catalogued from their permission sets: each gets a path with exactly the
  // set, and none for a look-alike (IAM User Guide › Grant a user permissions to pass a role to an
  // AWS service: iam:PassRole is checked with iam:PassedToService set to the receiving service).
  describe('new-compute paths from pathfinding.cloud', () => {
    const passTo = (service: string) => allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': service } } });
    const methodsOf = (r: ReturnType<typeof run>, arn: string) => pathOf(r, arn)?.steps.map((s) => s.method);

    it('emr-001: RunJobFlow passing an instance-profile role to ec2.amazonaws.com reaches the admin role', () => {
      const spec = (pass: PolicyStatement): Spec => ({
        users: { dev: { policy: doc(pass, allow('elasticmapreduce:RunJobFlow')) } },
        roles: { 'emr-ec2': { policy: ADMIN, trust: trustsService('ec2.amazonaws.com'), profile: true } },
      });
      assert.deepEqual(methodsOf(run(spec(passTo('ec2.amazonaws.com'))), user('dev')), ['iam:PassRole+elasticmapreduce:RunJobFlow']);
      // The same user allowed to pass roles only to the EMR service (its service role) cannot pass the instance profile role.
      assert.equal(pathOf(run(spec(passTo('elasticmapreduce.amazonaws.com'))), user('dev')), undefined);
    });

    it('omics-001: CreateWorkflow + StartRun with PassRole to omics.amazonaws.com; without StartRun there is no path', () => {
      const spec = (actions: string[]): Spec => ({
        users: { dev: { policy: doc(passTo('omics.amazonaws.com'), allow(actions)) } },
        roles: { 'omics-run': { policy: ADMIN, trust: trustsService('omics.amazonaws.com') } },
      });
      const p = pathOf(run(spec(['omics:CreateWorkflow', 'omics:StartRun'])), user('dev'))!;
      assert.deepEqual(p.steps.map((s) => [s.method, s.to]), [['iam:PassRole+omics:CreateWorkflow+omics:StartRun', role('omics-run')]]);
      assert.equal(pathOf(run(spec(['omics:CreateWorkflow'])), user('dev')), undefined);
    });

    it('kinesisanalytics-001: the v2 API is authorised as kinesisanalytics:*; PassRole limited to lambda.amazonaws.com finds nothing', () => {
      const spec = (service: string, actions: string[] = ['kinesisanalytics:CreateApplication', 'kinesisanalytics:StartApplication']): Spec => ({
        users: { dev: { policy: doc(passTo(service), allow(actions)) } },
        roles: { flink: { policy: ADMIN, trust: trustsService('kinesisanalytics.amazonaws.com') } },
      });
      assert.deepEqual(methodsOf(run(spec('kinesisanalytics.amazonaws.com')), user('dev')), ['iam:PassRole+kinesisanalytics:CreateApplication+kinesisanalytics:StartApplication']);
      assert.equal(pathOf(run(spec('lambda.amazonaws.com')), user('dev')), undefined);
      assert.equal(pathOf(run(spec('kinesisanalytics.amazonaws.com', ['kinesisanalyticsv2:CreateApplication', 'kinesisanalyticsv2:StartApplication'])), user('dev')), undefined);
    });

    it('emrserverless-001: StartJobRun scoped to applications reaches a role trusting emr-serverless.amazonaws.com only', () => {
      const policy = doc(
        passTo('emr-serverless.amazonaws.com'),
        allow('emr-serverless:CreateApplication'),
        allow('emr-serverless:StartJobRun', 'arn:aws:emr-serverless:*:*:/applications/*'),
      );
      const r = run({
        users: { dev: { policy } },
        roles: {
          spark: { policy: ADMIN, trust: trustsService('emr-serverless.amazonaws.com') },
          other: { policy: ADMIN, trust: trustsService('glue.amazonaws.com') },
        },
      });
      const fromDev = r.edges.filter((e) => e.from === user('dev')).map((e) => [e.method, e.to]);
      assert.deepEqual(fromDev, [['iam:PassRole+emr-serverless:CreateApplication+emr-serverless:StartJobRun', role('spark')]]);
    });

    it('bedrock-004: InvokeAgentRuntimeCommand on an existing runtime yields its execution role; on another runtime, nothing', () => {
      const runtime = `arn:aws:bedrock-agentcore:us-east-1:${ACCT}:runtime/agent-abc`;
      const spec = (resource: string): Spec => ({
        users: { dev: { policy: doc(allow('bedrock-agentcore:InvokeAgentRuntimeCommand', resource)) } },
        roles: { 'agent-exec': { policy: ADMIN, trust: trustsService('bedrock-agentcore.amazonaws.com') } },
        computes: [{ arn: runtime, kind: 'bedrock-agent-runtime', role: role('agent-exec') }],
      });
      const p = pathOf(run(spec(runtime)), user('dev'))!;
      assert.deepEqual(p.steps.map((s) => [s.method, s.to]), [['bedrock-agentcore:InvokeAgentRuntimeCommand', role('agent-exec')]]);
      assert.equal(pathOf(run(spec(`arn:aws:bedrock-agentcore:us-east-1:${ACCT}:runtime/other`)), user('dev')), undefined);
    });
  });
});
