/**
 * Policy documents compiled once into matchers. A document is parsed and validated when it is
 * compiled (never per request); every Action, Resource and Principal element becomes a matcher:
 * exact strings in sets, wildcards in regular expressions built here, once.
 *
 * Matching rules, as the IAM User Guide documents them:
 * - Action ("IAM JSON policy elements: Action"): `service:action`, case-insensitive, `*` and `?`.
 * - Resource ("IAM JSON policy elements: Resource › Using wildcards in resource ARNs"): case-sensitive;
 *   `*` and `?` work within one colon-separated segment, except that a `*` that ends a segment may
 *   expand across the colons after it. Policy variables are substituted per request (variables.ts).
 * - Principal ("AWS JSON policy elements: Principal"): no partial wildcards; `"*"` and `{"AWS": "*"}`
 *   are everyone (anonymous included); an account id or `arn:…:iam::<id>:root` names the account
 *   (delegation to its identity policies); a role ARN matches the sessions of that role; a session
 *   ARN matches only that session.
 * - NotPrincipal ("AWS JSON policy elements: NotPrincipal"): a principal escapes a Deny only when
 *   each identity AWS checks for it (the account, then the role or user, then the session) is
 *   listed; a principal with a permissions boundary never escapes.
 */
import { parsePolicyDocument, type PolicyDocument } from '../model/iam.js';
import { compileConditions, PolicyError, type CompiledConditions, type ConditionBlock } from './conditions.js';
import type { RequestContextView } from './context.js';
import type { EvaluationRequest, NamedPolicy, PolicyLayer, StatementRef } from './types.js';
import { compileTemplate, GLOB_ONE, GLOB_STAR, type CompiledTemplate } from './variables.js';

export { PolicyError };

// ---------------------------------------------------------------- the request principal

export type PrincipalKind =
  | 'anonymous'
  | 'root'
  | 'user'
  /** A role ARN given as the principal: stands for any session of the role. */
  | 'role'
  | 'assumed-role'
  | 'federated-user'
  | 'service'
  /** A web identity or SAML provider (AssumeRoleWith*), or another non-IAM caller. */
  | 'federated'
  | 'canonical';

/** The request's principal, parsed once per request. */
export interface RequestPrincipal {
  readonly arn: string;
  readonly kind: PrincipalKind;
  readonly partition?: string;
  readonly account?: string;
  /** For roles and their sessions: `<partition>:<account>:<role name>` (role names are unique per account, whatever the path). */
  readonly roleKey?: string;
  /** IAM principals of an account (root, users, roles, sessions): the ones identity policies and SCPs apply to. */
  readonly iam: boolean;
  /** Role sessions and federated user sessions (the ones session policies apply to). */
  readonly session: boolean;
}

/** A request prepared once for matching against many policies. */
export interface PreparedRequest {
  readonly prepared: true;
  readonly request: EvaluationRequest;
  readonly principal: RequestPrincipal;
  /** The action, lower-cased. */
  readonly action: string;
  /** The action's service prefix, lower-cased. */
  readonly service: string;
  readonly resource: string;
  /** The resource's account: given, else from the ARN, else the principal's. */
  readonly resourceAccount?: string;
}

const ARN = /^arn:([^:]+):([^:]*):([^:]*):([^:]*):(.*)$/;

export function parsePrincipal(principal: string): RequestPrincipal {
  if (principal === 'anonymous' || principal === '*' || principal === '') return { arn: principal, kind: 'anonymous', iam: false, session: false };
  const m = ARN.exec(principal);
  if (!m) {
    if (/\.amazonaws\.com(\.cn)?$/i.test(principal) && !principal.includes('cognito-identity')) return { arn: principal, kind: 'service', iam: false, session: false };
    if (/^[0-9a-f]{64}$/i.test(principal)) return { arn: principal, kind: 'canonical', iam: false, session: false };
    if (/^\d{12}$/.test(principal)) return { arn: `arn:aws:iam::${principal}:root`, kind: 'root', partition: 'aws', account: principal, iam: true, session: false };
    return { arn: principal, kind: 'federated', iam: false, session: false };
  }
  const [, partition, service, , account, rest] = m;
  const base = { arn: principal, partition, account };
  if (service === 'iam') {
    if (rest === 'root') return { ...base, kind: 'root', iam: true, session: false };
    if (rest.startsWith('user/')) return { ...base, kind: 'user', iam: true, session: false };
    if (rest.startsWith('role/')) return { ...base, kind: 'role', roleKey: `${partition}:${account}:${rest.slice(rest.lastIndexOf('/') + 1)}`, iam: true, session: true };
    // saml-provider / oidc-provider ARNs: the caller of AssumeRoleWithSAML / WebIdentity
    return { arn: principal, kind: 'federated', iam: false, session: false };
  }
  if (service === 'sts') {
    if (rest.startsWith('assumed-role/')) {
      const role = rest.split('/')[1] ?? '';
      return { ...base, kind: 'assumed-role', roleKey: `${partition}:${account}:${role}`, iam: true, session: true };
    }
    if (rest.startsWith('federated-user/')) return { ...base, kind: 'federated-user', iam: true, session: true };
  }
  return { arn: principal, kind: 'federated', iam: false, session: false };
}

