/**
 * EKS workloads as entry points: which roles a pod of an internet-exposed namespace may hold.
 *
 * The snapshot says which namespaces an internet-facing load balancer forwards to
 * (network.ts › eksWorkloadExposure), not which pods or service accounts run behind it, so every
 * role a pod of those namespaces may hold is a candidate:
 *   - EKS Pod Identity associations of the cluster in those namespaces: the EKS Pod Identity Agent
 *     hands the pods of the association's service account the credentials of its role, or of its
 *     target role for a cross-account association (Amazon EKS User Guide › "Learn how EKS Pod
 *     Identity grants pods access to AWS services"; EKS API Reference › PodIdentityAssociation
 *     targetRoleArn). The role's trust policy is not checked again: EKS checks it when the
 *     association is created.
 *   - IAM roles for service accounts (IRSA): the pod's projected service-account token is exchanged
 *     with sts:AssumeRoleWithWebIdentity by the cluster's IAM OIDC provider
 *     `arn:<partition>:iam::<role account>:oidc-provider/<issuer host and path>`, with the request
 *     keys `<issuer>:sub` = `system:serviceaccount:<namespace>:<service account>` and
 *     `<issuer>:aud` = `sts.amazonaws.com` (Amazon EKS User Guide › "IAM roles for service
 *     accounts", "Assign IAM roles to Kubernetes service accounts"). The policy evaluation engine
 *     decides with the role's trust policy; the service accounts tried are the ones the trust's
 *     StringEquals / StringLike `sub` conditions name (wildcards filled in), and `default` of the
 *     namespace when it names none (a trust with no `sub` condition lets every service account of
 *     the cluster in).
 *   - The node role, when pods reach the worker nodes' instance metadata service: IMDSv1 answers
 *     (HttpTokens optional), or IMDSv2 with a PUT response hop limit of 2 or more. With IMDSv2
 *     required and a hop limit of 1 the token response does not survive the extra hop into a pod's
 *     network namespace (Amazon EKS Best Practices Guide › Security › Identity and access
 *     management › "Restrict access to the instance profile assigned to the worker node"). Pods
 *     with hostNetwork still reach it; the snapshot does not say which pods those are. Worker
 *     nodes: running instances tagged `eks:cluster-name` = the cluster's name (managed node groups)
 *     or `kubernetes.io/cluster/<name>` (self-managed nodes, Karpenter).
 * Which service account the exposed pod runs as stays unknown: a candidate's path says so and its
 * likelihood is not raised for it.
 */
import type { EvaluationContext } from '../../../model/rule.js';
import type { LocalizedText, Resource } from '../../../model/types.js';
import { evaluate } from '../iam/index.js';
import type { AuthorizationModel, PrincipalModel } from '../iam/snapshot.js';
import { INSTANCE_TYPE, type InstanceConfig } from '../model/ec2.js';
import { EKS_POD_IDENTITY_ASSOCIATION_TYPE, type EksClusterConfig, type EksPodIdentityAssociationConfig } from '../model/eks.js';
import { asList, statements, type PolicyDocument } from '../model/iam.js';
import { instanceRole, type EksCandidate, type EntryPoint } from './entry.js';
import type { Exposure } from './network.js';

/** A role a pod of the exposed namespaces may hold (role undefined: the association's role could not be read). */
export interface EksRoleCandidate {
  role: string | undefined;
  candidate: EksCandidate;
  how: LocalizedText;
  imdsV1: boolean;
  subject?: string;
}

/** What the candidates could not be decided from (the exposure holds, the inputs do not). */
export interface EksCandidates {
  roles: EksRoleCandidate[];
  /** Inputs missing for a whole mechanism (Pod Identity listing, OIDC issuer): unknown rather than "no role". */
  missing: LocalizedText[];
}

const OIDC_PROVIDER = /:oidc-provider\/(.+)$/;
const SUB_OPERATOR = /^(?:for(?:any|all)value:)?string(?:equals|like)(?:ignorecase)?(?:ifexists)?$/i;
const SA_SUB = /^system:serviceaccount:([^:]+):(.+)$/;

/**
 * Roles whose trust policy names an IAM OIDC provider as a Federated principal, by the provider's
 * issuer host and path (lower-cased): built once per analysis so that a cluster looks up its IRSA
 * roles instead of reading every trust policy.
 */
