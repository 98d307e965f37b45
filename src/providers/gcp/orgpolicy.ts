/**
 * The effective organisation policy of one constraint for a project, computed from the policies set
 * along its ancestry (project → folders → organisation), following Google's "Understanding hierarchy
 * evaluation" and the orgpolicy v2 `PolicySpec` semantics. Pure: no I/O, no clock.
 *
 * Evaluation, nearest node first:
 * - A node "sets" the constraint when its spec has rules or `reset`. Nodes that set nothing are
 *   transparent: the project inherits from the nearest node that does.
 * - `reset: true` ignores every policy above the node and restores the constraint default.
 * - Boolean constraints: the nearest node that sets the constraint wins (its unconditional rule's
 *   `enforce`); there is no merging (`inheritFromParent` applies to list constraints only).
 * - List constraints: a node without `inheritFromParent` replaces everything above it (it becomes the
 *   root of evaluation); with `inheritFromParent: true` its values are merged with the parent's
 *   effective policy: allowed values and denied values are unioned and denied values always take
 *   precedence (`denyAll` anywhere in the merged chain denies everything; `allowAll` allows every
 *   value not denied). A merged allow list restricts the values to that list even when the parent
 *   only denied values (orgpolicy v1 `ListPolicy.inherit_from_parent`, example 3).
 * - Rules with a `condition` (tag bindings) apply only to resources carrying those tags. They are
 *   reported separately and make the outcome CONDITIONAL: the constraint is not uniformly enforced.
 * - The `dryRunSpec` is evaluated the same way (a node's dry-run spec, or its live spec when it has
 *   none) and reported apart: a dry-run policy is audited, never enforced.
 * - No node sets the constraint: the constraint default applies. Almost every constraint defaults to
 *   "allow" (boolean: not enforced; list: every value allowed); known exceptions are listed in
 *   `CONSTRAINT_DEFAULTS`. The "secure by default" policies Google sets on organisations created
 *   since May 2024 (iam.disableServiceAccountKeyCreation, storage.uniformBucketLevelAccess, …) are
 *   ordinary policies on the organisation node, so they are seen like any other policy.
 *
 * Simplification: a list constraint whose default is DENY is treated as "deny all" only when no
 * node sets it; a node that sets values on such a constraint is evaluated on its own values.
 */
import type { OrgPolicyConfig, OrgPolicyRule, OrgPolicySpec, ProjectConfig } from './model.js';

export type ConstraintType = 'boolean' | 'list';
/** `ALLOW`: boolean not enforced / every list value allowed; `DENY`: enforced / no value allowed. */
export type ConstraintDefault = 'ALLOW' | 'DENY';

/** Types of well-known legacy managed constraints (when no policy shows it, the type cannot be inferred). */
export const CONSTRAINT_TYPES: Record<string, ConstraintType> = {
  'gcp.resourceLocations': 'list',
  'gcp.restrictServiceUsage': 'list',
  'gcp.restrictNonCmekServices': 'list',
  'gcp.restrictCmekCryptoKeyProjects': 'list',
  'gcp.restrictTLSVersion': 'list',
  'iam.allowedPolicyMemberDomains': 'list',
  'essentialcontacts.allowedContactDomains': 'list',
  'compute.vmExternalIpAccess': 'list',
  'compute.trustedImageProjects': 'list',
  'compute.restrictVpcPeering': 'list',
  'compute.restrictProtocolForwardingCreationForTypes': 'list',
  'compute.vmCanIpForward': 'list',
  'compute.restrictLoadBalancerCreationForTypes': 'list',
  'iam.disableServiceAccountKeyCreation': 'boolean',
  'iam.disableServiceAccountKeyUpload': 'boolean',
  'iam.disableServiceAccountCreation': 'boolean',
  'iam.automaticIamGrantsForDefaultServiceAccounts': 'boolean',
  'iam.disableCrossProjectServiceAccountUsage': 'boolean',
  'storage.uniformBucketLevelAccess': 'boolean',
  'storage.publicAccessPrevention': 'boolean',
  'compute.requireOsLogin': 'boolean',
  'compute.skipDefaultNetworkCreation': 'boolean',
  'compute.disableSerialPortAccess': 'boolean',
  'compute.requireShieldedVm': 'boolean',
  'compute.disableNestedVirtualization': 'boolean',
  'compute.restrictXpnProjectLienRemoval': 'boolean',
  'sql.restrictPublicIp': 'boolean',
  'sql.restrictAuthorizedNetworks': 'boolean',
};

