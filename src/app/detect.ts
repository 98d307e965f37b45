/**
 * Application layer for threat detection: detect → learned baselines → carried aggregation windows →
 * hub ingest → correlation over the hub → notifications, as one library function. The CLI prints
 * what it returns; a server or a worker calls the same function.
 */
import { Baseline } from '../detect/baseline/index.js';
import { detect, type DetectResult } from '../detect/pipeline.js';
import type { AggregationState } from '../detect/rules/index.js';
import { signalToObserved } from '../detect/signals.js';
import { EntityResolver, fromSignal, type InventoryEntities } from '../correlate/entities.js';
import { correlate, type AttackSequence } from '../correlate/engine.js';
import { correlateHub } from '../correlate/hub.js';
import type { HubFinding } from '../hub/model.js';
import type { FindingStore, IngestCounts } from '../hub/store/store.js';
import { readSnapshot, type Snapshot } from '../model/snapshot.js';
import { openHub, type HubOptions } from './hub.js';
import { notificationNote, notifyChanges } from './notify.js';

/** The hub's name for the aggregation windows carried between detect runs. */
const AGGREGATION_STATE = 'aggregation-windows';

export interface DetectRequest {
  inputs: string[];
  /** More rule files or folders (mamori YAML or Sigma). */
  rules?: string[];
  noBuiltin?: boolean;
  intel?: string[];
  since?: Date;
  until?: Date;
  /** Store signals in the hub (absent: detect and correlate in memory only). */
  store?: HubOptions;
  /** Learn and use per-principal baselines (needs the hub; default true). */
  baseline?: boolean;
  /** Go on with the aggregation windows the last run left open, and keep this run's (default true). */
  carryWindows?: boolean;
  /** Join signals into attack sequences (default true). */
  correlate?: boolean;
  /** Inventory for correlation: a snapshot, its path, or (default) what the hub's assessments stored. */
  snapshot?: string | Snapshot;
  windowMs?: number;
  /** Google Cloud: the organisation's e-mail domains; grants to members of other domains are outside grants. */
  orgDomains?: string[];
  onProgress?: (p: { events: number; signals: number }) => void;
  /** One-line notes for the operator (hub counts, notifications); the CLI writes them to stderr. */
  /** Follow symbolic links inside input folders (each file is read once either way). */
  followSymlinks?: boolean;
  onNote?: (line: string) => void;
}

export interface DetectOutcome {
  result: DetectResult;
  /** Why the windows the last run left open were not used (a replay of older logs). */
  discardedWindows?: string;
  hub?: { location: string; counts: IngestCounts };
  /** This run's sequences (over the hub when storing: extended, not repeated). */
  sequences: AttackSequence[];
  /** The stored sequence findings, when storing. */
  storedSequences?: HubFinding[];
  correlation?: { new: number; superseded: number };
}

/** The inventory correlation ties signals to: a snapshot, or what the hub's assessments stored. */
export async function resolverFor(snapshot: string | Snapshot | undefined, store?: FindingStore): Promise<EntityResolver> {
  if (snapshot) return EntityResolver.fromSnapshot(typeof snapshot === 'string' ? await readSnapshot(snapshot) : snapshot);
  if (store) return EntityResolver.fromInventories((await store.inventoryEntities()).map((i) => i.entities as InventoryEntities));
  return new EntityResolver();
}

export async function runDetect(request: DetectRequest): Promise<DetectOutcome> {
  const note = request.onNote ?? (() => {});
  const correlating = request.correlate !== false;
  const hub = request.store ? await openHub(request.store) : undefined;
  try {
    const resolver = correlating ? await resolverFor(request.snapshot, hub?.store) : undefined;
    const baseline = hub && request.baseline !== false ? await Baseline.load(hub.store) : undefined;
    // Aggregation windows the last run left open: a burst split between two runs is counted whole.
    const carry = hub !== undefined && request.carryWindows !== false;
    const saved = carry ? await hub.store.detectionState(AGGREGATION_STATE) : undefined;
    const result = await detect({
      inputs: request.inputs,
      rules: request.rules,
      noBuiltin: request.noBuiltin,
      intel: request.intel,
      since: request.since,
      until: request.until,
      baseline,
      state: saved?.state as AggregationState | undefined,
      orgDomains: request.orgDomains,
      followSymlinks: request.followSymlinks,
      onProgress: request.onProgress,
    });
    const discardedWindows = result.restored && 'discarded' in result.restored ? result.restored.discarded : undefined;
    const outcome: DetectOutcome = { result, discardedWindows, sequences: [] };
    if (!hub) {
      if (correlating) outcome.sequences = correlate(result.signals.map(fromSignal), { windowMs: request.windowMs, resolver });
      return outcome;
    }
    const changed: string[] = [];
    // Signals, learned baselines and carried windows in one transaction: a run killed or failing
    // half-way leaves the hub as it was, never baselines that learned what no signal recorded.
    const counts = await hub.store.commitRun(async (run) => {
      if (baseline) await baseline.save(run);
      // A replay of older logs keeps the windows of the newer ones for the next run.
      if (carry && !discardedWindows) await run.saveDetectionState(AGGREGATION_STATE, result.state);
      return run.ingest(result.signals.map(signalToObserved), { actor: 'mamori-detect', policy: hub.policy, risk: hub.risk, onChange: (id) => changed.push(id) });
    });
    outcome.hub = { location: hub.store.location, counts };
    note(`hub ${hub.store.location}: ${counts.new} new, ${counts.reopened} reopened, ${counts.updated + counts.unchanged} seen again`);
    if (correlating) {
      // Over the hub, not just this run: a sequence started by earlier runs is extended, not repeated.
      const r = await correlateHub(hub.store, { windowMs: request.windowMs, resolver, policy: hub.policy, risk: hub.risk, onChange: (id) => changed.push(id) });
      outcome.sequences = r.sequences;
      outcome.storedSequences = await hub.store.list({ ids: r.sequences.map((q) => q.id) }, { limit: Math.max(1, r.sequences.length) });
      outcome.correlation = { new: r.counts.new, superseded: r.superseded.length };
      note(`correlation: ${r.sequences.length} attack sequence(s) (${r.counts.new} new)${r.superseded.length ? `, ${r.superseded.length} merged` : ''}`);
    }
    const notification = await notifyChanges(hub, changed);
    if (notification) note(notificationNote(notification));
    return outcome;
  } finally {
    await hub?.store.close();
  }
}
