/**
 * Shared evaluation of the organisation-policy guardrail rules: each rule checks that one constraint
 * is effectively enforced for a project, from the policies set on the project, its folders and its
 * organisation (src/providers/gcp/orgpolicy.ts computes the effective policy).
 *
 * Collection gaps: a failed policy listing on the project itself is a scope error the engine turns
 * into NOT_ASSESSED. Rules cannot see collection errors of ancestor nodes, so a folder or
 * organisation counts as collected only when the snapshot holds its Folder/Organization resource or
 * a policy set on it; when the outcome depends on a node that was not collected, the result is
 * NOT_ASSESSED. A node whose resource was collected but whose policy listing failed cannot be told
 * apart from a node without policies (the engine still reports that listing error on its own scope).
 */
import {
  defineRule,
  fail,
  notApplicable,
  notAssessed,
  pass,
  type AutomatedRule,
  type EvaluationContext,
  type FrameworkMappings,
  type ImprovementDoc,
  type RuleOutcome,
  type RuleRemediationCode,
  type Urgency,
} from '../../../../src/model/rule.js';
import type { LocalizedText, Resource, Severity } from '../../../../src/model/types.js';
import { GCP_TYPES, type OrgPolicyConfig, type OrgPolicyRule, type ProjectConfig } from '../../../../src/providers/gcp/model.js';
import { CONSTRAINT_TYPES, effectiveOrgPolicy, projectNode, type ConstraintType, type EffectiveEvaluation, type EffectiveOrgPolicy, type ListValues } from '../../../../src/providers/gcp/orgpolicy.js';

export interface GuardrailDefinition {
  id: string;
  /** Without the `constraints/` prefix. */
  constraint: string;
  title: LocalizedText;
  severity: Severity;
  urgency: Urgency;
  frameworks: FrameworkMappings;
  doc: { en: ImprovementDoc; ja: ImprovementDoc };
  remediation: RuleRemediationCode;
  references: string[];
  /**
   * List constraints: whether the effective values meet the guardrail, and what is required (for
   * the failure reason). Boolean constraints must be enforced.
   */
  list?: { satisfied: (values: ListValues) => boolean; requirement: LocalizedText };
}

/** Defines a guardrail rule over projects for one organisation policy constraint. */
export function defineGuardrail(def: GuardrailDefinition): AutomatedRule<ProjectConfig> {
  const type: ConstraintType = def.list ? 'list' : 'boolean';
  if (CONSTRAINT_TYPES[def.constraint] && CONSTRAINT_TYPES[def.constraint] !== type) throw new Error(`${def.id}: ${def.constraint} is a ${CONSTRAINT_TYPES[def.constraint]} constraint`);
  return defineRule<ProjectConfig>({
    id: def.id,
    services: ['orgpolicy'],
    title: def.title,
    severity: def.severity,
    urgency: def.urgency,
    resourceTypes: [GCP_TYPES.project],
    requires: ['ancestors', 'projectId', 'state'],
    reads: [GCP_TYPES.orgPolicy, GCP_TYPES.folder, GCP_TYPES.organization],
    frameworks: def.frameworks,
    doc: def.doc,
    remediation: def.remediation,
    references: def.references,
    evaluate: (project, ctx) => evaluateGuardrail(def, type, project, ctx),
  });
}

function evaluateGuardrail(def: GuardrailDefinition, type: ConstraintType, project: Resource<ProjectConfig>, ctx: EvaluationContext): RuleOutcome {
  const config = project.config;
  const c = def.constraint;
  if (config.state && config.state !== 'ACTIVE') {
    return notApplicable({ en: `Project ${config.projectId} is ${config.state}, not active.`, ja: `プロジェクト ${config.projectId} は ${config.state} 状態で、アクティブではありません。` }, { state: config.state });
  }
  const self = projectNode(config.projectId);
  const nodes = [self, ...(config.ancestors ?? [])];
  const policies = nodes.flatMap((node) =>
    ctx.resources<OrgPolicyConfig>(GCP_TYPES.orgPolicy, { account: node === self ? config.projectId : node }).map((r) => ({ account: node, config: r.config })),
  );
  const effective = effectiveOrgPolicy(config, policies, c, { type });
  const evidence = evidenceOf(effective);

  const unseen = effective.dependsOn.filter((node) => node !== self && !collected(ctx, node, policies.some((p) => p.account === node)));
  if (unseen.length) {
    const list = unseen.join(', ');
    return notAssessed(
      {
        en: `The effective ${c} policy depends on ${list}, whose organisation policies are not in the snapshot (not collected or not visible to the scanner).`,
        ja: `${c} の実効ポリシーは ${list} の設定に依存しますが、そのノードの組織のポリシーがスナップショットに含まれていません（未収集、またはスキャナから参照できません）。`,
      },
      { ...evidence, notCollected: unseen },
    );
  }

  if (meets(def, effective)) {
    const nodes = effective.contributors;
    const from =
      nodes.length > 1
        ? { en: `merging the policies of ${nodes.join(', ')}`, ja: `${nodes.join('、')} のポリシーを統合` }
        : effective.decidedBy === self
          ? { en: `set on the project itself (${self})`, ja: 'プロジェクト自身のポリシーで設定' }
          : { en: `inherited from ${effective.decidedBy}`, ja: `${effective.decidedBy} から継承` };
    const values = effective.values ? { en: `: ${describeValues(effective.values).en}`, ja: `、${describeValues(effective.values).ja}` } : { en: '', ja: '' };
    return pass(
      {
        en: `${c} is ${def.list ? 'set' : 'enforced'} for the project, ${from.en}${values.en}.`,
        ja: `${c} はこのプロジェクトに${def.list ? '設定' : '適用'}されています（${from.ja}${values.ja}）。`,
      },
      evidence,
    );
  }
  const why = failureReason(def, effective, self);
  const dry = dryRunNote(def, effective);
  return fail({ en: why.en + dry.en, ja: why.ja + dry.ja }, evidence);
}

