import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudEvent } from '../model/event.js';
import { isSecretField, REDACTED, scrubString } from '../model/scrub.js';
import type { Signal } from '../model/signal.js';
import { severityRank } from '../model/types.js';
import { packageRoot } from '../version.js';
import type { Baseline } from './baseline/index.js';
import { DEFAULT_INTEL_DIR, enrich, loadIntel, type IntelIndex, type IntelIssue } from './intel/index.js';
import { readEventBatches, type ReadIssue } from './read/index.js';
import { orgDomainsFromEnv } from '../providers/logs.js';
import { applyFilters, compileRuleSet, loadDetectionRules, type AggregationState, type DetectionRule, type RuleHit, type RuleIssue, type RuleSet } from './rules/index.js';
import { signalId } from './signals.js';
import { withInstanceSource, type WorkloadLookup } from './instance-source.js';
import { lowerIfRoutine, Tuner, type DetectionTuning, type PrincipalTagLookup, type TuningReport } from './tuning.js';

/** The built-in detection rules shipped with mamori: every provider's folder (aws/, gcp/) under it. */
export const BUILTIN_RULES_DIR = join(packageRoot(), 'rules', 'detection');
/** The built-in rules' provider folders. */
export const BUILTIN_RULES_DIRS = { aws: join(BUILTIN_RULES_DIR, 'aws'), gcp: join(BUILTIN_RULES_DIR, 'gcp'), azure: join(BUILTIN_RULES_DIR, 'azure') } as const;

export interface DetectOptions {
  inputs: string[];
  /** Extra rule files or folders (mamori YAML or Sigma), added to the built-in rules. */
  rules?: string[];
  /** Leave the built-in rules out (only --rules/--sigma). */
  noBuiltin?: boolean;
  /** Threat-intelligence lists; default: every file in ~/.mamori/intel when it exists. */
  intel?: string[];
  /** Follow symbolic links inside input folders (each file is read once either way). */
  followSymlinks?: boolean;
  since?: Date;
  until?: Date;
  /** Learned first-seen behaviour per principal (persisted by the caller). */
  baseline?: Baseline;
  /** Aggregation windows left open by the previous run (DetectResult.state), to go on with. */
  state?: AggregationState;
  onProgress?: (p: { events: number; signals: number }) => void;
  /**
   * Google Cloud: the organisation's e-mail domains (example.com), so that IAM grants to members of
   * other domains count as outside the organisation. Default: MAMORI_GCP_ORG_DOMAINS, else the
   * domain of the person making the change (free e-mail providers are always outside).
   */
  orgDomains?: string[];
  /**
   * What the inventory knows about workloads (the correlation's EntityResolver): instance role
   * sessions then get `mamori.aws.instance_source` (own / other public address; src/detect/instance-source.ts).
   */
  workloads?: WorkloadLookup;
  /** The tags the inventory knows for IAM users and roles, for allowlists that match on tags. */
  principalTags?: PrincipalTagLookup;
  /** The config's `detection:` section: per-rule allowlists and automation principals. */
  tuning?: DetectionTuning;
}

export interface DetectResult {
  signals: Signal[];
  events: number;
  readIssues: ReadIssue[];
  ruleIssues: RuleIssue[];
  intelIssues: IntelIssue[];
  rulesLoaded: number;
  /** Signals per rule. */
  byRule: Record<string, number>;
  /** The aggregation windows still open at the end, for the next run (persisted by the caller). */
  state: AggregationState;
  /** What became of `options.state`: applied (groups restored) or set aside, and why. */
  restored?: RuleSet['restored'];
  /** What tuning withheld per allowlist entry and automation principal, expired entries, baseline-lowered signals (when any applied). */
  tuning?: TuningReport;
}

/** The built-in rules precompiled by the build (scripts/compile-detection-rules.ts). */
export const COMPILED_RULES_PATH = join(packageRoot(), 'dist', 'detection-rules.json');

/** The precompiled built-in rules, when the build wrote them after the last change to a rule file. */
function compiledBuiltinRules(): DetectionRule[] | undefined {
  try {
    const built = statSync(COMPILED_RULES_PATH).mtimeMs;
    const stale = readdirSync(BUILTIN_RULES_DIR, { recursive: true, withFileTypes: true }).some(
      (e) => e.isFile() && statSync(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).mtimeMs > built,
    );
    if (stale) return undefined;
    const data = JSON.parse(readFileSync(COMPILED_RULES_PATH, 'utf8')) as { version: number; rules: DetectionRule[] };
    return data.version === 1 ? data.rules : undefined;
  } catch {
    return undefined;
  }
}

