/**
 * Privilege escalation through existing compute collected from a snapshot
 * (src/providers/aws/iam/escalation/snapshot.ts `computesOf`): for each compute kind the collectors
 * now provide — CloudFormation stacks, CodeBuild projects, SageMaker notebooks, Glue dev endpoints,
 * launch templates, ECS tasks with ECS Exec, CodeDeploy deployment groups — a low-privilege user
 * who may act on a resource of that kind whose role is an administrator has a path, and look-alikes
 * do not: the resource's role is not privileged, a needed action is denied or missing, or the
 * resource is in a state where the method cannot work.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess } from '../../../../../src/assess/engine.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../../../src/model/snapshot.js';
import type { Resource } from '../../../../../src/model/types.js';
import { resourceSchemas } from '../../../../../src/providers/index.js';
import { analyseAccountEscalation, escalationInputs, NOT_COLLECTED_COMPUTE, type ResourceLookup } from '../../../../../src/providers/aws/iam/escalation/snapshot.js';
import type { PolicyDocument, PolicyStatement } from '../../../../../src/providers/aws/iam/types.js';
import { STACK_TYPE } from '../../../../../src/providers/aws/model/cloudformation.js';
import { CODEBUILD_PROJECT_TYPE } from '../../../../../src/providers/aws/model/codebuild.js';
import { DEPLOYMENT_GROUP_TYPE, deploymentGroupArn } from '../../../../../src/providers/aws/model/codepipeline.js';
import { INSTANCE_TYPE, LAUNCH_TEMPLATE_TYPE } from '../../../../../src/providers/aws/model/ec2.js';
import { ECS_TASK_DEFINITION_TYPE, ECS_TASK_TYPE } from '../../../../../src/providers/aws/model/ecs.js';
import { DEV_ENDPOINT_TYPE, devEndpointArn } from '../../../../../src/providers/aws/model/glue.js';
import { NOTEBOOK_INSTANCE_TYPE } from '../../../../../src/providers/aws/model/sagemaker.js';
import { APPRUNNER_SERVICE_TYPE } from '../../../../../src/providers/aws/model/apprunner.js';
import { JOB_DEFINITION_TYPE } from '../../../../../src/providers/aws/model/batch.js';
import { AGENT_RUNTIME_TYPE, BROWSER_TYPE, CODE_INTERPRETER_TYPE } from '../../../../../src/providers/aws/model/bedrockagentcore.js';
import { rule } from '../../../../../rules/posture/aws/iam/aws-iam-privilege-escalation-path/rule.js';

const ACCT = '333344445555';
const REGION = 'ap-northeast-1';
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*'): PolicyStatement => ({ Effect: 'Allow', Action, Resource });
const deny = (Action: string | string[], Resource: string | string[] = '*'): PolicyStatement => ({ Effect: 'Deny', Action, Resource });
const userArn = (n: string) => `arn:aws:iam::${ACCT}:user/${n}`;
const roleArn = (n: string) => `arn:aws:iam::${ACCT}:role/${n}`;
const profileArn = (n: string) => `arn:aws:iam::${ACCT}:instance-profile/${n}`;
const trust = (service: string) => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });

const res = (type: string, uid: string, name: string, config: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({ uid, provider: 'aws', account: ACCT, region: REGION, type, name, tags: {}, config, ...extra });
const iam = (type: string, uid: string, name: string, config: Record<string, unknown>) => res(type, uid, name, config, { region: 'global' });

const administratorAccess = iam('AWS::IAM::ManagedPolicy', `arn:aws:mamori::${ACCT}:aws-managed-policy/AdministratorAccess`, 'AdministratorAccess', {
  arn: ADMIN_ARN, policyName: 'AdministratorAccess', path: '/', awsManaged: true, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, document: doc(allow('*')),
});
/** A role trusting `service`; an administrator (AdministratorAccess) or a reader. */
function role(name: string, service: string, admin: boolean, profiles: string[] = []): Resource {
  return iam('AWS::IAM::Role', roleArn(name), name, {
    roleName: name, roleId: `AROA${name.toUpperCase().replace(/-/g, '')}`, path: '/', createDate: null, assumeRolePolicy: trust(service),
    attachedPolicies: admin ? [{ policyName: 'AdministratorAccess', policyArn: ADMIN_ARN }] : [], inlinePolicies: admin ? [] : [{ policyName: 'read', document: doc(allow('s3:GetObject')) }],
    instanceProfiles: profiles.map(profileArn), permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false,
  });
}
const profile = (name: string, roleName: string) => iam('AWS::IAM::InstanceProfile', profileArn(name), name, { instanceProfileName: name, instanceProfileId: `AIPA${name.toUpperCase().replace(/-/g, '')}`, path: '/', roles: [roleArn(roleName)] });
/** A user whose permissions come from an inline policy and, optionally, a group's. */
function user(name: string, own: PolicyDocument, groupDoc?: PolicyDocument): Resource[] {
  const out = [
    iam('AWS::IAM::User', userArn(name), name, {
      userName: name, userId: `AIDA${name.toUpperCase()}`, path: '/', createDate: null, passwordLastUsed: null, loginProfile: null, mfaDevices: [], accessKeys: [],
      groups: groupDoc ? [`${name}-ops`] : [], attachedPolicies: [], inlinePolicies: [{ policyName: 'own', document: own }], permissionsBoundaryArn: null,
    }),
  ];
  if (groupDoc) out.push(iam('AWS::IAM::Group', `arn:aws:iam::${ACCT}:group/${name}-ops`, `${name}-ops`, { groupName: `${name}-ops`, groupId: `AGPA${name.toUpperCase()}`, path: '/', createDate: null, attachedPolicies: [], inlinePolicies: [{ policyName: 'ops', document: groupDoc }] }));
  return out;
}

