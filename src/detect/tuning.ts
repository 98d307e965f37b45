/**
 * Detection tuning from the config file (`detection:`): per-rule allowlists and automation
 * principals, consulted by the rule set for each event a rule matches (so an allowlisted actor
 * never fills a burst), and the learned-baseline step that lowers a routine actor's signal by one
 * severity step. Nothing here drops a signal silently: every withheld match is counted per entry
 * and reported with the run. Pure: no I/O, no schema (src/config/detection.ts validates).
 */
import type { CloudEvent } from '../model/event.js';
import type { Signal } from '../model/signal.js';
import type { Severity } from '../model/types.js';
import { globMatch } from '../hub/glob.js';
import { suppressionExpired } from '../hub/suppressions.js';
import { roleFromSessionArn } from './baseline/index.js';
import { parseCidr, parseIp, type Cidr, type Ip } from './intel/ip.js';
import type { DetectionRule } from './rules/types.js';

/** The tag of rules about deployments (code and configuration updates, artifact uploads, PassRole to services). */
export const DEPLOYMENT_TAG = 'mamori.deployment';

/** Conditions on the event; every one given must match (within one, any value). */
export interface ActorConditions {
  /** Principal ARN globs; an assumed-role session matches by its role ARN or its session ARN. */
  principals?: string[];
  /** Role names or role ARNs (globs); only assumed-role sessions match. */
  roles?: string[];
  /** The account the event was recorded in (recipientAccountId). */
  accounts?: string[];
  /** IP addresses and CIDRs, IPv4 or IPv6. */
  sourceIps?: string[];
  /** User-agent globs; `*` matches any run (slashes included), case-insensitive. */
  userAgents?: string[];
  /**
   * Tags of the calling IAM user or of the role behind the session, as the inventory knows them
   * (CloudTrail records carry no principal tags): every key given must be present with one of its
   * value globs (`*`: any value). Needs an inventory (`--snapshot` or one stored by an assessment).
   */
  tags?: Record<string, string[]>;
}

/** The tags the inventory knows for an IAM user or role (EntityResolver implements it). */
export interface PrincipalTagLookup {
  /** By account and principal: `user:<account>:<user name>` or `role:<account>:<role name>`; undefined when unknown. */
  tagsOf(principalKey: string): Readonly<Record<string, string>> | undefined;
}

/** The inventory key of an event's calling principal for tag lookups (PrincipalTagLookup), if it is an IAM user or a role session. */
export function principalTagKey(event: CloudEvent): string | undefined {
  const a = event.actor;
  if (!a?.arn) return undefined;
  const account = a.arn.split(':')[4] || event.account;
  if (a.type === 'AssumedRole') {
    const role = a.roleArn ?? roleFromSessionArn(a.arn);
    return role ? `role:${account}:${role.slice(role.lastIndexOf('/') + 1)}` : undefined;
  }
  if (a.type === 'IAMUser') return `user:${account}:${a.arn.slice(a.arn.lastIndexOf('/') + 1)}`;
  return undefined;
}

export interface AllowlistEntry extends ActorConditions {
  /** Shown in reports; default `allowlists[i]`. */
  name?: string;
  /** Rule names or ids, or globs over them (`*`: every rule). */
  rules: string[];
  /** Why these matches are expected. */
  note: string;
  /** ISO date or date-time from which the entry no longer applies. */
  expires?: string;
}

export interface AutomationPrincipal {
  name?: string;
  /** Principal ARN globs, as in allowlists. */
  principals: string[];
  sourceIps?: string[];
  userAgents?: string[];
  note: string;
}

export interface DetectionTuning {
  allowlists: AllowlistEntry[];
  automation: AutomationPrincipal[];
  /** Values of Sigma placeholders (`%name%` with `|expand`) for rules loaded in the run. */
  placeholders?: Record<string, string[]>;
}

/** What tuning did in one run (DetectResult.tuning). */
export interface TuningReport {
  /** Per active allowlist entry: rule matches (events) it withheld, by rule. */
  allowlists: TuningCount[];
  /** Per automation principal: matches of `mamori.deployment` rules it withheld, by rule. */
  automation: TuningCount[];
  /** Allowlist entries that had expired at the start of the run and were not applied. */
  expired: { name: string; expires: string }[];
  /** Entries that match on tags in a run without an inventory: they withheld nothing. */
  tagsWithoutInventory?: string[];
  /** Signals lowered one severity step because the actor's baseline knew the behaviour. */
  lowered: number;
}