/**
 * Constraints whose Google-managed default is not "allow". Most constraints default to ALLOW;
 * Google documents a few whose default behaviour restricts the action even without any policy,
 * e.g. iam.disableCrossProjectServiceAccountUsage (service accounts cannot be attached to resources
 * of another project unless a policy turns the constraint off).
 */
export const CONSTRAINT_DEFAULTS: Record<string, ConstraintDefault> = {
  'iam.disableCrossProjectServiceAccountUsage': 'DENY',
};

/** `constraints/compute.requireOsLogin` or `compute.requireOsLogin` → `compute.requireOsLogin`. */
export function constraintId(constraint: string): string {
  return constraint.startsWith('constraints/') ? constraint.slice('constraints/'.length) : constraint;
}

/** One organisation policy as set on one node, as mamori stores it (`account` is the node). */
export interface NodePolicy {
  /** The project id, `folders/<id>` or `organizations/<id>` (Resource.account of the policy). */
  account: string;
  config: OrgPolicyConfig;
}

/** A list constraint's effective values. */
export interface ListValues {
  /** Every value is allowed except `deniedValues`. */
  allowAll: boolean;
  /** No value is allowed. */
  denyAll: boolean;
  /** Non-empty: only these values (minus `deniedValues`) are allowed. Empty: no allow list. */
  allowedValues: string[];
  deniedValues: string[];
}

export type EffectiveStatus = 'ENFORCED' | 'NOT_ENFORCED' | 'CONDITIONAL';

export interface ConditionalRule {
  node: string;
  rule: OrgPolicyRule;
}

export interface EffectiveEvaluation {
  /** Without the `constraints/` prefix. */
  constraint: string;
  type: ConstraintType;
  default: ConstraintDefault;
  /**
   * ENFORCED: boolean enforced (list: some restriction applies) for every resource of the project;
   * NOT_ENFORCED: not enforced (list: every value allowed); CONDITIONAL: tag-conditional rules make
   * the outcome differ between resources.
   */
  status: EffectiveStatus;
  /** Outcome of the unconditional rules (list: true when the values are restricted at all). */
  enforced: boolean;
  /** List constraints: the effective values of the unconditional rules. */
  values?: ListValues;
  /** The node whose policy decides the outcome (list: the root of the merged chain); undefined: the constraint default. */
  decidedBy?: string;
  /** The node that reset the constraint to its default, when that is what decides. */
  resetAt?: string;
  /** Nodes whose rules make up the outcome, nearest first (list constraints merge several). */
  contributors: string[];
  /** Nodes above the deciding node that set the constraint but are ignored (overridden or reset). */
  overridden: string[];
  /** Tag-conditional rules of the contributing nodes. */
  conditionalRules: ConditionalRule[];
  /** The nodes, nearest first, whose policies the outcome depends on (their absence would change nothing above). */
  dependsOn: string[];
}

export interface EffectiveOrgPolicy extends EffectiveEvaluation {
  /** The ancestry evaluated, nearest first: `projects/<id>`, `folders/…`, `organizations/…`. */
  hierarchy: string[];
  /** The dry-run evaluation, when some node of the hierarchy has a `dryRunSpec`. */
  dryRun?: EffectiveEvaluation;
  /** The nodes that have a dry-run spec. */
  dryRunNodes: string[];
  /** The live policy is not enforced but the dry-run policy would be: "dry run only". */
  dryRunOnly: boolean;
}

export interface EffectiveOptions {
  /** The constraint's type when known from elsewhere; otherwise CONSTRAINT_TYPES, then inferred from the rules. */
  type?: ConstraintType;
  /** The constraint's default; otherwise CONSTRAINT_DEFAULTS, then ALLOW. */
  default?: ConstraintDefault;
}

