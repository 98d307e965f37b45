/**
 * Privilege escalation from a snapshot: the IAM, compute and organisation resources of one account
 * turned into find.ts's EscalationAccount and authorizer.ts's AccountPolicies, the search run once,
 * and a verdict for every user and role (what the posture rule aws-iam-privilege-escalation-path
 * reports).
 *
 * What goes in, and why:
 * - Principals, their identity policies (groups' included), boundaries and trust policies come from
 *   buildAuthorizationModel (../snapshot.ts), so managed policies are shared NamedPolicy objects and
 *   compile once. Groups are nodes too (iam:AddUserToGroup, group policies): their policies are built
 *   here from the group resources, reusing the model's objects.
 * - Service-linked roles are left out as nodes: AWS refuses to let anyone change their policies or
 *   trust, and only their service can assume them (IAM User Guide › Service-linked roles).
 * - Customer managed policies with the principals they are attached to (iam:CreatePolicyVersion,
 *   iam:SetDefaultPolicyVersion; `versionCount` > 1 or unknown → another version may exist).
 * - Instance profiles, and the existing compute that runs with a role (`computesOf`): EC2 instances
 *   (their profile's role), Lambda functions, CloudFormation stacks with a service role, CodeBuild
 *   projects, SageMaker notebook instances, Glue development endpoints, launch templates (their
 *   default version's profile), running ECS tasks with ECS Exec, CodeDeploy deployment groups
 *   (the profile roles of the instances they deploy to), App Runner services (instance role),
 *   Batch job definitions (job roles of ACTIVE revisions) and Bedrock AgentCore custom code
 *   interpreters, custom browsers and runtimes with IAM inbound auth (execution role). Every compute
 *   kind of the catalogue is collected now (NOT_COLLECTED_COMPUTE is empty; a kind added to the
 *   catalogue without a collector lands there and is listed in every PASS's evidence). A failed
 *   listing of one of these types leaves undetermined the principals that could use that kind
 *   (OPTIONAL_COMPUTE_TYPES); a region where AgentCore is not offered is no failure (its
 *   collector records nothing there).
 * - SCPs along the account's path apply to every step (an SCP denying the escalation actions is a
 *   real fix), but not to the admin probes: a guardrail SCP that denies cloudtrail:StopLogging to
 *   all would otherwise make nobody an administrator. Admin means "administrator by its own
 *   policies and boundary" (IAM User Guide › Policy evaluation logic: SCPs only limit, never grant).
 *
 * Incomplete inputs (the model's `incomplete`) never read as "no permission":
 * - a principal whose own policies are incomplete is NOT_ASSESSED (with the path found on what was
 *   collected, if any, as evidence);
 * - a principal without a path that can act as an incomplete principal or group is NOT_ASSESSED too
 *   (the missing policy might be the way on), as is every principal of an account with a role whose
 *   unknown trust policy hides a role that is, or leads to, an administrator;
 * - a principal without a path that may act (by its own policies, or through a node it reaches) on
 *   compute whose role could not be read (a notebook, launch template, App Runner service or
 *   AgentCore resource not described, an ECS task whose task definition was not, an ECS service
 *   that was not) is NOT_ASSESSED too;
 * - SCPs that could not be read can only take permissions away, so a path found without them is
 *   still reported, with that caveat; a PASS stands.
 * Only escalation within one account is searched.
 */
import type { EvaluationContext } from '../../../../model/rule.js';
import type { CollectionError, LocalizedText, Resource } from '../../../../model/types.js';
import { APPRUNNER_SERVICE_TYPE, appRunnerServiceIsUsable, type AppRunnerServiceConfig } from '../../model/apprunner.js';
import { JOB_DEFINITION_TYPE, type JobDefinitionConfig } from '../../model/batch.js';
import {
  AGENT_RUNTIME_TYPE,
  BROWSER_TYPE,
  CODE_INTERPRETER_TYPE,
  agentCoreToolIsUsable,
  agentRuntimeIsUsable,
  type AgentCoreToolConfig,
  type AgentRuntimeConfig,
} from '../../model/bedrockagentcore.js';
import { STACK_TYPE, stackIsUpdatable, type StackConfig } from '../../model/cloudformation.js';
import { CODEBUILD_PROJECT_TYPE, type CodeBuildProjectConfig } from '../../model/codebuild.js';
import { DEPLOYMENT_GROUP_TYPE, type DeploymentGroupConfig, type DeploymentTagFilter } from '../../model/codepipeline.js';
import { INSTANCE_TYPE, LAUNCH_TEMPLATE_TYPE, type InstanceConfig, type LaunchTemplateConfig } from '../../model/ec2.js';
import { ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE, ECS_TASK_TYPE, type EcsServiceConfig, type EcsTaskConfig, type EcsTaskDefinitionConfig } from '../../model/ecs.js';
import { DEV_ENDPOINT_TYPE, devEndpointIsUsable, type DevEndpointConfig } from '../../model/glue.js';
import { NOTEBOOK_INSTANCE_TYPE, notebookIsUsable, type NotebookInstanceConfig } from '../../model/sagemaker.js';
import {
  GROUP_TYPE,
  INSTANCE_PROFILE_TYPE,
  MANAGED_POLICY_TYPE,
  ROLE_TYPE,
  USER_TYPE,
  asList,
  isAwsManagedPolicyArn,
  managedPolicyUid,
  parsePolicyDocument,
  statements,
  type AttachedPolicy,
  type IamGroupConfig,
  type IamUserConfig,
  type InstanceProfileConfig,
  type ManagedPolicyConfig,
  type PolicyDocument,
} from '../../model/iam.js';
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../model/lambda.js';
import { MEMBERSHIP_TYPE, ORG_POLICY_TYPE, ORG_ROOT_TYPE, ORGANIZATION_TYPE } from '../../model/organizations.js';
import { buildAuthorizationModel, type AccountModel, type IncompleteReason, type PrincipalModel } from '../snapshot.js';
import type { NamedPolicy } from '../types.js';
import { engineAuthorizer, type AccountPolicies } from './authorizer.js';
import { ESCALATION_METHODS, ESCALATION_METHODS_BY_ID, type ComputeKind } from './catalogue.js';
import {
  findEscalationPaths,
  type Authorizer,
  type ComputeResource,
  type EscalationAccount,
  type EscalationEdge,
  type EscalationPath,
  type EscalationPolicy,
  type EscalationResult,
  type EscalationUser,
} from './find.js';