/** Whether the evaluation meets the guardrail for every resource of the project. */
function meets(def: GuardrailDefinition, e: EffectiveEvaluation): boolean {
  if (!def.list) return e.enforced && e.conditionalRules.length === 0;
  return !!e.values && def.list.satisfied(e.values) && weakeningRules(e).length === 0;
}

/** Conditional list rules that relax the policy for tagged resources (those that only deny values cannot). */
function weakeningRules(e: EffectiveEvaluation): { node: string; rule: OrgPolicyRule }[] {
  return e.conditionalRules.filter(({ rule }) => !(rule.denyAll || (rule.values?.deniedValues?.length && !rule.values.allowedValues?.length)));
}

/** A folder or organisation was collected when its resource, or a policy set on it, is in the snapshot. */
function collected(ctx: EvaluationContext, node: string, hasPolicy: boolean): boolean {
  if (hasPolicy) return true;
  const type = node.startsWith('folders/') ? GCP_TYPES.folder : node.startsWith('organizations/') ? GCP_TYPES.organization : undefined;
  return !!type && ctx.resources(type, { account: node }).length > 0;
}

function failureReason(def: GuardrailDefinition, e: EffectiveOrgPolicy, self: string): LocalizedText {
  const c = def.constraint;
  const above = e.overridden.length ? { en: `, overriding the policy set at ${e.overridden.join(', ')}`, ja: `。${e.overridden.join('、')} で設定されたポリシーは上書きされています` } : { en: '', ja: '' };
  const where = (node: string | undefined) => (node === self ? { en: `the project itself (${self})`, ja: `プロジェクト自身（${self}）` } : { en: String(node), ja: String(node) });
  if (e.resetAt) {
    const w = where(e.resetAt);
    return {
      en: `${cap(w.en)} resets ${c} to the Google default (${def.list ? 'every value allowed' : 'not enforced'})${above.en}.`,
      ja: `${w.ja} で ${c} が Google のデフォルト（${def.list ? 'すべての値を許可' : '適用なし'}）にリセットされています${above.ja}。`,
    };
  }
  const conditional = def.list ? weakeningRules(e) : e.conditionalRules;
  const baseOk = def.list ? !!e.values && def.list.satisfied(e.values) : e.enforced;
  if (baseOk && conditional.length) {
    const list = conditional.map((r) => `${r.node}: ${r.rule.condition?.expression ?? ''}`).join('; ');
    return {
      en: `${c} is enforced by ${where(e.decidedBy).en} only conditionally: tag-conditional rules (${list}) exempt the resources that match them, so it is not enforced uniformly.`,
      ja: `${c} は ${where(e.decidedBy).ja} で適用されていますが、タグ条件付きのルール（${list}）に一致するリソースは適用対象外となるため、一律には適用されていません。`,
    };
  }
  const tagged = conditional.length ? { en: ` Tag-conditional rules (${conditional.map((r) => r.node).join(', ')}) enforce it only for some resources.`, ja: `タグ条件付きのルール（${conditional.map((r) => r.node).join('、')}）により、一部のリソースにのみ適用されます。` } : { en: '', ja: '' };
  if (!e.decidedBy) {
    return {
      en: `No live policy for ${c} is set on the project, its folders or its organisation (${e.hierarchy.join(', ')}); the Google default applies (${def.list ? 'every value allowed' : 'not enforced'}).${tagged.en}`,
      ja: `${c} のポリシー（ドライランを除く）がプロジェクト・フォルダ・組織（${e.hierarchy.join('、')}）のいずれにも設定されておらず、Google のデフォルト（${def.list ? 'すべての値を許可' : '適用なし'}）が適用されています。${tagged.ja}`,
    };
  }
  const w = where(e.decidedBy);
  if (!def.list) {
    return { en: `${cap(w.en)} sets ${c} to not enforced${above.en}.${tagged.en}`, ja: `${w.ja} で ${c} が「適用しない」に設定されています${above.ja}。${tagged.ja}` };
  }
  const v = describeValues(e.values!);
  return {
    en: `The effective ${c} policy (set at ${e.contributors.join(', ')}${above.en}) is "${v.en}"; the guardrail requires ${def.list.requirement.en}.${tagged.en}`,
    ja: `${c} の実効ポリシー（${e.contributors.join('、')} で設定${above.ja}）は「${v.ja}」です。このガードレールでは${def.list.requirement.ja}が必要です。${tagged.ja}`,
  };
}