/** The account of a resource ARN (empty for S3 buckets and objects, whose ARNs carry none). */
export function arnAccount(arn: string): string | undefined {
  const m = ARN.exec(arn);
  return m && m[4] ? m[4] : undefined;
}

// Bulk callers ask about the same few principals again and again: their parsed form (immutable) is
// kept, in a table cleared when it grows past the limit.
const parsedPrincipals = new Map<string, RequestPrincipal>();
const PARSED_PRINCIPALS_LIMIT = 10_000;

function parsedPrincipal(arn: string): RequestPrincipal {
  let p = parsedPrincipals.get(arn);
  if (!p) {
    if (parsedPrincipals.size >= PARSED_PRINCIPALS_LIMIT) parsedPrincipals.clear();
    parsedPrincipals.set(arn, (p = Object.freeze(parsePrincipal(arn))));
  }
  return p;
}

export function prepareRequest(request: EvaluationRequest | PreparedRequest): PreparedRequest {
  if ('prepared' in request) return request;
  const principal = parsedPrincipal(request.principal);
  const action = request.action.toLowerCase();
  const colon = action.indexOf(':');
  return {
    prepared: true,
    request,
    principal,
    action,
    service: colon < 0 ? action : action.slice(0, colon),
    resource: request.resource,
    resourceAccount: request.resourceAccount ?? arnAccount(request.resource) ?? principal.account,
  };
}

// ---------------------------------------------------------------- statement matching

/**
 * How a resource policy statement's Principal named the caller:
 * - direct: the caller itself (the user, the session, the service, everyone)
 * - entity: the role whose session is calling (limited by the session's boundary and session policy)
 * - account: the caller's account (delegates to the account's identity policies)
 * Statements of other layers (no Principal element) match as `direct`.
 */
export type PrincipalGrant = 'direct' | 'entity' | 'account';

export interface MatchedStatement {
  readonly ref: StatementRef;
  readonly principal: PrincipalGrant;
}

export interface PolicyMatch {
  readonly allows: readonly MatchedStatement[];
  readonly denies: readonly MatchedStatement[];
}

export interface CompiledStatement {
  readonly ref: StatementRef;
  readonly effect: 'Allow' | 'Deny';
  /** Lower-cased service prefixes the statement's actions can match, or null for any (NotAction, `*`, wildcard prefixes). */
  readonly services: ReadonlySet<string> | null;
  /** How the statement names the caller, or null when it does not apply to the caller. */
  principalGrant(principal: RequestPrincipal, hasBoundary: boolean): PrincipalGrant | null;
  matchesAction(action: string, service: string): boolean;
  matchesResource(resource: string, ctx: RequestContextView): boolean;
  /**
   * True when the Resource / NotResource element holds a policy variable, so that matchesResource
   * depends on the request context (otherwise it reads only the resource ARN).
   */
  readonly resourceVariables: boolean;
  readonly conditions: CompiledConditions;
}

export interface CompiledPolicy {
  readonly name: string;
  readonly layer: PolicyLayer;
  readonly statements: readonly CompiledStatement[];
  /** Which statements apply to the request, Allow and Deny separately. */
  match(request: EvaluationRequest | PreparedRequest, ctx: RequestContextView, options?: MatchOptions): PolicyMatch;
}

export interface MatchOptions {
  /** The caller has a permissions boundary (NotPrincipal with Deny then always applies). */
  hasBoundary?: boolean;
}

const NO_MATCH: PolicyMatch = Object.freeze({ allows: Object.freeze([]) as readonly MatchedStatement[], denies: Object.freeze([]) as readonly MatchedStatement[] });