/** Resource types the analysis reads for an account (own account) … */
export const ESCALATION_ACCOUNT_TYPES = [
  USER_TYPE,
  ROLE_TYPE,
  GROUP_TYPE,
  MANAGED_POLICY_TYPE,
  INSTANCE_PROFILE_TYPE,
  MEMBERSHIP_TYPE,
  // Compute that carries a role (COLLECTED_COMPUTE), and what resolves their roles.
  INSTANCE_TYPE,
  LAMBDA_FUNCTION_TYPE,
  STACK_TYPE,
  CODEBUILD_PROJECT_TYPE,
  NOTEBOOK_INSTANCE_TYPE,
  DEV_ENDPOINT_TYPE,
  LAUNCH_TEMPLATE_TYPE,
  ECS_SERVICE_TYPE,
  ECS_TASK_TYPE,
  ECS_TASK_DEFINITION_TYPE,
  DEPLOYMENT_GROUP_TYPE,
  APPRUNNER_SERVICE_TYPE,
  JOB_DEFINITION_TYPE,
  CODE_INTERPRETER_TYPE,
  AGENT_RUNTIME_TYPE,
  BROWSER_TYPE,
] as const;
/**
 * The compute types of the existing-compute methods, by kind: a failed listing of one of them
 * leaves undetermined only the principals that could use that kind's methods (AnalyseOptions
 * › failedListings), not every principal of the account — a region without Glue, or an emulator
 * without SageMaker, must not blind the whole analysis.
 */
export const OPTIONAL_COMPUTE_TYPES: Readonly<Record<string, ComputeKind>> = {
  [STACK_TYPE]: 'cloudformation-stack',
  [CODEBUILD_PROJECT_TYPE]: 'codebuild-project',
  [NOTEBOOK_INSTANCE_TYPE]: 'sagemaker-notebook',
  [DEV_ENDPOINT_TYPE]: 'glue-dev-endpoint',
  [LAUNCH_TEMPLATE_TYPE]: 'ec2-launch-template',
  [ECS_SERVICE_TYPE]: 'ecs-task',
  [ECS_TASK_TYPE]: 'ecs-task',
  [ECS_TASK_DEFINITION_TYPE]: 'ecs-task',
  [DEPLOYMENT_GROUP_TYPE]: 'codedeploy-deployment-group',
  [APPRUNNER_SERVICE_TYPE]: 'apprunner-service',
  [JOB_DEFINITION_TYPE]: 'batch-job-definition',
  [CODE_INTERPRETER_TYPE]: 'bedrock-code-interpreter',
  [AGENT_RUNTIME_TYPE]: 'bedrock-agent-runtime',
  [BROWSER_TYPE]: 'bedrock-browser',
};
/** … and organisation-wide (they live in the management account). */
export const ESCALATION_ORG_TYPES = [ORGANIZATION_TYPE, ORG_POLICY_TYPE, ORG_ROOT_TYPE] as const;

/** The compute kinds escalationInputs builds from the snapshot (see `computesOf`). */
const COLLECTED_COMPUTE: ReadonlySet<ComputeKind> = new Set<ComputeKind>([
  'ec2-instance',
  'lambda-function',
  'cloudformation-stack',
  'codebuild-project',
  'sagemaker-notebook',
  'glue-dev-endpoint',
  'ec2-launch-template',
  'ecs-task',
  'codedeploy-deployment-group',
  'apprunner-service',
  'batch-job-definition',
  'bedrock-code-interpreter',
  'bedrock-agent-runtime',
  'bedrock-browser',
]);

/** Compute kinds of the catalogue that no collector provides (none today): their methods would never fire (listed in every PASS's evidence). */
export const NOT_COLLECTED_COMPUTE: readonly ComputeKind[] = [...new Set(ESCALATION_METHODS.flatMap((m) => (m.computeKind && !COLLECTED_COMPUTE.has(m.computeKind) ? [m.computeKind] : [])))].sort();

/** Resources of a type in the account being analysed (organisation types: wherever they are). */
export type ResourceLookup = (type: string) => readonly Resource[];