function dryRunNote(def: GuardrailDefinition, e: EffectiveOrgPolicy): LocalizedText {
  if (!e.dryRun) return { en: '', ja: '' };
  const nodes = e.dryRunNodes.join(', ');
  if (meets(def, e.dryRun)) {
    return {
      en: ` A dry-run policy at ${nodes} would enforce it, but it is dry run only: violations are logged, not blocked.`,
      ja: `${e.dryRunNodes.join('、')} にこの制約を適用するドライランポリシーがありますが、ドライランのみのため違反は記録されるだけでブロックされません。`,
    };
  }
  return { en: ` A dry-run policy exists at ${nodes} (audit only).`, ja: `${e.dryRunNodes.join('、')} にドライランポリシーがあります（監査のみ）。` };
}

const cap = (s: string) => (s.startsWith('the ') ? `The ${s.slice(4)}` : s);

/** A short description of list values. */
export function describeValues(v: ListValues): LocalizedText {
  if (v.denyAll) return { en: 'all values denied', ja: 'すべての値を拒否' };
  const denied = v.deniedValues.join(', ');
  if (v.allowAll || !v.allowedValues.length) {
    return v.deniedValues.length ? { en: `all values allowed except ${denied}`, ja: `${v.deniedValues.join('、')} 以外のすべての値を許可` } : { en: 'all values allowed', ja: 'すべての値を許可' };
  }
  const allowed = v.allowedValues.join(', ');
  return v.deniedValues.length
    ? { en: `allowed: ${allowed}; denied: ${denied}`, ja: `許可: ${v.allowedValues.join('、')}、拒否: ${v.deniedValues.join('、')}` }
    : { en: `allowed: ${allowed}`, ja: `許可: ${v.allowedValues.join('、')}` };
}

function evidenceOf(e: EffectiveOrgPolicy): Record<string, unknown> {
  return {
    constraint: e.constraint,
    status: e.status,
    decidedBy: e.decidedBy ?? 'constraint default',
    resetAt: e.resetAt,
    contributors: e.contributors,
    overridden: e.overridden,
    values: e.values,
    conditionalRules: e.conditionalRules.length ? e.conditionalRules : undefined,
    dryRun: e.dryRun ? { nodes: e.dryRunNodes, status: e.dryRun.status, values: e.dryRun.values } : undefined,
    hierarchy: e.hierarchy,
  };
}

// ── Shared documentation pieces ─────────────────────────────────────────────────────────────

/** Console steps to enforce a boolean constraint at the organisation (`name` is its console display name). */
export function booleanConsole(name: string, constraint: string): { en: string[]; ja: string[] } {
  return {
    en: [
      'In the Google Cloud console, select your organisation (or the folder that should carry the guardrail) in the resource picker and open IAM & Admin > Organization policies.',
      `Filter for "${name}" (constraints/${constraint}) and open it.`,
      'Click "Manage policy", choose "Override parent\'s policy", add a rule with Enforcement "On" and click "Set policy".',
      `Select the failing project in the resource picker and open the same constraint: if it shows a project-level policy that turns enforcement off or resets it, edit it to "Inherit parent's policy" (or delete it) so the organisation policy applies.`,
    ],
    ja: [
      'Google Cloud コンソールのリソース選択で組織（またはガードレールを設定するフォルダ）を選び、「IAM と管理」>「組織のポリシー」を開きます。',
      `「${name}」（constraints/${constraint}）で絞り込み、制約を開きます。`,
      '「ポリシーを管理」をクリックし、「親のポリシーをオーバーライドする」を選択して、適用を「オン」にしたルールを追加し、「ポリシーを設定」をクリックします。',
      'リソース選択で対象のプロジェクトを選び、同じ制約を開きます。プロジェクト単位で適用をオフにしたりリセットしたりするポリシーがある場合は、「親のポリシーを継承する」に変更（または削除）して組織のポリシーが適用されるようにします。',
    ],
  };
}

