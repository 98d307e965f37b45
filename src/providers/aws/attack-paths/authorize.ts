/**
 * "May this role do X on Y?" for the attack-path analysis, answered by the policy evaluation engine
 * over the snapshot's authorisation model: the role's identity policies and boundary, the resource's
 * policy, SCPs of the role's account and RCPs of the resource's account, with the request context a
 * stolen session of the role would carry (the same keys access.ts / whoCan derive: principal tags,
 * organisation, resource account and tags, TLS, time). Keys that only the caller's session or
 * request carries (source IP, VPC endpoint, MFA) are absent, as in whoCan.
 *
 * Each (role, resource policy) pair is compiled once per analysis; the engine compiles each policy
 * document once (cached by object identity), so a check is a few lookups and one evaluation.
 */
import { compilePolicySet, type CompiledPolicySet } from '../iam/index.js';
import { resourceAccountOf, resourcePolicyFor, type AuthorizationModel, type IncompleteReason, type PrincipalModel } from '../iam/snapshot.js';
import { avoidableDenyContext } from '../iam/access.js';
import type { ContextValue, EvaluationResult, PolicySet, StatementRef } from '../iam/types.js';

export interface Grant {
  allowed: boolean;
  /** The statements the decision rests on (Allows when allowed, the Deny when explicitly denied). */
  deciding: StatementRef[];
  reason: EvaluationResult['reason'];
  /** Inputs that were not collected: a denial may be wrong. */
  incomplete: IncompleteReason[];
  /** Request keys the intruder sets to step around a Deny that only conditions on them (access.ts avoidableDenyContext). */
  requires?: Readonly<Record<string, ContextValue>>;
}

export class RoleAuthorizer {
  private readonly compiled = new Map<string, { set: CompiledPolicySet; policies: PolicySet } | null>();
  private readonly base: Record<string, ContextValue>;

  constructor(
    private readonly model: AuthorizationModel,
    now: Date,
  ) {
    this.base = { 'aws:SecureTransport': true, 'aws:CurrentTime': now.toISOString(), 'aws:EpochTime': Math.floor(now.getTime() / 1000) };
  }

  check(role: PrincipalModel, action: string, resource: string): Grant {
    const rp = resourcePolicyFor(this.model, resource);
    const resourceAccount = resourceAccountOf(this.model, resource) ?? role.account;
    const own = this.model.accounts.get(role.account);
    const target = this.model.accounts.get(resourceAccount);
    const key = `${role.arn}\u0000${rp?.arn ?? ''}\u0000${resourceAccount}`;
    let entry = this.compiled.get(key);
    if (entry === undefined) {
      const policies: PolicySet = { identity: role.identity, boundary: role.boundary, resource: rp?.policy ?? null, scps: own?.scps ?? null, rcps: target?.rcps ?? null };
      try {
        entry = { set: compilePolicySet(policies), policies };
      } catch {
        entry = null;
      }
      this.compiled.set(key, entry);
    }
    const incomplete = [...role.incomplete, ...(own?.incomplete ?? []), ...(rp?.incomplete ?? [])];
    if (!entry) {
      return {
        allowed: false,
        deciding: [],
        reason: { en: `A policy of ${role.arn} or of ${resource} could not be compiled.`, ja: `${role.arn} または ${resource} のポリシーをコンパイルできませんでした。` },
        incomplete: [...incomplete, { code: 'policy-document-missing', subject: role.arn, message: { en: 'A policy could not be compiled.', ja: 'ポリシーをコンパイルできませんでした。' } }],
      };
    }
    const context: Record<string, ContextValue> = { ...role.context, ...this.base, 'aws:ResourceAccount': resourceAccount };
    if (target?.organizationId) context['aws:ResourceOrgID'] = target.organizationId;
    if (target?.orgPath) context['aws:ResourceOrgPaths'] = [target.orgPath];
    for (const [k, v] of Object.entries(rp?.tags ?? {})) context[`aws:ResourceTag/${k}`] = v;
    const org = {
      principalAccountIsManagement: own?.isManagement ?? false,
      resourceAccountIsManagement: this.model.managementAccountIds.has(resourceAccount) || (target?.isManagement ?? false),
      principalIsServiceLinkedRole: role.serviceLinked,
    };
    const result = entry.set.evaluate({ principal: role.requestPrincipal, action, resource, resourceAccount, context }, org);
    // An intruder holding the role's session sets whatever request keys a Deny asks for (the
    // artifact bucket's "uploads must use SSE-KMS" stops careless uploads, not tampering).
    const requires = avoidableDenyContext(result, entry.policies);
    if (requires) {
      const again = entry.set.evaluate({ principal: role.requestPrincipal, action, resource, resourceAccount, context: { ...context, ...requires } }, org);
      if (again.decision === 'Allow') return { allowed: true, deciding: again.deciding, reason: again.reason, incomplete, requires };
    }
    return { allowed: result.decision === 'Allow', deciding: result.deciding, reason: result.reason, incomplete };
  }
}

/** `policy › statement` for texts. */
export const statementLabel = (s: StatementRef) => `${s.layer} policy ${s.policy}${s.target ? ` (${s.target})` : ''} › ${s.statement}`;
