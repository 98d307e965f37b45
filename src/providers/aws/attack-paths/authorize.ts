/**
 * "May this role do X on Y?" for the attack-path analysis, answered by the policy evaluation engine
 * over the snapshot's authorisation model: the role's identity policies and boundary, the resource's
 * policy, SCPs of the role's account and RCPs of the resource's account, with the request context a
 * stolen session of the role would carry (the same keys access.ts / whoCan derive: principal tags,
 * organisation, resource account and tags, TLS, time). Keys that only the caller's session or
 * request carries (source IP, VPC endpoint, MFA) are absent, as in whoCan.
 *
 * Cost at scale (100,000 resources, hundreds of accounts): a role is asked about every target of
 * its account and about every other account's target whose resource policy may let outsiders in,
 * so most checks are cross-account. Cross-account access needs an Allow in the caller's identity
 * policies (IAM User Guide › Policy evaluation logic › Cross-account policy evaluation logic), so a
 * check first asks whether any identity Allow statement of the role can match the action and the
 * resource at all (conditions ignored, Resource elements with policy variables taken as matching):
 * when none can, the engine cannot allow the request whatever the context, and is not called. The
 * analysis asks about one role at a time (index.ts), so the per-role state (parsed principal,
 * identity statements by action, compiled sets by resource policy) is kept for the current role
 * only: memory stays flat however many roles there are.
 */
import { compiledPolicy, compilePolicySet, type CompiledPolicySet } from '../iam/evaluate.js';
import { parsePrincipal, type CompiledStatement } from '../iam/policy.js';
import { RequestContextView } from '../iam/context.js';
import { resourcePolicyFor, type AccountModel, type AuthorizationModel, type IncompleteReason, type PrincipalModel } from '../iam/snapshot.js';
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

/** What the checks of one role share. */
interface RoleState {
  role: PrincipalModel;
  /** The account of the role's sessions, as the engine reads it from the request principal. */
  principalAccount: string | undefined;
  own: AccountModel | undefined;
  /** The role's identity statements, or null when one of its policies cannot be compiled (no prefilter then). */
  identity: readonly CompiledStatement[] | null;
  /** Identity Allow statements whose Action matches, by action as asked. */
  allowsByAction: Map<string, CompiledStatement[]>;
  /** Compiled policy sets by resource policy and resource account. */
  sets: Map<string, { set: CompiledPolicySet; policies: PolicySet } | null>;
  /** The role's context keys and the analysis' base keys. */
  context: Readonly<Record<string, ContextValue>>;
}

const NO_CONTEXT = new RequestContextView(undefined);
const ACCOUNT_ID = /^\d{12}$/;

export class RoleAuthorizer {
  private current: RoleState | null = null;
  private readonly base: Record<string, ContextValue>;

  constructor(
    private readonly model: AuthorizationModel,
    now: Date,
  ) {
    this.base = { 'aws:SecureTransport': true, 'aws:CurrentTime': now.toISOString(), 'aws:EpochTime': Math.floor(now.getTime() / 1000) };
  }

  private stateOf(role: PrincipalModel): RoleState {
    if (this.current?.role === role) return this.current;
    let identity: CompiledStatement[] | null = [];
    try {
      for (const p of role.identity) identity.push(...compiledPolicy(p, 'identity').statements);
    } catch {
      identity = null;
    }
    this.current = {
      role,
      principalAccount: parsePrincipal(role.requestPrincipal).account,
      own: this.model.accounts.get(role.account),
      identity,
      allowsByAction: new Map(),
      sets: new Map(),
      context: { ...role.context, ...this.base },
    };
    return this.current;
  }

  private allowsOf(state: RoleState, action: string): CompiledStatement[] {
    let allows = state.allowsByAction.get(action);
    if (!allows) {
      const lower = action.toLowerCase();
      const colon = lower.indexOf(':');
      const service = colon < 0 ? lower : lower.slice(0, colon);
      allows = state.identity!.filter((st) => st.effect === 'Allow' && st.matchesAction(lower, service));
      state.allowsByAction.set(action, allows);
    }
    return allows;
  }

  /** False when no identity Allow statement of the role can match the request, whatever its context. */
  private identityMayAllow(state: RoleState, action: string, resource: string): boolean {
    for (const st of this.allowsOf(state, action)) if (st.resourceVariables || st.matchesResource(resource, NO_CONTEXT)) return true;
    return false;
  }

  /**
   * False when no identity Allow statement of the role names `action` (conditions and resources
   * aside): the role cannot then be allowed `action` on another account's resource.
   */
  mayAllowAction(role: PrincipalModel, action: string): boolean {
    const state = this.stateOf(role);
    return state.identity === null || this.allowsOf(state, action).length > 0;
  }

  check(role: PrincipalModel, action: string, resource: string): Grant {
    const state = this.stateOf(role);
    const rp = resourcePolicyFor(this.model, resource);
    const arnAccount = rp ? undefined : resource.split(':')[4];
    const resourceAccount = rp?.account ?? (arnAccount && ACCOUNT_ID.test(arnAccount) ? arnAccount : undefined) ?? role.account;
    const own = state.own;
    const incomplete = [...role.incomplete, ...(own?.incomplete ?? []), ...(rp?.incomplete ?? [])];
    if (state.identity && state.principalAccount !== resourceAccount && !this.identityMayAllow(state, action, resource)) {
      return {
        allowed: false,
        deciding: [],
        reason: {
          en: `Cross-account request: no identity policy of ${role.arn} allows ${action} on ${resource}.`,
          ja: `クロスアカウントのリクエストです: ${role.arn} のアイデンティティポリシーに ${resource} への ${action} を許可するものがありません。`,
        },
        incomplete,
      };
    }
    const target = this.model.accounts.get(resourceAccount);
    const key = `${rp?.arn ?? ''}\u0000${resourceAccount}`;
    let entry = state.sets.get(key);
    if (entry === undefined) {
      const policies: PolicySet = { identity: role.identity, boundary: role.boundary, resource: rp?.policy ?? null, scps: own?.scps ?? null, rcps: target?.rcps ?? null };
      try {
        entry = { set: compilePolicySet(policies), policies };
      } catch {
        entry = null;
      }
      state.sets.set(key, entry);
    }
    if (!entry) {
      return {
        allowed: false,
        deciding: [],
        reason: { en: `A policy of ${role.arn} or of ${resource} could not be compiled.`, ja: `${role.arn} または ${resource} のポリシーをコンパイルできませんでした。` },
        incomplete: [...incomplete, { code: 'policy-document-missing', subject: role.arn, message: { en: 'A policy could not be compiled.', ja: 'ポリシーをコンパイルできませんでした。' } }],
      };
    }
    const context: Record<string, ContextValue> = { ...state.context, 'aws:ResourceAccount': resourceAccount };
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
