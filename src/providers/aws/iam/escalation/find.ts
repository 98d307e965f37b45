/**
 * Privilege-escalation paths in one account: the catalogued methods (catalogue.ts) turned into edges
 * between principals by asking an Authorizer, then every non-admin principal with a path to admin.
 *
 * The model: an attacker who holds a principal's credentials keeps every credential it obtains on
 * the way. So a principal reaches admin when, among the principals it can act as (itself, the
 * users whose keys or passwords it can create, the roles it can assume or pass to compute it
 * controls, the groups it belongs to or can join), one is admin, or one can give arbitrary
 * permissions to another of them (put/attach a policy, write a new version of a policy attached
 * to it).
 *
 * "Admin" (isAdmin): the Authorizer allows every action of ADMIN_PROBES on resource `*`. The probes
 * are the IAM writes that let a principal grant itself anything plus one sensitive action in each
 * of several services; requesting them on `*` means a grant scoped to some resources does not count,
 * and any explicit Deny on one of them (or a NotAction that leaves one out) makes the principal
 * non-admin. A principal allowed `*` on `*` passes; so does one allowed `iam:*` and the probed
 * services' actions — which is what "can grant itself everything" amounts to.
 *
 * Request context: the Authorizer gets the context a real request would carry and no more. Users
 * sign with long-term keys: aws:username, aws:PrincipalType=User, no aws:TokenIssueTime and no MFA
 * key (IAM User Guide › AWS global condition context keys: aws:TokenIssueTime and
 * aws:MultiFactorAuthPresent are present only with temporary credentials). Roles act through a
 * session: aws:PrincipalType=AssumedRole, aws:TokenIssueTime=now, aws:MultiFactorAuthPresent=false.
 * Method-specific keys (iam:PassedToService, iam:PolicyARN…) come from the catalogue.
 *
 * Limits (documented, not hidden): a group reached through iam:AddUserToGroup counts as admin only
 * when its own policies make it admin (its permissions are not combined with the user's); a role's
 * trust of a service is read from the trust policy's Service principals without conditions;
 * permissions boundaries, SCPs and session policies are whatever the Authorizer applies.
 */
import type { ContextValue, PolicyDocument, PolicyStatement } from '../types.js';
import { asList, parsePolicyDocument, statements } from '../../model/iam.js';
import type { LocalizedText } from '../../../../model/types.js';
import { ESCALATION_METHODS, type ComputeKind, type EscalationMethod, type Precondition, type RequiredPermission } from './catalogue.js';

/** Answers whether `principalArn` may call `action` on `resourceArn` with the given request context. */
export type Authorizer = (
  principalArn: string,
  action: string,
  resourceArn: string,
  context?: Readonly<Record<string, ContextValue>>,
) => boolean;

export interface EscalationUser {
  arn: string;
  /** Group ARNs the user belongs to. */
  groups?: readonly string[];
  /** Number of access keys; unknown → the access-key methods are assumed possible. */
  accessKeys?: number;
  /** Whether the user has a console password; unknown → both login-profile methods are tried. */
  hasLoginProfile?: boolean;
  tags?: Readonly<Record<string, string>>;
}

export interface EscalationRole {
  arn: string;
  /** The trust policy (AssumeRolePolicyDocument), parsed or as IAM returns it. */
  trustPolicy: PolicyDocument | string | null;
  tags?: Readonly<Record<string, string>>;
}

export interface EscalationGroup {
  arn: string;
}

/** A customer managed policy and the principals (user, role or group ARNs) it is attached to. */
export interface EscalationPolicy {
  arn: string;
  attachedTo: readonly string[];
  /** Whether non-default versions exist (for iam:SetDefaultPolicyVersion); unknown → false. */
  hasOtherVersions?: boolean;
}

export interface InstanceProfile {
  arn: string;
  roles: readonly string[];
}

/** An existing compute resource that runs with a role (an EC2 instance's profile role, a function's execution role…). */
export interface ComputeResource {
  arn: string;
  kind: ComputeKind;
  role: string;
}