const LAYER_LABEL: Record<PolicyLayer, string> = {
  scp: 'SCP',
  rcp: 'RCP',
  resource: 'resource policy',
  identity: 'identity policy',
  boundary: 'permissions boundary',
  session: 'session policy',
};

/** Layers whose policies carry no Principal element (the principal is whoever they are attached to). */
const PRINCIPAL_LESS = new Set<PolicyLayer>(['identity', 'boundary', 'session', 'scp']);

export function compilePolicy(named: NamedPolicy, kind: PolicyLayer): CompiledPolicy {
  const where = `${LAYER_LABEL[kind]} "${named.name}"`;
  const doc = readDocument(named, where);
  const raw = doc.Statement as unknown;
  const list: unknown[] = Array.isArray(raw) ? raw : raw !== undefined && raw !== null ? [raw] : [];
  if (raw === undefined || raw === null) throw new PolicyError(`${where}: the document has no Statement element`, 'policy.no-statement');
  // Policy variables exist only in language version 2012-10-17; without a Version, `${…}` is literal text.
  const variables = doc.Version === '2012-10-17';
  const statements = list.map((s, i) => compileStatement(s, i, named.name, kind, where, variables));
  // The statements that can match an action of a service, found once per service seen: a request
  // then looks only at those (most of a large policy names other services).
  const byService = new Map<string, readonly CompiledStatement[]>();
  const forService = (service: string): readonly CompiledStatement[] => {
    let found = byService.get(service);
    if (!found) byService.set(service, (found = statements.filter((st) => st.services === null || st.services.has(service))));
    return found;
  };
  const policy: CompiledPolicy = {
    name: named.name,
    layer: kind,
    statements,
    match(request, ctx, options) {
      const req = prepareRequest(request);
      const candidates = forService(req.service);
      if (candidates.length === 0) return NO_MATCH;
      let allows: MatchedStatement[] | undefined;
      let denies: MatchedStatement[] | undefined;
      const hasBoundary = options?.hasBoundary ?? false;
      for (const st of candidates) {
        if (!st.matchesAction(req.action, req.service)) continue;
        const grant = st.principalGrant(req.principal, hasBoundary);
        if (grant === null) continue;
        if (!st.matchesResource(req.resource, ctx)) continue;
        if (!st.conditions.empty && !st.conditions.matches(ctx)) continue;
        const m: MatchedStatement = { ref: st.ref, principal: grant };
        if (st.effect === 'Deny') (denies ??= []).push(m);
        else (allows ??= []).push(m);
      }
      return allows || denies ? { allows: allows ?? NO_MATCH.allows, denies: denies ?? NO_MATCH.denies } : NO_MATCH;
    },
  };
  return policy;
}

function readDocument(named: NamedPolicy, where: string): PolicyDocument {
  const p = named.policy as unknown;
  if (typeof p === 'string') {
    const doc = parsePolicyDocument(p);
    if (!doc || Array.isArray(doc)) throw new PolicyError(`${where}: the document is not valid JSON`, 'policy.json');
    return doc;
  }
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw new PolicyError(`${where}: the document must be a JSON object`, 'policy.shape');
  return p as PolicyDocument;
}

const isStringList = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));
const toList = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