export interface EscalationInputs {
  account: EscalationAccount;
  /** With the account's SCPs: what the steps are checked against. */
  policies: AccountPolicies;
  /** The same without SCPs: what the admin probes are checked against. */
  adminPolicies: AccountPolicies;
  /** Nodes (user, role, group ARNs) whose policies are incomplete, with the model's reasons. */
  unknown: ReadonlyMap<string, readonly IncompleteReason[]>;
  /** Roles whose trust policy could not be read: no one is assumed to be able to assume them. */
  unknownTrust: readonly string[];
  /** Compute whose role could not be read (a failed detail call): it may carry any role. */
  unknownCompute: readonly { arn: string; kind: ComputeKind; reason: IncompleteReason }[];
  /** Account-level gaps (SCPs unknown…): they can only take permissions away. */
  accountIncomplete: readonly IncompleteReason[];
  principals: ReadonlyMap<string, PrincipalModel>;
}

export type PrincipalVerdict =
  | { status: 'admin' }
  | { status: 'service-linked' }
  | { status: 'path'; path: EscalationPath; caveats: IncompleteReason[] }
  | { status: 'no-path' }
  /** The principal's own policies are incomplete; `path`: what was found on the collected ones. */
  | { status: 'incomplete'; reasons: readonly IncompleteReason[]; path?: EscalationPath }
  /** No path found, but the principal reaches nodes (or unknown trusts) whose policies are unknown. */
  | { status: 'reaches-unknown'; reasons: readonly IncompleteReason[] }
  | { status: 'unknown-principal' };

export interface AccountEscalation {
  account: string;
  result: EscalationResult;
  inputs: EscalationInputs;
  /** Wall time of the search (ms). */
  elapsedMs: number;
  verdict(arn: string): PrincipalVerdict;
}

export interface AnalyseOptions {
  now?: Date;
  /** Region for the ARNs of resources an attacker would create (default: the account's busiest region, else us-east-1). */
  region?: string;
  /** Failed listing calls of the account (EvaluationContext › listingErrors): compute of their types is unknown. */
  failedListings?: readonly CollectionError[];
}

// ---------------------------------------------------------------- inputs

export function escalationInputs(accountId: string, lookup: ResourceLookup, options: AnalyseOptions = {}): EscalationInputs {
  const own = (type: string) => lookup(type).filter((r) => r.provider === 'aws' && r.account === accountId);
  const users = own(USER_TYPE);
  const roles = own(ROLE_TYPE);
  const groups = own(GROUP_TYPE);
  const managed = own(MANAGED_POLICY_TYPE);
  const modelInput: Resource[] = [...users, ...roles, ...groups, ...managed, ...own(MEMBERSHIP_TYPE)];
  for (const t of ESCALATION_ORG_TYPES) modelInput.push(...lookup(t));
  const model = buildAuthorizationModel(modelInput);
  const acct: AccountModel | undefined = model.accounts.get(accountId);
  const principalsAll = acct?.principals ?? [];
  const principals = new Map(principalsAll.map((p) => [p.arn, p]));
  const nodes = principalsAll.filter((p) => !p.serviceLinked);

  // Groups' policies: the model's NamedPolicy objects where a member already carries them.
  const byName = new Map<string, NamedPolicy>();
  for (const p of principalsAll) for (const np of p.identity) if (!byName.has(np.name)) byName.set(np.name, np);
  const managedByUid = new Map(managed.map((r) => [r.uid, r]));
  const unknown = new Map<string, IncompleteReason[]>();
  const identity = new Map<string, readonly NamedPolicy[]>();
  for (const p of nodes) {
    identity.set(p.arn, p.identity);
    if (p.incomplete.length) unknown.set(p.arn, p.incomplete);
  }
  for (const g of groups) {
    const { policies, incomplete } = groupPolicies(g, byName, managedByUid);
    identity.set(g.uid, policies);
    if (incomplete.length) unknown.set(g.uid, incomplete);
  }

  const boundary = new Map<string, NamedPolicy>();
  const trust = new Map<string, PolicyDocument | string>();
  const unknownTrust: string[] = [];
  for (const p of nodes) {
    if (p.boundary) boundary.set(p.arn, p.boundary);
    if (p.kind === 'role') {
      if (p.trustPolicy) trust.set(p.arn, p.trustPolicy.policy);
      else unknownTrust.push(p.arn);
    }
  }

  // Customer managed policies and their holders.
  const holders = new Map<string, string[]>();
  const hold = (arn: string, list: AttachedPolicy[] | undefined) => {
    for (const a of list ?? []) {
      if (isAwsManagedPolicyArn(a.policyArn)) continue;
      const h = holders.get(a.policyArn);
      if (h) h.push(arn);
      else holders.set(a.policyArn, [arn]);
    }
  };
  const nodeArns = new Set(nodes.map((p) => p.arn));
  for (const r of [...users, ...roles, ...groups]) if (r.type === GROUP_TYPE || nodeArns.has(r.uid)) hold(r.uid, (r.config as { attachedPolicies?: AttachedPolicy[] }).attachedPolicies);
  const policies: EscalationPolicy[] = [];
  for (const r of managed) {
    const c = r.config as unknown as ManagedPolicyConfig;
    if (c.awsManaged !== false) continue;
    const arn = c.arn || r.uid;
    policies.push({ arn, attachedTo: holders.get(arn) ?? [], hasOtherVersions: c.versionCount === undefined ? true : c.versionCount > 1 });
  }

  // Compute that carries a role.
  const profiles = own(INSTANCE_PROFILE_TYPE).map((r) => ({ arn: r.uid, roles: (r.config as unknown as InstanceProfileConfig).roles ?? [] }));
  const regions = new Map<string, number>();
  for (const r of [...own(INSTANCE_TYPE), ...own(LAMBDA_FUNCTION_TYPE)]) regions.set(r.region, (regions.get(r.region) ?? 0) + 1);
  const { computes, unknownCompute: unknownRoles } = computesOf(own, profiles, nodeArns);
  const unknownCompute = [...unknownRoles];
  // A listing of compute that failed: what it would have listed may carry an administrator role.
  const failedKinds = new Map<ComputeKind, CollectionError>();
  for (const e of options.failedListings ?? []) for (const t of e.resourceTypes ?? []) if (OPTIONAL_COMPUTE_TYPES[t] && !failedKinds.has(OPTIONAL_COMPUTE_TYPES[t])) failedKinds.set(OPTIONAL_COMPUTE_TYPES[t], e);
  for (const [kind, e] of failedKinds) {
    const subject = `${e.service}:${e.operation} (${e.region})`;
    unknownCompute.push({ arn: subject, kind, reason: { code: 'compute-role-unknown', subject, message: { en: `Listing ${kind} resources failed (${e.service} ${e.operation} in ${e.region}: ${e.code}): one of them may run with an administrator role.`, ja: `${kind} の一覧取得に失敗しました（${e.region} の ${e.service} ${e.operation}: ${e.code}）。管理者ロールで動作するものがある可能性があります。` } } });
  }
  const busiest = [...regions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];

  const escalationUsers: EscalationUser[] = [];
  const userRes = new Map(users.map((r) => [r.uid, r]));
  for (const p of nodes) {
    if (p.kind !== 'user') continue;
    const r = userRes.get(p.arn)!;
    const c = r.config as unknown as IamUserConfig;
    escalationUsers.push({
      arn: p.arn,
      groups: p.groups,
      ...(c.accessKeys && !r.errors?.accessKeys ? { accessKeys: c.accessKeys.length } : {}),
      ...(c.loginProfile !== undefined && !r.errors?.loginProfile ? { hasLoginProfile: c.loginProfile !== null } : {}),
      tags: p.tags,
    });
  }

  const account: EscalationAccount = {
    account: accountId,
    partition: nodes[0]?.partition ?? 'aws',
    region: options.region ?? busiest ?? 'us-east-1',
    users: escalationUsers,
    roles: nodes.filter((p) => p.kind === 'role').map((p) => ({ arn: p.arn, trustPolicy: p.trustPolicy?.policy ?? null, tags: p.tags })),
    groups: groups.map((g) => ({ arn: g.uid })),
    policies,
    instanceProfiles: profiles,
    computes,
  };
  const org = { principalAccountIsManagement: acct?.isManagement === true };
  const base = { identity, boundary, trust, org };
  return {
    account,
    policies: { ...base, ...(acct?.scps ? { scps: acct.scps } : {}) },
    adminPolicies: base,
    unknown,
    unknownTrust,
    unknownCompute,
    accountIncomplete: acct?.incomplete ?? [],
    principals,
  };
}

