/**
 * Entry points: compute an internet attacker can run code on, and the role whose credentials that
 * code then holds.
 *   - EC2 instances: the five-factor exposure (network.ts); the role of the instance profile, whose
 *     temporary credentials the instance metadata service hands out. With IMDSv1
 *     (HttpTokens=optional) a server-side request forgery suffices; with IMDSv2 the attacker needs
 *     code execution on the instance (a web shell still gets the token).
 *   - Lambda functions with a function URL whose AuthType is NONE and whose resource-based policy
 *     lets anyone call lambda:InvokeFunctionUrl (Lambda Developer Guide › "Control access to Lambda
 *     function URLs"): the execution role's credentials are in the function's environment.
 *   - Either of them registered in a target group that a listener of an internet-facing load
 *     balancer forwards to (network.ts): `exposure.through` names the load balancer and listener.
 *   - ECS services: their awsvpc tasks with a public IP, or the target groups the service registers
 *     its tasks in (network.ts › ecsServiceExposure); the task role, whose credentials the container
 *     credentials endpoint (169.254.170.2, AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) hands to any code
 *     running in the task's containers (Amazon ECS Developer Guide › "Amazon ECS task IAM role").
 *     No IMDS factor: the endpoint's path is a per-task secret held in the container's environment,
 *     so the attacker needs code execution (or a file read of the environment), not a blind SSRF.
 *   - EKS clusters (eks.ts): pods of the namespaces an internet-facing load balancer of the
 *     cluster's Kubernetes controllers forwards to (network.ts › eksWorkloadExposure). Which
 *     service account an exposed pod runs as is not in the snapshot, so every role a pod of those
 *     namespaces may hold is a candidate, each analysed as its own entry point and merged into one
 *     analysis per cluster: EKS Pod Identity associations of the namespaces, IAM roles for service
 *     accounts (IRSA) whose trust policy the engine says lets the cluster's OIDC provider in for a
 *     service account of the namespaces, and the node role when pods reach the nodes' IMDS. Worker
 *     nodes remain EC2 entry points of their own.
 */
import type { EvaluationContext } from '../../../model/rule.js';
import type { LocalizedText, Resource } from '../../../model/types.js';
import { evaluate } from '../iam/index.js';
import { INSTANCE_PROFILE_TYPE } from '../model/iam.js';
import type { InstanceConfig } from '../model/ec2.js';
import type { LambdaFunctionConfig } from '../model/lambda.js';
import type { EksClusterConfig } from '../model/eks.js';
import { ECS_TASK_DEFINITION_TYPE, type EcsServiceConfig, type EcsTaskDefinitionConfig } from '../model/ecs.js';
import { formatPorts, type Exposure, type NetworkIndex, type PortRange } from './network.js';

/** How a pod of an EKS cluster may hold a candidate role. */
export interface EksCandidate {
  mechanism: 'pod-identity' | 'irsa' | 'node-role';
  /** The exposed namespace the role is a candidate for ('*': any). */
  namespace: string;
  /** The service account (as named by the association or the trust policy; may be a pattern). */
  serviceAccount?: string;
  /** Why the role is a candidate (the association, the trust statement, the nodes' IMDS settings). */
  basis: LocalizedText;
}

export interface EntryPoint {
  /** The compute resource (the finding's resource). */
  resource: Resource<InstanceConfig> | Resource<LambdaFunctionConfig> | Resource<EcsServiceConfig> | Resource<EksClusterConfig>;
  /** lambda-load-balancer: a function reached only through a load balancer listener (no open function URL). */
  kind: 'ec2-instance' | 'lambda-function-url' | 'lambda-load-balancer' | 'ecs-service' | 'eks-workload';
  exposure: Exposure;
  /** The role ARN the compute runs as; null when it has none; undefined when unknown. */
  role: string | null | undefined;
  /** How the attacker gets the role's credentials, and what raises or lowers the likelihood. */
  credentials: { how: LocalizedText; imdsV1: boolean; subject?: string };
  /** eks-workload: the exposed namespaces ('*': any) and how a pod may hold `role`. */
  eks?: { namespaces: string[]; candidate?: EksCandidate };
}