function compileStatement(raw: unknown, index: number, policyName: string, layer: PolicyLayer, where: string, variables: boolean): CompiledStatement {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new PolicyError(`${where}, statement #${index}: a statement must be a JSON object`, 'policy.statement');
  const s = raw as Record<string, unknown>;
  const sid = typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${index}`;
  const at = `${where}, statement ${sid}`;
  const fail = (msg: string, code: string): never => {
    throw new PolicyError(`${at}: ${msg}`, code);
  };
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') fail(`Effect must be "Allow" or "Deny" (got ${JSON.stringify(s.Effect)})`, 'policy.effect');
  const effect = s.Effect as 'Allow' | 'Deny';

  // Action / NotAction: exactly one.
  if ((s.Action === undefined) === (s.NotAction === undefined)) fail('exactly one of Action and NotAction is required', 'policy.action');
  const actionValue = s.Action ?? s.NotAction;
  if (!isStringList(actionValue)) fail('Action must be a string or a non-empty list of strings', 'policy.action');
  for (const a of toList(actionValue as string | string[])) {
    if (a !== '*' && !/^[A-Za-z0-9*?_-]+:[^:]+$/.test(a)) fail(`action ${JSON.stringify(a)} is not "service:action"`, 'policy.action');
  }
  const actionList = toList(actionValue as string | string[]);
  const actions = compileActions(actionList, s.NotAction !== undefined);
  const services = s.NotAction !== undefined ? null : servicesOf(actionList);

  // Resource / NotResource: at most one; identity-side policies need one.
  if (s.Resource !== undefined && s.NotResource !== undefined) fail('Resource and NotResource cannot both be present', 'policy.resource');
  const resourceValue = s.Resource ?? s.NotResource;
  if (resourceValue === undefined && (layer === 'identity' || layer === 'boundary' || layer === 'session')) fail('a Resource or NotResource element is required', 'policy.resource');
  if (resourceValue !== undefined && !isStringList(resourceValue)) fail('Resource must be a string or a non-empty list of strings', 'policy.resource');
  const resources = resourceValue === undefined ? MATCH_ANY_RESOURCE : compileResources(toList(resourceValue as string | string[]), s.NotResource !== undefined, variables);

  // Principal / NotPrincipal.
  if (s.Principal !== undefined && s.NotPrincipal !== undefined) fail('Principal and NotPrincipal cannot both be present', 'policy.principal');
  let principalGrant: CompiledStatement['principalGrant'];
  if (PRINCIPAL_LESS.has(layer)) {
    if (s.Principal !== undefined || s.NotPrincipal !== undefined) fail(`a ${LAYER_LABEL[layer]} cannot have a Principal or NotPrincipal element`, 'policy.principal');
    principalGrant = () => 'direct';
  } else if (s.Principal !== undefined) {
    const m = compilePrincipals(s.Principal, at);
    principalGrant = (p) => m.grant(p);
  } else if (s.NotPrincipal !== undefined) {
    if (layer === 'rcp') fail('RCPs do not support NotPrincipal', 'policy.principal');
    const m = compilePrincipals(s.NotPrincipal, at);
    principalGrant =
      effect === 'Deny'
        ? (p, hasBoundary) => (hasBoundary && p.iam ? 'direct' : m.coversAllFacets(p) ? null : 'direct')
        : // NotPrincipal with Allow (unsupported today, still found in old policies): everyone but the listed.
          (p) => (m.grant(p) !== null ? null : 'direct');
  } else if (layer === 'resource') {
    fail('a resource policy statement needs a Principal or NotPrincipal element', 'policy.principal');
  } else {
    principalGrant = () => 'direct';
  }

  let conditions: CompiledConditions;
  try {
    conditions = compileConditions(s.Condition as ConditionBlock | undefined, { variables });
  } catch (e) {
    throw new PolicyError(`${at}: ${(e as Error).message}`, e instanceof PolicyError ? e.code : 'policy.condition');
  }

  return {
    ref: Object.freeze({ layer, policy: policyName, statement: sid, effect }),
    effect,
    services,
    principalGrant: principalGrant!,
    matchesAction: actions,
    matchesResource: resources,
    resourceVariables: variables && resourceValue !== undefined && toList(resourceValue as string | string[]).some((r) => r.includes('${')),
    conditions,
  };
}

// ---------------------------------------------------------------- actions

type ActionMatcher = (action: string, service: string) => boolean;

function servicesOf(actions: string[]): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const a of actions) {
    const colon = a.indexOf(':');
    const svc = colon < 0 ? a : a.slice(0, colon);
    if (colon < 0 || /[*?]/.test(svc)) return null;
    out.add(svc.toLowerCase());
  }
  return out;
}

function compileActions(patterns: string[], negate: boolean): ActionMatcher {
  const exact = new Set<string>();
  const wild: string[] = [];
  let all = false;
  for (const p of patterns) {
    const lower = p.toLowerCase();
    if (lower === '*' || lower === '*:*') all = true;
    else if (/[*?]/.test(lower)) wild.push(lower);
    else exact.add(lower);
  }
  let positive: ActionMatcher;
  if (all) positive = () => true;
  else if (wild.length === 0) positive = (a) => exact.has(a);
  else {
    // Service prefixes of the wildcards (when the prefix itself has none): a cheap pre-check.
    const services = wild.every((w) => !/[*?]/.test(w.slice(0, w.indexOf(':')))) ? new Set(wild.map((w) => w.slice(0, w.indexOf(':')))) : null;
    const { prefixes, rest } = splitPrefixGlobs(wild);
    const re = rest.length > 0 ? new RegExp(`^(?:${rest.map(simpleGlobSource).join('|')})$`) : null;
    positive = (a, svc) => exact.has(a) || ((services === null || services.has(svc)) && (startsWithAny(a, prefixes) || (re !== null && re.test(a))));
  }
  return negate ? (a, svc) => !positive(a, svc) : positive;
}

/**
 * Globs whose only wildcard is one trailing `*` (`s3:Get*`, `arn:aws:s3:::bucket/*`) are prefix
 * tests: far cheaper than a regular expression when thousands of distinct policies are matched
 * (V8 keeps few compiled regular expressions hot). A trailing `*` crosses colons in ARNs too.
 */
function splitPrefixGlobs(globs: string[], star = '*', one = '?'): { prefixes: string[]; rest: string[] } {
  const prefixes: string[] = [];
  const rest: string[] = [];
  for (const g of globs) {
    const body = g.slice(0, -1);
    if (g.endsWith(star) && !body.includes(star) && !body.includes(one)) prefixes.push(body);
    else rest.push(g);
  }
  return { prefixes, rest };
}

function startsWithAny(value: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (value.startsWith(prefixes[i])) return true;
  return false;
}

const escapeRe = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `*` any run, `?` one character; no segment rules (actions). */
function simpleGlobSource(glob: string): string {
  let out = '';
  for (const c of glob) out += c === '*' ? '.*' : c === '?' ? '.' : escapeRe(c);
  return out;
}

// ---------------------------------------------------------------- resources

type ResourceMatcher = (resource: string, ctx: RequestContextView) => boolean;
const MATCH_ANY_RESOURCE: ResourceMatcher = () => true;

/**
 * ARN glob as a regular expression source: `?` and `*` stay inside a segment, except a `*` that
 * ends a segment (before a colon or at the end), which may expand across colons.
 */
export function arnGlobSource(glob: string, star = '*', one = '?'): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === star) {
      const next = glob[i + 1];
      out += next === undefined || next === ':' ? '.*' : '[^:]*';
    } else if (c === one) out += '[^:]';
    else out += escapeRe(c);
  }
  return out;
}

