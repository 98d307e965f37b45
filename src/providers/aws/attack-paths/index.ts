/**
 * Attack paths (toxic combinations) of an AWS snapshot: internet exposure of compute (network.ts,
 * entry.ts; EKS workloads: eks.ts) → the compute's role → what the role can reach, decided by the policy evaluation
 * engine (authorize.ts, targets.ts) → one path per (entry, target) with steps, likelihood × impact
 * and the cheapest fix (paths.ts).
 *
 * Computed ONCE per assessment: `attackPathAnalysis(ctx)` is memoised on the EvaluationContext, so
 * every rule and every resource of one assessment shares the authorisation model, the network index
 * and the per-role reach. Reach is computed once per role (several instances share a role).
 */
import type { EvaluationContext } from '../../../model/rule.js';
import type { LocalizedText, Resource } from '../../../model/types.js';
import { ADMIN_PROBES } from '../iam/escalation/find.js';
import { buildAuthorizationModel, resourcePolicyFor, type AuthorizationModel, type IncompleteReason } from '../iam/snapshot.js';
import { statements, type PolicyDocument } from '../model/iam.js';
import { INSTANCE_TYPE, type InstanceConfig } from '../model/ec2.js';
import { GROUP_TYPE, INSTANCE_PROFILE_TYPE, MANAGED_POLICY_TYPE, ROLE_TYPE, USER_TYPE } from '../model/iam.js';
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../model/lambda.js';
import { MEMBERSHIP_TYPE, ORGANIZATION_TYPE, ORG_POLICY_TYPE, ORG_ROOT_TYPE } from '../model/organizations.js';
import { BUCKET_TYPE } from '../model/s3.js';
import { KMS_KEY_TYPE } from '../model/kms.js';
import { SECRET_TYPE } from '../model/secretsmanager.js';
import { TOPIC_TYPE as SNS_TOPIC_TYPE } from '../model/sns.js';
import { SQS_QUEUE_TYPE } from '../model/sqs.js';
import { ECR_REPOSITORY_TYPE } from '../model/ecr.js';
import { PIPELINE_TYPE, type PipelineConfig } from '../model/codepipeline.js';
import { RoleAuthorizer, type Grant } from './authorize.js';
import { ecsEntry, instanceEntry, lambdaEntry, type EntryPoint } from './entry.js';
import { ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE, type EcsServiceConfig } from '../model/ecs.js';
import { EKS_CLUSTER_TYPE, EKS_POD_IDENTITY_ASSOCIATION_TYPE, type EksClusterConfig } from '../model/eks.js';
import { eksBareEntry, eksCandidates, eksEntries, irsaIndex, namespacesText } from './eks.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, TARGET_GROUP_TYPE } from '../model/elbv2.js';
import { NetworkIndex } from './network.js';
import { buildPath, incompleteText, type AttackPath } from './paths.js';
import { findTargets, type Target, type TargetClass } from './targets.js';

export type { AttackPath, AttackStep, Fix } from './paths.js';
export type { Exposure, ExposureFactor, PortRange } from './network.js';
export type { EksCandidate, EntryPoint } from './entry.js';
export type { Target, TargetClass } from './targets.js';
export { naclWorldPorts, formatPorts } from './network.js';

/** What the analysis concluded for one compute resource. */
export interface EntryAnalysis {
  entry: EntryPoint;
  /**
   * paths: at least one path; none: no path (see reason); unknown: an input is missing (exposure,
   * the role, or the role's policies) and no path was found on what was collected.
   */
  status: 'paths' | 'none' | 'unknown';
  paths: AttackPath[];
  reason: LocalizedText;
}

export interface AttackPathAnalysis {
  /** By compute resource uid. */
  entries: Map<string, EntryAnalysis>;
  /** Every path, most severe first. */
  paths: AttackPath[];
  model: AuthorizationModel;
}

/** Resource types the analysis reads (for rules' `reads`). */
export const ATTACK_PATH_READS = [
  USER_TYPE,
  ROLE_TYPE,
  GROUP_TYPE,
  MANAGED_POLICY_TYPE,
  INSTANCE_PROFILE_TYPE,
  ORGANIZATION_TYPE,
  ORG_POLICY_TYPE,
  ORG_ROOT_TYPE,
  MEMBERSHIP_TYPE,
  BUCKET_TYPE,
  KMS_KEY_TYPE,
  SECRET_TYPE,
  PIPELINE_TYPE,
  'AWS::CodeDeploy::DeploymentGroup',
  'AWS::EC2::Subnet',
  'AWS::EC2::RouteTable',
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::EIP',
  LOAD_BALANCER_TYPE,
  LISTENER_TYPE,
  TARGET_GROUP_TYPE,
  ECS_TASK_DEFINITION_TYPE,
  EKS_POD_IDENTITY_ASSOCIATION_TYPE,
];

