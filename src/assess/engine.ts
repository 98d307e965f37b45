import { findingId, type PostureFinding } from '../model/finding.js';
import { collectionScopeUid } from '../model/pseudo.js';
import type { AutomatedRule, EvaluationContext, PostureRule, RuleOutcome } from '../model/rule.js';
import { schemaProblem, type ConfigChecker, type ResourceSchemas, type Snapshot } from '../model/snapshot.js';
import { GLOBAL_REGION, type CollectionError, type Provider, type Resource } from '../model/types.js';
import { providerPlugin, type ScopeResourceRef } from '../providers/index.js';
import { SnapshotIndex } from './context.js';

export interface AssessOptions {
  /** Evaluate only these rules (already filtered by the caller). */
  rules: readonly PostureRule[];
  /**
   * The resource types' config schemas (the app layer passes the providers'). A field a rule
   * requires that is missing or of the wrong kind makes its result NOT_ASSESSED. Absent: configs
   * are taken as they are.
   */
  schemas?: ResourceSchemas;
  /** Called once at the end with a warning line when some resources lack fields their rules need. */
  onNote?: (line: string) => void;
}

/** What an assessment needs to know about the snapshot besides its resources. */
export type SnapshotHeader = Pick<Snapshot, 'id' | 'collectedAt' | 'scope'>;

/**
 * Runs every rule over the resources of its types. A rule never sees data that failed to
 * collect: such results are NOT_ASSESSED, and a rule that throws is reported NOT_ASSESSED with
 * the error, so a failure can never look like a pass.
 */
export function assess(snapshot: Snapshot, options: AssessOptions): PostureFinding[] {
  const index = new SnapshotIndex(snapshot);
  const run = new AssessmentRun(snapshot, snapshot.errors, options.rules, options.schemas);
  const findings: PostureFinding[] = [];
  for (const rule of run.rules) {
    if (rule.kind === 'manual') {
      run.manual(rule, index, findings);
      continue;
    }
    for (const type of rule.resourceTypes) run.evaluate(rule, index.ofType(type), index, findings);
    run.gaps(rule, findings);
  }
  const note = run.incompleteNote();
  if (note) options.onNote?.(note);
  return findings;
}

/**
 * One assessment: the rules that apply and the collection errors, shared by the in-memory path
 * (`assess`) and the shard-by-shard path (`assessSource` in ./stream.ts), so both give the same
 * results.
 */
export class AssessmentRun {
  readonly rules: PostureRule[];
  private readonly scopeErrors: Map<string, CollectionError[]>;
  /** Per rule: the listing errors already reported on a resource, so the gap is not reported twice. */
  private readonly blocked = new Map<PostureRule, Set<string>>();
  private readonly errorsApply = new Map<PostureRule, boolean>();
  /** Per type: the resources that lacked a field one of their rules requires (few; only those are kept). */
  private readonly incomplete = new Map<string, Set<string>>();

  constructor(
    readonly snapshot: SnapshotHeader,
    errors: readonly CollectionError[],
    rules: readonly PostureRule[],
    private readonly schemas?: ResourceSchemas,
  ) {
    this.scopeErrors = indexScopeErrors(errors);
    const collected = new Set(snapshot.scope.services);
    // A scan narrowed with --services says nothing about the others: such rules are not run at all
    // rather than failing on data that was never asked for.
    this.rules = rules.filter((rule) => !(collected.size && rule.kind === 'automated' && !rule.services.every((s) => collected.has(s))));
  }

  /** Manual recommendations are reported once per scope of their own provider, on the scope's resource. */
  manual(rule: PostureRule, ctx: EvaluationContext, out: PostureFinding[]): void {
    if (rule.provider !== this.snapshot.scope.provider) return;
    const plugin = providerPlugin(rule.provider);
    for (const account of this.snapshot.scope.accounts) {
      const ref = plugin.scopeResource(account);
      const resource = ctx.byUid<Record<string, unknown>>(ref.uid) ?? pseudoScope(rule.provider, account, ref);
      out.push(
        toFinding(rule, resource, this.snapshot, {
          status: 'MANUAL',
          reason: { en: 'Manual check: review this recommendation by hand.', ja: '手動確認: この推奨事項は人が確認してください。' },
        }),
      );
    }
  }

