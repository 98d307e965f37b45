/** Runs the `tests:` cases that rules carry, through the same RuleSet the pipeline uses. */
import type { CloudEvent, EventSource } from '../../model/event.js';
import { compileRuleSet } from './ruleset.js';
import { fromAzureActivity, fromGcpAudit } from '../../providers/logs.js';
import type { DetectionRule, RuleHit, RuleTestCase } from './types.js';

const BASE_MS = Date.parse('2026-01-01T00:00:00.000Z');

function timeOf(record: Record<string, unknown>, source: EventSource): number | undefined {
  const v = source === 'cloudtrail' ? record.eventTime : source === 'vpcflow' ? record.start : source === 'gcpaudit' ? record.timestamp : source === 'azureactivity' ? (record.time ?? record.TimeGenerated ?? record.eventTimestamp) : record.query_timestamp;
  if (source === 'vpcflow') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
    return Number.isFinite(n) ? n * 1000 : undefined;
  }
  if (typeof v !== 'string') return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A minimal CloudEvent around a raw record, for rule tests: raw = the record; time from
 * eventTime (CloudTrail), start (VPC Flow Logs, epoch seconds), timestamp (Cloud Audit Logs), time
 * (Azure Activity Log; TimeGenerated, eventTimestamp in its other forms) or query_timestamp (DNS); a record
 * without one gets 2026-01-01T00:00:00Z plus `index` seconds.
 */
export function testEvent(record: Record<string, unknown>, source: EventSource, index = 0): CloudEvent {
  const timeMs = timeOf(record, source) ?? BASE_MS + index * 1000;
  if (source === 'gcpaudit') {
    // As the reader makes it (actor, account and place from the entry), at the test's time.
    const e = fromGcpAudit({ ...record, timestamp: new Date(timeMs).toISOString() });
    if (typeof e !== 'string') {
      e.raw = record;
      if (!record.insertId) e.id = `test-${index + 1}`;
      return e;
    }
  }
  if (source === 'azureactivity') {
    // As the reader makes it (any export form), at the test's time; a copy, since reading scrubs bodies in place.
    const copy = structuredClone(record);
    const key = 'TimeGenerated' in copy ? 'TimeGenerated' : 'eventTimestamp' in copy ? 'eventTimestamp' : 'time';
    copy[key] = new Date(timeMs).toISOString();
    const e = fromAzureActivity(copy);
    if (typeof e !== 'string') {
      if (!copy.eventDataId && !copy.EventDataId) e.id = `test-${index + 1}`;
      return e;
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  return {
    id: str(record.eventID) || `test-${index + 1}`,
    source,
    time: new Date(timeMs).toISOString(),
    timeMs,
    account: str(record.recipientAccountId) || str(record['account-id']) || str(record.account_id),
    region: str(record.awsRegion) || str(record.region),
    resources: [],
    raw: record,
  };
}

export interface RuleTestResult {
  /** Rule name and file. */
  rule: string;
  file: string;
  /** Test case name ("(tests)" for a missing-tests problem). */
  case: string;
  passed: boolean;
  message: string;
}

/**
 * Runs every rule's test cases. `rules` should be the whole loaded set: a correlation's test
 * needs the rules it refers to. A mamori-format rule must have at least one case that must
 * match and one that must not.
 */
export function testRules(rules: readonly DetectionRule[]): RuleTestResult[] {
  const results: RuleTestResult[] = [];
  const byRef = new Map<string, DetectionRule>();
  for (const r of rules) {
    byRef.set(r.id, r);
    byRef.set(r.name, r);
  }
  for (const rule of rules) {
    const base = { rule: rule.name, file: rule.file };
    if (rule.format === 'mamori' && (!rule.tests.some((t) => t.match) || !rule.tests.some((t) => !t.match))) {
      results.push({ ...base, case: '(tests)', passed: false, message: 'a mamori rule needs at least one test that must match and one that must not' });
    }
    if (rule.tests.length === 0) continue;
    const set = rule.correlation ? [rule, ...rule.correlation.rules.map((r) => byRef.get(r)).filter((r): r is DetectionRule => r !== undefined)] : [rule];
    for (const tc of rule.tests) {
      let hits: RuleHit[];
      let firedAt = -1;
      try {
        const rs = compileRuleSet(set);
        hits = [];
        tc.events.forEach((record, i) => {
          const own = rs.process(testEvent(record, rule.logsource.service, i), tc.mamori).filter((h) => h.rule === rule);
          if (own.length && firedAt < 0) firedAt = i;
          hits.push(...own);
        });
        hits.push(...rs.flush().filter((h) => h.rule === rule));
      } catch (err) {
        results.push({ ...base, case: tc.name, passed: false, message: `error: ${(err as Error).message}` });
        continue;
      }
      const fired = hits.length > 0;
      const passed = fired === tc.match;
      const where = tc.events.length > 1 ? (firedAt >= 0 ? ` (at event #${firedAt + 1})` : ' (when the window closed)') : '';
      const message = passed
        ? fired
          ? `matched${hits.length > 1 ? ` (${hits.length} hits)` : ''}`
          : 'did not match'
        : fired
          ? `expected no match, but the rule fired${where}`
          : `expected a match, but the rule did not fire${tc.events.length > 1 ? ` on ${tc.events.length} events` : ''}`;
      if (passed && tc.benign) {
        // Ordinary work must raise nothing at all, not just stay clear of this rule.
        const others = firedByAny(rules, tc.events, rule.logsource.service, tc.mamori).filter((name) => name !== rule.name);
        if (others.length) {
          results.push({ ...base, case: tc.name, passed: false, message: `benign look-alike, but ${others.map((o) => `"${o}"`).join(', ')} fired on it` });
          continue;
        }
      }
      results.push({ ...base, case: tc.name, passed, message });
    }
  }
  return results;
}

/** Names of the rules of `rules` (all of them, as a detection run has them) that fire on the events. */
export function firedByAny(rules: readonly DetectionRule[], events: readonly Record<string, unknown>[], source: EventSource, mamori?: RuleTestCase['mamori']): string[] {
  const rs = compileRuleSet(rules.filter((r) => r.logsource.service === source));
  const fired = new Set<string>();
  events.forEach((record, i) => {
    for (const h of rs.process(testEvent(record, source, i), mamori)) fired.add(h.rule.name);
  });
  for (const h of rs.flush()) fired.add(h.rule.name);
  return [...fired];
}