export function irsaIndex(model: AuthorizationModel): Map<string, PrincipalModel[]> {
  const out = new Map<string, PrincipalModel[]>();
  for (const p of model.principals.values()) {
    if (p.kind !== 'role' || !p.trustPolicy) continue;
    const keys = new Set<string>();
    for (const st of statements(parse(p.trustPolicy.policy))) {
      if (st.Effect !== 'Allow') continue;
      const principal = st.Principal as Record<string, string | string[]> | string | undefined;
      if (!principal || typeof principal === 'string') continue;
      for (const f of asList(principal.Federated)) {
        const m = OIDC_PROVIDER.exec(f);
        if (m) keys.add(m[1].toLowerCase());
      }
    }
    for (const k of keys) (out.get(k) ?? out.set(k, []).get(k)!).push(p);
  }
  return out;
}

function parse(policy: PolicyDocument | string): PolicyDocument | null {
  if (typeof policy !== 'string') return policy;
  try {
    return JSON.parse(policy) as PolicyDocument;
  } catch {
    return null;
  }
}

/** The `sub` values a trust policy's StringEquals / StringLike conditions name for `issuer`. */
function subValues(doc: PolicyDocument | null, issuer: string): string[] {
  const key = `${issuer}:sub`.toLowerCase();
  const out = new Set<string>();
  for (const st of statements(doc)) {
    if (st.Effect !== 'Allow') continue;
    for (const [op, block] of Object.entries(st.Condition ?? {})) {
      if (!SUB_OPERATOR.test(op)) continue;
      for (const [k, v] of Object.entries(block)) if (k.toLowerCase() === key) for (const x of asList(v as string | string[])) out.add(String(x));
    }
  }
  return [...out];
}

/** A concrete name a wildcard pattern matches. */
const fill = (pattern: string) => pattern.replace(/[*?]/g, 'x');

/**
 * The service accounts to try for a namespace: the trust's `sub` values that parse as
 * `system:serviceaccount:<ns>:<sa>` (each as written, and concrete with wildcards filled in), and
 * `default` when none does.
 */
function subsToTry(values: string[], namespace: string): { sub: string; namespace: string; serviceAccount: string }[] {
  const out = new Map<string, { sub: string; namespace: string; serviceAccount: string }>();
  for (const v of values) {
    const m = SA_SUB.exec(v);
    if (!m) continue;
    const ns = namespace === '*' ? fill(m[1]) : namespace;
    const sub = `system:serviceaccount:${ns}:${fill(m[2])}`;
    if (!out.has(sub)) out.set(sub, { sub, namespace: ns, serviceAccount: m[2] });
  }
  if (!out.size) {
    const ns = namespace === '*' ? 'default' : namespace;
    out.set('', { sub: `system:serviceaccount:${ns}:default`, namespace: ns, serviceAccount: '*' });
  }
  return [...out.values()];
}

const nsText = (ns: string): LocalizedText => (ns === '*' ? { en: 'any namespace', ja: '任意の名前空間' } : { en: `namespace ${ns}`, ja: `名前空間 ${ns}` });