export interface EscalationAccount {
  account: string;
  partition?: string;
  /** Region used for the ARNs of resources the attacker would create (default us-east-1). */
  region?: string;
  users: readonly EscalationUser[];
  roles: readonly EscalationRole[];
  groups?: readonly EscalationGroup[];
  policies?: readonly EscalationPolicy[];
  instanceProfiles?: readonly InstanceProfile[];
  computes?: readonly ComputeResource[];
}

export interface FindOptions {
  /** Clock for aws:CurrentTime / aws:TokenIssueTime (default: now). */
  now?: Date;
  /** Methods to use (default: the whole catalogue). */
  methods?: readonly EscalationMethod[];
  /**
   * Optional cheap pre-filter: false when `principalArn` can be allowed `action` on no resource at all.
   * It must never answer false for an action the Authorizer could allow; it only saves Authorizer calls.
   */
  mayAllow?: (principalArn: string, action: string) => boolean;
  /**
   * Optional: false when the principal's identity-based policies allow `action` on no resource at
   * all (no exception for sts:AssumeRole, unlike mayAllow). With it, a role whose trust policy names
   * only the source's account is not asked about when the source has no identity Allow for
   * sts:AssumeRole: such a trust policy delegates to the identity policies, so the Authorizer (the
   * engine) would deny. It only saves Authorizer calls, on accounts where many roles trust the account.
   */
  identityMayAllow?: (principalArn: string, action: string) => boolean;
  /**
   * Authorizer for the admin probes only (default: the one the edges use). snapshot.ts passes one
   * without SCPs: an SCP that denies, say, cloudtrail:StopLogging to everyone would otherwise make
   * nobody in the account an administrator, and every AdministratorAccess holder a "non-admin".
   */
  adminAuthorize?: Authorizer;
}

/** One request that was authorised to make a step hold. */
export interface AuthorisedRequest {
  principal: string;
  action: string;
  resource: string;
  context: Readonly<Record<string, ContextValue>>;
}

export type NodeKind = 'user' | 'role' | 'group';

/**
 * An edge: `act-as` (from can act with to's permissions), `empower` (from can give to arbitrary
 * permissions), or `member` (from is a member of the group to; no method needed).
 */
export interface EscalationEdge {
  from: string;
  to: string;
  kind: 'act-as' | 'empower' | 'member';
  /** Catalogue method id (null for membership). */
  method: string | null;
  /** The intermediate resource: the policy rewritten, the compute resource used, the instance profile. */
  via?: string;
  requests: readonly AuthorisedRequest[];
  why: LocalizedText;
}

export interface EscalationPath {
  /** The principal that can reach admin. */
  principal: string;
  /** Ordered steps; the last one makes the attacker admin. */
  steps: readonly EscalationEdge[];
  /** The principal that ends up admin (the source itself, or one it acts as). */
  admin: string;
  reason: LocalizedText;
}

export interface EscalationResult {
  /** Principals (users, roles) and groups that are admin. */
  admins: readonly string[];
  edges: readonly EscalationEdge[];
  /** One shortest path per non-admin user or role that can reach admin, sorted by principal. */
  paths: readonly EscalationPath[];
}

/** The probes of isAdmin (see the module comment), each requested on resource `*`. */
export const ADMIN_PROBES: readonly string[] = [
  'iam:PutUserPolicy',
  'iam:PutRolePolicy',
  'iam:PutGroupPolicy',
  'iam:AttachUserPolicy',
  'iam:AttachRolePolicy',
  'iam:CreatePolicyVersion',
  'iam:CreateUser',
  'iam:CreateAccessKey',
  'iam:UpdateAssumeRolePolicy',
  'iam:PassRole',
  'sts:AssumeRole',
  's3:GetObject',
  's3:PutBucketPolicy',
  'ec2:RunInstances',
  'kms:Decrypt',
  'lambda:UpdateFunctionCode',
  'cloudtrail:StopLogging',
  'organizations:LeaveOrganization',
];

// ---------------------------------------------------------------- helpers

const nameOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** AWS action/service-principal match: case-insensitive, `*` and `?` wildcards. Compiled once per pattern. */
function globMatcher(patterns: readonly string[]): (value: string) => boolean {
  const res = patterns.map((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i'));
  return (value) => res.some((r) => r.test(value));
}

/** Service principals a trust policy lets assume the role (Allow minus Deny; conditions not considered). */
function trustedServices(trust: PolicyDocument | null): (service: string) => boolean {
  const allow: PolicyStatement[] = [];
  const deny: PolicyStatement[] = [];
  for (const s of statements(trust)) (s.Effect === 'Deny' ? deny : allow).push(s);
  // A service assumes a role with sts:AssumeRole as a Service principal; an identity provider's
  // users (Cognito identity pools: the Federated principal cognito-identity.amazonaws.com) with
  // sts:AssumeRoleWithWebIdentity (IAM User Guide › AWS JSON policy elements: Principal › Federated
  // web identity session principals; Amazon Cognito Developer Guide › Role trust and permissions).
  const compile = (list: PolicyStatement[]) =>
    list.map((s) => {
      const actions = s.Action !== undefined ? globMatcher(asList(s.Action)) : null;
      const notActions = s.NotAction !== undefined ? globMatcher(asList(s.NotAction)) : null;
      const covers = (action: string) => (actions ? actions(action) : notActions ? !notActions(action) : false);
      const everyone = s.Principal === '*' || (typeof s.Principal === 'object' && asList(s.Principal.AWS).includes('*'));
      const services = typeof s.Principal === 'object' ? globMatcher(asList(s.Principal.Service)) : () => false;
      const federated = typeof s.Principal === 'object' ? globMatcher(asList(s.Principal.Federated)) : () => false;
      return (svc: string) =>
        (covers('sts:AssumeRole') && (everyone || services(svc))) || (covers('sts:AssumeRoleWithWebIdentity') && (everyone || federated(svc)));
    });
  const a = compile(allow);
  const d = compile(deny);
  return (svc) => a.some((f) => f(svc)) && !d.some((f) => f(svc));
}

/**
 * Which roles' trust policies can let an IAM user or role of the account call sts:AssumeRole: the
 * engine matches AWS principals exactly (account id or root ARN → the account; a role ARN → that
 * role's sessions, whatever the path; any other ARN → itself; no wildcards but "*"; IAM User Guide
 * › AWS JSON policy elements: Principal). A trust policy naming no key of the source cannot allow
 * it, so the engine is asked only about the roles that name one, that admit anyone ("*",
 * NotPrincipal), or whose trust policy is unknown or unreadable (left to the Authorizer).
 *
 * For a source, the roles come back in account order: those whose trust policy names the source's
 * own ARN, admits anyone or is unreadable, and — only when the source's identity policies allow
 * sts:AssumeRole at all — those that name the source's account. A trust policy that names only the
 * account delegates to the identity policies, so the source also needs an identity Allow (IAM User Guide › Policy evaluation logic
 * › same-account requests: role trust policies must allow, naming the account defers to identity
 * policies; › Cross-account policy evaluation logic: both sides must allow).
 */
interface TrustIndex {
  /** Indices into the roles, ascending; null when the source is no IAM user or role. */
  admitted(source: string, identityMayAssume: boolean): readonly number[] | null;
}

function trustIndex(roles: readonly EscalationRole[]): TrustIndex {
  const byKey = new Map<string, number[]>();
  const open: number[] = [];
  roles.forEach((role, i) => {
    const doc = typeof role.trustPolicy === 'string' ? parsePolicyDocument(role.trustPolicy) : role.trustPolicy;
    const keys = doc && !Array.isArray(doc) ? trustKeys(doc) : null;
    if (keys === null) open.push(i);
    else for (const k of keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  });
  const none: number[] = [];
  return {
    admitted(source, identityMayAssume) {
      const keys = sourceKeys(source);
      if (!keys) return null;
      const [accountKey, ownKey] = keys;
      const own = byKey.get(ownKey) ?? none;
      const lists = [open, own, identityMayAssume ? (byKey.get(accountKey) ?? none) : none].filter((l) => l.length > 0);
      if (lists.length === 0) return none;
      if (lists.length === 1) return lists[0];
      // Each list is ascending (built in role order): merge them, without duplicates.
      const all = lists.flat().sort((a, b) => a - b);
      return all.filter((v, i) => i === 0 || all[i - 1] !== v);
    },
  };
}

const IAM_ARN = /^arn:([^:]+):(iam|sts)::(\d{12}):(.*)$/;

/** Keys a trust policy's Allow statements for sts:AssumeRole name; null when they admit anyone or cannot be read. */
function trustKeys(doc: PolicyDocument): Set<string> | null {
  const keys = new Set<string>();
  for (const s of statements(doc)) {
    if (s.Effect !== 'Allow') continue;
    if (s.Action !== undefined && !globMatcher(asList(s.Action).map(String))('sts:AssumeRole')) continue;
    if (s.NotPrincipal !== undefined || s.Principal === '*' || !s.Principal || typeof s.Principal !== 'object') return null;
    const aws = (s.Principal as Record<string, unknown>).AWS;
    if (aws === undefined) continue;
    const list = Array.isArray(aws) ? aws : [aws];
    for (const p of list) {
      if (typeof p !== 'string' || p === '*') return null;
      if (/^\d{12}$/.test(p)) {
        keys.add(`account:${p}`);
        continue;
      }
      const m = IAM_ARN.exec(p);
      if (!m) {
        keys.add(`arn:${p}`);
        continue;
      }
      const [, partition, service, account, rest] = m;
      if (service === 'iam' && rest === 'root') keys.add(`account:${account}`);
      else if (service === 'iam' && rest.startsWith('role/')) keys.add(`role:${partition}:${account}:${rest.slice(rest.lastIndexOf('/') + 1)}`);
      else if (service === 'sts' && rest.startsWith('assumed-role/')) keys.add(`role:${partition}:${account}:${rest.split('/')[1] ?? ''}`);
      else keys.add(`arn:${p}`);
    }
  }
  return keys;
}

/** The keys under which a trust policy can name a user or role; null when the ARN is neither. */
function sourceKeys(arn: string): string[] | null {
  const m = IAM_ARN.exec(arn);
  if (!m || m[2] !== 'iam') return null;
  const [, partition, , account, rest] = m;
  if (rest.startsWith('user/')) return [`account:${account}`, `arn:${arn}`];
  if (rest.startsWith('role/')) return [`account:${account}`, `role:${partition}:${account}:${rest.slice(rest.lastIndexOf('/') + 1)}`];
  return null;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(partition|region|account|target|targetName)\}/g, (_, k: string) => vars[k] ?? '');
}

// ---------------------------------------------------------------- the search

interface Node {
  arn: string;
  kind: NodeKind;
  user?: EscalationUser;
  role?: EscalationRole;
  /** Base request context of this principal (built once). */
  context: Record<string, ContextValue>;
}

export function findEscalationPaths(account: EscalationAccount, authorize: Authorizer, options: FindOptions = {}): EscalationResult {
  const partition = account.partition ?? 'aws';
  const region = account.region ?? 'us-east-1';
  const now = options.now ?? new Date();
  const methods = options.methods ?? ESCALATION_METHODS;
  const mayAllow = options.mayAllow ?? (() => true);
  const adminAuthorize = options.adminAuthorize ?? authorize;
  const baseVars = { partition, region, account: account.account };

  const time = {
    'aws:CurrentTime': now.toISOString(),
    'aws:EpochTime': Math.floor(now.getTime() / 1000),
    'aws:SecureTransport': true,
    'aws:RequestedRegion': region,
    'aws:PrincipalAccount': account.account,
  };
  const tagContext = (tags: Readonly<Record<string, string>> | undefined) =>
    Object.fromEntries(Object.entries(tags ?? {}).map(([k, v]) => [`aws:PrincipalTag/${k}`, v]));

  const nodes = new Map<string, Node>();
  for (const user of account.users) {
    nodes.set(user.arn, {
      arn: user.arn,
      kind: 'user',
      user,
      context: { ...time, ...tagContext(user.tags), 'aws:PrincipalArn': user.arn, 'aws:PrincipalType': 'User', 'aws:username': nameOf(user.arn) },
    });
  }
  for (const role of account.roles) {
    nodes.set(role.arn, {
      arn: role.arn,
      kind: 'role',
      role,
      context: {
        ...time,
        ...tagContext(role.tags),
        'aws:PrincipalArn': role.arn,
        'aws:PrincipalType': 'AssumedRole',
        'aws:TokenIssueTime': now.toISOString(),
        'aws:MultiFactorAuthPresent': false,
      },
    });
  }
  for (const group of account.groups ?? []) nodes.set(group.arn, { arn: group.arn, kind: 'group', context: { ...time } });

  const roleTrustsService = new Map<string, (svc: string) => boolean>();
  for (const role of account.roles) {
    const trust = typeof role.trustPolicy === 'string' ? parsePolicyDocument(role.trustPolicy) : role.trustPolicy;
    roleTrustsService.set(role.arn, trustedServices(trust));
  }
  const admittedBy = trustIndex(account.roles);
  const identityMayAllow = options.identityMayAllow ?? (() => true);
  // Roles a service may assume, per service (the same for every source).
  const serviceRoles = new Map<string, readonly EscalationRole[]>();
  const rolesTrusting = (service: string): readonly EscalationRole[] => {
    let list = serviceRoles.get(service);
    if (!list) serviceRoles.set(service, (list = account.roles.filter((r) => roleTrustsService.get(r.arn)!(service))));
    return list;
  };
  const withOtherVersions = new Set((account.policies ?? []).filter((x) => x.hasOtherVersions === true).map((x) => x.arn));
  const rolesInProfiles = new Map<string, string>();
  for (const p of account.instanceProfiles ?? []) for (const r of p.roles) if (!rolesInProfiles.has(r)) rolesInProfiles.set(r, p.arn);
  const attachedTo = new Map<string, readonly string[]>();
  for (const p of account.policies ?? []) attachedTo.set(p.arn, p.attachedTo);

  // --- admin
  const adminCache = new Map<string, boolean>();
  const isAdmin = (arn: string): boolean => {
    let v = adminCache.get(arn);
    if (v === undefined) {
      const node = nodes.get(arn);
      const ctx = node?.context ?? time;
      v = ADMIN_PROBES.every((action) => mayAllow(arn, action) && adminAuthorize(arn, action, '*', ctx));
      adminCache.set(arn, v);
    }
    return v;
  };

  // --- edges of one source
  const check = (source: Node, need: RequiredPermission, vars: Record<string, string>, extra: Record<string, string> | undefined): AuthorisedRequest | null => {
    if (!mayAllow(source.arn, need.action)) return null;
    const r = need.resource;
    const resource =
      r.kind === 'target' ? vars.target : r.kind === 'pass-role' ? vars.target : r.kind === 'self' ? source.arn : fill(r.arn, vars);
    // The source's own context is shared (read-only) unless the step adds keys: no copy per candidate.
    let context: Record<string, ContextValue> = source.context;
    if (need.context || extra) {
      context = { ...source.context };
      for (const [k, v] of Object.entries(need.context ?? {})) context[k] = fill(v, vars);
      for (const [k, v] of Object.entries(extra ?? {})) context[k] = v;
    }
    return authorize(source.arn, need.action, resource, context) ? { principal: source.arn, action: need.action, resource, context } : null;
  };
  const checkAll = (source: Node, needs: readonly RequiredPermission[], vars: Record<string, string>): AuthorisedRequest[] | null => {
    const out: AuthorisedRequest[] = [];
    for (const need of needs) {
      const ok = check(source, need, vars, undefined);
      if (!ok) return null;
      out.push(ok);
    }
    return out;
  };
  const preconditionHolds = (p: Precondition, source: Node, target: string): boolean => {
    const user = nodes.get(target)?.user;
    switch (p) {
      case 'user-has-free-access-key-slot':
        return user?.accessKeys === undefined || user.accessKeys < 2;
      case 'user-has-two-access-keys':
        return user?.accessKeys === 2;
      case 'user-has-no-login-profile':
        return user?.hasLoginProfile !== true;
      case 'user-has-login-profile':
        return user?.hasLoginProfile !== false;
      case 'policy-has-other-versions':
        return withOtherVersions.has(target);
      case 'role-in-instance-profile':
        return rolesInProfiles.has(target);
      case 'source-is-user':
        return source.kind === 'user';
    }
  };

  const edgesOf = (source: Node): EscalationEdge[] => {
    const out: EscalationEdge[] = [];
    if (source.kind === 'group') return out; // see the module comment: groups are not expanded
    for (const g of source.user?.groups ?? []) {
      out.push({ from: source.arn, to: g, kind: 'member', method: null, requests: [], why: { en: `${nameOf(source.arn)} is a member of the group ${nameOf(g)}.`, ja: `${nameOf(source.arn)} はグループ ${nameOf(g)} のメンバーです。` } });
    }
    for (const method of methods) {
      // Cheap first: a method whose actions the source can never be allowed has no edge (no candidate walk).
      if (!method.requires.every((n) => mayAllow(source.arn, n.action))) continue;
      const candidates = candidatesOf(method, source);
      if (candidates.length === 0) continue;
      // Needs that do not depend on the target are checked once.
      const independent = method.requires.filter((n) => n.resource.kind === 'arn' && !/\{target(Name)?\}/.test(n.resource.arn) && !Object.values(n.context ?? {}).some((v) => /\{target(Name)?\}/.test(v)));
      const dependent = method.requires.filter((n) => !independent.includes(n));
      const fixed = checkAll(source, independent, baseVars);
      if (!fixed) continue;
      for (const c of candidates) {
        if (!(method.preconditions ?? []).every((p) => preconditionHolds(p, source, c.target))) continue;
        const vars = { ...baseVars, target: c.target, targetName: nameOf(c.target) };
        const requests: AuthorisedRequest[] = [];
        let ok = true;
        for (const need of dependent) {
          const extra = need.resource.kind === 'pass-role' && method.service ? { 'iam:PassedToService': method.service } : undefined;
          const r = check(source, need, vars, extra);
          if (!r) {
            ok = false;
            break;
          }
          requests.push(r);
        }
        if (!ok) continue;
        const all = [...requests, ...fixed];
        for (const to of c.gains) out.push(edge(method, source.arn, to, c.via, all));
      }
    }
    return out;
  };

  /** Targets of a method for a source: the ARN checked, and the nodes the source gains over. */
  const candidatesOf = (method: EscalationMethod, source: Node): { target: string; gains: string[]; via?: string }[] => {
    switch (method.target) {
      case 'user':
        return account.users.filter((u) => method.gain === 'empower' || u.arn !== source.arn).map((u) => ({ target: u.arn, gains: [u.arn] }));
      case 'role': {
        // Assuming a role needs its trust policy to name the source (trustIndex): only those roles are asked.
        const admitted = method.requires.some((n) => n.resource.kind === 'target' && n.action.toLowerCase() === 'sts:assumerole')
          ? admittedBy.admitted(source.arn, identityMayAllow(source.arn, 'sts:AssumeRole'))
          : null;
        const roles = admitted === null ? account.roles : admitted.map((i) => account.roles[i]);
        return roles.filter((r) => method.gain === 'empower' || r.arn !== source.arn).map((r) => ({ target: r.arn, gains: [r.arn] }));
      }
      case 'group':
        return (account.groups ?? [])
          .filter((g) => method.gain === 'empower' || !(source.user?.groups ?? []).includes(g.arn))
          .map((g) => ({ target: g.arn, gains: [g.arn] }));
      case 'policy':
        return (account.policies ?? []).map((p) => ({ target: p.arn, gains: p.attachedTo.filter((a) => nodes.has(a)), via: p.arn })).filter((c) => c.gains.length > 0);
      case 'service-role':
        if (method.service === undefined) return [];
        return rolesTrusting(method.service)
          .filter((r) => r.arn !== source.arn)
          .map((r) => ({ target: r.arn, gains: [r.arn], ...(rolesInProfiles.has(r.arn) ? { via: rolesInProfiles.get(r.arn) } : {}) }));
      case 'compute':
        return (account.computes ?? [])
          .filter((c) => c.kind === method.computeKind && c.role !== source.arn && nodes.has(c.role))
          .map((c) => ({ target: c.arn, gains: [c.role], via: c.arn }));
    }
  };

  // The explanation is written when first read: only the edges on a reported path are, and an
  // account where thousands of principals may assume thousands of roles has millions of edges.
  const explain = (method: EscalationMethod, from: string, to: string, via: string | undefined, requests: AuthorisedRequest[]): LocalizedText => {
    const f = nameOf(from);
    const t = nameOf(to);
    const v = via ? nameOf(via) : '';
    const allowed = requests.map((r) => `${r.action} on ${r.resource}`).join(', ');
    const allowedJa = requests.map((r) => `${r.resource} に対する ${r.action}`).join('、');
    return method.gain === 'empower'
      ? {
          en: `${f} can give ${t} arbitrary permissions with ${method.id}${via && via !== to ? ` (policy ${v} is attached to ${t})` : ''}: its policies allow ${allowed}.`,
          ja: `${f} は ${method.id} により ${t} に任意の権限を与えられます${via && via !== to ? `（ポリシー ${v} が ${t} にアタッチされています）` : ''}。許可されている操作: ${allowedJa}。`,
        }
      : {
          en: `${f} can act as ${t} with ${method.id}${via ? ` (through ${v})` : ''}: ${allowed} ${requests.length === 1 ? 'is' : 'are'} allowed.`,
          ja: `${f} は ${method.id} により ${t} として操作できます${via ? `（${v} を経由）` : ''}。許可されている操作: ${allowedJa}。`,
        };
  };
  const edge = (method: EscalationMethod, from: string, to: string, via: string | undefined, requests: AuthorisedRequest[]): EscalationEdge => {
    let why: LocalizedText | undefined;
    return {
      from,
      to,
      kind: method.gain === 'empower' ? 'empower' : 'act-as',
      method: method.id,
      ...(via ? { via } : {}),
      requests,
      get why() {
        return (why ??= explain(method, from, to, via, requests));
      },
    };
  };

  // --- all edges, once per node
  const edgesFrom = new Map<string, EscalationEdge[]>();
  for (const node of nodes.values()) edgesFrom.set(node.arn, edgesOf(node));
  const allEdges = [...edgesFrom.values()].flat();

  const admins = [...nodes.keys()].filter((a) => isAdmin(a)).sort();
  const adminSet = new Set(admins);

  // --- once: who can reach admin at all. A source's path ends at an admin it can act as, or with an
  // empower edge from a node it can act as; so only the nodes from which an admin or the start of an
  // empower edge is reachable over act-as/member edges can have a path (one backward pass over the
  // reversed edges). The exact search below runs for those sources only.
  const actAsInto = new Map<string, string[]>();
  const goals: string[] = [...admins];
  for (const [from, list] of edgesFrom) {
    let empowers = false;
    for (const e of list) {
      if (e.kind === 'empower') empowers = true;
      else (actAsInto.get(e.to) ?? actAsInto.set(e.to, []).get(e.to)!).push(from);
    }
    if (empowers) goals.push(from);
  }
  const mayReachAdmin = new Set(goals);
  for (let i = 0; i < goals.length; i++) {
    for (const from of actAsInto.get(goals[i]) ?? []) {
      if (mayReachAdmin.has(from)) continue;
      mayReachAdmin.add(from);
      goals.push(from);
    }
  }

  // --- per source that may reach admin: BFS over act-as/member edges, then the cheapest way to admin
  const paths: EscalationPath[] = [];
  for (const source of nodes.values()) {
    if (source.kind === 'group' || adminSet.has(source.arn) || !mayReachAdmin.has(source.arn)) continue;
    // Breadth first, so depth never decreases along `order`. Once an admin is reached at depth B no
    // cheaper path can need a node deeper than B (an empower edge costs one step more than reaching
    // its start), so nodes at depth B are not expanded.
    const parent = new Map<string, EscalationEdge | null>([[source.arn, null]]);
    const depth = new Map<string, number>([[source.arn, 0]]);
    const order: string[] = [source.arn];
    let adminDepth = adminSet.has(source.arn) ? 0 : Infinity;
    for (let i = 0; i < order.length; i++) {
      const d = depth.get(order[i])!;
      if (d >= adminDepth) break;
      for (const e of edgesFrom.get(order[i]) ?? []) {
        if (e.kind === 'empower' || parent.has(e.to)) continue;
        parent.set(e.to, e);
        depth.set(e.to, d + 1);
        order.push(e.to);
        if (adminSet.has(e.to) && d + 1 < adminDepth) adminDepth = d + 1;
      }
    }
    const pathTo = (arn: string): EscalationEdge[] => {
      const steps: EscalationEdge[] = [];
      for (let e = parent.get(arn); e; e = parent.get(e.from)) steps.unshift(e);
      return steps;
    };
    const onPathTo = (arn: string, target: string): boolean => {
      for (let e = parent.get(arn); e; e = parent.get(e.from)) if (e.to === target) return true;
      return false;
    };
    // The cheapest way: an admin reached by act-as steps (the first in order wins a tie), else an
    // empower edge from a node reached, plus the way to its target when that is not on the way.
    let best: { cost: number; admin: string; via?: { from: string; edge: EscalationEdge; onTheWay: boolean } } | null = null;
    for (const arn of order) if (adminSet.has(arn)) { best = { cost: depth.get(arn)!, admin: arn }; break; }
    for (const m of order) {
      const dm = depth.get(m)!;
      if (best && dm + 1 >= best.cost) break;
      for (const e of edgesFrom.get(m) ?? []) {
        if (e.kind !== 'empower' || !parent.has(e.to)) continue;
        const onTheWay = e.to === source.arn || onPathTo(m, e.to);
        const cost = dm + 1 + (onTheWay ? 0 : depth.get(e.to)!);
        if (!best || cost < best.cost) best = { cost, admin: e.to, via: { from: m, edge: e, onTheWay } };
      }
    }
    const found: { best: { steps: EscalationEdge[]; admin: string } | null } = { best: null };
    if (best && !best.via) found.best = { steps: pathTo(best.admin), admin: best.admin };
    else if (best?.via) {
      const toM = pathTo(best.via.from);
      found.best = { steps: best.via.onTheWay ? [...toM, best.via.edge] : [...toM, best.via.edge, ...pathTo(best.admin)], admin: best.admin };
    }
    if (found.best) paths.push(describe(source.arn, found.best));
  }
  paths.sort((a, b) => a.principal.localeCompare(b.principal));
  return { admins, edges: allEdges, paths };
}

function describe(principal: string, found: { steps: EscalationEdge[]; admin: string }): EscalationPath {
  const methods = found.steps.filter((s) => s.method).map((s) => s.method!);
  const p = nameOf(principal);
  const a = nameOf(found.admin);
  const self = found.admin === principal;
  return {
    principal,
    steps: found.steps,
    admin: found.admin,
    reason: {
      en: `${p} can become an administrator in ${found.steps.length} step${found.steps.length === 1 ? '' : 's'} (${methods.join(' → ')})${self ? '' : `, ending with the permissions of ${a}`}.`,
      ja: `${p} は ${found.steps.length} ステップ（${methods.join(' → ')}）で管理者権限を得られます${self ? '' : `（最終的に ${a} の権限を使用）`}。`,
    },
  };
}