/** `projects/<id>` for the project itself, the ancestor names as they are. */
export function projectNode(projectId: string): string {
  return `projects/${projectId}`;
}

/**
 * The effective policy of `constraint` for `project`, from the policies set on its nodes.
 * `policies` may hold any policies of any node: only those of the project's hierarchy and of this
 * constraint are used.
 */
export function effectiveOrgPolicy(project: ProjectConfig, policies: readonly NodePolicy[], constraint: string, options: EffectiveOptions = {}): EffectiveOrgPolicy {
  const id = constraintId(constraint);
  const hierarchy = [projectNode(project.projectId), ...(project.ancestors ?? [])];
  const byNode = new Map<string, OrgPolicyConfig>();
  for (const p of policies) {
    if (constraintId(p.config.constraint) !== id) continue;
    const node = nodeOf(p, project.projectId);
    if (hierarchy.includes(node)) byNode.set(node, p.config);
  }
  const type = options.type ?? CONSTRAINT_TYPES[id] ?? inferType([...byNode.values()]);
  const dflt = options.default ?? CONSTRAINT_DEFAULTS[id] ?? 'ALLOW';
  const live = evaluate(id, type, dflt, hierarchy, (node) => byNode.get(node)?.spec);
  const dryRunNodes = hierarchy.filter((n) => byNode.get(n)?.dryRunSpec);
  const dryRun = dryRunNodes.length ? evaluate(id, type, dflt, hierarchy, (node) => byNode.get(node)?.dryRunSpec ?? byNode.get(node)?.spec) : undefined;
  return { ...live, hierarchy, dryRun, dryRunNodes, dryRunOnly: live.status !== 'ENFORCED' && dryRun?.status === 'ENFORCED' };
}

/** The node a stored policy belongs to, as `projects/<id>`, `folders/<id>` or `organizations/<id>`. */
function nodeOf(p: NodePolicy, projectId: string): string {
  if (p.account.startsWith('folders/') || p.account.startsWith('organizations/') || p.account.startsWith('projects/')) return p.account;
  if (p.account === projectId) return projectNode(projectId);
  return p.config.parent ?? projectNode(p.account);
}

function inferType(configs: OrgPolicyConfig[]): ConstraintType {
  const rules = configs.flatMap((c) => [...(c.spec?.rules ?? []), ...(c.dryRunSpec?.rules ?? [])]);
  if (rules.some((r) => r.values || r.allowAll !== undefined || r.denyAll !== undefined)) return 'list';
  if (configs.some((c) => c.spec?.inheritFromParent || c.dryRunSpec?.inheritFromParent)) return 'list';
  return 'boolean';
}

/** Whether a spec says anything: rules or a reset. An empty spec (e.g. only a dry-run is set) is transparent. */
function sets(spec: OrgPolicySpec | undefined): spec is OrgPolicySpec {
  return !!spec && (spec.reset === true || (spec.rules?.length ?? 0) > 0);
}

function evaluate(constraint: string, type: ConstraintType, dflt: ConstraintDefault, hierarchy: string[], specOf: (node: string) => OrgPolicySpec | undefined): EffectiveEvaluation {
  return type === 'boolean' ? evaluateBoolean(constraint, dflt, hierarchy, specOf) : evaluateList(constraint, dflt, hierarchy, specOf);
}