// --- compute resources, as the collectors write them
const stackUid = (name: string) => `arn:aws:cloudformation:${REGION}:${ACCT}:stack/${name}/0f1e2d3c-4b5a-11ef-9a8b-0a1b2c3d4e5f`;
const stack = (name: string, roleName: string | null, status = 'UPDATE_COMPLETE') =>
  res(STACK_TYPE, stackUid(name), name, { stackName: name, stackId: stackUid(name), stackStatus: status, roleArn: roleName ? roleArn(roleName) : null, parameterKeys: [] });
const projectUid = (name: string) => `arn:aws:codebuild:${REGION}:${ACCT}:project/${name}`;
const project = (name: string, roleName: string) =>
  res(CODEBUILD_PROJECT_TYPE, projectUid(name), name, { name, arn: projectUid(name), serviceRole: roleArn(roleName), sourceType: 'GITHUB', sourceLocation: 'https://github.com/example/app.git', environmentVariables: [] });
const notebookUid = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCT}:notebook-instance/${name}`;
const notebook = (name: string, roleName: string, status = 'InService') =>
  res(NOTEBOOK_INSTANCE_TYPE, notebookUid(name), name, { notebookInstanceName: name, status, roleArn: roleArn(roleName), directInternetAccess: 'Enabled', rootAccess: 'Enabled' });
const endpoint = (name: string, roleName: string, status = 'READY') =>
  res(DEV_ENDPOINT_TYPE, devEndpointArn('aws', REGION, ACCT, name), name, { endpointName: name, roleArn: roleArn(roleName), status, hasPublicAddress: true });
const templateUid = (id: string) => `arn:aws:ec2:${REGION}:${ACCT}:launch-template/${id}`;
const template = (id: string, p: { arn?: string; name?: string } | null) => res(LAUNCH_TEMPLATE_TYPE, templateUid(id), id, { launchTemplateId: id, launchTemplateName: id, iamInstanceProfile: p });
const tdUid = (family: string) => `arn:aws:ecs:${REGION}:${ACCT}:task-definition/${family}:3`;
const taskDefinition = (family: string, roleName: string) =>
  res(ECS_TASK_DEFINITION_TYPE, tdUid(family), `${family}:3`, { family, revision: 3, taskRoleArn: roleArn(roleName), executionRoleArn: null, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], containers: [] });
const taskUid = (id: string) => `arn:aws:ecs:${REGION}:${ACCT}:task/prod/${id}`;
const task = (id: string, family: string, c: Record<string, unknown> = {}) =>
  res(ECS_TASK_TYPE, taskUid(id), id, { clusterArn: `arn:aws:ecs:${REGION}:${ACCT}:cluster/prod`, taskDefinitionArn: tdUid(family), lastStatus: 'RUNNING', enableExecuteCommand: true, taskRoleOverride: null, ...c });
const instance = (id: string, profileName: string | null, tags: Record<string, string>) =>
  res(INSTANCE_TYPE, `arn:aws:ec2:${REGION}:${ACCT}:instance/${id}`, id, {
    instanceId: id, state: 'running', stoppedAt: null, publicIpAddress: null, securityGroupIds: [], networkInterfaceCount: 1, iamInstanceProfileArn: profileName ? profileArn(profileName) : null,
  }, { tags });
const groupUid = (name: string) => deploymentGroupArn('aws', REGION, ACCT, 'web-app', name);
const deploymentGroup = (name: string, c: Record<string, unknown>) =>
  res(DEPLOYMENT_GROUP_TYPE, groupUid(name), `web-app/${name}`, { applicationName: 'web-app', deploymentGroupName: name, computePlatform: 'Server', serviceRoleArn: roleArn('codedeploy-service'), ec2TagFilters: [], ec2TagSet: [], autoScalingGroups: [], ecsServices: [], ...c });

const serviceUid = (name: string) => `arn:aws:apprunner:${REGION}:${ACCT}:service/${name}/8f14e45fceea167a5a36dedd4bea2543`;
const appRunner = (name: string, roleName: string | null, status = 'RUNNING') =>
  res(APPRUNNER_SERVICE_TYPE, serviceUid(name), name, { serviceName: name, serviceId: '8f14e45fceea167a5a36dedd4bea2543', status, instanceRoleArn: roleName ? roleArn(roleName) : null, sourceType: 'image' });
const jdUid = (name: string, rev = 1) => `arn:aws:batch:${REGION}:${ACCT}:job-definition/${name}:${rev}`;
const jobDefinition = (name: string, c: { jobRoles?: string[]; executionRoles?: string[]; status?: string } = {}) =>
  res(JOB_DEFINITION_TYPE, jdUid(name), `${name}:1`, { jobDefinitionName: name, revision: 1, status: c.status ?? 'ACTIVE', type: 'container', jobRoleArns: (c.jobRoles ?? []).map(roleArn), executionRoleArns: (c.executionRoles ?? []).map(roleArn), platformCapabilities: ['FARGATE'] });
const ciUid = (id: string) => `arn:aws:bedrock-agentcore:${REGION}:${ACCT}:code-interpreter-custom/${id}`;
const brUid = (id: string) => `arn:aws:bedrock-agentcore:${REGION}:${ACCT}:browser-custom/${id}`;
const rtUid = (id: string) => `arn:aws:bedrock-agentcore:${REGION}:${ACCT}:runtime/${id}`;
const agentCoreTool = (type: string, uid: string, id: string, roleName: string | undefined, status = 'READY') =>
  res(type, uid, id, { name: id, id, status, ...(roleName !== undefined ? { executionRoleArn: roleArn(roleName) } : {}) }, roleName === undefined ? { errors: { executionRoleArn: 'AccessDenied', networkMode: 'AccessDenied' } } : {});
const interpreter = (id: string, roleName: string | undefined, status?: string) => agentCoreTool(CODE_INTERPRETER_TYPE, ciUid(id), id, roleName, status);
const browser = (id: string, roleName: string | undefined, status?: string) => agentCoreTool(BROWSER_TYPE, brUid(id), id, roleName, status);
const runtime = (id: string, roleName: string | undefined, inboundAuth = 'IAM', status = 'READY') =>
  res(AGENT_RUNTIME_TYPE, rtUid(id), id, { name: id, id, status, ...(roleName !== undefined ? { executionRoleArn: roleArn(roleName), inboundAuth } : {}) }, roleName === undefined ? { errors: { executionRoleArn: 'AccessDenied', inboundAuth: 'AccessDenied', networkMode: 'AccessDenied' } } : {});

const lookupOf = (resources: Resource[]): ResourceLookup => (type) => resources.filter((r) => r.type === type);
const analyse = (resources: Resource[]) => analyseAccountEscalation(ACCT, lookupOf(resources), { now: new Date('2026-11-01T00:00:00Z') });

interface Case {
  kind: string;
  method: string;
  /** The compute resource (with an administrator role) and what it needs. */
  target: () => Resource[];
  /** The same resource with a role that is not privileged. */
  weak: () => Resource[];
  /** The attacker's permissions: its own inline policy and (for two-action methods) its group's. */
  perms: { own: PolicyDocument; group?: PolicyDocument };
  /** Permissions that look alike but do not let the method work. */
  lookalikePerms: { own: PolicyDocument; group?: PolicyDocument; why: string };
  via: string;
}

const cases: Case[] = [
  {
    kind: 'cloudformation-stack',
    method: 'cloudformation:UpdateStack',
    target: () => [role('cfn-admin', 'cloudformation.amazonaws.com', true), stack('platform', 'cfn-admin')],
    weak: () => [role('cfn-admin', 'cloudformation.amazonaws.com', false), stack('platform', 'cfn-admin')],
    perms: { own: doc(allow('cloudformation:UpdateStack', `arn:aws:cloudformation:*:${ACCT}:stack/platform/*`)) },
    lookalikePerms: { own: doc(allow('cloudformation:UpdateStack', `arn:aws:cloudformation:*:${ACCT}:stack/other-*/*`)), why: 'its Allow names other stacks' },
    via: stackUid('platform'),
  },
  {
    kind: 'cloudformation-stack',
    method: 'cloudformation:CreateChangeSet+cloudformation:ExecuteChangeSet',
    target: () => [role('cfn-admin', 'cloudformation.amazonaws.com', true), stack('platform', 'cfn-admin')],
    weak: () => [role('cfn-admin', 'cloudformation.amazonaws.com', false), stack('platform', 'cfn-admin')],
    perms: { own: doc(allow('cloudformation:CreateChangeSet')), group: doc(allow('cloudformation:ExecuteChangeSet')) },
    lookalikePerms: { own: doc(allow('cloudformation:CreateChangeSet')), why: 'it may create a change set but not execute it' },
    via: stackUid('platform'),
  },
  {
    kind: 'codebuild-project',
    method: 'codebuild:StartBuild',
    target: () => [role('build-admin', 'codebuild.amazonaws.com', true), project('release', 'build-admin')],
    weak: () => [role('build-admin', 'codebuild.amazonaws.com', false), project('release', 'build-admin')],
    perms: { own: doc(allow('codebuild:StartBuild', projectUid('release'))) },
    lookalikePerms: { own: doc(allow(['codebuild:StartBuild', 'codebuild:StartBuildBatch']), deny('codebuild:Start*', projectUid('release'))), why: 'an explicit Deny on the project' },
    via: projectUid('release'),
  },
  {
    kind: 'sagemaker-notebook',
    method: 'sagemaker:CreatePresignedNotebookInstanceUrl',
    target: () => [role('nb-admin', 'sagemaker.amazonaws.com', true), notebook('research', 'nb-admin')],
    weak: () => [role('nb-admin', 'sagemaker.amazonaws.com', false), notebook('research', 'nb-admin')],
    perms: { own: doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl', notebookUid('research'))) },
    lookalikePerms: { own: doc(allow('sagemaker:DescribeNotebookInstance', notebookUid('research'))), why: 'it may only describe the notebook' },
    via: notebookUid('research'),
  },
  {
    kind: 'glue-dev-endpoint',
    method: 'glue:UpdateDevEndpoint',
    target: () => [role('glue-admin', 'glue.amazonaws.com', true), endpoint('etl-dev', 'glue-admin')],
    weak: () => [role('glue-admin', 'glue.amazonaws.com', false), endpoint('etl-dev', 'glue-admin')],
    perms: { own: doc(allow('glue:UpdateDevEndpoint')) },
    lookalikePerms: { own: doc(allow('glue:GetDevEndpoint*')), why: 'it may only read endpoints' },
    via: devEndpointArn('aws', REGION, ACCT, 'etl-dev'),
  },
  {
    kind: 'ec2-launch-template',
    method: 'ec2:CreateLaunchTemplateVersion+ec2:ModifyLaunchTemplate',
    target: () => [role('fleet-admin', 'ec2.amazonaws.com', true, ['fleet']), profile('fleet', 'fleet-admin'), template('lt-0fleet', { name: 'fleet' })],
    weak: () => [role('fleet-admin', 'ec2.amazonaws.com', false, ['fleet']), profile('fleet', 'fleet-admin'), template('lt-0fleet', { name: 'fleet' })],
    perms: { own: doc(allow('ec2:CreateLaunchTemplateVersion', templateUid('lt-0fleet'))), group: doc(allow('ec2:ModifyLaunchTemplate', templateUid('lt-0fleet'))) },
    lookalikePerms: { own: doc(allow('ec2:CreateLaunchTemplateVersion', templateUid('lt-0fleet'))), why: 'a new version that it cannot make the default is never launched' },
    via: templateUid('lt-0fleet'),
  },
  {
    kind: 'ecs-task',
    method: 'ecs:ExecuteCommand+ecs:DescribeTasks',
    target: () => [role('api-task', 'ecs-tasks.amazonaws.com', true), taskDefinition('api', 'api-task'), task('0a1b2c3d', 'api')],
    weak: () => [role('api-task', 'ecs-tasks.amazonaws.com', false), taskDefinition('api', 'api-task'), task('0a1b2c3d', 'api')],
    perms: { own: doc(allow('ecs:ExecuteCommand', `arn:aws:ecs:${REGION}:${ACCT}:task/prod/*`)), group: doc(allow('ecs:DescribeTasks')) },
    lookalikePerms: { own: doc(allow('ecs:DescribeTasks')), why: 'without ecs:ExecuteCommand there is no shell' },
    via: taskUid('0a1b2c3d'),
  },
  {
    kind: 'codedeploy-deployment-group',
    method: 'codedeploy:CreateDeployment',
    target: () => [role('web-admin', 'ec2.amazonaws.com', true, ['web']), profile('web', 'web-admin'), instance('i-0web1', 'web', { app: 'web' }), deploymentGroup('prod', { ec2TagFilters: [{ Key: 'app', Value: 'web', Type: 'KEY_AND_VALUE' }] })],
    weak: () => [role('web-admin', 'ec2.amazonaws.com', false, ['web']), profile('web', 'web-admin'), instance('i-0web1', 'web', { app: 'web' }), deploymentGroup('prod', { ec2TagFilters: [{ Key: 'app', Value: 'web', Type: 'KEY_AND_VALUE' }] })],
    perms: { own: doc(allow('codedeploy:CreateDeployment', `arn:aws:codedeploy:${REGION}:${ACCT}:deploymentgroup:web-app/*`)) },
    lookalikePerms: { own: doc(allow('codedeploy:CreateDeployment', `arn:aws:codedeploy:${REGION}:${ACCT}:deploymentgroup:other-app/*`)), why: 'its Allow names another application' },
    via: groupUid('prod'),
  },
];

// App Runner, Batch and Bedrock AgentCore (collectors apprunner.ts, batch.ts, bedrockagentcore.ts).
cases.push(
  {
    kind: 'apprunner-service',
    method: 'apprunner:UpdateService',
    target: () => [role('api-instance', 'tasks.apprunner.amazonaws.com', true), appRunner('api', 'api-instance')],
    weak: () => [role('api-instance', 'tasks.apprunner.amazonaws.com', false), appRunner('api', 'api-instance')],
    perms: { own: doc(allow('apprunner:UpdateService', `arn:aws:apprunner:${REGION}:${ACCT}:service/api/*`)) },
    lookalikePerms: { own: doc(allow('apprunner:UpdateService', `arn:aws:apprunner:${REGION}:${ACCT}:service/staging-*/*`)), why: 'its Allow names other services' },
    via: serviceUid('api'),
  },
  {
    kind: 'batch-job-definition',
    method: 'batch:SubmitJob',
    target: () => [role('etl-job', 'ecs-tasks.amazonaws.com', true), jobDefinition('nightly-etl', { jobRoles: ['etl-job'] })],
    weak: () => [role('etl-job', 'ecs-tasks.amazonaws.com', false), jobDefinition('nightly-etl', { jobRoles: ['etl-job'] })],
    perms: { own: doc(allow('batch:SubmitJob', `arn:aws:batch:*:${ACCT}:job-definition/nightly-etl:*`)), group: doc(allow('batch:SubmitJob', `arn:aws:batch:*:${ACCT}:job-queue/*`)) },
    lookalikePerms: { own: doc(allow('batch:SubmitJob', `arn:aws:batch:*:${ACCT}:job-definition/nightly-etl:*`)), why: 'it may name the definition but no job queue to submit to' },
    via: jdUid('nightly-etl'),
  },
  {
    kind: 'bedrock-code-interpreter',
    method: 'bedrock-agentcore:StartCodeInterpreterSession+bedrock-agentcore:InvokeCodeInterpreter',
    target: () => [role('ci-exec', 'bedrock-agentcore.amazonaws.com', true), interpreter('analysis_ci-a1B2c3D4e5', 'ci-exec')],
    weak: () => [role('ci-exec', 'bedrock-agentcore.amazonaws.com', false), interpreter('analysis_ci-a1B2c3D4e5', 'ci-exec')],
    perms: { own: doc(allow('bedrock-agentcore:StartCodeInterpreterSession', ciUid('analysis_ci-a1B2c3D4e5'))), group: doc(allow('bedrock-agentcore:InvokeCodeInterpreter')) },
    lookalikePerms: { own: doc(allow('bedrock-agentcore:StartCodeInterpreterSession', ciUid('analysis_ci-a1B2c3D4e5'))), why: 'it may start a session but not run code in it' },
    via: ciUid('analysis_ci-a1B2c3D4e5'),
  },
  {
    kind: 'bedrock-agent-runtime',
    method: 'bedrock-agentcore:InvokeAgentRuntimeCommand',
    target: () => [role('agent-exec', 'bedrock-agentcore.amazonaws.com', true), runtime('support_agent-Qw3Er4Ty5U', 'agent-exec')],
    weak: () => [role('agent-exec', 'bedrock-agentcore.amazonaws.com', false), runtime('support_agent-Qw3Er4Ty5U', 'agent-exec')],
    perms: { own: doc(allow('bedrock-agentcore:InvokeAgentRuntimeCommand', `arn:aws:bedrock-agentcore:${REGION}:${ACCT}:runtime/*`)) },
    lookalikePerms: { own: doc(allow('bedrock-agentcore:InvokeAgentRuntime', `arn:aws:bedrock-agentcore:${REGION}:${ACCT}:runtime/*`)), why: 'it may only invoke the agent, not run a shell command beside it' },
    via: rtUid('support_agent-Qw3Er4Ty5U'),
  },
  {
    kind: 'bedrock-browser',
    method: 'bedrock-agentcore:StartBrowserSession+bedrock-agentcore:ConnectBrowserAutomationStream',
    target: () => [role('browser-exec', 'bedrock-agentcore.amazonaws.com', true), browser('scraper-Zz9Yy8Xx7W', 'browser-exec')],
    weak: () => [role('browser-exec', 'bedrock-agentcore.amazonaws.com', false), browser('scraper-Zz9Yy8Xx7W', 'browser-exec')],
    perms: { own: doc(allow('bedrock-agentcore:StartBrowserSession', brUid('scraper-Zz9Yy8Xx7W'))), group: doc(allow('bedrock-agentcore:ConnectBrowserAutomationStream')) },
    lookalikePerms: { own: doc(allow(['bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:ConnectBrowserAutomationStream']), deny('bedrock-agentcore:ConnectBrowserAutomationStream')), why: 'an explicit Deny on driving the browser' },
    via: brUid('scraper-Zz9Yy8Xx7W'),
  },
);

describe('escalation through existing compute collected from the snapshot', () => {
  it('every compute kind of the catalogue is wired: NOT_COLLECTED_COMPUTE is empty', () => {
    for (const c of cases) assert.ok(!NOT_COLLECTED_COMPUTE.includes(c.kind as never), c.kind);
    assert.deepEqual(NOT_COLLECTED_COMPUTE, []);
  });

  for (const c of cases) {
    describe(`${c.kind}: ${c.method}`, () => {
      const attacker = (p: { own: PolicyDocument; group?: PolicyDocument }) => user('operator', p.own, p.group);

      it('a low-privilege user reaches the administrator role through the existing resource', () => {
        const resources = [administratorAccess, ...c.target(), ...attacker(c.perms)];
        const { account } = escalationInputs(ACCT, lookupOf(resources));
        assert.ok(account.computes?.some((x) => x.kind === c.kind && x.arn === c.via), 'the resource is in the escalation model');
        const v = analyse(resources).verdict(userArn('operator'));
        assert.equal(v.status, 'path');
        if (v.status !== 'path') return;
        const step = v.path.steps.find((s) => s.method === c.method);
        assert.ok(step, `steps: ${v.path.steps.map((s) => s.method).join(', ')}`);
        assert.equal(step.via, c.via);
        assert.equal(v.path.admin, step.to);
      });

      it('no path when the resource\'s role is not privileged', () => {
        const resources = [administratorAccess, ...c.weak(), ...attacker(c.perms)];
        assert.equal(analyse(resources).verdict(userArn('operator')).status, 'no-path');
      });

      it(`no path with look-alike permissions (${c.lookalikePerms.why})`, () => {
        const resources = [administratorAccess, ...c.target(), ...attacker(c.lookalikePerms)];
        assert.equal(analyse(resources).verdict(userArn('operator')).status, 'no-path');
      });
    });
  }
});

describe('resources of those kinds that give no way in', () => {
  const kindsIn = (resources: Resource[]) => (escalationInputs(ACCT, lookupOf([administratorAccess, ...resources])).account.computes ?? []).map((x) => `${x.kind} ${x.arn.split(/[/:]/).pop()} ${x.role.split('/').pop()}`);

  it('a stack without a service role, or one that can only be deleted (ROLLBACK_COMPLETE), is no way in (CloudFormation API Reference › UpdateStack, RoleARN)', () => {
    const r = role('cfn-admin', 'cloudformation.amazonaws.com', true);
    assert.deepEqual(kindsIn([r, stack('no-role', null), stack('dead', 'cfn-admin', 'ROLLBACK_COMPLETE'), stack('live', 'cfn-admin', 'UPDATE_ROLLBACK_COMPLETE')]), [`cloudformation-stack ${stackUid('live').split('/').pop()} cfn-admin`]);
  });

  it('a failed or deleting notebook, and a failed or terminating dev endpoint, are no way in', () => {
    const resources = [role('x-admin', 'sagemaker.amazonaws.com', true), notebook('broken', 'x-admin', 'Failed'), notebook('gone', 'x-admin', 'Deleting'), notebook('parked', 'x-admin', 'Stopped'), endpoint('ep-failed', 'x-admin', 'FAILED'), endpoint('ep-ok', 'x-admin', 'PROVISIONING')];
    assert.deepEqual(kindsIn(resources), ['sagemaker-notebook parked x-admin', 'glue-dev-endpoint ep-ok x-admin']);
  });

  it('an ECS task without ECS Exec or not running is no way in; a task role override replaces the task definition\'s role', () => {
    const resources = [
      role('api-task', 'ecs-tasks.amazonaws.com', true), role('debug', 'ecs-tasks.amazonaws.com', true), taskDefinition('api', 'api-task'),
      task('t-noexec', 'api', { enableExecuteCommand: false }), task('t-stopped', 'api', { lastStatus: 'STOPPED' }), task('t-override', 'api', { taskRoleOverride: roleArn('debug') }), task('t-unknown-td', 'gone'),
    ];
    assert.deepEqual(kindsIn(resources), ['ecs-task t-override debug']);
  });

  it('a launch template resolves its profile by ARN or name; one naming no profile is no way in', () => {
    const resources = [role('fleet-admin', 'ec2.amazonaws.com', true, ['fleet']), profile('fleet', 'fleet-admin'), template('lt-0arn', { arn: profileArn('fleet') }), template('lt-0name', { name: 'fleet' }), template('lt-0none', null), template('lt-0other', { name: 'missing' })];
    assert.deepEqual(kindsIn(resources), ['ec2-launch-template lt-0arn fleet-admin', 'ec2-launch-template lt-0name fleet-admin']);
  });

  it('a deployment group gives the roles of the instances it deploys to: tag filters (any), tag set (every list), Auto Scaling groups; not a Lambda or ECS group (CodeDeploy User Guide › tag groups)', () => {
    const resources = [
      role('web-admin', 'ec2.amazonaws.com', true, ['web']), profile('web', 'web-admin'), role('batch', 'ec2.amazonaws.com', false, ['batch']), profile('batch', 'batch'),
      instance('i-web', 'web', { app: 'web', env: 'prod' }), instance('i-batch', 'batch', { app: 'batch', 'aws:autoscaling:groupName': 'batch-asg' }), instance('i-bare', null, { app: 'web' }),
      deploymentGroup('by-filter', { ec2TagFilters: [{ Key: 'app', Value: 'web', Type: 'KEY_AND_VALUE' }] }),
      deploymentGroup('by-set', { ec2TagSet: [[{ Key: 'app', Value: 'web', Type: 'KEY_AND_VALUE' }], [{ Key: 'env', Type: 'KEY_ONLY' }]] }),
      deploymentGroup('by-set-miss', { ec2TagSet: [[{ Key: 'app', Value: 'web', Type: 'KEY_AND_VALUE' }], [{ Value: 'staging', Type: 'VALUE_ONLY' }]] }),
      deploymentGroup('by-asg', { autoScalingGroups: ['batch-asg'] }),
      deploymentGroup('lambda', { computePlatform: 'Lambda', ec2TagFilters: [{ Key: 'app', Value: 'web', Type: 'KEY_AND_VALUE' }] }),
    ];
    assert.deepEqual(kindsIn(resources).filter((k) => k.startsWith('codedeploy')), ['codedeploy-deployment-group by-filter web-admin', 'codedeploy-deployment-group by-set web-admin', 'codedeploy-deployment-group by-asg batch']);
  });
});

describe('compute whose role could not be read is never "no path"', () => {
  const failedTd = () => res(ECS_TASK_DEFINITION_TYPE, tdUid('api'), 'api:3', { family: 'api', revision: 3 }, { errors: { taskRoleArn: 'AccessDenied', executionRoleArn: 'AccessDenied', networkMode: 'AccessDenied', requiresCompatibilities: 'AccessDenied', containers: 'AccessDenied' } });
  const execUser = () => user('operator', doc(allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks'])));

  it('a user who may exec into a task whose task definition was not described is undetermined; one without ECS permissions is not', () => {
    const v = analyse([administratorAccess, failedTd(), task('0a1b2c3d', 'api'), ...execUser()]).verdict(userArn('operator'));
    assert.equal(v.status, 'reaches-unknown');
    if (v.status === 'reaches-unknown') assert.deepEqual(v.reasons.map((r) => [r.code, r.subject]), [['compute-role-unknown', taskUid('0a1b2c3d')]]);
    const reader = analyse([administratorAccess, failedTd(), task('0a1b2c3d', 'api'), ...user('operator', doc(allow('s3:GetObject')))]).verdict(userArn('operator'));
    assert.equal(reader.status, 'no-path');
  });

  it('reaching, through a role, a principal that may act on such compute is undetermined too', () => {
    const ops = iam('AWS::IAM::Role', roleArn('ops'), 'ops', {
      roleName: 'ops', roleId: 'AROAOPS', path: '/', createDate: null, assumeRolePolicy: doc({ Effect: 'Allow', Principal: { AWS: userArn('operator') }, Action: 'sts:AssumeRole' }),
      attachedPolicies: [], inlinePolicies: [{ policyName: 'exec', document: doc(allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks'])) }], instanceProfiles: [], permissionsBoundaryArn: null, roleLastUsed: null, serviceLinked: false,
    });
    const resources = [administratorAccess, failedTd(), task('0a1b2c3d', 'api'), ops, ...user('operator', doc(allow('sts:AssumeRole', roleArn('ops'))))];
    assert.equal(analyse(resources).verdict(userArn('operator')).status, 'reaches-unknown');
  });

  it('an ECS service that could not be described (ECS Exec unknown, tasks not listed) counts as such compute', () => {
    const svcArn = `arn:aws:ecs:${REGION}:${ACCT}:service/prod/api`;
    const denied = res('AWS::ECS::Service', svcArn, 'api', { serviceName: 'api', clusterArn: `arn:aws:ecs:${REGION}:${ACCT}:cluster/prod` }, { errors: { status: 'AccessDenied', taskDefinition: 'AccessDenied' } });
    assert.equal(analyse([administratorAccess, denied, ...execUser()]).verdict(userArn('operator')).status, 'reaches-unknown');
    const described = res('AWS::ECS::Service', svcArn, 'api', { serviceName: 'api', clusterArn: `arn:aws:ecs:${REGION}:${ACCT}:cluster/prod`, status: 'ACTIVE', enableExecuteCommand: false });
    assert.equal(analyse([administratorAccess, described, ...execUser()]).verdict(userArn('operator')).status, 'no-path');
  });
});

describe('the rule over the new compute', () => {
  const snapshotOf = (resources: Resource[], errors: Snapshot['errors'] = []): Snapshot => ({
    schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, id: 'compute', collectedAt: '2026-11-01T00:00:00.000Z', tool: { name: 'mamori', version: 'test' },
    scope: { provider: 'aws', accounts: [ACCT], regions: ['global', REGION], services: [] }, resources, errors,
  });
  const statusOf = (resources: Resource[], errors: Snapshot['errors'] = []) => assess(snapshotOf(resources, errors), { rules: [rule], schemas: resourceSchemas() }).find((f) => f.resource.uid === userArn('operator'));

  it('FAILs the user with a path through a CodeBuild project, and PASSes it when the project is gone', () => {
    const perms = user('operator', doc(allow('codebuild:StartBuild')));
    assert.equal(statusOf([administratorAccess, role('build-admin', 'codebuild.amazonaws.com', true), project('release', 'build-admin'), ...perms])?.status, 'FAIL');
    assert.equal(statusOf([administratorAccess, role('build-admin', 'codebuild.amazonaws.com', true), ...perms])?.status, 'PASS');
  });

  it('a failed listing of a compute type (SageMaker notebooks) makes NOT_ASSESSED the principals that could use it: an unseen notebook could carry an administrator role', () => {
    const resources = [administratorAccess, ...user('operator', doc(allow('sagemaker:CreatePresignedNotebookInstanceUrl')))];
    assert.equal(statusOf(resources)?.status, 'PASS');
    const error = { provider: 'aws' as const, account: ACCT, region: REGION, service: 'sagemaker', operation: 'ListNotebookInstances', code: 'AccessDenied' as const, message: 'denied', resourceTypes: [NOTEBOOK_INSTANCE_TYPE] };
    const found = assess(snapshotOf(resources, [error]), { rules: [rule], schemas: resourceSchemas() }).find((f) => f.resource.uid === userArn('operator'));
    assert.equal(found?.status, 'NOT_ASSESSED');
    assert.match(JSON.stringify(found!.reason), /ListNotebookInstances/);
  });

  it('the same failed listing leaves the others decided: a principal without any SageMaker permission still PASSes', () => {
    const resources = [administratorAccess, ...user('operator', doc(allow('s3:GetObject')))];
    const error = { provider: 'aws' as const, account: ACCT, region: REGION, service: 'sagemaker', operation: 'ListNotebookInstances', code: 'ServiceUnavailable' as const, message: 'no endpoint', resourceTypes: [NOTEBOOK_INSTANCE_TYPE] };
    assert.equal(statusOf(resources, [error])?.status, 'PASS');
  });
});

describe('App Runner, Batch and Bedrock AgentCore resources that give no way in', () => {
  const kindsIn = (resources: Resource[]) => (escalationInputs(ACCT, lookupOf([administratorAccess, ...resources])).account.computes ?? []).map((x) => `${x.kind} ${x.arn.split(/[/:]/).pop()} ${x.role.split('/').pop()}`);

  it('an App Runner service without an instance role, failed at creation or failed to delete is no way in; a paused one is (App Runner API Reference › Service, Status)', () => {
    const resources = [role('api-instance', 'tasks.apprunner.amazonaws.com', true), appRunner('no-role', null), appRunner('failed', 'api-instance', 'CREATE_FAILED'), appRunner('stuck', 'api-instance', 'DELETE_FAILED'), appRunner('paused', 'api-instance', 'PAUSED')];
    assert.deepEqual(kindsIn(resources), ['apprunner-service 8f14e45fceea167a5a36dedd4bea2543 api-instance']);
    assert.equal(escalationInputs(ACCT, lookupOf([administratorAccess, ...resources])).account.computes?.[0].arn, serviceUid('paused'));
  });

  it('a Batch job definition gives its job roles, not its execution role; an INACTIVE one gives none', () => {
    const resources = [role('etl-job', 'ecs-tasks.amazonaws.com', true), role('exec', 'ecs-tasks.amazonaws.com', true), jobDefinition('etl', { jobRoles: ['etl-job'], executionRoles: ['exec'] }), jobDefinition('exec-only', { executionRoles: ['exec'] }), jobDefinition('retired', { jobRoles: ['etl-job'], status: 'INACTIVE' })];
    assert.deepEqual(kindsIn(resources), ['batch-job-definition 1 etl-job']);
  });

  it('an AgentCore runtime behind a JWT authorizer refuses SigV4 calls, and failed or deleting tools are no way in', () => {
    const resources = [
      role('x-exec', 'bedrock-agentcore.amazonaws.com', true),
      runtime('iam_rt', 'x-exec'), runtime('jwt_rt', 'x-exec', 'JWT'), runtime('failed_rt', 'x-exec', 'IAM', 'CREATE_FAILED'), runtime('updating_rt', 'x-exec', 'IAM', 'UPDATE_FAILED'),
      interpreter('ci_ok', 'x-exec'), interpreter('ci_failed', 'x-exec', 'CREATE_FAILED'), browser('br_deleting', 'x-exec', 'DELETING'), browser('br_ok', 'x-exec'),
    ];
    assert.deepEqual(kindsIn(resources), ['bedrock-code-interpreter ci_ok x-exec', 'bedrock-browser br_ok x-exec', 'bedrock-agent-runtime iam_rt x-exec', 'bedrock-agent-runtime updating_rt x-exec']);
  });

  it('a user allowed InvokeAgentRuntimeCommand has no path through a JWT runtime with an administrator role', () => {
    const resources = [administratorAccess, role('agent-exec', 'bedrock-agentcore.amazonaws.com', true), runtime('public_agent', 'agent-exec', 'JWT'), ...user('operator', doc(allow('bedrock-agentcore:InvokeAgentRuntimeCommand')))];
    assert.equal(analyse(resources).verdict(userArn('operator')).status, 'no-path');
  });

  it('an App Runner service or AgentCore resource whose role could not be read leaves undetermined the users who may act on it, not the others', () => {
    const denied = res(APPRUNNER_SERVICE_TYPE, serviceUid('api'), 'api', { serviceName: 'api', serviceId: null, status: 'RUNNING' }, { errors: { instanceRoleArn: 'AccessDenied', sourceType: 'AccessDenied' } });
    const updater = user('operator', doc(allow('apprunner:UpdateService')));
    const v = analyse([administratorAccess, denied, ...updater]).verdict(userArn('operator'));
    assert.equal(v.status, 'reaches-unknown');
    if (v.status === 'reaches-unknown') assert.deepEqual(v.reasons.map((r) => [r.code, r.subject]), [['compute-role-unknown', serviceUid('api')]]);
    for (const [resource, action] of [
      [runtime('rt', undefined), 'bedrock-agentcore:InvokeAgentRuntimeCommand'],
      [interpreter('ci', undefined), 'bedrock-agentcore:StartCodeInterpreterSession'],
      [browser('br', undefined), 'bedrock-agentcore:StartBrowserSession'],
    ] as const) {
      assert.equal(analyse([administratorAccess, resource, ...user('operator', doc(allow(action)))]).verdict(userArn('operator')).status, 'reaches-unknown', action);
      assert.equal(analyse([administratorAccess, resource, ...user('operator', doc(allow('s3:GetObject')))]).verdict(userArn('operator')).status, 'no-path', action);
    }
  });
});

describe('the rule over App Runner, Batch and AgentCore', () => {
  const snapshotOf = (resources: Resource[], errors: Snapshot['errors'] = []): Snapshot => ({
    schema: SNAPSHOT_SCHEMA, version: SNAPSHOT_VERSION, id: 'compute2', collectedAt: '2026-11-01T00:00:00.000Z', tool: { name: 'mamori', version: 'test' },
    scope: { provider: 'aws', accounts: [ACCT], regions: ['global', REGION], services: [] }, resources, errors,
  });
  const statusOf = (resources: Resource[], errors: Snapshot['errors'] = []) => assess(snapshotOf(resources, errors), { rules: [rule], schemas: resourceSchemas() }).find((f) => f.resource.uid === userArn('operator'));

  it('FAILs a user with a path through a Batch job definition, and PASSes it when the definition has no job role', () => {
    const perms = user('operator', doc(allow('batch:SubmitJob')));
    assert.equal(statusOf([administratorAccess, role('etl-job', 'ecs-tasks.amazonaws.com', true), jobDefinition('etl', { jobRoles: ['etl-job'] }), ...perms])?.status, 'FAIL');
    assert.equal(statusOf([administratorAccess, role('etl-job', 'ecs-tasks.amazonaws.com', true), jobDefinition('etl', { executionRoles: ['etl-job'] }), ...perms])?.status, 'PASS');
  });

  it('a failed ListAgentRuntimes makes NOT_ASSESSED only the users that could use a runtime', () => {
    const error = { provider: 'aws' as const, account: ACCT, region: REGION, service: 'bedrock-agentcore', operation: 'ListAgentRuntimes', code: 'AccessDenied' as const, message: 'denied', resourceTypes: [AGENT_RUNTIME_TYPE] };
    const invoker = [administratorAccess, ...user('operator', doc(allow('bedrock-agentcore:InvokeAgentRuntimeCommand')))];
    assert.equal(statusOf(invoker)?.status, 'PASS');
    assert.equal(statusOf(invoker, [error])?.status, 'NOT_ASSESSED');
    assert.equal(statusOf([administratorAccess, ...user('operator', doc(allow('bedrock-agentcore:StartBrowserSession')))], [error])?.status, 'PASS');
  });
});