/**
 * The existing compute of the account that runs with a role of the account (a node), one entry
 * per (resource, role); a resource whose role is not collected or not a node gives none.
 * - ec2-instance: the instance profile's role; lambda-function: the execution role.
 * - cloudformation-stack: the stack's service role, for stacks that can still be updated (without
 *   one CloudFormation acts with the caller's own credentials: nothing to gain).
 * - codebuild-project: the service role; sagemaker-notebook: the execution role, unless the
 *   notebook failed or is being deleted; glue-dev-endpoint: the role, unless failed or terminating.
 * - ec2-launch-template: the role of the instance profile its default version names (by ARN or name).
 * - ecs-task: running tasks with ECS Exec on, and the task role (the task's override, else its task
 *   definition's).
 * Compute whose role could not be read (a notebook or launch template not described, a task whose
 * task definition was not, a service that was not) is returned apart, as `unknownCompute`.
 * - codedeploy-deployment-group: for the EC2/on-premises platform (Server), the profile roles of the
 *   collected instances the group deploys to (its tag filters, tag set groups or Auto Scaling groups).
 * - apprunner-service: the instance role, unless the service failed at creation or is (being) deleted.
 * - batch-job-definition: the job roles (container, ECS task and node range roles) of ACTIVE revisions;
 *   not the execution roles, whose credentials the job's code never gets.
 * - bedrock-code-interpreter, bedrock-browser: the execution role of custom tools that are not
 *   failed or being deleted; bedrock-agent-runtime: the execution role of runtimes with IAM
 *   (SigV4) inbound auth — one behind a JWT authorizer refuses InvokeAgentRuntimeCommand's signed call.
 * An App Runner service or AgentCore resource whose Get/Describe call failed is `unknownCompute` too.
 */