  /** Evaluates an automated rule on some of the resources of its types; `ctx` is what it may look up. */
  evaluate(rule: AutomatedRule, resources: Iterable<Resource>, ctx: EvaluationContext, out: PostureFinding[]): void {
    let blocked = this.blocked.get(rule);
    if (!blocked) this.blocked.set(rule, (blocked = new Set()));
    // Most rules are untouched by any collection error: skip the per-resource lookup for them.
    let anyErrorApplies = this.errorsApply.get(rule);
    if (anyErrorApplies === undefined) {
      anyErrorApplies = [...this.scopeErrors.values()].some((list) => list.some((e) => errorApplies(e, rule)));
      this.errorsApply.set(rule, anyErrorApplies);
    }
    const required = this.schemas && rule.requires?.length ? rule.requires : undefined;
    // Resources come a type at a time: the checker changes only with the type.
    let checkedType: string | undefined;
    let checker: ConfigChecker | null = null;
    for (const resource of resources) {
      if (required && resource.type !== checkedType) {
        checkedType = resource.type;
        checker = this.schemas!.checker(checkedType, required);
      }
      const scopeError = anyErrorApplies ? findScopeError(this.scopeErrors, rule, resource.account, resource.region) : undefined;
      let outcome: RuleOutcome;
      if (scopeError) {
        blocked.add(scopeKey(scopeError));
        outcome = {
          status: 'NOT_ASSESSED',
          reason: `${scopeError.service} could not be collected in ${scopeError.region} (${scopeError.code}: ${scopeError.operation})`,
          evidence: { collectionError: scopeError },
        };
      } else {
        outcome = missingInput(rule, resource) ?? (checker && this.missingField(checker, resource)) ?? safeEvaluate(rule, resource, ctx);
      }
      out.push(toFinding(rule, resource, this.snapshot, outcome));
    }
  }

  /** A field the rule requires that the snapshot lacks (or holds with the wrong kind) was not collected either. */
  private missingField(checker: ConfigChecker, resource: Resource): RuleOutcome | undefined {
    const field = checker(resource.config, resource.errors);
    if (!field) return undefined;
    let uids = this.incomplete.get(resource.type);
    if (!uids) this.incomplete.set(resource.type, (uids = new Set()));
    uids.add(resource.uid);
    return { status: 'NOT_ASSESSED', reason: schemaProblem(resource, field), evidence: { field: field.name, expected: field.expected } };
  }

