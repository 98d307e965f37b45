/**
 * Attack paths (toxic combinations): internet → exposed compute → its role's credentials → what the
 * role can reach, each step with why it holds, the path's likelihood × impact and the cheapest fix
 * that breaks it.
 *
 * Likelihood (LOW…CRITICAL): MEDIUM for internet-exposed compute with a role (the attacker needs a
 * flaw in the exposed service); +1 when IMDSv1 answers (an SSRF is enough); -1 when the metadata
 * endpoint is disabled. Impact: CRITICAL for code execution (artifact store or deployment group
 * feeding a fleet, administrator), HIGH for sensitive data. The hub's risk (src/hub/risk.ts) reads
 * the finding's severity as impact (CRITICAL rule → CRITICAL, HIGH rule → HIGH) and raises
 * likelihood to HIGH because the rule ids say "internet": the same cells as the path's own
 * likelihood × impact when IMDSv1 is on; the path's own values are in the finding's evidence.
 */
import type { RiskLevel } from '../../../model/finding.js';
import type { LocalizedText } from '../../../model/types.js';
import type { IncompleteReason, PrincipalModel } from '../iam/snapshot.js';
import type { StatementRef } from '../iam/types.js';
import { statementLabel, type Grant } from './authorize.js';
import type { EntryPoint } from './entry.js';
import { formatPorts } from './network.js';
import type { Target, TargetClass } from './targets.js';

export interface AttackStep {
  kind: 'exposure' | 'credentials' | 'permission' | 'trigger' | 'impact';
  /** What the attacker does, and why it works. */
  text: LocalizedText;
  why: LocalizedText[];
  /** The resource or policy the step rests on. */
  subject?: string;
  statements?: StatementRef[];
}

export interface Fix {
  text: LocalizedText;
  /** true: removes a step of the path; false: lowers the likelihood only. */
  breaks: boolean;
  /** Relative effort (1 cheapest). */
  cost: number;
}

export interface AttackPath {
  entry: string;
  role: string;
  target: { uid: string; kind: Target['kind']; name: string; action: string; resource: string };
  class: TargetClass;
  likelihood: RiskLevel;
  impact: RiskLevel;
  factors: string[];
  steps: AttackStep[];
  /** The cheapest fix that breaks the path. */
  fix: Fix;
  /** Other fixes, cheapest first (including those that only lower the likelihood). */
  alternatives: Fix[];
  summary: LocalizedText;
}

const LEVELS: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const clamp = (n: number) => LEVELS[Math.max(0, Math.min(3, n))];
/** Ports a public web service is for: closing them is not a cheap fix. */
const SERVICE_PORTS = new Set([80, 443, 8080, 8443]);

