/**
 * Shapes of the detection rule engine. A DetectionRule is one loaded rule (mamori YAML rule, Sigma
 * rule or Sigma correlation rule), already validated; compile it with `compileRuleSet`.
 */
import type { CloudEvent, EventSource } from '../../model/event.js';
import type { Severity } from '../../model/types.js';

/** Sigma `level`. */
export type RuleLevel = 'informational' | 'low' | 'medium' | 'high' | 'critical';
export type RuleStatus = 'stable' | 'test' | 'experimental' | 'deprecated' | 'unsupported';

/** Enrichment the pipeline adds to an event; detection fields `mamori.<path>` read from it. */
export type EventEnrichment = Record<string, unknown>;

/**
 * A burst over matches: the mamori `aggregation:` block or a Sigma correlation of type
 * `event_count` / `value_count`, normalised.
 */
export interface Aggregation {
  /** Fields (paths into the raw record) whose values make one group. Empty: one group. */
  groupBy: string[];
  /** The window as written (`10m`) and in milliseconds. */
  timespan: string;
  timespanMs: number;
  /** `count`: matching events; `distinct`: distinct values of `field`. */
  kind: 'count' | 'distinct';
  field?: string;
  op: 'gt' | 'gte';
  threshold: number;
}

/** A Sigma correlation rule: an aggregation over the matches of other rules. */
export interface Correlation {
  type: 'event_count' | 'value_count';
  /** Referenced rules, by name or id, as written. */
  rules: string[];
  /** Sigma `generate`: whether the referenced rules also produce their own hits (default false). */
  generate: boolean;
}

export interface RuleTestCase {
  name: string;
  match: boolean;
  /**
   * A benign look-alike: ordinary work that resembles the behaviour (`match: false`). No rule
   * may fire on it; the accuracy benchmark counts a signal on one as a false positive.
   */
  benign?: boolean;
  /** One raw record, or several (aggregations), in time order. */
  events: Record<string, unknown>[];
  /** Enrichment given to every event of the case (`mamori.*` fields). */
  mamori?: EventEnrichment;
}

export interface DetectionRule {
  /** The rule's UUID (Sigma `id`). */
  id: string;
  /** mamori id: `name`, else the file name without .yml. Correlations refer to rules by name or id. */
  name: string;
  title: string;
  title_ja?: string;
  description: string;
  description_ja?: string;
  status?: RuleStatus;
  level: RuleLevel;
  severity: Severity;
  /** Which log the rule reads (Google Cloud Audit Logs: product gcp, service gcpaudit; the Azure Activity Log: product azure, service azureactivity). */
  logsource: { product: 'aws' | 'gcp' | 'azure'; service: EventSource };
  /** Raw `detection` block: selections and `condition`. Absent for correlation rules. */
  detection?: Record<string, unknown>;
  aggregation?: Aggregation;
  correlation?: Correlation;
  /** All tags as written, plus the ATT&CK ids derived from them. */
  tags: string[];
  tactics: string[];
  techniques: string[];
  /** Fields whose values make one finding; empty: one finding per rule (aggregations: per group). */
  dedup: string[];
  falsepositives: string[];
  /** The same situations in Japanese (mamori rules), in the same order. */
  falsepositives_ja?: string[];
  references: string[];
  tests: RuleTestCase[];
  /** `mamori` when the document uses mamori extensions (tests, dedup, aggregation, *_ja). */
  format: 'mamori' | 'sigma' | 'sigma-correlation';
  /** Where the rule was loaded from. */
  file: string;
  line?: number;
  /** Sigma filters applied to this rule (their names), when any. */
  filteredBy?: string[];
}

export interface RuleIssue {
  file: string;
  line?: number;
  /** The rule's name or id, when it could be read. */
  ruleId?: string;
  /**
   * `disabled`: the rule loaded but spent its time budget during the run (see budget.ts).
   * `warning`: the rule loaded and runs, but part of it was ignored (an unknown ATT&CK tag).
   */
  kind: 'syntax' | 'unsupported' | 'invalid' | 'disabled' | 'warning';
  message: string;
}

/** One match of a rule, or one fired aggregation. */
export interface RuleHit {
  rule: DetectionRule;
  /** The matching event, or the aggregated events (oldest first, at most 20 kept). */
  events: CloudEvent[];
  /** Matching events in the hit (for a value_count: see docs/detection-rules.md). */
  count: number;
  /** Distinct values seen, for `distinct` aggregations. */
  distinct?: number;
  /** First and last event time of the hit (ISO). */
  firstTime: string;
  lastTime: string;
  /** Values of the rule's dedup fields (aggregations without `dedup`: the group_by values). */
  dedupKey: Record<string, string>;
}