function computesOf(
  own: (type: string) => Resource[],
  profiles: { arn: string; roles: readonly string[] }[],
  nodeArns: ReadonlySet<string>,
): { computes: ComputeResource[]; unknownCompute: EscalationInputs['unknownCompute'] } {
  const profileRoles = new Map(profiles.map((p) => [p.arn, p.roles]));
  const profileByName = new Map(profiles.map((p) => [p.arn.slice(p.arn.lastIndexOf('/') + 1), p.arn]));
  const out: ComputeResource[] = [];
  const added = new Set<string>();
  // One entry per (resource, role): a deployment group over many instances of one profile gives one.
  const add = (arn: string, kind: ComputeKind, role: string | null | undefined) => {
    if (!role || !nodeArns.has(role) || added.has(`${arn}\u0000${role}`)) return;
    added.add(`${arn}\u0000${role}`);
    out.push({ arn, kind, role });
  };
  const unknownCompute: { arn: string; kind: ComputeKind; reason: IncompleteReason }[] = [];
  const unknown = (arn: string, kind: ComputeKind, what: { en: string; ja: string }) =>
    unknownCompute.push({ arn, kind, reason: { code: 'compute-role-unknown', subject: arn, message: { en: `The role of ${what.en} ${arn} could not be read.`, ja: `${what.ja} ${arn} のロールを読み取れませんでした。` } } });
  const viaProfile = (arn: string, kind: ComputeKind, profile: string | null | undefined) => {
    for (const role of (profile && profileRoles.get(profile)) || []) add(arn, kind, role);
  };
  const instances = own(INSTANCE_TYPE);
  for (const r of instances) viaProfile(r.uid, 'ec2-instance', (r.config as unknown as InstanceConfig).iamInstanceProfileArn);
  for (const r of own(LAMBDA_FUNCTION_TYPE)) add(r.uid, 'lambda-function', (r.config as unknown as LambdaFunctionConfig).Role);
  for (const r of own(STACK_TYPE)) {
    const c = r.config as unknown as StackConfig;
    if (stackIsUpdatable(c.stackStatus)) add(r.uid, 'cloudformation-stack', c.roleArn);
  }
  for (const r of own(CODEBUILD_PROJECT_TYPE)) add(r.uid, 'codebuild-project', (r.config as unknown as CodeBuildProjectConfig).serviceRole);
  for (const r of own(NOTEBOOK_INSTANCE_TYPE)) {
    const c = r.config as unknown as NotebookInstanceConfig;
    if (!notebookIsUsable(c.status)) continue;
    if (c.roleArn === undefined) unknown(r.uid, 'sagemaker-notebook', { en: 'SageMaker notebook instance', ja: 'SageMaker ノートブックインスタンス' });
    else add(r.uid, 'sagemaker-notebook', c.roleArn);
  }
  for (const r of own(DEV_ENDPOINT_TYPE)) {
    const c = r.config as unknown as DevEndpointConfig;
    if (devEndpointIsUsable(c.status)) add(r.uid, 'glue-dev-endpoint', c.roleArn);
  }
  for (const r of own(LAUNCH_TEMPLATE_TYPE)) {
    const p = (r.config as unknown as LaunchTemplateConfig).iamInstanceProfile;
    if (p === undefined) unknown(r.uid, 'ec2-launch-template', { en: 'launch template', ja: '起動テンプレート' });
    viaProfile(r.uid, 'ec2-launch-template', p?.arn ?? (p?.name ? profileByName.get(p.name) : undefined));
  }
  const taskRoles = new Map(own(ECS_TASK_DEFINITION_TYPE).map((r) => [r.uid, (r.config as unknown as Partial<EcsTaskDefinitionConfig>).taskRoleArn]));
  const ecsTask = { en: 'ECS task', ja: 'ECS タスク' };
  for (const r of own(ECS_TASK_TYPE)) {
    const c = r.config as unknown as EcsTaskConfig;
    if (c.enableExecuteCommand !== true || c.lastStatus !== 'RUNNING') continue;
    const role = c.taskRoleOverride ?? (c.taskDefinitionArn ? taskRoles.get(c.taskDefinitionArn) : null);
    if (role === undefined) unknown(r.uid, 'ecs-task', ecsTask);
    else add(r.uid, 'ecs-task', role);
  }
  // A service that could not be described may have ECS Exec on: its tasks were not listed.
  for (const r of own(ECS_SERVICE_TYPE)) {
    if ((r.config as unknown as Partial<EcsServiceConfig>).status === undefined && r.errors?.status) unknown(r.uid, 'ecs-task', { en: 'the tasks of ECS service', ja: 'ECS サービスのタスク' });
  }
  for (const r of own(APPRUNNER_SERVICE_TYPE)) {
    const c = r.config as unknown as AppRunnerServiceConfig;
    if (!appRunnerServiceIsUsable(c.status)) continue;
    if (c.instanceRoleArn === undefined) unknown(r.uid, 'apprunner-service', { en: 'App Runner service', ja: 'App Runner サービス' });
    else add(r.uid, 'apprunner-service', c.instanceRoleArn);
  }
  for (const r of own(JOB_DEFINITION_TYPE)) {
    const c = r.config as unknown as JobDefinitionConfig;
    if (c.status !== 'ACTIVE') continue;
    for (const role of c.jobRoleArns ?? []) add(r.uid, 'batch-job-definition', role);
  }
  const tools: [string, ComputeKind, { en: string; ja: string }][] = [
    [CODE_INTERPRETER_TYPE, 'bedrock-code-interpreter', { en: 'Bedrock AgentCore code interpreter', ja: 'Bedrock AgentCore コードインタープリター' }],
    [BROWSER_TYPE, 'bedrock-browser', { en: 'Bedrock AgentCore browser', ja: 'Bedrock AgentCore ブラウザー' }],
  ];
  for (const [type, kind, what] of tools) {
    for (const r of own(type)) {
      const c = r.config as unknown as AgentCoreToolConfig;
      if (!agentCoreToolIsUsable(c.status)) continue;
      if (c.executionRoleArn === undefined) unknown(r.uid, kind, what);
      else add(r.uid, kind, c.executionRoleArn);
    }
  }
  for (const r of own(AGENT_RUNTIME_TYPE)) {
    const c = r.config as unknown as AgentRuntimeConfig;
    if (!agentRuntimeIsUsable(c.status)) continue;
    if (c.executionRoleArn === undefined || c.inboundAuth === undefined) unknown(r.uid, 'bedrock-agent-runtime', { en: 'Bedrock AgentCore runtime', ja: 'Bedrock AgentCore ランタイム' });
    // A runtime behind a JWT authorizer refuses SigV4-signed calls: InvokeAgentRuntimeCommand cannot reach it.
    else if (c.inboundAuth === 'IAM') add(r.uid, 'bedrock-agent-runtime', c.executionRoleArn);
  }
  const instancesIn = new Map<string, Resource[]>();
  for (const i of instances) {
    if ((i.config as unknown as InstanceConfig).state === 'shutting-down' || !(i.config as unknown as InstanceConfig).iamInstanceProfileArn) continue;
    const list = instancesIn.get(i.region);
    if (list) list.push(i);
    else instancesIn.set(i.region, [i]);
  }
  for (const r of own(DEPLOYMENT_GROUP_TYPE)) {
    const c = r.config as unknown as DeploymentGroupConfig;
    if (c.computePlatform !== undefined && c.computePlatform !== 'Server') continue;
    for (const i of instancesIn.get(r.region) ?? []) {
      if (deploysTo(c, i.tags ?? {})) viaProfile(r.uid, 'codedeploy-deployment-group', (i.config as unknown as InstanceConfig).iamInstanceProfileArn);
    }
  }
  return { computes: out, unknownCompute };
}