/** The role of an instance's instance profile: null without a profile, undefined when the profile is not in the snapshot. */
export function instanceRole(instance: Resource<InstanceConfig>, ctx: EvaluationContext): string | null | undefined {
  const profile = instance.config.iamInstanceProfileArn;
  if (!profile) return null;
  const p = ctx.byUid(profile);
  return p?.type === INSTANCE_PROFILE_TYPE ? p.relationships?.find((r) => r.type === 'has-role')?.target : undefined;
}

export function instanceEntry(instance: Resource<InstanceConfig>, network: NetworkIndex, ctx: EvaluationContext): EntryPoint {
  const c = instance.config;
  const exposure = network.instanceExposure(instance);
  const profile = c.iamInstanceProfileArn;
  const role = instanceRole(instance, ctx);
  const endpointOff = c.metadataOptions?.HttpEndpoint === 'disabled';
  const imdsV1 = !endpointOff && c.metadataOptions?.HttpTokens !== 'required';
  const how: LocalizedText = endpointOff
    ? { en: 'The metadata endpoint is disabled: the role is reachable only through code execution that finds another way to the credentials.', ja: 'メタデータエンドポイントは無効です。認証情報の取得には別経路でのコード実行が必要です。' }
    : imdsV1
      ? {
          en: `IMDSv1 answers (HttpTokens=${c.metadataOptions?.HttpTokens ?? 'unset'}): one GET to 169.254.169.254 from a web shell or an SSRF returns the credentials of instance profile ${profile}.`,
          ja: `IMDSv1 が応答します（HttpTokens=${c.metadataOptions?.HttpTokens ?? '未設定'}）。Web シェルや SSRF から 169.254.169.254 への GET 1 回でインスタンスプロファイル ${profile} の認証情報が取得できます。`,
        }
      : {
          en: `IMDSv2 is required: an SSRF is not enough, but code execution on the instance (a web shell) still obtains the credentials of instance profile ${profile}.`,
          ja: `IMDSv2 が必須のため SSRF だけでは取得できませんが、インスタンス上でのコード実行（Web シェル）があればインスタンスプロファイル ${profile} の認証情報を取得できます。`,
        };
  return { resource: instance, kind: 'ec2-instance', exposure, role, credentials: { how, imdsV1, subject: profile ?? undefined } };
}

/** Exposed when either is; unknown when neither is and one cannot be decided. */
function either(url: Exposure, lb: Exposure | null): Exposure {
  if (!lb) return url;
  if (url.status === 'exposed' || lb.status === 'exposed') {
    const parts = [url, lb].filter((e) => e.status === 'exposed');
    const ports = parts.flatMap((e) => e.ports).sort((a, b) => a.from - b.from);
    return { status: 'exposed', ports: ports.filter((p, i) => !i || p.from !== ports[i - 1].from || p.to !== ports[i - 1].to), factors: parts.flatMap((e) => e.factors), ...(lb.through?.length ? { through: lb.through } : {}) };
  }
  return { status: url.status === 'unknown' || lb.status === 'unknown' ? 'unknown' : 'not-exposed', ports: [], factors: [...url.factors, ...lb.factors] };
}

/**
 * A function URL with AuthType NONE that the function's policy opens to anyone (the engine
 * decides), or a listener of an internet-facing load balancer that forwards to the function (given
 * the network index).
 */