/** gcloud and Terraform to enforce a boolean constraint at the organisation and remove a project override. */
export function booleanRemediation(constraint: string, terraformName: string): RuleRemediationCode {
  return {
    cli: [
      '# Enforce the constraint at the organisation (or use folders/FOLDER_ID)',
      "cat > policy.yaml <<'EOF'",
      `name: organizations/ORGANIZATION_ID/policies/${constraint}`,
      'spec:',
      '  rules:',
      '  - enforce: true',
      'EOF',
      'gcloud org-policies set-policy policy.yaml',
      '',
      '# Remove a project-level policy that turns it off or resets it',
      `gcloud org-policies delete ${constraint} --project=PROJECT_ID`,
      '',
      '# Check the effective policy of the project',
      `gcloud org-policies describe ${constraint} --project=PROJECT_ID --effective`,
    ].join('\n'),
    terraform: [
      `resource "google_org_policy_policy" "${terraformName}" {`,
      `  name   = "organizations/\${var.org_id}/policies/${constraint}"`,
      '  parent = "organizations/${var.org_id}"',
      '',
      '  spec {',
      '    rules {',
      '      enforce = "TRUE"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  };
}

export const ORG_POLICY_REFERENCES = [
  'https://cloud.google.com/resource-manager/docs/organization-policy/understanding-hierarchy',
  'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
];

/** Console steps to set a list constraint at the organisation; `rule` says what to put in the policy rule. */
export function listConsole(name: string, constraint: string, rule: LocalizedText): { en: string[]; ja: string[] } {
  return {
    en: [
      'In the Google Cloud console, select your organisation (or the folder that should carry the guardrail) in the resource picker and open IAM & Admin > Organization policies.',
      `Filter for "${name}" (constraints/${constraint}) and open it.`,
      `Click "Manage policy", choose "Override parent's policy" and under "Rules" click "Add a rule". ${rule.en}`,
      'Click "Set policy" (use "Test changes" / dry run first to see what would be blocked).',
      `Select the failing project in the resource picker and open the same constraint: if it shows a project-level policy that allows all values, replaces the organisation's values or resets the policy, change it to "Inherit parent's policy" (or merge with the parent) so the organisation policy applies.`,
    ],
    ja: [
      'Google Cloud コンソールのリソース選択で組織（またはガードレールを設定するフォルダ）を選び、「IAM と管理」>「組織のポリシー」を開きます。',
      `「${name}」（constraints/${constraint}）で絞り込み、制約を開きます。`,
      `「ポリシーを管理」をクリックし、「親のポリシーをオーバーライドする」を選択して、「ルール」の「ルールを追加」をクリックします。${rule.ja}`,
      '「ポリシーを設定」をクリックします（先に「変更をテスト」やドライランで、ブロックされる操作を確認してください）。',
      'リソース選択で対象のプロジェクトを選び、同じ制約を開きます。すべての値を許可する、組織の値を置き換える、またはポリシーをリセットするプロジェクト単位のポリシーがある場合は、「親のポリシーを継承する」（または親と統合）に変更して組織のポリシーが適用されるようにします。',
    ],
  };
}

/** gcloud and Terraform to set a list constraint at the organisation; `yaml` and `hcl` are the rule bodies. */
export function listRemediation(constraint: string, terraformName: string, yaml: string[], hcl: string[]): RuleRemediationCode {
  return {
    cli: [
      '# Set the policy at the organisation (or use folders/FOLDER_ID)',
      "cat > policy.yaml <<'EOF'",
      `name: organizations/ORGANIZATION_ID/policies/${constraint}`,
      'spec:',
      '  rules:',
      ...yaml.map((l) => `  ${l}`),
      'EOF',
      'gcloud org-policies set-policy policy.yaml',
      '',
      '# Remove a project-level policy that allows all values or resets the constraint',
      `gcloud org-policies delete ${constraint} --project=PROJECT_ID`,
      '',
      '# Check the effective policy of the project',
      `gcloud org-policies describe ${constraint} --project=PROJECT_ID --effective`,
    ].join('\n'),
    terraform: [
      `resource "google_org_policy_policy" "${terraformName}" {`,
      `  name   = "organizations/\${var.org_id}/policies/${constraint}"`,
      '  parent = "organizations/${var.org_id}"',
      '',
      '  spec {',
      '    rules {',
      ...hcl.map((l) => `      ${l}`),
      '    }',
      '  }',
      '}',
    ].join('\n'),
  };
}