/**
 * Whether a deployment group deploys to an instance with these tags (CodeDeploy User Guide ›
 * Working with instances › tag groups): any of `ec2TagFilters`, or a filter of every list of
 * `ec2TagSet`, or membership of one of its Auto Scaling groups (the aws:autoscaling:groupName tag).
 */
function deploysTo(c: DeploymentGroupConfig, tags: Readonly<Record<string, string>>): boolean {
  const matches = (f: DeploymentTagFilter) => {
    switch (f.Type) {
      case 'KEY_ONLY':
        return f.Key !== undefined && f.Key in tags;
      case 'VALUE_ONLY':
        return Object.values(tags).includes(f.Value ?? '');
      default:
        return f.Key !== undefined && tags[f.Key] === f.Value;
    }
  };
  const asg = tags['aws:autoscaling:groupName'];
  return (
    (c.ec2TagFilters ?? []).some(matches) ||
    ((c.ec2TagSet ?? []).length > 0 && c.ec2TagSet.every((list) => list.some(matches))) ||
    (asg !== undefined && (c.autoScalingGroups ?? []).includes(asg))
  );
}

function groupPolicies(g: Resource, byName: Map<string, NamedPolicy>, managedByUid: Map<string, Resource>): { policies: NamedPolicy[]; incomplete: IncompleteReason[] } {
  const c = g.config as unknown as IamGroupConfig;
  const incomplete: IncompleteReason[] = [];
  const policies: NamedPolicy[] = [];
  if (!c.attachedPolicies || !c.inlinePolicies || g.errors?.policies) {
    incomplete.push({ code: 'policies-not-collected', subject: g.uid, message: { en: `The policies of group ${g.uid} were not collected.`, ja: `グループ ${g.uid} のポリシーを取得できませんでした。` } });
  }
  for (const p of c.inlinePolicies ?? []) {
    const name = `group/${c.groupName}:${p.policyName}`;
    const known = byName.get(name) ?? (p.document ? { name, policy: p.document } : null);
    if (known) policies.push(known);
    else incomplete.push({ code: 'policy-document-missing', subject: `${g.uid}:${p.policyName}`, message: { en: `Inline policy ${p.policyName} of group ${c.groupName} could not be parsed.`, ja: `グループ ${c.groupName} のインラインポリシー ${p.policyName} を解析できませんでした。` } });
  }
  for (const a of c.attachedPolicies ?? []) {
    let known = byName.get(a.policyArn);
    if (!known) {
      const doc = (managedByUid.get(managedPolicyUid(g.account, a.policyArn))?.config as unknown as ManagedPolicyConfig | undefined)?.document;
      if (doc) byName.set(a.policyArn, (known = { name: a.policyArn, policy: doc }));
    }
    if (known) policies.push(known);
    else incomplete.push({ code: 'policy-document-missing', subject: a.policyArn, message: { en: `The document of managed policy ${a.policyArn} was not collected.`, ja: `マネージドポリシー ${a.policyArn} のドキュメントを取得できませんでした。` } });
  }
  return { policies, incomplete };
}

// ---------------------------------------------------------------- authorizers

/**
 * FindOptions.mayAllow from identity policies, compiled once per policy object (managed policies are
 * shared by all their holders): false only when no Allow statement's Action/NotAction matches.
 * sts:AssumeRole is also possible without an identity Allow when `trustedDirectly` says a trust
 * policy of the account names the principal itself or anyone (a same-account resource-based policy
 * naming the principal grants alone; one naming the account needs the identity Allow — IAM User
 * Guide › Policy evaluation logic › same-account requests).
 */