export function lambdaEntry(fn: Resource<LambdaFunctionConfig>, network?: NetworkIndex): EntryPoint {
  const c = fn.config;
  const urls = c.functionUrls;
  const none = (urls ?? []).filter((u) => u.AuthType === 'NONE');
  let exposure: Exposure;
  if (urls === undefined || (none.length && c.policy === undefined)) {
    exposure = { status: 'unknown', ports: [], factors: [{ factor: 'public-address', holds: null, reason: { en: 'The function URLs or the function policy were not collected.', ja: '関数 URL または関数ポリシーを取得できませんでした。' } }] };
  } else if (!none.length) {
    exposure = { status: 'not-exposed', ports: [], factors: [{ factor: 'public-address', holds: false, reason: { en: 'The function has no function URL with AuthType NONE.', ja: '関数に AuthType NONE の関数 URL はありません。' } }] };
  } else {
    const url = none[0];
    const decision = c.policy
      ? evaluate(
          { principal: 'anonymous', action: 'lambda:InvokeFunctionUrl', resource: url.FunctionArn, resourceAccount: fn.account, context: { 'lambda:FunctionUrlAuthType': 'NONE', 'aws:SecureTransport': true } },
          { resource: { name: `${fn.uid} resource policy`, policy: c.policy as never } },
        ).decision
      : 'ImplicitDeny';
    exposure =
      decision === 'Allow'
        ? { status: 'exposed', ports: [{ from: 443, to: 443 }], factors: [{ factor: 'public-address', holds: true, subject: url.FunctionUrl, reason: { en: `Function URL ${url.FunctionUrl} has AuthType NONE and the function policy lets anyone invoke it.`, ja: `関数 URL ${url.FunctionUrl} は AuthType NONE で、関数ポリシーが誰にでも呼び出しを許可しています。` } }] }
        : { status: 'not-exposed', ports: [], factors: [{ factor: 'public-address', holds: false, subject: url.FunctionUrl, reason: { en: `Function URL ${url.FunctionUrl} has AuthType NONE but the function policy does not let anyone invoke it.`, ja: `関数 URL ${url.FunctionUrl} は AuthType NONE ですが、関数ポリシーは誰にでも呼び出しを許可していません。` } }] };
  }
  const url = exposure;
  exposure = either(url, network?.lambdaExposure(fn) ?? null);
  return {
    resource: fn,
    kind: url.status !== 'exposed' && exposure.status === 'exposed' ? 'lambda-load-balancer' : 'lambda-function-url',
    exposure,
    role: c.Role ?? undefined,
    credentials: {
      how: { en: `A code injection in the function yields the execution role's credentials from its environment (AWS_ACCESS_KEY_ID, AWS_SESSION_TOKEN).`, ja: '関数へのコードインジェクションで、環境変数（AWS_ACCESS_KEY_ID、AWS_SESSION_TOKEN）から実行ロールの認証情報が得られます。' },
      imdsV1: false,
    },
  };
}

/**
 * An ECS service: exposure of its tasks (network.ts) and its task definition's task role. The task
 * definition not collected (or its role fields failed): role unknown.
 */
export function ecsEntry(service: Resource<EcsServiceConfig>, network: NetworkIndex, ctx: EvaluationContext): EntryPoint {
  const arn = service.config.taskDefinition;
  const found = arn ? ctx.byUid<EcsTaskDefinitionConfig>(arn) : undefined;
  const td = found?.type === ECS_TASK_DEFINITION_TYPE && Array.isArray(found.config.containers) ? found : undefined;
  const exposure = network.ecsServiceExposure(service, td?.config);
  // taskDefinition null: the service's description failed or named none; the role is then unknown too.
  const role: string | null | undefined = td && (td.config.taskRoleArn === null || typeof td.config.taskRoleArn === 'string') ? td.config.taskRoleArn : undefined;
  const name = td ? td.name : (arn ?? 'the task definition');
  return {
    resource: service,
    kind: 'ecs-service',
    exposure,
    role,
    credentials: {
      how: {
        en: `Code execution in a container of ${name} reads the task role's credentials from the container credentials endpoint (169.254.170.2 plus the path in AWS_CONTAINER_CREDENTIALS_RELATIVE_URI).`,
        ja: `${name} のコンテナ内でコードを実行できれば、コンテナ認証情報エンドポイント（169.254.170.2 と AWS_CONTAINER_CREDENTIALS_RELATIVE_URI のパス）からタスクロールの認証情報を取得できます。`,
      },
      imdsV1: false,
      subject: td?.uid ?? arn ?? undefined,
    },
  };
}

export const describePorts = (ports: PortRange[]) => formatPorts(ports);