export async function loadRuleSet(options: Pick<DetectOptions, 'rules' | 'noBuiltin' | 'orgDomains' | 'tuning'>, exclude?: Tuner['exclude']): Promise<{ ruleSet: RuleSet; issues: RuleIssue[] }> {
  const builtin = options.noBuiltin ? [] : compiledBuiltinRules();
  const paths = [...(options.noBuiltin || builtin ? [] : [BUILTIN_RULES_DIR]), ...(options.rules ?? [])];
  const { rules, issues, filters } = paths.length ? await loadDetectionRules(paths, { placeholders: options.tuning?.placeholders }) : { rules: [], issues: [], filters: [] };
  // Sigma filters tune any loaded rule, the built-in ones included.
  const filtered = applyFilters([...(builtin ?? []), ...rules], filters);
  return { ruleSet: compileRuleSet(filtered.rules, { orgDomains: options.orgDomains ?? orgDomainsFromEnv(), exclude }), issues: [...issues, ...filtered.issues] };
}

async function loadIntelFor(paths: string[] | undefined): Promise<{ index?: IntelIndex; issues: IntelIssue[] }> {
  const wanted = paths ?? (existsSync(DEFAULT_INTEL_DIR) ? [DEFAULT_INTEL_DIR] : []);
  if (!wanted.length) return { issues: [] };
  const loaded = await loadIntel(wanted);
  return { index: loaded.index, issues: loaded.issues };
}

/**
 * The first `max` distinct values of a then b: [...new Set([...a, ...b])].slice(0, max) without
 * the intermediate arrays and Set (a signal that repeats is merged once per hit; the lists are short).
 */
function union(a: string[], b: string[], max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.length && out.length < max; i++) if (!out.includes(a[i])) out.push(a[i]);
  for (let i = 0; i < b.length && out.length < max; i++) if (!out.includes(b[i])) out.push(b[i]);
  return out;
}

/** Accumulates rule hits into signals keyed by their stable id (repeats count up). */
export class SignalBook {
  private readonly byId = new Map<string, Signal>();

  add(signal: Signal): void {
    const prev = this.byId.get(signal.id);
    if (!prev) {
      this.byId.set(signal.id, signal);
      return;
    }
    prev.count += signal.count;
    if (signal.firstSeen < prev.firstSeen) prev.firstSeen = signal.firstSeen;
    if (signal.lastSeen > prev.lastSeen) prev.lastSeen = signal.lastSeen;
    if (severityRank(signal.severity) > severityRank(prev.severity)) {
      prev.severity = signal.severity;
      // A repeat the baseline did not lower: the signal is no longer "lowered as routine".
      if (prev.evidence?.baseline && !signal.evidence?.baseline) prev.evidence = signal.evidence;
    }
    prev.sourceIps = union(prev.sourceIps, signal.sourceIps, 20);
    prev.userAgents = union(prev.userAgents, signal.userAgents, 10);
    prev.resources = union(prev.resources, signal.resources, 20);
    prev.eventIds = union(prev.eventIds, signal.eventIds, 20);
  }

  get size() {
    return this.byId.size;
  }

  all(): Signal[] {
    return [...this.byId.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id));
  }
}

const isServiceName = (ip: string) => /[a-z]/i.test(ip) && !ip.includes(':');

/** Dedup values as evidence: a rule grouping by a credential field (or a value holding one) shows it redacted. */
function scrubDedupKey(key: Record<string, string>): Record<string, string> {
  let out: Record<string, string> | undefined;
  for (const [field, value] of Object.entries(key)) {
    const safe = isSecretField(field.slice(field.lastIndexOf('.') + 1)) && value ? REDACTED : scrubString(value);
    if (safe !== value) (out ??= { ...key })[field] = safe;
  }
  return out ?? key;
}

export function hitToSignal(hit: RuleHit): Signal {
  const first: CloudEvent | undefined = hit.events[0];
  const actorEvent = hit.events.find((e) => e.actor);
  const actor = actorEvent?.actor;
  const ips = new Set<string>();
  const agents = new Set<string>();
  const resources = new Set<string>();
  for (const e of hit.events) {
    if (e.src?.ip && !isServiceName(e.src.ip)) ips.add(e.src.ip);
    if (e.dst?.ip && e.source === 'vpcflow') ips.add(e.dst.ip);
    if (e.src?.userAgent) agents.add(scrubString(e.src.userAgent));
    for (const r of e.resources) if (r.uid) resources.add(r.uid);
  }
  const gcp = first?.source === 'gcpaudit';
  const azure = first?.source === 'azureactivity';
  return {
    id: signalId(hit.rule.name, hit.dedupKey),
    ruleId: hit.rule.name,
    title: hit.rule.title,
    description: hit.rule.description,
    ...localizedOf(hit.rule),
    severity: hit.rule.severity,
    tactics: hit.rule.tactics,
    techniques: hit.rule.techniques,
    firstSeen: hit.firstTime,
    lastSeen: hit.lastTime,
    count: hit.count,
    account: first?.account ?? '',
    region: first?.region ?? '',
    ...(gcp ? { provider: 'gcp' as const } : azure ? { provider: 'azure' as const } : {}),
    actor: actor
      ? azure
        ? { arn: actor.arn, type: actor.type, userName: actor.userName, email: actor.email, principalId: actor.principalId }
        : gcp
        ? { arn: actor.arn, type: actor.type, accessKeyId: actor.accessKeyId, userName: actor.userName, email: actor.email, ...(actor.delegationChain ? { delegationChain: actor.delegationChain } : {}) }
        : { arn: actor.arn, type: actor.type, accessKeyId: actor.accessKeyId, roleArn: actor.roleArn, userName: actor.userName, invokedBy: actor.invokedBy }
      : undefined,
    sourceIps: [...ips].slice(0, 20),
    userAgents: [...agents].slice(0, 10),
    resources: [...resources].slice(0, 20),
    // An event carried over from an earlier run with its time only has no id (ruleset.ts eventTimeOnly).
    eventIds: hit.events.map((e) => e.id).filter(Boolean).slice(0, 20),
    // The id above is over the values as they are (repeats still meet); the evidence keeps none that is a credential.
    dedupKey: scrubDedupKey(hit.dedupKey),
    evidence: hit.distinct !== undefined ? { distinct: hit.distinct } : undefined,
  };
}