export function sharedPrefilter(
  identity: ReadonlyMap<string, readonly NamedPolicy[]>,
  trustedDirectly: (principal: string) => boolean = () => true,
): (principal: string, action: string) => boolean {
  const perPolicy = new WeakMap<NamedPolicy, (action: string) => boolean>();
  const compiled = (np: NamedPolicy) => {
    let f = perPolicy.get(np);
    if (!f) perPolicy.set(np, (f = actionAllowMatcher(typeof np.policy === 'string' ? parsePolicyDocument(np.policy) : np.policy)));
    return f;
  };
  const cache = new Map<string, boolean>();
  return (principal, action) => {
    const lower = action.toLowerCase();
    if (lower === 'sts:assumerole' && trustedDirectly(principal)) return true;
    const key = `${principal}\u0000${lower}`;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = (identity.get(principal) ?? []).some((np) => compiled(np)(lower))));
    return v;
  };
}

const globSource = (p: string) => p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');

function actionAllowMatcher(doc: PolicyDocument | null): (lowerAction: string) => boolean {
  const actions: string[] = [];
  const nots: RegExp[] = [];
  for (const s of statements(doc)) {
    if (s.Effect !== 'Allow') continue;
    if (s.Action !== undefined) actions.push(...asList(s.Action).map(String));
    else if (s.NotAction !== undefined) nots.push(new RegExp(`^(?:${asList(s.NotAction).map((a) => globSource(String(a))).join('|')})$`, 'i'));
  }
  const any = actions.length ? new RegExp(`^(?:${actions.map(globSource).join('|')})$`, 'i') : null;
  return (a) => (any !== null && any.test(a)) || nots.some((n) => !n.test(a));
}

/**
 * engineAuthorizer, except that nobody may assume a role whose trust policy is unknown, and that a
 * trust policy which cannot name the principal is answered without the engine (the engine compiles
 * one policy set per principal × role, too slow to ask for every pair in a large account).
 */
function authorizerFor(policies: AccountPolicies, roles: ReadonlySet<string>): Authorizer {
  const base = engineAuthorizer(policies);
  const screens = new Map<string, (principal: string) => boolean>();
  return (principal, action, resource, context) => {
    if (action.toLowerCase() !== 'sts:assumerole' || !roles.has(resource)) return base(principal, action, resource, context);
    const trust = policies.trust.get(resource);
    if (trust === undefined) return false;
    let screen = screens.get(resource);
    if (!screen) screens.set(resource, (screen = trustScreen(typeof trust === 'string' ? parsePolicyDocument(trust) : trust)));
    return screen(principal) && base(principal, action, resource, context);
  };
}

/**
 * A necessary condition for a trust policy to let an IAM user or role of the account assume the
 * role: an Allow statement for sts:AssumeRole whose AWS principals include "*", the principal's
 * account (id or root ARN), or the principal's own ARN (IAM User Guide › AWS JSON policy elements:
 * Principal — no wildcards but "*" are allowed there). NotPrincipal statements are left to the engine.
 */
function trustScreen(doc: PolicyDocument | null): (principal: string) => boolean {
  const { names, anyone } = trustedPrincipals(doc);
  const accountOf = new Map<string, string[]>();
  return (principal) => {
    if (anyone || names.has(principal)) return true;
    let ids = accountOf.get(principal);
    if (!ids) {
      const m = /^arn:([^:]+):iam::(\d{12}):/.exec(principal);
      accountOf.set(principal, (ids = m ? [m[2], `arn:${m[1]}:iam::${m[2]}:root`] : []));
    }
    return ids.some((id) => names.has(id));
  };
}

/** The AWS principals an Allow statement for sts:AssumeRole names, and whether one allows anyone (`*`, NotPrincipal). */
function trustedPrincipals(doc: PolicyDocument | null): { names: Set<string>; anyone: boolean } {
  const names = new Set<string>();
  let anyone = false;
  for (const s of statements(doc)) {
    if (s.Effect !== 'Allow') continue;
    const acts = s.Action !== undefined ? asList(s.Action).map(String) : null;
    if (acts && !acts.some((a) => new RegExp(`^${globSource(a)}$`, 'i').test('sts:AssumeRole'))) continue;
    if (s.NotPrincipal !== undefined || s.Principal === '*') {
      anyone = true;
      continue;
    }
    for (const p of asList((s.Principal as Record<string, string | string[]> | undefined)?.AWS)) {
      if (p === '*') anyone = true;
      else names.add(p);
    }
  }
  return { names, anyone };
}

// ---------------------------------------------------------------- analysis and verdicts