/**
 * The same ARN glob rules without building a regular expression (for patterns known only per
 * request, after policy variables are substituted): a dynamic-programming match over positions.
 */
export function matchArnGlob(glob: string, value: string, star = GLOB_STAR, one = GLOB_ONE): boolean {
  const n = value.length;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    const next = new Uint8Array(n + 1);
    let any = false;
    if (c === star) {
      const crossesColons = glob[i + 1] === undefined || glob[i + 1] === ':';
      let carrying = false;
      for (let j = 0; j <= n; j++) {
        // Extending the run from j-1 to j consumes value[j-1]; a segment-bound star cannot consume a colon.
        if (carrying && !crossesColons && value[j - 1] === ':') carrying = false;
        if (reach[j]) carrying = true;
        if (carrying) {
          next[j] = 1;
          any = true;
        }
      }
    } else {
      for (let j = 0; j < n; j++) {
        if (!reach[j]) continue;
        const v = value[j];
        if (c === one ? v !== ':' : v === c) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach[n] === 1;
}

function compileResources(patterns: string[], negate: boolean, variables: boolean): ResourceMatcher {
  const exact = new Set<string>();
  const wild: string[] = [];
  const sentinelGlobs: string[] = [];
  const templates: CompiledTemplate[] = [];
  let all = false;
  for (const p of patterns) {
    if (p.includes('${')) {
      const t = compileTemplate(p, { variables });
      if (t.hasVariables) {
        templates.push(t);
        continue;
      }
      // Only escapes (${*} etc.), or a 2008-10-17 policy: the glob is fixed, escaped characters stay literal.
      sentinelGlobs.push(t.glob!);
      continue;
    }
    if (p === '*') all = true;
    else if (/[*?]/.test(p)) wild.push(p);
    else exact.add(p);
  }
  let positive: ResourceMatcher;
  if (all) positive = MATCH_ANY_RESOURCE;
  else {
    const plain = splitPrefixGlobs(wild);
    const fixed = splitPrefixGlobs(sentinelGlobs, GLOB_STAR, GLOB_ONE);
    const prefixes = [...plain.prefixes, ...fixed.prefixes];
    const sources = [...plain.rest.map((g) => arnGlobSource(g)), ...fixed.rest.map((g) => arnGlobSource(g, GLOB_STAR, GLOB_ONE))];
    const re = sources.length > 0 ? new RegExp(`^(?:${sources.join('|')})$`, 's') : null;
    const staticMatch =
      prefixes.length === 0
        ? re
          ? (r: string) => exact.has(r) || re.test(r)
          : (r: string) => exact.has(r)
        : (r: string) => exact.has(r) || startsWithAny(r, prefixes) || (re !== null && re.test(r));
    positive =
      templates.length === 0
        ? staticMatch
        : (r, ctx) => {
            if (staticMatch(r)) return true;
            for (const t of templates) {
              // A variable without a value and without a default: this entry matches nothing.
              const glob = t.renderGlob(ctx);
              if (glob !== undefined && matchArnGlob(glob, r)) return true;
            }
            return false;
          };
  }
  return negate ? (r, ctx) => !positive(r, ctx) : positive;
}


// ---------------------------------------------------------------- principals

interface PrincipalMatcher {
  grant(p: RequestPrincipal): PrincipalGrant | null;
  /** NotPrincipal with Deny: every identity AWS checks for the caller is listed. */
  coversAllFacets(p: RequestPrincipal): boolean;
}

const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

function compilePrincipals(value: unknown, at: string): PrincipalMatcher {
  let everyone = false;
  const accounts = new Set<string>(); // account ids
  const arns = new Set<string>();
  const roles = new Set<string>(); // role keys
  const others = new Set<string>(); // services (lower-cased), federated providers, canonical users
  if (value === '*') everyone = true;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (!PRINCIPAL_KEYS.has(key)) throw new PolicyError(`${at}: unknown principal type ${JSON.stringify(key)} (AWS, Service, Federated or CanonicalUser)`, 'policy.principal');
      if (!isStringList(v)) throw new PolicyError(`${at}: Principal ${key} must be a string or a non-empty list of strings`, 'policy.principal');
      for (const item of toList(v)) {
        if (key !== 'AWS') {
          others.add(key === 'Service' ? item.toLowerCase() : item);
          continue;
        }
        if (item === '*') {
          everyone = true;
          continue;
        }
        if (/^\d{12}$/.test(item)) {
          accounts.add(item);
          continue;
        }
        const m = ARN.exec(item);
        if (!m) {
          // A unique id (AIDA…, AROA…) left by a deleted principal, or a typo: matches nobody here.
          arns.add(item);
          continue;
        }
        const [, partition, service, , account, rest] = m;
        if (item.includes('*') || item.includes('?')) throw new PolicyError(`${at}: principal ${JSON.stringify(item)} uses a wildcard; only "*" on its own is allowed`, 'policy.principal');
        if (service === 'iam' && rest === 'root') accounts.add(account);
        else if (service === 'iam' && rest.startsWith('role/')) {
          arns.add(item);
          roles.add(`${partition}:${account}:${rest.slice(rest.lastIndexOf('/') + 1)}`);
        } else arns.add(item);
      }
    }
  } else throw new PolicyError(`${at}: Principal must be "*" or an object such as {"AWS": …}`, 'policy.principal');

  const grant = (p: RequestPrincipal): PrincipalGrant | null => {
    if (everyone) return 'direct';
    switch (p.kind) {
      case 'anonymous':
        return null;
      case 'service':
        return others.has(p.arn.toLowerCase()) ? 'direct' : null;
      case 'federated':
      case 'canonical':
        return others.has(p.arn) ? 'direct' : null;
      case 'root':
        return accounts.has(p.account!) ? 'direct' : null;
      case 'role':
        // A role given as the principal stands for its sessions: naming the role is naming the entity.
        if (arns.has(p.arn) || roles.has(p.roleKey!)) return 'entity';
        return accounts.has(p.account!) ? 'account' : null;
      case 'assumed-role':
        if (arns.has(p.arn)) return 'direct';
        if (roles.has(p.roleKey!)) return 'entity';
        return accounts.has(p.account!) ? 'account' : null;
      default:
        if (arns.has(p.arn)) return 'direct';
        return accounts.has(p.account!) ? 'account' : null;
    }
  };

  const coversAllFacets = (p: RequestPrincipal): boolean => {
    if (everyone) return true;
    switch (p.kind) {
      case 'anonymous':
        return false;
      case 'service':
        return others.has(p.arn.toLowerCase());
      case 'federated':
      case 'canonical':
        return others.has(p.arn);
      case 'root':
        return accounts.has(p.account!);
      case 'role':
        return accounts.has(p.account!) && (arns.has(p.arn) || roles.has(p.roleKey!));
      case 'assumed-role':
        return accounts.has(p.account!) && roles.has(p.roleKey!) && arns.has(p.arn);
      default:
        return accounts.has(p.account!) && arns.has(p.arn);
    }
  };
  return { grant, coversAllFacets };
}
