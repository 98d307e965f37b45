import type { MamoriConfig } from '../config/schema.js';
import { applyAutomation, compileAutomation } from './automation.js';
import type { FindingPolicy } from './lifecycle.js';
import type { HubFinding } from './model.js';
export { riskFromConfig } from './risk.js';
import { indexSuppressions, matchSuppression } from './suppressions.js';

/** userFields key that remembers which mutelist entry suppressed a finding (so its expiry can re-open it). */
export const SUPPRESSED_BY = 'suppressedBy';

/**
 * The config's automation rules, then its suppressions, as one policy the store applies on every
 * ingest (and `mamori automation test` dry-runs). Automation starts from the rule's own severity
 * each time, so re-running a scan never raises a severity twice.
 */
export function policyFromConfig(config: Pick<MamoriConfig, 'automation' | 'suppressions'>, now: () => string): FindingPolicy {
  const automation = compileAutomation(config.automation);
  const suppressions = indexSuppressions(config.suppressions);
  return (input: HubFinding) => {
    const history: ReturnType<FindingPolicy>['history'] = [];
    const applied = applyAutomation(input, automation);
    for (const c of applied.changes) history.push({ actor: `automation:${c.rule}`, field: c.field, from: c.from, to: c.to, note: c.note });
    let f = applied.finding;
    const match = matchSuppression(f, suppressions, now());
    if (match.suppressed && match.by && f.workflowStatus !== 'SUPPRESSED' && f.workflowStatus !== 'RESOLVED') {
      history.push({ actor: 'suppression', field: 'workflowStatus', from: f.workflowStatus, to: 'SUPPRESSED', note: match.by.reason });
      f = { ...f, workflowStatus: 'SUPPRESSED', userFields: { ...f.userFields, [SUPPRESSED_BY]: match.by.reason } };
    } else if (!match.suppressed && f.workflowStatus === 'SUPPRESSED' && f.userFields[SUPPRESSED_BY] !== undefined) {
      const { [SUPPRESSED_BY]: reason, ...rest } = f.userFields;
      history.push({ actor: 'suppression', field: 'workflowStatus', from: 'SUPPRESSED', to: 'NEW', note: match.expired ? `suppression expired (${reason})` : `suppression removed (${reason})` });
      f = { ...f, workflowStatus: 'NEW', userFields: rest };
    }
    return { finding: f, history };
  };
}