export interface TuningCount {
  name: string;
  note: string;
  expires?: string;
  /** Rule matches withheld: one per event (a burst rule's events never reach its count). */
  matches: number;
  byRule: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface CompiledConditions {
  principals?: string[];
  roleArns?: string[];
  roleNames?: string[];
  accounts?: Set<string>;
  ips?: (Ip | Cidr)[];
  agents?: string[];
  tags?: [key: string, values: string[]][];
}

interface CompiledEntry {
  rules: string[];
  when: CompiledConditions;
  count: TuningCount;
}

/** `*` in a user-agent glob matches any run: user agents are full of slashes (aws-cli/2.15 Python/3.11). */
const agentGlob = (g: string) => g.toLowerCase().replace(/\*+/g, '**');

/** An IP or CIDR as written in the config (validated there); undefined when neither. */
export function parseAddress(s: string): Ip | Cidr | undefined {
  const t = s.trim();
  return t.includes('/') ? parseCidr(t) : parseIp(t);
}

function inRange(ip: Ip, range: Ip | Cidr): boolean {
  if (ip.v !== range.v) return false;
  if (!('bits' in range)) return ip.n === range.n;
  if (ip.v === 4) {
    const b = range.bits;
    return b === 0 || ((ip.n ^ (range.n as number)) >>> (32 - b)) === 0;
  }
  const shift = BigInt(128 - range.bits);
  return ip.n >> shift === (range.n as bigint) >> shift;
}

function compileConditions(c: ActorConditions): CompiledConditions {
  const out: CompiledConditions = {};
  if (c.principals?.length) out.principals = c.principals;
  if (c.roles?.length) {
    out.roleArns = c.roles.filter((r) => r.startsWith('arn:'));
    out.roleNames = c.roles.filter((r) => !r.startsWith('arn:'));
  }
  if (c.accounts?.length) out.accounts = new Set(c.accounts);
  if (c.sourceIps?.length) out.ips = c.sourceIps.map(parseAddress).filter((x): x is Ip | Cidr => x !== undefined);
  if (c.userAgents?.length) out.agents = c.userAgents.map(agentGlob);
  if (c.tags && Object.keys(c.tags).length) out.tags = Object.entries(c.tags);
  return out;
}

const anyGlob = (globs: readonly string[], value: string | undefined) => value !== undefined && globs.some((g) => globMatch(g, value));

/** Whether the event satisfies every condition given. */
function conditionsMatch(c: CompiledConditions, event: CloudEvent, tagLookup: PrincipalTagLookup | undefined): boolean {
  const a = event.actor;
  if (c.principals) {
    if (!a) return false;
    const role = a.type === 'AssumedRole' ? (a.roleArn ?? roleFromSessionArn(a.arn)) : undefined;
    if (!anyGlob(c.principals, a.arn) && !anyGlob(c.principals, role)) return false;
  }
  if (c.roleArns || c.roleNames) {
    const role = a?.type === 'AssumedRole' ? (a.roleArn ?? roleFromSessionArn(a.arn)) : undefined;
    if (!role) return false;
    const name = role.slice(role.lastIndexOf('/') + 1);
    if (!anyGlob(c.roleArns!, role) && !anyGlob(c.roleNames!, name)) return false;
  }
  if (c.accounts && !c.accounts.has(event.account)) return false;
  if (c.ips) {
    const ip = event.src?.ip ? parseIp(event.src.ip) : undefined;
    if (!ip || !c.ips.some((r) => inRange(ip, r))) return false;
  }
  if (c.agents) {
    const ua = event.src?.userAgent?.toLowerCase();
    if (!anyGlob(c.agents, ua)) return false;
  }
  if (c.tags) {
    // Unknown principal or no inventory: no match (an allowlist withholds only on evidence).
    const key = principalTagKey(event);
    const tags = key ? tagLookup?.tagsOf(key) : undefined;
    if (!tags) return false;
    for (const [k, globs] of c.tags) {
      if (!Object.hasOwn(tags, k) || !anyGlob(globs, tags[k])) return false;
    }
  }
  return true;
}

const ruleMatches = (globs: readonly string[], rule: DetectionRule) => globs.some((g) => globMatch(g, rule.name) || globMatch(g, rule.id));

const isDeployment = (rule: DetectionRule) => rule.tags.some((t) => t.trim().toLowerCase() === DEPLOYMENT_TAG);

/**
 * The tuning of one run: `exclude(rule, event)` for the rule set (true: the event does not count
 * as a match of that rule), and the report of what it withheld.
 */
export class Tuner {
  private readonly allow: CompiledEntry[] = [];
  private readonly automation: CompiledEntry[] = [];
  private readonly expired: TuningReport['expired'] = [];
  /** Per rule: the entries that can apply to it (found once per rule, on its first match). */
  private readonly byRule = new Map<DetectionRule, CompiledEntry[]>();
  lowered = 0;