/** The candidate roles of the pods of `namespaces` ('*': any) of a cluster. */
export function eksCandidates(cluster: Resource<EksClusterConfig>, namespaces: string[], ctx: EvaluationContext, irsa: Map<string, PrincipalModel[]>): EksCandidates {
  const c = cluster.config;
  const name = c.name;
  const any = namespaces.includes('*');
  const inScope = (ns: string) => any || namespaces.includes(ns);
  const roles: EksRoleCandidate[] = [];
  const missing: LocalizedText[] = [];
  const unverified: LocalizedText = {
    en: 'Which service account the exposed pod runs as is not in the snapshot: this role is a candidate, not a certainty.',
    ja: '公開された Pod がどのサービスアカウントで動作しているかはスナップショットから分からないため、このロールは候補です（確定ではありません）。',
  };

  // EKS Pod Identity.
  if (!Array.isArray(c.podIdentityAssociations)) {
    missing.push({ en: `The EKS Pod Identity associations of cluster ${name} were not collected.`, ja: `クラスター ${name} の EKS Pod Identity の関連付けを取得できませんでした。` });
  } else {
    for (const uid of c.podIdentityAssociations) {
      const a = ctx.byUid<EksPodIdentityAssociationConfig>(uid);
      if (a?.type !== EKS_POD_IDENTITY_ASSOCIATION_TYPE) {
        missing.push({ en: `Pod Identity association ${uid} of cluster ${name} is not in the snapshot.`, ja: `クラスター ${name} の Pod Identity の関連付け ${uid} がスナップショットにありません。` });
        continue;
      }
      const ac = a.config;
      if (!inScope(ac.namespace)) continue;
      const role = ac.targetRoleArn ?? ac.roleArn;
      const via = ac.targetRoleArn ? { en: ` (assumed with ${ac.roleArn}'s credentials: cross-account association)`, ja: `（${ac.roleArn} の認証情報で引き受けるクロスアカウントの関連付け）` } : { en: '', ja: '' };
      roles.push({
        role,
        imdsV1: false,
        subject: a.uid,
        candidate: {
          mechanism: 'pod-identity',
          namespace: ac.namespace,
          serviceAccount: ac.serviceAccount,
          basis: { en: `EKS Pod Identity association ${ac.namespace}/${ac.serviceAccount} → ${role ?? '(role not collected)'}${via.en}.`, ja: `EKS Pod Identity の関連付け ${ac.namespace}/${ac.serviceAccount} → ${role ?? '（ロール未取得）'}${via.ja}。` },
        },
        how: {
          en: `Code execution in a pod running as service account ${ac.namespace}/${ac.serviceAccount} gets the role's credentials from the EKS Pod Identity Agent (169.254.170.23, AWS_CONTAINER_CREDENTIALS_FULL_URI with the token in AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE). ${unverified.en}`,
          ja: `サービスアカウント ${ac.namespace}/${ac.serviceAccount} で動作する Pod 内でコードを実行できれば、EKS Pod Identity Agent（169.254.170.23、AWS_CONTAINER_CREDENTIALS_FULL_URI と AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE のトークン）からロールの認証情報を取得できます。${unverified.ja}`,
        },
      });
    }
  }

  // IRSA, decided by the engine.
  if (c.oidcIssuer === undefined) {
    missing.push({ en: `The OIDC issuer of cluster ${name} was not collected: IAM roles for service accounts cannot be decided.`, ja: `クラスター ${name} の OIDC 発行者を取得できなかったため、サービスアカウントの IAM ロール（IRSA）を判定できません。` });
  } else if (c.oidcIssuer) {
    const issuer = c.oidcIssuer.replace(/^https:\/\//i, '').replace(/\/$/, '');
    for (const role of irsa.get(issuer.toLowerCase()) ?? []) {
      const trust = role.trustPolicy!;
      const values = subValues(parse(trust.policy), issuer);
      const provider = `arn:${role.partition}:iam::${role.account}:oidc-provider/${issuer}`;
      let hit: { sub: string; namespace: string; serviceAccount: string; statement: string } | null = null;
      for (const ns of any ? ['*'] : namespaces) {
        for (const t of subsToTry(values, ns)) {
          const r = evaluate(
            { principal: provider, action: 'sts:AssumeRoleWithWebIdentity', resource: role.arn, resourceAccount: role.account, context: { [`${issuer}:sub`]: t.sub, [`${issuer}:aud`]: 'sts.amazonaws.com' } },
            { resource: trust },
          );
          if (r.decision === 'Allow') {
            hit = { ...t, statement: r.deciding.map((d) => `${d.policy} › ${d.statement}`).join('; ') };
            break;
          }
        }
        if (hit) break;
      }
      if (!hit) continue;
      const sa = hit.serviceAccount === '*' && !values.length ? { en: 'any service account (the trust has no sub condition)', ja: '任意のサービスアカウント（信頼ポリシーに sub 条件なし）' } : { en: `service account ${hit.namespace}:${hit.serviceAccount}`, ja: `サービスアカウント ${hit.namespace}:${hit.serviceAccount}` };
      roles.push({
        role: role.arn,
        imdsV1: false,
        subject: role.arn,
        candidate: {
          mechanism: 'irsa',
          namespace: hit.namespace,
          serviceAccount: hit.serviceAccount,
          basis: { en: `IRSA: the trust policy of ${role.name} lets the cluster's OIDC provider assume it for ${sa.en} (${hit.statement}; sub=${hit.sub} allowed by the policy evaluation engine).`, ja: `IRSA: ${role.name} の信頼ポリシーがクラスターの OIDC プロバイダーに ${sa.ja} での引き受けを許可しています（${hit.statement}、ポリシー評価エンジンで sub=${hit.sub} が許可されることを確認）。` },
        },
        how: {
          en: `Code execution in a pod of ${nsText(hit.namespace).en} running as ${sa.en} reads the projected token (AWS_WEB_IDENTITY_TOKEN_FILE) and exchanges it with sts:AssumeRoleWithWebIdentity for the role's credentials. ${unverified.en}`,
          ja: `${nsText(hit.namespace).ja} で${sa.ja} として動作する Pod 内でコードを実行できれば、投影されたトークン（AWS_WEB_IDENTITY_TOKEN_FILE）を sts:AssumeRoleWithWebIdentity で交換してロールの認証情報を取得できます。${unverified.ja}`,
        },
      });
    }
  }

  // The node role through IMDS.
  const byRole = new Map<string, { nodes: string[]; imdsV1: boolean; hops: string[] }>();
  for (const i of ctx.resources<InstanceConfig>(INSTANCE_TYPE, { account: cluster.account, region: cluster.region })) {
    const t = i.tags ?? {};
    if (t['eks:cluster-name'] !== name && !(`kubernetes.io/cluster/${name}` in t)) continue;
    if (i.config.state !== 'running' && i.config.state !== 'pending') continue;
    const m = i.config.metadataOptions;
    if (m?.HttpEndpoint === 'disabled') continue;
    const v1 = m?.HttpTokens !== 'required';
    const hop = m?.HttpPutResponseHopLimit;
    // metadataOptions not collected: counted as reachable (never hides a path).
    if (m && !v1 && (hop ?? 1) < 2) continue;
    const role = instanceRole(i, ctx);
    if (role === null) continue;
    const key = role ?? `?${i.config.iamInstanceProfileArn}`;
    const e = byRole.get(key) ?? byRole.set(key, { nodes: [], imdsV1: false, hops: [] }).get(key)!;
    e.nodes.push(i.config.instanceId);
    e.imdsV1 ||= v1;
    e.hops.push(v1 ? `${i.config.instanceId}: HttpTokens ${m?.HttpTokens ?? 'unset'}` : `${i.config.instanceId}: IMDSv2, hop limit ${hop}`);
  }
  for (const [key, e] of byRole) {
    const role = key.startsWith('?') ? undefined : key;
    const nodes = e.nodes.sort().join(', ');
    roles.push({
      role,
      imdsV1: e.imdsV1,
      subject: role,
      candidate: {
        mechanism: 'node-role',
        namespace: any ? '*' : namespaces[0],
        basis: { en: `Worker node(s) ${nodes} of cluster ${name} let pods reach IMDS (${e.hops.join('; ')}).`, ja: `クラスター ${name} のワーカーノード ${nodes} では Pod から IMDS に到達できます（${e.hops.join('、')}）。` },
      },
      how: e.imdsV1
        ? { en: `IMDSv1 answers on worker node(s) ${nodes}: one GET to 169.254.169.254 from any pod (an SSRF is enough) returns the node role's credentials.`, ja: `ワーカーノード ${nodes} で IMDSv1 が応答するため、任意の Pod から 169.254.169.254 への GET 1 回（SSRF で十分）でノードロールの認証情報が取得できます。` }
        : { en: `IMDSv2 on worker node(s) ${nodes} has a PUT response hop limit of 2 or more: code execution in any pod (not on the host network) gets a token and the node role's credentials.`, ja: `ワーカーノード ${nodes} の IMDSv2 は PUT 応答のホップ制限が 2 以上のため、（ホストネットワークでない）任意の Pod でコードを実行できればトークンとノードロールの認証情報を取得できます。` },
    });
  }
  return { roles, missing };
}

/** One entry point per candidate role (all sharing the cluster's exposure). */
export function eksEntries(cluster: Resource<EksClusterConfig>, exposure: Exposure, namespaces: string[], candidates: EksRoleCandidate[]): EntryPoint[] {
  return candidates.map((c) => ({
    resource: cluster,
    kind: 'eks-workload' as const,
    exposure,
    role: c.role,
    credentials: { how: c.how, imdsV1: c.imdsV1, subject: c.subject },
    eks: { namespaces, candidate: c.candidate },
  }));
}

/** The entry point of a cluster with no candidate (for its exposure verdict). */
export function eksBareEntry(cluster: Resource<EksClusterConfig>, exposure: Exposure, namespaces: string[]): EntryPoint {
  return {
    resource: cluster,
    kind: 'eks-workload',
    exposure,
    role: null,
    credentials: { how: { en: 'No role of the exposed pods is known.', ja: '公開された Pod のロールは分かっていません。' }, imdsV1: false },
    eks: { namespaces },
  };
}

export const namespacesText = (namespaces: string[]): LocalizedText =>
  namespaces.includes('*') || !namespaces.length ? { en: 'any namespace', ja: '任意の名前空間' } : { en: `namespace(s) ${namespaces.join(', ')}`, ja: `名前空間 ${namespaces.join('、')}` };