/** Builds the path from its parts; `trigger` is the role's grant to start a pipeline that uses the store, when it has one. */
export function buildPath(entry: EntryPoint, role: PrincipalModel, target: Target, grant: Grant, trigger: { pipeline: string; grant: Grant } | null): AttackPath {
  const r = entry.resource;
  const factors: string[] = [];
  let l = 1;
  factors.push('likelihood MEDIUM: internet-exposed compute with a role (needs a flaw in the exposed service)');
  if (entry.credentials.imdsV1) {
    l++;
    factors.push('likelihood +1: IMDSv1 answers, an SSRF is enough to take the credentials');
  }
  if (entry.kind === 'ec2-instance' && (r.config as { metadataOptions?: { HttpEndpoint?: string } }).metadataOptions?.HttpEndpoint === 'disabled') {
    l--;
    factors.push('likelihood -1: the metadata endpoint is disabled');
  }
  const candidate = entry.eks?.candidate;
  if (candidate) {
    factors.push(
      candidate.mechanism === 'node-role'
        ? 'likelihood unchanged by the service account: every pod not on the host network reaches the node role through IMDS'
        : `likelihood unchanged: which service account the exposed pod runs as is not in the snapshot; ${candidate.mechanism === 'irsa' ? 'IRSA' : 'EKS Pod Identity'} role for ${candidate.namespace}:${candidate.serviceAccount ?? '*'} is a candidate`,
    );
  }
  const impact = target.class === 'code-execution' ? 3 : 2;
  factors.push(target.class === 'code-execution' ? 'impact CRITICAL: code execution' + (target.fleet?.length ? ` on ${target.fleet.length} instance(s)` : '') : `impact HIGH: sensitive data (${target.basis})`);

  const steps: AttackStep[] = [];
  const exposedFactors = entry.exposure.factors.filter((f) => f.holds === true);
  steps.push({
    kind: 'exposure',
    text:
      entry.kind === 'ec2-instance'
        ? { en: `Reach ${r.name} (${r.uid}) from the internet on TCP ${formatPorts(entry.exposure.ports)} and exploit the service (e.g. upload a web shell).`, ja: `インターネットから ${r.name}（${r.uid}）の TCP ${formatPorts(entry.exposure.ports)} に到達し、サービスの脆弱性を突く（例: Web シェルの設置）。` }
        : entry.kind === 'eks-workload'
          ? {
              en: `Reach the pods of EKS cluster ${r.name} (${r.uid}) in ${nsList(entry).en} from the internet through ${lbList(entry)} on TCP ${formatPorts(entry.exposure.ports)} and exploit the application to run code in a pod.`,
              ja: `インターネットから ${lbList(entry)} 経由で EKS クラスター ${r.name}（${r.uid}）の${nsList(entry).ja} の Pod の TCP ${formatPorts(entry.exposure.ports)} に到達し、アプリケーションの脆弱性を突いて Pod 内でコードを実行する。`,
            }
        : entry.kind === 'ecs-service'
          ? { en: `Reach the tasks of ECS service ${r.name} (${r.uid}) from the internet on TCP ${formatPorts(entry.exposure.ports)} and exploit the application to run code in a container.`, ja: `インターネットから ECS サービス ${r.name}（${r.uid}）のタスクの TCP ${formatPorts(entry.exposure.ports)} に到達し、アプリケーションの脆弱性を突いてコンテナ内でコードを実行する。` }
          : { en: `Call the public function URL of ${r.name} and exploit the function code.`, ja: `${r.name} の公開関数 URL を呼び出し、関数コードの脆弱性を突く。` },
    why: exposedFactors.map((f) => f.reason),
    subject: r.uid,
  });
  steps.push({
    kind: 'credentials',
    text: candidate
      ? { en: `Take the temporary credentials of role ${role.name}, which a pod of ${candidate.namespace === '*' ? 'any namespace' : `namespace ${candidate.namespace}`} may hold (a candidate: the pod's service account is not in the snapshot).`, ja: `${candidate.namespace === '*' ? '任意の名前空間' : `名前空間 ${candidate.namespace}`} の Pod が持ち得るロール ${role.name} の一時認証情報を取得する（候補: Pod のサービスアカウントはスナップショットから分かりません）。` }
      : { en: `Take the temporary credentials of role ${role.name}.`, ja: `ロール ${role.name} の一時認証情報を取得する。` },
    why: candidate ? [candidate.basis, entry.credentials.how] : [entry.credentials.how],
    subject: entry.credentials.subject ?? role.arn,
  });
  const allows = grant.deciding.filter((s) => s.effect === 'Allow');
  steps.push({
    kind: 'permission',
    text: { en: `Call ${target.action} on ${target.resource} as ${role.name}.`, ja: `${role.name} として ${target.resource} に ${target.action} を実行する。` },
    why: [
      { en: `Allowed by ${allows.map(statementLabel).join('; ') || 'the policies'}.`, ja: `${allows.map(statementLabel).join('、') || 'ポリシー'} により許可されています。` },
      { en: `Target: ${target.basis}.`, ja: `対象: ${target.basis}。` },
      ...(grant.requires
        ? [
            {
              en: `A Deny asks for ${Object.entries(grant.requires).map(([k, v]) => `${k}=${String(v)}`).join(', ')}; the intruder sets it in the request.`,
              ja: `Deny は ${Object.entries(grant.requires).map(([k, v]) => `${k}=${String(v)}`).join('、')} を求めていますが、侵入者はリクエストでそれを指定できます。`,
            },
          ]
        : []),
    ],
    subject: target.uid,
    statements: grant.deciding,
  });
  if (trigger) {
    steps.push({
      kind: 'trigger',
      text: { en: `Start pipeline ${trigger.pipeline} right away instead of waiting for the next release.`, ja: `次のリリースを待たずにパイプライン ${trigger.pipeline} を即座に実行する。` },
      why: [{ en: `codepipeline:StartPipelineExecution allowed by ${trigger.grant.deciding.filter((s) => s.effect === 'Allow').map(statementLabel).join('; ')}.`, ja: `codepipeline:StartPipelineExecution が ${trigger.grant.deciding.filter((s) => s.effect === 'Allow').map(statementLabel).join('、')} により許可されています。` }],
      subject: trigger.pipeline,
      statements: trigger.grant.deciding,
    });
  }
  steps.push({ kind: 'impact', ...impactText(target), subject: target.uid });

  const fixes = fixesFor(entry, role, target, allows);
  const breaking = fixes.filter((f) => f.breaks);
  const fix = breaking[0] ?? fixes[0];
  const likelihood = clamp(l);
  const impactLevel = clamp(impact);
  const what = target.class === 'code-execution' ? { en: 'code execution', ja: 'コード実行' } : { en: 'sensitive data', ja: '機密データ' };
  return {
    entry: r.uid,
    role: role.arn,
    target: { uid: target.uid, kind: target.kind, name: target.name, action: target.action, resource: target.resource },
    class: target.class,
    likelihood,
    impact: impactLevel,
    factors,
    steps,
    fix,
    alternatives: fixes.filter((f) => f !== fix),
    summary: {
      en: `Internet → ${candidate ? `pods of EKS cluster ${r.name} (${nsList(entry).en})` : r.name} → ${candidate ? 'candidate ' : ''}role ${role.name} → ${target.action} on ${target.name} → ${what.en}${target.fleet?.length ? ` on ${target.fleet.length} instance(s)` : ''} (likelihood ${likelihood} × impact ${impactLevel}). Cheapest fix: ${fix.text.en}`,
      ja: `インターネット → ${candidate ? `EKS クラスター ${r.name} の Pod（${nsList(entry).ja}）` : r.name} → ${candidate ? '候補の' : ''}ロール ${role.name} → ${target.name} への ${target.action} → ${what.ja}${target.fleet?.length ? `（${target.fleet.length} 台のインスタンス）` : ''}（可能性 ${likelihood} × 影響 ${impactLevel}）。最小の対処: ${fix.text.ja}`,
    },
  };
}