export function analyseAccountEscalation(accountId: string, lookup: ResourceLookup, options: AnalyseOptions = {}): AccountEscalation {
  const started = performance.now();
  const inputs = escalationInputs(accountId, lookup, options);
  const roles = new Set(inputs.account.roles.map((r) => r.arn));
  const named = new Set<string>();
  let anyone = false;
  for (const doc of inputs.policies.trust.values()) {
    const t = trustedPrincipals(typeof doc === 'string' ? parsePolicyDocument(doc) : doc);
    anyone ||= t.anyone;
    for (const n of t.names) named.add(n);
  }
  const result = findEscalationPaths(inputs.account, authorizerFor(inputs.policies, roles), {
    ...(options.now ? { now: options.now } : {}),
    mayAllow: sharedPrefilter(inputs.policies.identity, (p) => anyone || named.has(p)),
    identityMayAllow: sharedPrefilter(inputs.policies.identity, () => false),
    adminAuthorize: authorizerFor(inputs.adminPolicies, roles),
  });
  const elapsedMs = performance.now() - started;

  const admins = new Set(result.admins);
  const paths = new Map(result.paths.map((p) => [p.principal, p]));
  const next = new Map<string, EscalationEdge[]>();
  for (const e of result.edges) {
    if (e.kind === 'empower') continue;
    const list = next.get(e.from);
    if (list) list.push(e);
    else next.set(e.from, [e]);
  }
  // A role with an unknown trust policy hides a way in when it is, or leads to, an administrator.
  const hiddenWayIn = inputs.unknownTrust.filter((r) => admins.has(r) || paths.has(r));
  const trustReasons: IncompleteReason[] = hiddenWayIn.map((r) => ({
    code: 'trust-policy-missing',
    subject: r,
    message: { en: `The trust policy of ${r}, which is or leads to an administrator, could not be read.`, ja: `管理者である（または管理者に至る）ロール ${r} の信頼ポリシーを読み取れませんでした。` },
  }));

  // Compute of unknown role: a principal without a path that may act on compute of that kind (its
  // own identity policies allow an action of one of the kind's methods), or reaches a node that may,
  // is undetermined: the compute might carry an administrator role.
  const unknownByKind = new Map<ComputeKind, IncompleteReason[]>();
  for (const u of inputs.unknownCompute) (unknownByKind.get(u.kind) ?? unknownByKind.set(u.kind, []).get(u.kind)!).push(u.reason);
  const kindActions = [...unknownByKind.keys()].map((kind) => ({
    reasons: unknownByKind.get(kind)!,
    actions: [...new Set(ESCALATION_METHODS.filter((m) => m.computeKind === kind).flatMap((m) => m.requires.filter((r) => r.resource.kind === 'target').map((r) => r.action)))],
  }));
  const identityMay = kindActions.length ? sharedPrefilter(inputs.policies.identity, () => false) : () => false;
  const computeReasons = (node: string): IncompleteReason[] => kindActions.flatMap((k) => (k.actions.some((a) => identityMay(node, a)) ? k.reasons : []));

  const verdict = (arn: string): PrincipalVerdict => {
    const p = inputs.principals.get(arn);
    if (!p) return { status: 'unknown-principal' };
    if (p.serviceLinked) return { status: 'service-linked' };
    const path = paths.get(arn);
    if (p.incomplete.length) return { status: 'incomplete', reasons: p.incomplete, ...(path ? { path } : {}) };
    if (admins.has(arn)) return { status: 'admin' };
    if (path) {
      const onPath = new Set([...path.steps.map((s) => s.from), path.admin]);
      const caveats = [...[...onPath].flatMap((n) => inputs.unknown.get(n) ?? []), ...inputs.accountIncomplete];
      return { status: 'path', path, caveats };
    }
    const reasons: IncompleteReason[] = [...trustReasons, ...computeReasons(arn)];
    const visited = new Set([arn]);
    const queue = [arn];
    while (queue.length) {
      const at = queue.pop()!;
      for (const e of next.get(at) ?? []) {
        if (visited.has(e.to)) continue;
        visited.add(e.to);
        queue.push(e.to);
        reasons.push(...(inputs.unknown.get(e.to) ?? []), ...computeReasons(e.to));
      }
    }
    return reasons.length ? { status: 'reaches-unknown', reasons } : { status: 'no-path' };
  };
  return { account: accountId, result, inputs, elapsedMs, verdict };
}

const memo = new WeakMap<EvaluationContext, Map<string, AccountEscalation>>();

/** The account's analysis, computed once per assessment (per EvaluationContext) and reused. */
export function escalationFor(ctx: EvaluationContext, accountId: string): AccountEscalation {
  let byAccount = memo.get(ctx);
  if (!byAccount) memo.set(ctx, (byAccount = new Map()));
  let a = byAccount.get(accountId);
  if (!a) {
    const lookup: ResourceLookup = (type) => ((ESCALATION_ORG_TYPES as readonly string[]).includes(type) ? ctx.resources(type) : ctx.resources(type, { account: accountId }));
    const busiest = busiestRegion(ctx, accountId);
    a = analyseAccountEscalation(accountId, lookup, { now: ctx.now, ...(busiest ? { region: busiest } : {}), failedListings: ctx.listingErrors?.(accountId) ?? [] });
    byAccount.set(accountId, a);
  }
  return a;
}

/** The account's busiest region among the compute it runs, else the first region collected. */
function busiestRegion(ctx: EvaluationContext, accountId: string): string | undefined {
  const counts = new Map<string, number>();
  for (const t of [INSTANCE_TYPE, LAMBDA_FUNCTION_TYPE]) for (const r of ctx.resources(t, { account: accountId })) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return top ?? ctx.regions(accountId).sort()[0];
}

// ---------------------------------------------------------------- presentation

export interface StepEvidence {
  method: string | null;
  kind: EscalationEdge['kind'];
  from: string;
  to: string;
  via?: string;
  requests: { action: string; resource: string }[];
  why: LocalizedText;
}

export const stepEvidence = (s: EscalationEdge): StepEvidence => ({
  method: s.method,
  kind: s.kind,
  from: s.from,
  to: s.to,
  ...(s.via ? { via: s.via } : {}),
  requests: s.requests.map((r) => ({ action: r.action, resource: r.resource })),
  why: s.why,
});

/** The fix of the first catalogued method on the path (breaking the first step breaks the path). */
export function firstFix(path: EscalationPath): { method: string; fix: LocalizedText } | undefined {
  const first = path.steps.find((s) => s.method);
  const m = first?.method ? ESCALATION_METHODS_BY_ID.get(first.method) : undefined;
  return m ? { method: m.id, fix: m.fix } : undefined;
}

export const CATALOGUE_SIZE = ESCALATION_METHODS.length;
