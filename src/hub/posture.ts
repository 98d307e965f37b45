import { randomUUID } from 'node:crypto';
import { summarize } from '../assess/summary.js';
import type { PostureFinding } from '../model/finding.js';
import type { PostureRule } from '../model/rule.js';
import type { Snapshot } from '../model/snapshot.js';
import { localize } from '../model/types.js';
import type { FindingPolicy } from './lifecycle.js';
import type { ObservedFinding } from './model.js';
import type { RiskSettings } from './risk.js';
import type { FindingStore, IngestCounts, IngestOptions, ScanRecord } from './store/store.js';

/** A posture result as a hub observation (English text; the rule keeps both languages). */
export function postureToObserved(f: PostureFinding): ObservedFinding {
  return {
    id: f.id,
    kind: 'posture',
    source: 'mamori',
    ruleId: f.ruleId,
    title: f.title.en,
    localized: { title: f.title, ...(typeof f.reason === 'string' ? {} : { reason: f.reason }) },
    severity: f.severity,
    complianceStatus: f.status,
    provider: f.provider,
    account: f.resource.account,
    region: f.resource.region,
    resourceUid: f.resource.uid,
    resourceType: f.resource.type,
    resourceName: f.resource.name,
    resourceTags: f.resource.tags,
    frameworks: f.frameworks,
    reason: localize(f.reason, 'en'),
    evidence: f.evidence,
    observedAt: f.observedAt,
  };
}

export function scanRecordFor(snapshot: Snapshot, rules: readonly PostureRule[], findings: readonly PostureFinding[]): ScanRecord {
  const summary = summarize(findings);
  return {
    id: randomUUID(),
    at: snapshot.collectedAt,
    snapshotId: snapshot.id,
    scope: {
      source: 'mamori',
      kind: 'posture',
      accounts: snapshot.scope.accounts,
      regions: snapshot.scope.regions,
      ruleIds: rules.map((r) => r.id),
    },
    scores: summary.frameworks.map((f) => ({ framework: f.id, score: f.score, passed: f.controlCounts.PASS, failed: f.controlCounts.FAIL })),
  };
}

/** Writes one assessment to the hub: findings, lifecycle, history and the per-framework score point. */
export async function recordAssessment(
  store: FindingStore,
  snapshot: Snapshot,
  rules: readonly PostureRule[],
  findings: readonly PostureFinding[],
  options: { actor?: string; risk?: RiskSettings; policy?: FindingPolicy; onChange?: IngestOptions['onChange'] } = {},
): Promise<IngestCounts> {
  const scan = scanRecordFor(snapshot, rules, findings);
  return store.ingest(findings.map(postureToObserved), { actor: options.actor ?? 'mamori-scan', scan, risk: options.risk, policy: options.policy, onChange: options.onChange });
}