  /** Entry names that match on tags while the run has no inventory to read them from. */
  private readonly tagsWithoutInventory: string[] = [];

  constructor(tuning: DetectionTuning | undefined, now: number = Date.now(), private readonly tagLookup?: PrincipalTagLookup) {
    tuning?.allowlists.forEach((e, i) => {
      const name = e.name ?? `allowlists[${i}]`;
      if (e.expires !== undefined && suppressionExpired({ reason: e.note, expires: e.expires }, now)) {
        this.expired.push({ name, expires: e.expires });
        return;
      }
      const count: TuningCount = { name, note: e.note, ...(e.expires ? { expires: e.expires } : {}), matches: 0, byRule: {} };
      if (e.tags && !tagLookup) this.tagsWithoutInventory.push(name);
      this.allow.push({ rules: e.rules, when: compileConditions(e), count });
    });
    tuning?.automation.forEach((e, i) => {
      const count: TuningCount = { name: e.name ?? `automation[${i}]`, note: e.note, matches: 0, byRule: {} };
      this.automation.push({ rules: [], when: compileConditions(e), count });
    });
  }

  /** Whether any entry is active (otherwise the rule set need not ask). */
  get active(): boolean {
    return this.allow.length > 0 || this.automation.length > 0;
  }

  /** Called for each match: true when an entry withholds it (and counted there). */
  readonly exclude = (rule: DetectionRule, event: CloudEvent): boolean => {
    let entries = this.byRule.get(rule);
    if (!entries) {
      entries = this.allow.filter((e) => ruleMatches(e.rules, rule));
      if (isDeployment(rule)) entries.push(...this.automation);
      this.byRule.set(rule, entries);
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!conditionsMatch(e.when, event, this.tagLookup)) continue;
      e.count.matches++;
      e.count.byRule[rule.name] = (e.count.byRule[rule.name] ?? 0) + 1;
      return true;
    }
    return false;
  };

  /** Whether there is anything to report (an entry given, expired, or a signal lowered). */
  get used(): boolean {
    return this.active || this.expired.length > 0 || this.lowered > 0 || this.tagsWithoutInventory.length > 0;
  }

  report(): TuningReport {
    return {
      allowlists: this.allow.map((e) => e.count),
      automation: this.automation.map((e) => e.count),
      expired: this.expired,
      lowered: this.lowered,
      ...(this.tagsWithoutInventory.length ? { tagsWithoutInventory: this.tagsWithoutInventory } : {}),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Baselines lower, never hide

/** One step down; LOW and INFORMATIONAL stay as they are (a lowered signal must stay visible in LOW-and-up views). */
export function lowerOneStep(s: Severity): Severity {
  return s === 'CRITICAL' ? 'HIGH' : s === 'HIGH' ? 'MEDIUM' : s === 'MEDIUM' ? 'LOW' : s;
}

/** What a baseline knew about an event's actor, for lowering (Baseline.familiarity). */
export interface Familiarity {
  principal: string;
  /** The values that were established: first seen at least a day before the event. */
  api: string;
  network: string;
  client: string;
  learningEnded: string;
}

/**
 * Lowers `signal` one step when every event of its hit was routine for its actor (`known` answers
 * per event; undefined: not routine). Adds the reason to the evidence. Returns whether it lowered.
 */
export function lowerIfRoutine(signal: Signal, events: readonly CloudEvent[], known: (e: CloudEvent) => Familiarity | undefined): boolean {
  const to = lowerOneStep(signal.severity);
  if (to === signal.severity || events.length === 0) return false;
  let first: Familiarity | undefined;
  for (const e of events) {
    const f = known(e);
    if (!f) return false;
    first ??= f;
  }
  signal.evidence = {
    ...signal.evidence,
    baseline: {
      lowered: `${signal.severity} → ${to}`,
      reason: `routine for ${first!.principal}: the same API (${first!.api}) from a known network (${first!.network}) with the same client family (${first!.client}), each first seen at least a day earlier; learning ended ${first!.learningEnded}`,
    },
  };
  signal.severity = to;
  return true;
}
