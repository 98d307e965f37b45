/**
 * IAM grant helpers shared by the Google Cloud IAM, KMS and resource-hierarchy rules: a policy is
 * flattened into one grant per (member, role, binding), keeping where the binding is set and its
 * condition, so that every rule can name exactly which member holds which role, and where.
 */
import { effectiveBindings, isGoogleManagedServiceAccount, isPublicMember } from '../../../../src/providers/gcp/iam.js';
import type { IamCondition, IamPolicy, ProjectConfig } from '../../../../src/providers/gcp/model.js';
import { fail, notAssessed, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { LocalizedText } from '../../../../src/model/types.js';

/** One member holding one role through one binding. */
export interface Grant {
  member: string;
  role: string;
  /** Where the binding is set: `projects/p`, `folders/1`, `organizations/1`, or a resource name. */
  source: string;
  /** Present for conditional role bindings: the role applies only when the condition holds. */
  condition?: IamCondition;
}

/** Every grant in one policy, with `source` the node or resource the policy is attached to. */
export function policyGrants(policy: IamPolicy | undefined, source: string): Grant[] {
  const out: Grant[] = [];
  for (const b of policy?.bindings ?? []) {
    for (const member of b.members ?? []) out.push({ member, role: b.role, source, ...(b.condition ? { condition: b.condition } : {}) });
  }
  return out;
}

/** Every grant that applies to a project: its own bindings and those inherited from its folders and organisation. */
export function projectGrants(project: ProjectConfig): Grant[] {
  return effectiveBindings(project).flatMap((b) =>
    (b.members ?? []).map((member) => ({ member, role: b.role, source: b.source, ...(b.condition ? { condition: b.condition } : {}) })),
  );
}

/** Grants to `allUsers` or `allAuthenticatedUsers`. */
export function publicGrants(policy: IamPolicy | undefined, source: string): Grant[] {
  return policyGrants(policy, source).filter((g) => isPublicMember(g.member));
}

/** A compact, JSON-friendly form of grants for evidence. */
export function grantEvidence(grants: Grant[]): Record<string, unknown>[] {
  return grants.map((g) => ({
    member: g.member,
    role: g.role,
    source: g.source,
    ...(g.condition ? { condition: g.condition.title ?? g.condition.expression } : {}),
  }));
}

/** `user:a@example.com → roles/owner (organizations/1, conditional "title")`, one per grant; `showSource` false for a resource's own policy. */
export function describeGrants(grants: Grant[], max = 5, showSource = true): LocalizedText {
  const part = (g: Grant, lang: 'en' | 'ja') => {
    const cond = g.condition ? (lang === 'en' ? `conditional "${g.condition.title ?? g.condition.expression}"` : `条件付き「${g.condition.title ?? g.condition.expression}」`) : '';
    const notes = [showSource ? g.source : '', cond].filter(Boolean).join(lang === 'en' ? ', ' : '、');
    return notes ? `${g.member} → ${g.role} (${notes})` : `${g.member} → ${g.role}`;
  };
  const more = grants.length > max ? grants.length - max : 0;
  return {
    en: grants.slice(0, max).map((g) => part(g, 'en')).join('; ') + (more ? `; and ${more} more` : ''),
    ja: grants.slice(0, max).map((g) => part(g, 'ja')).join('、') + (more ? ` ほか ${more} 件` : ''),
  };
}

/** A member that holds both a role of `dutyA` and a role of `dutyB`, with the grants that give them. */
export interface DutyConflict {
  member: string;
  first: Grant[];
  second: Grant[];
}

/**
 * Separation of duties: members holding at least one role of each set. Conditional bindings count
 * as held (the member has the role whenever the condition is true), and so do inherited ones.
 */
export function dutyConflicts(grants: Grant[], dutyA: readonly string[], dutyB: readonly string[]): DutyConflict[] {
  const byMember = new Map<string, DutyConflict>();
  for (const g of grants) {
    const inA = dutyA.includes(g.role);
    const inB = dutyB.includes(g.role);
    if (!inA && !inB) continue;
    let entry = byMember.get(g.member);
    if (!entry) byMember.set(g.member, (entry = { member: g.member, first: [], second: [] }));
    if (inA) entry.first.push(g);
    if (inB) entry.second.push(g);
  }
  return [...byMember.values()].filter((c) => c.first.length > 0 && c.second.length > 0);
}

/** The domain of a user or group member (`user:a@Example.com` → `example.com`); undefined for other kinds. */
export function memberDomain(member: string): string | undefined {
  const m = /^(?:user|group):[^@]+@([^?]+)/.exec(member);
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * Google-managed service accounts (service agents) are created and granted by Google Cloud itself
 * (`service-<number>@gcp-sa-*.iam.gserviceaccount.com`, `<number>@cloudservices.gserviceaccount.com`);
 * CIS's service-account recommendations are about user-managed accounts, which the default Compute
 * Engine and App Engine accounts count as.
 */
export function isServiceAgent(email: string): boolean {
  return isGoogleManagedServiceAccount(email) || /^service-(?:org-|folder-)?\d+@[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(email) || /@gcp-sa-[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(email);
}

/** NOT_ASSESSED when a project's own IAM policy is absent from the snapshot (it was not collected). */
export function projectPolicyMissing(project: ProjectConfig): RuleOutcome | undefined {
  if (project.iamPolicy) return undefined;
  return notAssessed({
    en: `The IAM policy of project ${project.projectId} is not in the snapshot, so its role bindings cannot be checked.`,
    ja: `プロジェクト ${project.projectId} の IAM ポリシーがスナップショットにないため、ロールの付与状況を確認できません。`,
  });
}

/**
 * The outcome of "this resource's IAM policy grants nothing to allUsers / allAuthenticatedUsers",
 * shared by the rules on resources with their own policy (crypto keys, key rings, service accounts).
 * `what` names the resource in each language (`crypto key k`, `暗号鍵 k`).
 */
export function publicPolicyOutcome(policy: IamPolicy | undefined, source: string, what: LocalizedText): RuleOutcome {
  if (!policy) {
    return notAssessed({ en: `The IAM policy of ${what.en} is not in the snapshot.`, ja: `${what.ja}の IAM ポリシーがスナップショットにありません。` });
  }
  const grants = publicGrants(policy, source);
  if (grants.length === 0) {
    return pass({ en: `The IAM policy of ${what.en} grants nothing to allUsers or allAuthenticatedUsers.`, ja: `${what.ja}の IAM ポリシーは allUsers や allAuthenticatedUsers に何も付与していません。` });
  }
  const list = describeGrants(grants, 5, false);
  return fail(
    { en: `The IAM policy of ${what.en} grants roles to the public: ${list.en}.`, ja: `${what.ja}の IAM ポリシーが一般公開のメンバーにロールを付与しています: ${list.ja}。` },
    { publicGrants: grantEvidence(grants) },
  );
}

/** Consumer (personal) Google account and public Google Groups domains: never corporate identities. */
export const CONSUMER_DOMAINS = ['gmail.com', 'googlemail.com', 'googlegroups.com'] as const;

/** A `user:` or `group:` member whose address is a consumer Google account (`user:someone@gmail.com`). */
export function isConsumerAccount(member: string): boolean {
  const domain = memberDomain(member);
  return domain !== undefined && (CONSUMER_DOMAINS as readonly string[]).includes(domain);
}
