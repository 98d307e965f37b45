/**
 * An Authorizer for find.ts backed by mamori's policy evaluation engine, over the policies of one
 * account: each principal's identity policies (inline, attached, its groups'), its permissions
 * boundary, and for sts:AssumeRole the target role's trust policy as the resource policy. Policy
 * sets are compiled once per principal; the engine caches compiled policies by object, so shared
 * policies compile once. For role assumption the set (principal × trust policy) is put together per
 * request from those cached compiled policies and not kept: find.ts asks each pair once, and keeping
 * one set per pair held gigabytes on accounts with thousands of principals and roles.
 *
 * Roles are asked as a session of the role (`arn:<p>:sts::<acct>:assumed-role/<name>/<session>`),
 * the principal that really signs the requests. A group is not a principal (the engine rightly
 * refuses one as a caller), so a group ARN is asked as a stand-in member user
 * (`user/mamori-escalation-group-member`) holding only the group's policies.
 */
import { compilePolicySet, type CompiledPolicySet } from '../index.js';
import type { NamedPolicy, OrgFacts, OrgPolicyLevel, PolicyDocument } from '../types.js';
import { asList, statements } from '../../model/iam.js';
import type { Authorizer } from './find.js';

export interface AccountPolicies {
  /** Identity policies per principal ARN (user, role or group); a user's list includes its groups' policies. */
  identity: ReadonlyMap<string, readonly NamedPolicy[]>;
  /** Permissions boundaries per principal ARN. */
  boundary?: ReadonlyMap<string, NamedPolicy>;
  /** Trust policies per role ARN. */
  trust: ReadonlyMap<string, PolicyDocument | string>;
  /** SCPs along the account's path, root first (absent: none). */
  scps?: OrgPolicyLevel[];
  org?: OrgFacts;
}

export const ESCALATION_SESSION = 'mamori-escalation';

export const GROUP_MEMBER = 'mamori-escalation-group-member';

/** The caller the engine is asked about: a role's session, a group's stand-in member, or the ARN itself. */
export function sessionArnOf(principal: string): string {
  const m = /^arn:([^:]+):iam::(\d{12}):(role|group)\/(?:.*\/)?([^/]+)$/.exec(principal);
  if (!m) return principal;
  return m[3] === 'role' ? `arn:${m[1]}:sts::${m[2]}:assumed-role/${m[4]}/${ESCALATION_SESSION}` : `arn:${m[1]}:iam::${m[2]}:user/${GROUP_MEMBER}`;
}

export function engineAuthorizer(policies: AccountPolicies): Authorizer {
  const own = new Map<string, CompiledPolicySet>();
  // One NamedPolicy per trust policy, so the engine's compiled-policy cache (by object) hits.
  const trustNamed = new Map<string, NamedPolicy>();
  const identityOf = new Map<string, NamedPolicy[]>();
  const setFor = (principal: string, trust: NamedPolicy | null) => {
    let identity = identityOf.get(principal);
    if (!identity) identityOf.set(principal, (identity = [...(policies.identity.get(principal) ?? [])]));
    return { identity, boundary: policies.boundary?.get(principal) ?? null, resource: trust, scps: policies.scps ?? null };
  };
  return (principal, action, resource, context) => {
    let set: CompiledPolicySet | undefined;
    const trust = action.toLowerCase() === 'sts:assumerole' ? policies.trust.get(resource) : undefined;
    if (trust !== undefined) {
      let named = trustNamed.get(resource);
      if (!named) trustNamed.set(resource, (named = { name: `trust policy of ${resource}`, policy: trust }));
      set = compilePolicySet(setFor(principal, named));
    } else {
      set = own.get(principal);
      if (!set) own.set(principal, (set = compilePolicySet(setFor(principal, null))));
    }
    const request = { principal: sessionArnOf(principal), action, resource, ...(context ? { context } : {}) };
    return set.evaluate(request, policies.org).decision === 'Allow';
  };
}

/**
 * A FindOptions.mayAllow pre-filter from the same identity policies: false only when no Allow
 * statement's Action/NotAction can match the action. sts:AssumeRole is always possible (a trust
 * policy naming the principal allows it without any identity policy).
 */
export function identityPrefilter(policies: AccountPolicies): (principal: string, action: string) => boolean {
  const matchers = new Map<string, ((action: string) => boolean)[]>();
  const compile = (patterns: string[]) => {
    const res = patterns.map((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i'));
    return (a: string) => res.some((r) => r.test(a));
  };
  for (const [principal, list] of policies.identity) {
    const fns: ((action: string) => boolean)[] = [];
    for (const named of list) {
      const doc = (typeof named.policy === 'string' ? JSON.parse(named.policy) : named.policy) as PolicyDocument;
      for (const s of statements(doc)) {
        if (s.Effect !== 'Allow') continue;
        if (s.Action !== undefined) fns.push(compile(asList(s.Action)));
        else if (s.NotAction !== undefined) {
          const not = compile(asList(s.NotAction));
          fns.push((a) => !not(a));
        }
      }
    }
    matchers.set(principal, fns);
  }
  const cache = new Map<string, boolean>();
  return (principal, action) => {
    if (action.toLowerCase() === 'sts:assumerole') return true;
    const key = `${principal}\u0000${action}`;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = (matchers.get(principal) ?? []).some((f) => f(action))));
    return v;
  };
}