/**
 * logs → events → (intel enrichment) → rules and aggregations → (baselines) → signals.
 * Streams the input; memory holds the rules, open aggregation windows and the signals.
 */
export async function detect(options: DetectOptions): Promise<DetectResult> {
  const tuner = new Tuner(options.tuning, Date.now(), options.principalTags);
  const { ruleSet, issues: ruleIssues } = await loadRuleSet(options, tuner.active ? tuner.exclude : undefined);
  const intel = await loadIntelFor(options.intel);
  const readIssues: ReadIssue[] = [];
  const book = new SignalBook();
  const byRule: Record<string, number> = {};
  const record = (s: Signal) => {
    book.add(s);
    byRule[s.ruleId] = (byRule[s.ruleId] ?? 0) + 1;
  };
  if (options.state) ruleSet.restoreState(options.state);
  let events = 0;
  // With baselines, a batch's hits wait until the batch is observed: the actor's state is then in
  // memory and a routine behaviour lowers the signal one step (tuning.ts; never drops it).
  const baseline = options.baseline;
  const held: RuleHit[] = [];
  const recordHit = (hit: RuleHit) => {
    const s = hitToSignal(hit);
    if (baseline && lowerIfRoutine(s, hit.events, (e) => baseline.familiarity(e))) tuner.lowered++;
    record(s);
  };
  // Batches, not single events: an async step per event costs about as much as a rule check.
  for await (const batch of readEventBatches(options.inputs, { since: options.since, until: options.until, followSymlinks: options.followSymlinks, onIssue: (i) => readIssues.push(i) })) {
    for (const event of batch) {
      events++;
      const extra = withInstanceSource(event, intel.index ? (enrich(event, intel.index) as Record<string, unknown> | undefined) : undefined, options.workloads);
      const hits = ruleSet.process(event, extra as Record<string, unknown> | undefined);
      for (let i = 0; i < hits.length; i++) {
        if (baseline) held.push(hits[i]);
        else record(hitToSignal(hits[i]));
      }
      if (options.onProgress && events % 10_000 === 0) options.onProgress({ events, signals: book.size });
    }
    // A batch at a time: principals missing from the cache are read in one query, and there is
    // one await per batch rather than per event.
    if (baseline) {
      for (const s of await baseline.observeAll(batch)) record(s);
      for (const hit of held) recordHit(hit);
      held.length = 0;
    }
  }
  const state = ruleSet.saveState();
  for (const hit of ruleSet.flush()) recordHit(hit);
  options.onProgress?.({ events, signals: book.size });
  // Rules disabled for spending their time budget are reported with the rules that did not load.
  return { signals: book.all(), events, readIssues, ruleIssues: [...ruleIssues, ...ruleSet.disabled], intelIssues: intel.issues, rulesLoaded: ruleSet.rules.length, byRule, state, restored: ruleSet.restored, ...(tuner.used ? { tuning: tuner.report() } : {}) };
}

// One localized-text object per rule, shared by all of its signals.
const localizedByRule = new WeakMap<DetectionRule, Pick<Signal, 'localized' | 'references'>>();

/** A rule's Japanese title and description, when it has them, and its references (shared, not copied). */
function localizedOf(rule: DetectionRule): Pick<Signal, 'localized' | 'references'> {
  const cached = localizedByRule.get(rule);
  if (cached) return cached;
  const out: Pick<Signal, 'localized' | 'references'> = {};
  if (rule.title_ja || rule.description_ja) {
    out.localized = {
      title: { en: rule.title, ja: rule.title_ja || rule.title },
      description: { en: rule.description, ja: rule.description_ja || rule.description },
    };
  }
  if (rule.references.length) out.references = rule.references;
  localizedByRule.set(rule, out);
  return out;
}