function evaluateBoolean(constraint: string, dflt: ConstraintDefault, hierarchy: string[], specOf: (node: string) => OrgPolicySpec | undefined): EffectiveEvaluation {
  const base = { constraint, type: 'boolean' as const, default: dflt };
  for (let i = 0; i < hierarchy.length; i++) {
    const node = hierarchy[i];
    const spec = specOf(node);
    if (!sets(spec)) continue;
    const overridden = hierarchy.slice(i + 1).filter((n) => sets(specOf(n)));
    const dependsOn = hierarchy.slice(0, i + 1);
    if (spec.reset) {
      const enforced = dflt === 'DENY';
      return { ...base, status: enforced ? 'ENFORCED' : 'NOT_ENFORCED', enforced, decidedBy: node, resetAt: node, contributors: [node], overridden, conditionalRules: [], dependsOn };
    }
    const rules = spec.rules ?? [];
    const unconditional = rules.filter((r) => !r.condition);
    // Exactly one unconditional rule is required; without one, the conditional rules are exceptions to the default.
    const enforced = unconditional.length ? unconditional[unconditional.length - 1].enforce === true : dflt === 'DENY';
    const conditionalRules = rules.filter((r) => r.condition && (r.enforce === true) !== enforced).map((rule) => ({ node, rule }));
    const status: EffectiveStatus = conditionalRules.length ? 'CONDITIONAL' : enforced ? 'ENFORCED' : 'NOT_ENFORCED';
    return { ...base, status, enforced, decidedBy: node, contributors: [node], overridden, conditionalRules, dependsOn };
  }
  const enforced = dflt === 'DENY';
  return { ...base, status: enforced ? 'ENFORCED' : 'NOT_ENFORCED', enforced, contributors: [], overridden: [], conditionalRules: [], dependsOn: [...hierarchy] };
}

function evaluateList(constraint: string, dflt: ConstraintDefault, hierarchy: string[], specOf: (node: string) => OrgPolicySpec | undefined): EffectiveEvaluation {
  const base = { constraint, type: 'list' as const, default: dflt };
  const chain: { node: string; spec: OrgPolicySpec }[] = [];
  let resetAt: string | undefined;
  let rootIndex = hierarchy.length - 1;
  let rooted = false;
  for (let i = 0; i < hierarchy.length; i++) {
    const node = hierarchy[i];
    const spec = specOf(node);
    if (!sets(spec)) continue;
    if (spec.reset) {
      resetAt = node;
      rootIndex = i;
      rooted = true;
      break;
    }
    chain.push({ node, spec });
    if (!spec.inheritFromParent) {
      rootIndex = i;
      rooted = true;
      break;
    }
  }
  const overridden = rooted ? hierarchy.slice(rootIndex + 1).filter((n) => sets(specOf(n))) : [];
  const dependsOn = hierarchy.slice(0, rootIndex + 1);
  const contributors = chain.map((c) => c.node);
  // Nothing set (or only a reset): the constraint default.
  let values: ListValues = { allowAll: false, denyAll: chain.length === 0 && dflt === 'DENY', allowedValues: [], deniedValues: [] };
  const conditionalRules: ConditionalRule[] = [];
  for (const { node, spec } of chain) {
    for (const rule of spec.rules ?? []) {
      if (rule.condition) conditionalRules.push({ node, rule });
      else values = mergeRule(values, rule);
    }
  }
  const enforced = restricts(values);
  const decidedBy = resetAt ?? (chain.length ? chain[chain.length - 1].node : undefined);
  const status: EffectiveStatus = conditionalRules.length ? 'CONDITIONAL' : enforced ? 'ENFORCED' : 'NOT_ENFORCED';
  return { ...base, status, enforced, values, decidedBy, resetAt, contributors, overridden, conditionalRules, dependsOn };
}

/** Merges one unconditional rule into the values: unions, with denials taking precedence. */
function mergeRule(values: ListValues, rule: OrgPolicyRule): ListValues {
  return {
    allowAll: values.allowAll || rule.allowAll === true,
    denyAll: values.denyAll || rule.denyAll === true,
    allowedValues: union(values.allowedValues, rule.values?.allowedValues ?? []),
    deniedValues: union(values.deniedValues, rule.values?.deniedValues ?? []),
  };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Whether list values restrict anything at all. */
export function restricts(values: ListValues): boolean {
  if (values.denyAll) return true;
  if (values.deniedValues.length) return true;
  return !values.allowAll && values.allowedValues.length > 0;
}

/** Whether list values allow only an explicit allow list (or nothing at all). */
export function allowListOnly(values: ListValues): boolean {
  return values.denyAll || (!values.allowAll && values.allowedValues.length > 0);
}
