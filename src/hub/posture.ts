import { randomUUID } from 'node:crypto';
import { summarize } from '../assess/summary.js';
import type { PostureRule } from '../model/rule.js';
import type { Snapshot } from '../model/snapshot.js';
import type { FindingPolicy } from './lifecycle.js';
import type { HubFinding, ObservedFinding } from './model.js';
import type { RiskSettings } from './risk.js';
import type { ControlResult, FindingStore, IngestCounts, IngestOptions, ScanRecord } from './store/store.js';

/** A finding of one assessment as the observation the hub ingests (the hub derives its own lifecycle). */
export function findingToObserved(f: HubFinding): ObservedFinding {
  // One literal, field by field: rest/spread over hundreds of thousands of findings made each a
  // dictionary-mode object (1.5 s for 315k; this takes a tenth of it).
  return {
    id: f.id,
    kind: f.kind,
    source: f.source,
    ruleId: f.ruleId,
    title: f.title,
    description: f.description,
    localized: f.localized,
    document: f.document,
    severity: f.originalSeverity,
    complianceStatus: f.complianceStatus,
    provider: f.provider,
    account: f.account,
    scopePath: f.scopePath,
    region: f.region,
    resourceUid: f.resourceUid,
    resourceType: f.resourceType,
    resourceName: f.resourceName,
    resourceTags: f.resourceTags,
    frameworks: f.frameworks,
    reason: f.reason,
    evidence: f.evidence,
    observedAt: f.lastSeen,
  };
}

export function scanRecordFor(snapshot: Snapshot, rules: readonly PostureRule[], findings: readonly HubFinding[]): ScanRecord {
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
    controls: controlResults(findings),
    // Whole-service or listing failures; a single resource's detail error is on that resource's findings.
    errors: snapshot.errors
      .filter((e) => !e.resourceUid)
      .slice(0, 1000)
      .map((e) => ({ provider: e.provider, scope: e.account, region: e.region, service: e.service, operation: e.operation, code: e.code, message: e.message.slice(0, 500) })),
  };
}

/**
 * Each control's result per scope: FAIL when a check of it failed there, else NOT_ASSESSED when one
 * could not be decided, else PASS when one passed, else MANUAL (a person must check it).
 */
export function controlResults(findings: readonly HubFinding[]): ControlResult[] {
  const byKey = new Map<string, ControlResult & { undecided: number; manual: number }>();
  for (const f of findings) {
    if (f.kind !== 'posture' || !f.frameworks) continue;
    for (const [framework, controls] of Object.entries(f.frameworks)) {
      for (const control of controls) {
        const key = `${f.account}\u0000${framework}\u0000${control}`;
        let r = byKey.get(key);
        if (!r) byKey.set(key, (r = { scope: f.account, framework, control, status: 'PASS', passed: 0, failed: 0, undecided: 0, manual: 0 }));
        if (f.complianceStatus === 'PASS') r.passed++;
        else if (f.complianceStatus === 'FAIL') r.failed++;
        else if (f.complianceStatus === 'NOT_ASSESSED') r.undecided++;
        else if (f.complianceStatus === 'MANUAL') r.manual++;
      }
    }
  }
  return [...byKey.values()].map(({ undecided, manual, ...r }) => ({
    ...r,
    status: r.failed ? 'FAIL' : undecided ? 'NOT_ASSESSED' : r.passed ? 'PASS' : manual ? 'MANUAL' : 'PASS',
  }));
}

/** Writes one assessment to the hub: findings, lifecycle, history and the per-framework score point. */
export async function recordAssessment(
  store: Pick<FindingStore, 'ingest'>,
  snapshot: Snapshot,
  rules: readonly PostureRule[],
  findings: readonly HubFinding[],
  options: { actor?: string; risk?: RiskSettings; policy?: FindingPolicy; onChange?: IngestOptions['onChange'] } = {},
): Promise<IngestCounts> {
  const scan = scanRecordFor(snapshot, rules, findings);
  return store.ingest(findings.map(findingToObserved), { actor: options.actor ?? 'mamori-scan', scan, risk: options.risk, policy: options.policy, onChange: options.onChange });
}
