/**
 * A time budget per rule and run: the safety net behind the linear-time matchers. A rule that
 * spends more than its budget evaluating events is disabled for the rest of the run and reported,
 * so one slow rule (a regular expression over megabyte policy documents, ten thousand wildcard
 * values) cannot hold up detection for everyone else.
 *
 * Timing every evaluation would cost more than many evaluations (two clock reads against a
 * comparison or two), so every SAMPLE_EVERY-th evaluation of a rule is timed and counts for
 * SAMPLE_EVERY: over thousands of events that estimates the rule's time closely, for one counter
 * increment per evaluation.
 */
import { MamoriError } from '../../model/errors.js';
import type { DetectionRule, RuleIssue } from './types.js';

/** A power of two: the sample test is a mask. */
export const SAMPLE_EVERY = 64;
const SAMPLE_MASK = SAMPLE_EVERY - 1;

/** Milliseconds a rule may spend per run when neither the option nor MAMORI_RULE_BUDGET_MS says. */
export const DEFAULT_RULE_BUDGET_MS = 5_000;
/**
 * What a rule may spend per event of the run on top of the budget, so that a run over a hundred
 * million events does not disable rules that are merely busy: as long as the whole pipeline should
 * take per event, far more than any sound rule needs.
 */
export const BUDGET_MS_PER_EVENT = 0.01;

export const RULE_BUDGET_ENV = 'MAMORI_RULE_BUDGET_MS';

/** The budget from MAMORI_RULE_BUDGET_MS (0: none), else the default. */
export function ruleBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[RULE_BUDGET_ENV]?.trim();
  if (!text) return DEFAULT_RULE_BUDGET_MS;
  const ms = Number(text);
  if (!Number.isFinite(ms) || ms < 0) throw new MamoriError('DETECTION_RULE_BUDGET_INVALID', `${RULE_BUDGET_ENV} must be a number of milliseconds (0 for no limit), not "${text}"`);
  return ms;
}

/** What the budget keeps per rule; the rule set's compiled rule extends it. */
export interface Metered {
  rule: DetectionRule;
  /** Evaluations so far; every SAMPLE_EVERY-th is timed. */
  calls: number;
  /** Estimated milliseconds spent evaluating. */
  spentMs: number;
  /** Spent its budget: no longer run, already reported. */
  disabled: boolean;
}

/** The budgets of one rule set's rules during one run. */
export class RuleBudget {
  /** Rules disabled in this run, as issues for the run's report. */
  readonly disabled: RuleIssue[] = [];
  /** Events the rule set has processed (the per-event share of the budget). */
  events = 0;

  constructor(readonly baseMs: number) {}

  get enabled(): boolean {
    return this.baseMs > 0;
  }

  /** Whether this evaluation is to be timed (counts it). */
  static sample(m: Metered): boolean {
    return (++m.calls & SAMPLE_MASK) === 0;
  }

  /**
   * Adds a timed evaluation of `m`; true when the rule has now spent more than its budget (it is
   * then reported once, and the caller stops running it).
   */
  charge(m: Metered, ms: number): boolean {
    if (m.disabled) return false;
    m.spentMs += ms * SAMPLE_EVERY;
    const limit = this.baseMs + BUDGET_MS_PER_EVENT * this.events;
    if (m.spentMs <= limit) return false;
    m.disabled = true;
    const r = m.rule;
    this.disabled.push({
      file: r.file,
      line: r.line,
      ruleId: r.name,
      kind: 'disabled',
      message: `spent about ${Math.round(m.spentMs).toLocaleString('en')} ms on ${m.calls.toLocaleString('en')} events, more than its budget of ${Math.round(limit).toLocaleString('en')} ms (${RULE_BUDGET_ENV}=${this.baseMs} plus ${BUDGET_MS_PER_EVENT * 1000} µs per event); not run on the rest of the events`,
    });
    return true;
  }
}