function impactText(t: Target): { text: LocalizedText; why: LocalizedText[] } {
  const fleet = t.fleet ?? [];
  const groups = (t.deploymentGroups ?? []).map((g) => g.name).join(', ');
  switch (t.kind) {
    case 'artifact-store':
      return {
        text: fleet.length
          ? { en: `The tampered artifact / appspec.yml is deployed by CodeDeploy (${groups}) to ${fleet.length} instance(s): ${fleet.join(', ')}.`, ja: `改ざんした成果物 / appspec.yml が CodeDeploy（${groups}）により ${fleet.length} 台のインスタンス（${fleet.join('、')}）にデプロイされる。` }
          : { en: 'The tampered artifact / appspec.yml is deployed by the next pipeline run wherever the pipeline deploys.', ja: '改ざんした成果物 / appspec.yml が次回のパイプライン実行でデプロイ先に展開される。' },
        why: [
          (t.pipelines ?? []).length
            ? { en: `${t.name} is the artifact store of pipeline(s) ${(t.pipelines ?? []).map((p) => p.name).join(', ')}.`, ja: `${t.name} はパイプライン ${(t.pipelines ?? []).map((p) => p.name).join('、')} のアーティファクトストアです。` }
            : { en: `${t.name} is tagged as a CodePipeline artifact bucket.`, ja: `${t.name} は CodePipeline のアーティファクトバケットとしてタグ付けされています。` },
        ],
      };
    case 'deployment-group':
      return {
        text: { en: `Deploy an attacker revision to ${fleet.length} instance(s) of ${t.name}.`, ja: `${t.name} の ${fleet.length} 台のインスタンスに攻撃者のリビジョンをデプロイする。` },
        why: [{ en: 'CodeDeploy runs the revision\'s appspec.yml hooks as root on every instance of the group.', ja: 'CodeDeploy はリビジョンの appspec.yml のフックをグループ内の全インスタンスで root 権限で実行します。' }],
      };
    case 'admin':
      return { text: { en: 'Act as an administrator of the account.', ja: 'アカウントの管理者として操作する。' }, why: [{ en: 'The role may call every administrative probe action on "*".', ja: 'ロールは管理者判定用のすべてのアクションを "*" に対して実行できます。' }] };
    default:
      return { text: { en: `Read ${t.name}.`, ja: `${t.name} を読み取る。` }, why: [{ en: `${t.basis}.`, ja: `${t.basis}。` }] };
  }
}