/** Types whose resources feed the authorisation model. */
const MODEL_TYPES = [USER_TYPE, ROLE_TYPE, GROUP_TYPE, MANAGED_POLICY_TYPE, ORGANIZATION_TYPE, ORG_POLICY_TYPE, ORG_ROOT_TYPE, MEMBERSHIP_TYPE, BUCKET_TYPE, KMS_KEY_TYPE, LAMBDA_FUNCTION_TYPE, ECR_REPOSITORY_TYPE, SNS_TOPIC_TYPE, SQS_QUEUE_TYPE, SECRET_TYPE];

const analyses = new WeakMap<EvaluationContext, AttackPathAnalysis>();

/** The attack paths of the assessment's snapshot, computed on first use and shared by every rule. */
export function attackPathAnalysis(ctx: EvaluationContext): AttackPathAnalysis {
  let a = analyses.get(ctx);
  if (!a) {
    a = analyse(ctx);
    analyses.set(ctx, a);
  }
  return a;
}

/**
 * Which other accounts' roles a resource policy's Allow statements can let in: `*` (anyone, or
 * NotPrincipal), or the account ids its AWS principals name. Service and federated principals are
 * never another account's role, so they open nothing here.
 */
function outsideAccounts(policy: PolicyDocument | string | undefined, account: string): Set<string> | '*' {
  const out = new Set<string>();
  if (!policy) return out;
  let doc: PolicyDocument;
  try {
    doc = typeof policy === 'string' ? (JSON.parse(policy) as PolicyDocument) : policy;
  } catch {
    return '*';
  }
  for (const st of statements(doc)) {
    if (st.Effect !== 'Allow') continue;
    if (st.NotPrincipal !== undefined || st.Principal === '*') return '*';
    const aws = (st.Principal as Record<string, string | string[]> | undefined)?.AWS;
    for (const p of aws === undefined ? [] : Array.isArray(aws) ? aws : [aws]) {
      if (p === '*') return '*';
      const id = /^\d{12}$/.test(p) ? p : /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(p)?.[1];
      if (!id) return '*';
      if (id !== account) out.add(id);
    }
  }
  return out;
}

const severityRank = (p: AttackPath) => (p.class === 'code-execution' ? 0 : 1);
const LEVEL = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 } as const;

