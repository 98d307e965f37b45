/**
 * Application layer for correlation: join the hub's threat findings (mamori's signals and imported
 * GuardDuty findings) into attack sequences over a window, store them with their notifications
 * queued, and return the stored sequences with their timelines (`mamori sequences`; the server's
 * sequence view). The caller delivers the notifications once it has shown the sequences.
 */
import { correlateHub, type CorrelateHubResult } from '../correlate/hub.js';
import { sequenceEvidence } from '../correlate/sequence.js';
import { TEMPLATES } from '../correlate/templates.js';
import type { HubFinding } from '../hub/model.js';
import type { Snapshot } from '../model/snapshot.js';
import type { SequenceView } from '../report/sequences-html.js';
import type { HubContext } from './context.js';
import { resolverFor } from './detect.js';
import { queuedOn, queueRunChanges, type QueuedNotifications } from './notify.js';

export interface CorrelateRequest {
  /** Correlation window (default 24 h; the CLI checks the 14-day bound when parsing). */
  windowMs?: number;
  /** Inventory that ties addresses and sessions to workloads: a snapshot or its path (default: what the hub's assessments stored). */
  snapshot?: string | Snapshot;
  /** Correlate before listing (default true); false lists only the sequences already stored. */
  correlate?: boolean;
  /** Only sequences last seen at or after this ISO time. */
  since?: string;
  /** Include resolved sequences (default: new, notified and suppressed ones). */
  includeResolved?: boolean;
  /** One-line notes (what correlation did); the CLI writes them to stderr. */
  onNote?: (line: string) => void;
}

export interface CorrelateOutcome {
  /** What this run's correlation did (absent when it did not correlate). */
  correlation?: CorrelateHubResult;
  /** Committed with the sequences; `deliver()` sends them through the hub given (still open). */
  notifications?: QueuedNotifications;
  /** The stored sequences, oldest first. */
  sequences: SequenceView[];
  /** The same sequences as findings (the one finding model), in the same order, for the finding writers. */
  findings: HubFinding[];
}

/** A stored sequence finding as the views show it; undefined for a finding without sequence evidence. */
export function viewOfFinding(f: HubFinding): SequenceView | undefined {
  const evidence = sequenceEvidence(f);
  if (!evidence) return undefined;
  // Sequences stored before they had a type: the type of the template they matched.
  if (!evidence.type) evidence.type = TEMPLATES.find((t) => t.id === evidence.template)?.type ?? 'multi-stage';
  return { id: f.id, title: f.title, severity: f.severity, workflowStatus: f.workflowStatus, account: f.account, region: f.region, resourceName: f.resourceName, resourceUid: f.resourceUid, evidence };
}

export async function correlateSequences(hub: HubContext, request: CorrelateRequest = {}): Promise<CorrelateOutcome> {
  const note = request.onNote ?? (() => {});
  const outcome: CorrelateOutcome = { sequences: [], findings: [] };
  const resolver = await resolverFor(request.snapshot, hub.store);
  if (request.correlate !== false) {
    // Sequences, the resolution of those a merge replaced and the notifications about them in one
    // transaction: a run killed in between would leave both the merged sequence and the ones it
    // replaced open, or sequences whose notifications no rerun would queue.
    const { r, queued } = await hub.store.commitRun(async (run) => {
      const r = await correlateHub(run, { windowMs: request.windowMs, resolver, policy: hub.policy, risk: hub.risk });
      return { r, queued: await queueRunChanges(run, hub.config) };
    });
    outcome.correlation = r;
    note(`correlated ${r.signals} threat finding(s): ${r.sequences.length} sequence(s), ${r.counts.new} new${r.superseded.length ? `, ${r.superseded.length} merged` : ''}${r.kept.length ? `, ${r.kept.length} stored kept (richer)` : ''}`);
    if (queued) outcome.notifications = queuedOn(hub, queued);
  }
  const found = await hub.store.list(
    { kind: ['sequence'], status: request.includeResolved ? undefined : ['NEW', 'NOTIFIED', 'SUPPRESSED'], since: request.since },
    { limit: 1000 },
  );
  const shown = found
    .map((finding) => ({ finding, view: viewOfFinding(finding) }))
    .filter((x): x is { finding: HubFinding; view: SequenceView } => !!x.view)
    .sort((a, b) => a.view.evidence.firstSeen.localeCompare(b.view.evidence.firstSeen));
  outcome.sequences = shown.map((x) => x.view);
  outcome.findings = shown.map((x) => x.finding);
  return outcome;
}
