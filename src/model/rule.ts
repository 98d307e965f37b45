import type { FrameworkId } from '../frameworks/index.js';
import type { CollectionError, LocalizedText, Provider, Resource, Severity, Text } from './types.js';

/** How fast the owner of a failing resource should act. Drives the urgency line of the document. */
export const URGENCIES = ['immediate', 'high', 'medium', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The "guardrail improvement document" a product team receives with a finding,
 * in one language. Code snippets (CLI / Terraform / CloudFormation) are language-neutral
 * and live in `RuleRemediationCode`.
 */
export interface ImprovementDoc {
  /** What the rule checks, one or two sentences. */
  description: string;
  /** Why this urgency: what makes it more or less pressing. */
  urgency: string;
  /** The concrete risk if left as is: what an attacker or an accident can do. */
  risk: string;
  /** Recommended fix, in prose. */
  recommendation: string;
  /** Console steps, one per array item. */
  console: string[];
}

/**
 * Fix as code. `cli` is the provider's own CLI (AWS CLI, gcloud, az); CloudFormation exists only
 * for AWS rules and Bicep only for Azure rules (the registry requires each there).
 */
export interface RuleRemediationCode {
  cli: string;
  terraform: string;
  cloudformation?: string;
  bicep?: string;
}

export type FrameworkMappings = Partial<Record<FrameworkId, string[]>>;

export type ResultStatus = 'PASS' | 'FAIL' | 'NOT_APPLICABLE' | 'NOT_ASSESSED' | 'MANUAL';

export interface RuleOutcome {
  status: Exclude<ResultStatus, 'MANUAL'>;
  reason: Text;
  evidence?: Record<string, unknown>;
}

/** Read-only view of the snapshot given to rules. Rules never call the cloud. */
export interface EvaluationContext {
  /** Time the snapshot was collected; use it (not Date.now) for ages so results are reproducible. */
  readonly now: Date;
  /** Resources of a type, optionally narrowed to an account and region. */
  resources<C = Record<string, unknown>>(type: string, scope?: { account?: string; region?: string }): Resource<C>[];
  byUid<C = Record<string, unknown>>(uid: string): Resource<C> | undefined;
  /** Regions collected for an account (from the AWS::Region pseudo resources). */
  regions(account: string): string[];
  /**
   * Listing calls of an account that failed (not one resource's detail call), for an analysis that
   * reads optional inputs and decides itself whom a gap concerns (privilege escalation: compute of a
   * kind whose listing failed leaves undetermined only the principals that could use it). Rules
   * declare what they cannot do without in `reads` instead.
   */
  listingErrors?(account: string): readonly CollectionError[];
}

interface RuleMetaBase {
  /** Stable id, also the rule's folder name: `<provider>-<service>-<what>`. */
  id: string;
  provider: Provider;
  /** Collector service the rule reads (iam, s3, ec2, ...); collection errors there make results NOT_ASSESSED. */
  services: string[];
  title: LocalizedText;
  severity: Severity;
  frameworks: FrameworkMappings;
  doc: { en: ImprovementDoc; ja: ImprovementDoc };
  references: string[];
}

export interface AutomatedRule<C = any> extends RuleMetaBase {
  kind: 'automated';
  resourceTypes: string[];
  /** Other resource types the rule looks up through the context (their collection errors apply too). */
  reads?: string[];
  /**
   * Those of `reads` the rule looks up in other accounts or projects than the resource's own (an
   * organisation trail's log group in the management account, a central log bucket). A sharded
   * snapshot is assessed one scope at a time and keeps only these types of every scope at hand.
   */
  readsAcrossScopes?: string[];
  /** Config fields the rule reads; a field listed in Resource.errors makes the result NOT_ASSESSED. */
  requires?: string[];
  urgency: Urgency;
  remediation: RuleRemediationCode;
  evaluate(resource: Resource<C>, ctx: EvaluationContext): RuleOutcome;
}

/** A benchmark recommendation that needs a person: reported per account as MANUAL so reports show the whole benchmark. */
export interface ManualRule extends RuleMetaBase {
  kind: 'manual';
  urgency: Urgency;
  remediation?: RuleRemediationCode;
}

export type PostureRule = AutomatedRule | ManualRule;

/** Defines an automated rule; `provider` defaults to the prefix of its id (`gcp-…` → gcp). */
export function defineRule<C>(rule: Omit<AutomatedRule<C>, 'kind' | 'provider'> & { provider?: Provider }): AutomatedRule<C> {
  return { provider: providerOfRuleId(rule.id), kind: 'automated', ...rule };
}

export function defineManualRule(rule: Omit<ManualRule, 'kind' | 'provider'> & { provider?: Provider }): ManualRule {
  return { provider: providerOfRuleId(rule.id), kind: 'manual', ...rule };
}

/** Rule ids start with their provider (`aws-`, `gcp-`, `azure-`); the registry checks the two agree. */
export function providerOfRuleId(id: string): Provider {
  const prefix = id.slice(0, id.indexOf('-'));
  return (prefix === 'gcp' || prefix === 'azure' ? prefix : 'aws') as Provider;
}

export const pass = (reason: Text, evidence?: Record<string, unknown>): RuleOutcome => ({ status: 'PASS', reason, evidence });
export const fail = (reason: Text, evidence?: Record<string, unknown>): RuleOutcome => ({ status: 'FAIL', reason, evidence });
export const notApplicable = (reason: Text, evidence?: Record<string, unknown>): RuleOutcome => ({
  status: 'NOT_APPLICABLE',
  reason,
  evidence,
});
export const notAssessed = (reason: Text, evidence?: Record<string, unknown>): RuleOutcome => ({
  status: 'NOT_ASSESSED',
  reason,
  evidence,
});

/** Example snapshot content for a rule, with the status the rule must give `target`. */
export interface RuleFixture {
  name: string;
  expect: Exclude<ResultStatus, 'MANUAL'>;
  /** uid of the resource whose result is checked. */
  target: string;
  resources: Resource[];
  /** Collection errors to include (for NOT_ASSESSED fixtures). */
  errors?: import('./types.js').CollectionError[];
  /** Snapshot time; defaults to 2026-11-01T00:00:00Z. */
  collectedAt?: string;
}