function analyse(ctx: EvaluationContext): AttackPathAnalysis {
  function* modelResources(): Iterable<Resource> {
    for (const t of MODEL_TYPES) yield* ctx.resources(t);
  }
  const model = buildAuthorizationModel(modelResources());
  const network = new NetworkIndex(ctx);
  const authorizer = new RoleAuthorizer(model, ctx.now);
  const targets = findTargets(ctx);
  // A role reaches its own account's targets, and another account's only through a resource policy
  // that names someone outside that account: the rest need not be asked (O(accounts²) otherwise).
  const targetsByAccount = new Map<string, Target[]>();
  const sharedWith = new Map<string, Target[]>();
  // Targets open to anyone, by action: a role whose identity policies allow an action nowhere skips
  // the whole group (cross-account access needs the caller's identity Allow), so the work per role
  // does not grow with the number of other accounts. `order` keeps the targets' order for results.
  const sharedWithAnyone = new Map<string, Target[]>();
  const order = new Map<Target, number>();
  const add = (m: Map<string, Target[]>, k: string, t: Target) => (m.get(k) ?? m.set(k, []).get(k)!).push(t);
  for (const t of targets) {
    order.set(t, order.size);
    add(targetsByAccount, t.account, t);
    const outside = outsideAccounts(resourcePolicyFor(model, t.resource)?.policy?.policy, t.account);
    if (outside === '*') add(sharedWithAnyone, t.action, t);
    else for (const a of outside) add(sharedWith, a, t);
  }
  const reachByRole = new Map<string, { target: Target; grant: Grant }[]>();
  const pipelinesStartable = new Map<string, Map<string, Grant>>();

  const reach = (roleArn: string) => {
    let out = reachByRole.get(roleArn);
    if (out) return out;
    out = [];
    const role = model.principals.get(roleArn)!;
    for (const t of [...(targetsByAccount.get(role.account) ?? []), ...(sharedWith.get(role.account) ?? [])]) {
      const g = authorizer.check(role, t.action, t.resource);
      if (g.allowed) out.push({ target: t, grant: g });
    }
    const open: { target: Target; grant: Grant }[] = [];
    for (const [action, group] of sharedWithAnyone) {
      if (!authorizer.mayAllowAction(role, action)) continue;
      for (const t of group) {
        if (t.account === role.account) continue;
        const g = authorizer.check(role, t.action, t.resource);
        if (g.allowed) open.push({ target: t, grant: g });
      }
    }
    out.push(...open.sort((a, b) => order.get(a.target)! - order.get(b.target)!));
    // Administrator only when every probe is allowed: stop at the first one that is not.
    const admin: Grant[] = [];
    for (const a of ADMIN_PROBES) {
      const g = authorizer.check(role, a, '*');
      if (!g.allowed) break;
      admin.push(g);
    }
    if (admin.length === ADMIN_PROBES.length) {
      const t: Target = { kind: 'admin', class: 'code-execution', uid: `arn:${role.partition}:iam::${role.account}:root`, name: `account ${role.account}`, account: role.account, action: ADMIN_PROBES[0], resource: '*', basis: 'administrator (every administrative probe action allowed on "*")' };
      out.push({ target: t, grant: { ...admin[0], deciding: [...new Map(admin.flatMap((g) => g.deciding).map((s) => [`${s.layer}|${s.policy}|${s.statement}`, s])).values()] } });
    }
    reachByRole.set(roleArn, out);
    return out;
  };
  const startable = (roleArn: string, pipeline: Resource<PipelineConfig>): Grant | null => {
    let m = pipelinesStartable.get(roleArn);
    if (!m) pipelinesStartable.set(roleArn, (m = new Map()));
    let g = m.get(pipeline.uid);
    if (!g) m.set(pipeline.uid, (g = authorizer.check(model.principals.get(roleArn)!, 'codepipeline:StartPipelineExecution', pipeline.uid)));
    return g.allowed ? g : null;
  };

  const entries = new Map<string, EntryAnalysis>();
  const all: AttackPath[] = [];
  const consider = (entry: EntryPoint) => {
    const result = analyseEntry(entry, model, reach, startable);
    entries.set(entry.resource.uid, result);
    all.push(...result.paths);
  };
  for (const i of ctx.resources<InstanceConfig>(INSTANCE_TYPE)) consider(instanceEntry(i, network, ctx));
  for (const f of ctx.resources<LambdaFunctionConfig>(LAMBDA_FUNCTION_TYPE)) consider(lambdaEntry(f, network));
  for (const s of ctx.resources<EcsServiceConfig>(ECS_SERVICE_TYPE)) consider(ecsEntry(s, network, ctx));
  let irsa: ReturnType<typeof irsaIndex> | undefined;
  for (const cluster of ctx.resources<EksClusterConfig>(EKS_CLUSTER_TYPE)) {
    if (typeof cluster.config.name !== 'string' || !cluster.config.resourcesVpcConfig) continue;
    const result = analyseCluster(cluster, network, ctx, (irsa ??= irsaIndex(model)), (e) => analyseEntry(e, model, reach, startable));
    entries.set(cluster.uid, result);
    all.push(...result.paths);
  }
  all.sort((a, b) => severityRank(a) - severityRank(b) || LEVEL[b.likelihood] - LEVEL[a.likelihood] || a.entry.localeCompare(b.entry) || a.target.uid.localeCompare(b.target.uid));
  return { entries, paths: all, model };
}

function analyseEntry(
  entry: EntryPoint,
  model: AuthorizationModel,
  reach: (role: string) => { target: Target; grant: Grant }[],
  startable: (role: string, pipeline: Resource<PipelineConfig>) => Grant | null,
): EntryAnalysis {
  const { exposure } = entry;
  const name = entry.resource.name;
  if (exposure.status === 'not-exposed') {
    const why = exposure.factors.find((f) => f.holds === false)!.reason;
    return { entry, status: 'none', paths: [], reason: { en: `${name} is not reachable from the internet: ${why.en}`, ja: `${name} はインターネットから到達できません: ${why.ja}` } };
  }
  if (exposure.status === 'unknown') {
    const missing = exposure.factors.filter((f) => f.holds === null && f.factor !== 'load-balancer').map((f) => f.reason);
    return { entry, status: 'unknown', paths: [], reason: { en: `Internet exposure of ${name} cannot be decided: ${missing.map((m) => m.en).join(' ')}`, ja: `${name} のインターネット公開を判定できません: ${missing.map((m) => m.ja).join(' ')}` } };
  }
  if (entry.role === null) {
    return { entry, status: 'none', paths: [], reason: { en: `${name} is reachable from the internet but runs without a role: no AWS credentials to steal.`, ja: `${name} はインターネットから到達可能ですが、ロールがないため窃取できる AWS 認証情報はありません。` } };
  }
  const role = entry.role ? model.principals.get(entry.role) : undefined;
  if (!role) {
    return { entry, status: 'unknown', paths: [], reason: { en: `The role of ${name} (${entry.role ?? entry.credentials.subject ?? 'unknown'}) is not in the snapshot.`, ja: `${name} のロール（${entry.role ?? entry.credentials.subject ?? '不明'}）がスナップショットにありません。` } };
  }
  const paths: AttackPath[] = [];
  for (const { target, grant } of reach(role.arn)) {
    let trigger: { pipeline: string; grant: Grant } | null = null;
    for (const p of target.kind === 'artifact-store' ? (target.pipelines ?? []) : []) {
      const g = startable(role.arn, p);
      if (g) {
        trigger = { pipeline: p.name, grant: g };
        break;
      }
    }
    paths.push(buildPath(entry, role, target, grant, trigger));
  }
  if (paths.length) return { entry, status: 'paths', paths, reason: paths[0].summary };
  const incomplete: IncompleteReason[] = role.incomplete;
  if (incomplete.length) {
    const t = incompleteText(incomplete);
    return { entry, status: 'unknown', paths: [], reason: { en: `${name} is reachable from the internet; what role ${role.name} can reach cannot be decided: ${t.en}`, ja: `${name} はインターネットから到達可能ですが、ロール ${role.name} の到達範囲を判定できません: ${t.ja}` } };
  }
  return { entry, status: 'none', paths: [], reason: { en: `${name} is reachable from the internet, but role ${role.name} reaches no CI/CD artifact store, deployment group, administrator access or sensitive data store.`, ja: `${name} はインターネットから到達可能ですが、ロール ${role.name} は CI/CD アーティファクトストア、デプロイグループ、管理者権限、機密データのいずれにも到達しません。` } };
}

