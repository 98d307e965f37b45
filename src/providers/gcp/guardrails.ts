/**
 * The cross-cloud guardrail intents (src/guardrails/intents.ts) on Google Cloud: each intent is one
 * or more organisation policy constraints, evaluated per project with the effective policy of its
 * hierarchy (./orgpolicy.ts). Enforced for every resource: `enforced`; enforced only for tagged
 * resources (conditional rules): `partial`; not enforced but enforced in a dry-run spec:
 * `audit-only`. Pure: no I/O.
 */
import type { GuardrailInput, IntentCheck, ScopeGuardrails } from '../../guardrails/intents.js';
import type { LocalizedText, Resource } from '../../model/types.js';
import { GCP_TYPES, type OrgPolicyConfig, type ProjectConfig } from './model.js';
import { allowListOnly, effectiveOrgPolicy, projectNode, restricts, type EffectiveEvaluation, type ListValues } from './orgpolicy.js';

interface ConstraintCheck {
  constraint: string;
  /** List constraints: whether the values meet the intent. Boolean constraints must be enforced. */
  list?: (values: ListValues) => boolean;
}

/** The constraints that implement each intent; an empty list: Google Cloud has no organisation policy for it. */
export const GCP_INTENT_CONSTRAINTS: Readonly<Record<string, readonly ConstraintCheck[]>> = {
  'restrict-locations': [{ constraint: 'gcp.resourceLocations', list: allowListOnly }],
  'restrict-services': [{ constraint: 'gcp.restrictServiceUsage', list: restricts }],
  'block-public-storage': [{ constraint: 'storage.publicAccessPrevention' }],
  'protect-audit-logging': [],
  'threat-detection-on': [],
  'deny-long-lived-keys': [{ constraint: 'iam.disableServiceAccountKeyCreation' }, { constraint: 'iam.disableServiceAccountKeyUpload' }],
  'enforce-encryption': [{ constraint: 'gcp.restrictNonCmekServices', list: restricts }],
  'enforce-secure-transport': [{ constraint: 'gcp.restrictTLSVersion', list: restricts }],
  'restrict-public-ips': [{ constraint: 'compute.vmExternalIpAccess', list: restricts }],
  'require-mfa-admins': [],
  'require-tags': [],
};

const meets = (c: ConstraintCheck, e: EffectiveEvaluation) => (c.list ? !!e.values && c.list(e.values) : e.enforced);

/** Per project of the snapshot, every guardrail intent's status from the organisation policies. */
export function gcpGuardrails({ resources, errors }: GuardrailInput): ScopeGuardrails[] {
  const projects: Resource<ProjectConfig>[] = [];
  const policiesByNode = new Map<string, { account: string; config: OrgPolicyConfig }[]>();
  for (const r of resources) {
    if (r.type === GCP_TYPES.project) projects.push(r as unknown as Resource<ProjectConfig>);
    else if (r.type === GCP_TYPES.orgPolicy) {
      const list = policiesByNode.get(r.account) ?? policiesByNode.set(r.account, []).get(r.account)!;
      list.push({ account: r.account, config: r.config as unknown as OrgPolicyConfig });
    }
  }
  const failed = (node: string) => errors.some((e) => e.provider === 'gcp' && e.service === 'orgpolicy' && !e.resourceUid && e.account === node);
  return projects.map((p) => {
    const project = p.config;
    const self = projectNode(project.projectId);
    const nodes = [self, ...(project.ancestors ?? [])];
    const policies = nodes.flatMap((node) => (policiesByNode.get(node === self ? project.projectId : node) ?? []).map((x) => ({ account: node, config: x.config })));
    const blind = failed(project.projectId) || (project.ancestors ?? []).some(failed);
    const checks: IntentCheck[] = Object.entries(GCP_INTENT_CONSTRAINTS).map(([intent, constraints]) => {
      if (!constraints.length) {
        return { intent, status: 'not-applicable', reason: { en: 'Google Cloud has no organisation policy constraint for this intent.', ja: 'Google Cloud にはこの目的の組織のポリシーの制約がありません。' }, controls: [] };
      }
      const results = constraints.map((c) => {
        const e = effectiveOrgPolicy(project, policies, c.constraint);
        const live = meets(c, e);
        const conditional = e.status === 'CONDITIONAL';
        const dry = !live && !!e.dryRun && meets(c, e.dryRun);
        return { c, live, conditional, dry, decidedBy: e.decidedBy };
      });
      const controls = results.filter((r) => r.live || r.dry).map((r) => `constraints/${r.c.constraint}${r.dry ? ' (dry run)' : ''}`);
      const names = constraints.map((c) => c.constraint).join(', ');
      const where = (r: (typeof results)[number]): LocalizedText =>
        r.decidedBy === self ? { en: 'on the project', ja: 'プロジェクトで' } : { en: `inherited from ${r.decidedBy ?? 'the default'}`, ja: `${r.decidedBy ?? 'デフォルト'} から継承` };
      if (results.every((r) => r.live && !r.conditional)) {
        return { intent, status: 'enforced', reason: { en: `${names} enforced (${where(results[0]).en}).`, ja: `${names} が適用されています（${where(results[0]).ja}）。` }, controls };
      }
      if (results.some((r) => r.live)) {
        const reason = results.some((r) => r.conditional)
          ? { en: `${names}: enforced only for resources with certain tags (conditional rules).`, ja: `${names} は特定のタグを持つリソースにのみ適用されています（条件付きルール）。` }
          : { en: `Only part of it is enforced: ${results.filter((r) => r.live).map((r) => r.c.constraint).join(', ')}; not ${results.filter((r) => !r.live).map((r) => r.c.constraint).join(', ')}.`, ja: `一部のみ適用されています: ${results.filter((r) => r.live).map((r) => r.c.constraint).join('、')}。未適用: ${results.filter((r) => !r.live).map((r) => r.c.constraint).join('、')}。` };
        return { intent, status: 'partial', reason, controls };
      }
      if (results.some((r) => r.dry)) {
        return { intent, status: 'audit-only', reason: { en: `${names} is enforced only in a dry-run policy: violations are logged, not denied.`, ja: `${names} はドライラン ポリシーでのみ適用されています。違反はログに記録されるだけで拒否されません。` }, controls };
      }
      if (blind) {
        return { intent, status: 'unknown', reason: { en: `The organisation policies of this project or a node above it could not be read (${names}).`, ja: `このプロジェクトまたは上位ノードの組織のポリシーを読み取れませんでした（${names}）。` }, controls: [] };
      }
      return { intent, status: 'missing', reason: { en: `${names} is not enforced for this project.`, ja: `${names} はこのプロジェクトに適用されていません。` }, controls: [] };
    });
    return { provider: 'gcp' as const, scope: project.projectId, name: project.displayName ?? p.name, checks };
  });
}