  /**
   * One line for the whole run when some resources lacked fields their rules need (undefined
   * otherwise): "snapshot: 3 resources of AWS::S3::Bucket lack fields their rules need; those
   * results are NOT_ASSESSED".
   */
  incompleteNote(): string | undefined {
    if (!this.incomplete.size) return undefined;
    const counts = [...this.incomplete].map(([type, uids]) => ({ type, count: uids.size })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
    const total = counts.reduce((n, c) => n + c.count, 0);
    const what = counts.length === 1 ? `of ${counts[0].type}` : `(${counts.map((c) => `${c.type}: ${c.count}`).join(', ')})`;
    const verb = total === 1 ? 'resource ' + what + ' lacks fields its rules need' : `resources ${what} lack fields their rules need`;
    return `snapshot: ${total} ${verb}; those results are NOT_ASSESSED`;
  }

  /** A listing that failed hides resources we never saw: report the gap itself (after every `evaluate` of the rule). */
  gaps(rule: AutomatedRule, out: PostureFinding[]): void {
    const blocked = this.blocked.get(rule) ?? new Set<string>();
    for (const error of new Set([...this.scopeErrors.entries()].filter(([k]) => !k.endsWith('|*')).flatMap(([, v]) => v))) {
      if (!errorApplies(error, rule)) continue;
      const key = scopeKey(error);
      if (blocked.has(key)) continue;
      const uid = error.provider === 'aws' ? collectionScopeUid(error.account, error.region, error.service) : `mamori://${error.provider}/${error.account}/${error.region}/collection/${error.service}`;
      out.push(
        toFinding(
          rule,
          { uid, provider: error.provider, account: error.account, region: error.region, type: error.provider === 'aws' ? 'AWS::Mamori::CollectionScope' : 'Mamori::CollectionScope', name: `${error.service} in ${error.region}`, tags: {}, config: {} },
          this.snapshot,
          {
            status: 'NOT_ASSESSED',
            reason: `${error.service} could not be collected in ${error.region} (${error.code}: ${error.operation})`,
            evidence: { collectionError: error },
          },
        ),
      );
    }
  }
}

function missingInput(rule: AutomatedRule, resource: Resource): RuleOutcome | undefined {
  if (!rule.requires || !resource.errors) return undefined;
  for (const field of rule.requires) {
    const code = resource.errors[field];
    if (code) {
      return {
        status: 'NOT_ASSESSED',
        reason: `${field} of ${resource.name} could not be collected (${code})`,
        evidence: { field, code },
      };
    }
  }
  return undefined;
}

function safeEvaluate(rule: AutomatedRule, resource: Resource, ctx: EvaluationContext): RuleOutcome {
  try {
    return rule.evaluate(resource, ctx);
  } catch (err) {
    return {
      status: 'NOT_ASSESSED',
      reason: `rule ${rule.id} failed on ${resource.uid}: ${(err as Error).message}`,
      evidence: { ruleError: String(err) },
    };
  }
}

function toFinding(
  rule: PostureRule,
  resource: Resource,
  snapshot: SnapshotHeader,
  outcome: { status: PostureFinding['status']; reason: PostureFinding['reason']; evidence?: Record<string, unknown> },
): PostureFinding {
  return {
    id: findingId(rule.id, resource.uid),
    kind: 'posture',
    provider: resource.provider,
    ruleId: rule.id,
    status: outcome.status,
    severity: rule.severity,
    title: rule.title,
    reason: outcome.reason,
    evidence: outcome.evidence,
    resource: findingResource(resource),
    frameworks: rule.frameworks,
    snapshotId: snapshot.id,
    observedAt: snapshot.collectedAt,
  };
}

// One shared copy per resource: every rule's finding on it points at the same object (findings are
// read-only), which saves an allocation per result on large snapshots.
const findingResources = new WeakMap<Resource, PostureFinding['resource']>();
function findingResource(resource: Resource): PostureFinding['resource'] {
  let copy = findingResources.get(resource);
  if (!copy) {
    copy = { uid: resource.uid, type: resource.type, name: resource.name, account: resource.account, region: resource.region, tags: resource.tags };
    findingResources.set(resource, copy);
  }
  return copy;
}

function pseudoScope(provider: Provider, account: string, ref: ScopeResourceRef): Resource {
  return { uid: ref.uid, provider, account, region: GLOBAL_REGION, type: ref.type, name: account, tags: {}, config: {} };
}

const scopeKey = (e: CollectionError) => `${e.account}|${e.region}|${e.service}|${e.operation}`;

/** Errors of listing calls (not of one resource's detail call), keyed by account|region. */
function indexScopeErrors(errors: readonly CollectionError[]): Map<string, CollectionError[]> {
  const map = new Map<string, CollectionError[]>();
  for (const e of errors) {
    if (e.resourceUid) continue;
    for (const key of [`${e.account}|${e.region}`, `${e.account}|*`]) {
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
  }
  return map;
}

function errorApplies(error: CollectionError, rule: AutomatedRule): boolean {
  if (!error.resourceTypes) return rule.services.includes(error.service);
  return error.resourceTypes.some((t) => rule.resourceTypes.includes(t) || (rule.reads?.includes(t) ?? false));
}

function findScopeError(
  errors: Map<string, CollectionError[]>,
  rule: AutomatedRule,
  account: string,
  region: string,
): CollectionError | undefined {
  if (errors.size === 0) return undefined;
  // Account-wide resources (region "global") depend on what was collected in every region of the account.
  const keys = region === GLOBAL_REGION ? [`${account}|*`] : [`${account}|${region}`, `${account}|${GLOBAL_REGION}`];
  for (const key of keys) {
    for (const e of errors.get(key) ?? []) if (errorApplies(e, rule)) return e;
  }
  return undefined;
}