/**
 * One analysis per EKS cluster: its workloads' exposure, then each candidate role as its own entry
 * point (eks.ts), merged: paths from every candidate; unknown when no path was found and a
 * candidate (or the list of candidates) could not be decided; none otherwise.
 */
function analyseCluster(
  cluster: Resource<EksClusterConfig>,
  network: NetworkIndex,
  ctx: EvaluationContext,
  irsa: ReturnType<typeof irsaIndex>,
  analyse: (entry: EntryPoint) => EntryAnalysis,
): EntryAnalysis {
  const { exposure, namespaces } = network.eksWorkloadExposure(cluster);
  const bare = eksBareEntry(cluster, exposure, namespaces);
  if (exposure.status !== 'exposed') return analyse(bare);
  const name = cluster.config.name;
  const where = namespacesText(namespaces);
  const { roles, missing } = eksCandidates(cluster, namespaces, ctx, irsa);
  const results = eksEntries(cluster, exposure, namespaces, roles).map(analyse);
  const paths = results.flatMap((r) => r.paths);
  if (paths.length) return { entry: results.find((r) => r.paths.length)!.entry, status: 'paths', paths, reason: paths[0].summary };
  const unknown = results.filter((r) => r.status === 'unknown').map((r) => r.reason);
  unknown.push(...missing);
  if (unknown.length) {
    return {
      entry: results[0]?.entry ?? bare,
      status: 'unknown',
      paths: [],
      reason: { en: `Workloads of EKS cluster ${name} in ${where.en} are reachable from the internet; their roles cannot all be decided: ${unknown.map((u) => u.en).join(' ')}`, ja: `EKS クラスター ${name} の${where.ja} のワークロードはインターネットから到達可能ですが、そのロールをすべては判定できません: ${unknown.map((u) => u.ja).join(' ')}` },
    };
  }
  if (!results.length) {
    return { entry: bare, status: 'none', paths: [], reason: { en: `Workloads of EKS cluster ${name} in ${where.en} are reachable from the internet, but no EKS Pod Identity association, IAM role for service accounts or node role reachable through IMDS gives their pods AWS credentials.`, ja: `EKS クラスター ${name} の${where.ja} のワークロードはインターネットから到達可能ですが、EKS Pod Identity の関連付け、サービスアカウントの IAM ロール（IRSA）、IMDS 経由で到達できるノードロールのいずれも Pod に AWS 認証情報を与えていません。` } };
  }
  const names = [...new Set(results.map((r) => r.entry.role).filter((r): r is string => !!r).map((r) => r.slice(r.lastIndexOf('/') + 1)))];
  return {
    entry: results[0].entry,
    status: 'none',
    paths: [],
    reason: { en: `Workloads of EKS cluster ${name} in ${where.en} are reachable from the internet, but no role their pods may hold (${names.join(', ')}) reaches a CI/CD artifact store, deployment group, administrator access or sensitive data store.`, ja: `EKS クラスター ${name} の${where.ja} のワークロードはインターネットから到達可能ですが、Pod が持ち得るロール（${names.join('、')}）はいずれも CI/CD アーティファクトストア、デプロイグループ、管理者権限、機密データに到達しません。` },
  };
}

/** Paths of one class for one compute resource (what a rule reports). */
export function pathsOf(analysis: EntryAnalysis, cls: TargetClass): AttackPath[] {
  return analysis.paths.filter((p) => p.class === cls);
}