function fixesFor(entry: EntryPoint, role: PrincipalModel, target: Target, allows: StatementRef[]): Fix[] {
  const fixes: Fix[] = [];
  const r = entry.resource;
  if (allows.length) {
    const managedByAws = allows.some((s) => s.layer === 'identity' && /^arn:aws[^:]*:iam::aws:policy\//.test(s.policy));
    const where = allows.map(statementLabel).join('; ');
    fixes.push({
      text: managedByAws
        ? { en: `Detach the AWS managed policy that grants ${target.action} on ${target.name} from ${role.name} and grant only what the workload needs (${where}).`, ja: `${role.name} から ${target.name} への ${target.action} を許可している AWS 管理ポリシーをデタッチし、ワークロードに必要な権限だけを付与する（${where}）。` }
        : { en: `Remove ${target.action} on ${target.name} from ${role.name} (${where}).`, ja: `${role.name} から ${target.name} への ${target.action} を削除する（${where}）。` },
      breaks: true,
      cost: managedByAws ? 2 : 1,
    });
  }
  if (entry.kind === 'ec2-instance') {
    const ports = entry.exposure.ports;
    const service = ports.some((p) => [...SERVICE_PORTS].some((s) => p.from <= s && s <= p.to));
    // The families it is exposed in (IPv4, IPv6 or both): each has its own address and "anywhere" rules.
    const open = entry.exposure.factors.filter((f) => f.factor === 'security-group' && f.holds === true);
    const sg = [...new Set(open.map((f) => f.subject).filter((x): x is string => !!x))].join(', ');
    const worlds = [...new Set(open.map((f) => (f.family === 'ipv6' ? '::/0' : '0.0.0.0/0')))].join(' / ') || '0.0.0.0/0';
    const v6 = open.some((f) => f.family === 'ipv6');
    const address = !v6 ? { en: 'its public address', ja: 'パブリックアドレス' } : open.some((f) => f.family !== 'ipv6') ? { en: 'its public IPv4 address and its IPv6 addresses', ja: 'パブリック IPv4 アドレスと IPv6 アドレス' } : { en: 'its IPv6 addresses', ja: 'IPv6 アドレス' };
    const lbs = [...new Set((entry.exposure.through ?? []).map((t) => `${t.name} (${t.protocol ?? 'TCP'}:${t.port})`))];
    if (lbs.length) {
      // Served through an internet-facing load balancer on purpose: the service stays reachable
      // whatever is done to the instance's own address, so these fixes lower the likelihood only.
      fixes.push({
        text: {
          en: `Put AWS WAF in front of ${lbs.join(', ')} and keep ${r.name}'s service patched; remove its own public address so that the load balancer is the only way in.`,
          ja: `${lbs.join('、')} の前段に AWS WAF を置き、${r.name} のサービスを最新に保つ。インスタンス自身のパブリックアドレスを外し、入口をロードバランサーだけにする。`,
        },
        breaks: false,
        cost: 2,
      });
    } else {
      fixes.push(
        service
          ? { text: { en: `Take ${r.name} off the internet: remove ${address.en} and serve it through a load balancer (with AWS WAF).`, ja: `${r.name} をインターネットから切り離す: ${address.ja}を外し、ロードバランサー（AWS WAF 付き）経由で公開する。` }, breaks: true, cost: 3 }
          : { text: { en: `Remove the ${worlds} rules for TCP ${formatPorts(ports)} from security group ${sg}.`, ja: `セキュリティグループ ${sg} から TCP ${formatPorts(ports)} の ${worlds} ルールを削除する。` }, breaks: true, cost: 1 },
      );
    }
    if (entry.credentials.imdsV1) {
      const id = (r.config as { instanceId?: string }).instanceId ?? r.name;
      fixes.push({
        text: { en: `Require IMDSv2 on ${id} (stops credential theft through SSRF; a web shell still gets the credentials).`, ja: `${id} で IMDSv2 を必須にする（SSRF による認証情報の窃取を防ぐ。Web シェルからは依然として取得可能）。` },
        breaks: false,
        cost: 1,
      });
    }
  } else if (entry.kind === 'eks-workload') {
    const c = entry.eks?.candidate;
    const lbs = lbList(entry);
    if (c?.mechanism === 'pod-identity') {
      fixes.push({ text: { en: `Delete EKS Pod Identity association ${c.namespace}/${c.serviceAccount} (cluster ${r.name}) if the exposed workloads do not need ${role.name}, or move them to a service account without it.`, ja: `公開されたワークロードが ${role.name} を必要としないなら、EKS Pod Identity の関連付け ${c.namespace}/${c.serviceAccount}（クラスター ${r.name}）を削除するか、ワークロードをそのロールのないサービスアカウントに移す。` }, breaks: false, cost: 2 });
    } else if (c?.mechanism === 'irsa') {
      fixes.push({ text: { en: `Restrict the trust policy of ${role.name} to the service accounts that need it (StringEquals on the OIDC provider's :sub = system:serviceaccount:<namespace>:<service account>, and :aud = sts.amazonaws.com).`, ja: `${role.name} の信頼ポリシーを必要なサービスアカウントだけに限定する（OIDC プロバイダーの :sub を StringEquals で system:serviceaccount:<名前空間>:<サービスアカウント> に、:aud を sts.amazonaws.com にする）。` }, breaks: false, cost: 2 });
    } else if (c?.mechanism === 'node-role') {
      fixes.push({ text: { en: `Require IMDSv2 with a PUT response hop limit of 1 on the worker nodes of cluster ${r.name} (launch template: HttpTokens=required, HttpPutResponseHopLimit=1) so that pods cannot reach the node role; give pods their own role with EKS Pod Identity.`, ja: `クラスター ${r.name} のワーカーノードで IMDSv2 を必須にし PUT 応答のホップ制限を 1 にする（起動テンプレート: HttpTokens=required、HttpPutResponseHopLimit=1）。Pod からノードロールに到達できなくなります。Pod には EKS Pod Identity で専用のロールを付与する。` }, breaks: true, cost: 2 });
    }
    fixes.push({ text: { en: `Put AWS WAF in front of ${lbs} and keep the images of the exposed workloads patched.`, ja: `${lbs} の前段に AWS WAF を置き、公開されたワークロードのイメージを最新に保つ。` }, breaks: false, cost: 2 });
  } else if (entry.kind === 'ecs-service') {
    const lbs = [...new Set((entry.exposure.through ?? []).map((t) => `${t.name} (${t.protocol ?? 'TCP'}:${t.port})`))];
    const direct = entry.exposure.factors.some((f) => f.factor === 'public-address' && f.holds === true);
    if (direct) fixes.push({ text: { en: `Set assignPublicIp to DISABLED on ECS service ${r.name} and serve it through a load balancer (with AWS WAF).`, ja: `ECS サービス ${r.name} の assignPublicIp を DISABLED にし、ロードバランサー（AWS WAF 付き）経由で公開する。` }, breaks: !lbs.length, cost: 3 });
    if (lbs.length) fixes.push({ text: { en: `Put AWS WAF in front of ${lbs.join(', ')} and keep the images of ECS service ${r.name} patched.`, ja: `${lbs.join('、')} の前段に AWS WAF を置き、ECS サービス ${r.name} のイメージを最新に保つ。` }, breaks: false, cost: 2 });
  } else {
    fixes.push({ text: { en: `Set the function URL of ${r.name} to AuthType AWS_IAM (or remove it).`, ja: `${r.name} の関数 URL を AuthType AWS_IAM にする（または削除する）。` }, breaks: true, cost: 2 });
  }
  return fixes.sort((a, b) => Number(b.breaks) - Number(a.breaks) || a.cost - b.cost);
}

const lbList = (entry: EntryPoint) => [...new Set((entry.exposure.through ?? []).map((t) => `${t.name} (${t.protocol ?? 'TCP'}:${t.port})`))].join(', ') || 'a load balancer';
const nsList = (entry: EntryPoint): LocalizedText => {
  const ns = entry.eks?.namespaces ?? [];
  return ns.includes('*') || !ns.length ? { en: 'any namespace', ja: '任意の名前空間' } : { en: `namespace(s) ${ns.join(', ')}`, ja: `名前空間 ${ns.join('、')}` };
};

/** Why no path could be decided for a role: its inputs are incomplete. */
export const incompleteText = (reasons: IncompleteReason[]): LocalizedText => ({
  en: reasons.map((x) => x.message.en).join(' '),
  ja: reasons.map((x) => x.message.ja).join(' '),
});
