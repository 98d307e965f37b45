/**
 * Application layer for threat detection: detect → learned baselines → carried aggregation windows →
 * hub ingest → correlation over the hub → queued notifications, as one library function and one
 * transaction. The CLI prints what it returns, then delivers the notifications; a server or a
 * worker calls the same function.
 */
import { Baseline } from '../detect/baseline/index.js';
import { detect, type DetectResult } from '../detect/pipeline.js';
import type { AggregationState } from '../detect/rules/index.js';
import { signalToObserved } from '../detect/signals.js';
import type { DetectionTuning } from '../detect/tuning.js';
import { EntityResolver, fromSignal, inventoryEntities, type InventoryEntities } from '../correlate/entities.js';
import { correlate, type AttackSequence } from '../correlate/engine.js';
import { correlateHub, type CorrelateHubResult } from '../correlate/hub.js';
import type { HubFinding } from '../hub/model.js';
import type { FindingStore, IngestCounts } from '../hub/store/store.js';
import { readSnapshot, type Snapshot } from '../model/snapshot.js';
import { deliveredLater, openHub, type HubOptions } from './hub.js';
import { queueRunChanges, type QueuedNotifications } from './notify.js';

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
  /** Follow symbolic links inside input folders (each file is read once either way). */
  followSymlinks?: boolean;
  /** One-line notes for the operator (hub counts, correlation); the CLI writes them to stderr. */
  onNote?: (line: string) => void;
  /** Allowlists and automation principals (the config's `detection:`); default: the hub's config when storing. */
  tuning?: DetectionTuning;
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
  /** Committed with the signals and sequences; the caller delivers them once its report is out. */
  notifications?: QueuedNotifications;
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
    // Read once: it resolves this run's signals, and the hub keeps its workloads for later runs.
    const snapshot = typeof request.snapshot === 'string' ? await readSnapshot(request.snapshot) : request.snapshot;
    const tuning = request.tuning ?? hub?.config.detection;
    // Correlation, and allowlists that match on principal tags, read the inventory.
    const usesTags = tuning?.allowlists.some((e) => e.tags) ?? false;
    const resolver = correlating || usesTags ? await resolverFor(snapshot, hub?.store) : undefined;
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
      // The inventory also tells detection which public addresses are an instance's own.
      workloads: resolver,
      principalTags: resolver?.knowsPrincipalTags ? resolver : undefined,
      followSymlinks: request.followSymlinks,
      onProgress: request.onProgress,
      tuning,
    });
    // Said once per run: an expired entry silences nothing any more.
    for (const e of result.tuning?.expired ?? []) note(`detection allowlist "${e.name}" expired ${e.expires}: no longer applied`);
    for (const name of result.tuning?.tagsWithoutInventory ?? []) note(`detection allowlist "${name}" matches on tags, but no inventory is known (run with --snapshot, or assess the accounts first): it withheld nothing`);
    const discardedWindows = result.restored && 'discarded' in result.restored ? result.restored.discarded : undefined;
    const outcome: DetectOutcome = { result, discardedWindows, sequences: [] };
    if (!hub) {
      if (correlating) outcome.sequences = correlate(result.signals.map(fromSignal), { windowMs: request.windowMs, resolver });
      return outcome;
    }
    let correlation: CorrelateHubResult | undefined;
    // Signals, learned baselines, carried windows, the sequences they extend and the notifications
    // about both in one transaction: a run killed or failing half-way leaves the hub as it was,
    // never baselines that learned what no signal recorded, signals whose attack sequence was never
    // stored, nor signals whose notifications no rerun would queue (it would see nothing new).
    const { counts, queued } = await hub.store.commitRun(async (run) => {
      if (baseline) await baseline.save(run);
      // The snapshot's workloads, kept as an assessment keeps them: `mamori sequences` and a later
      // detect without --snapshot resolve signals to instances and functions the same way.
      if (snapshot) await run.saveInventoryEntities(inventoryEntities(snapshot), snapshot.collectedAt);
      // A replay of older logs keeps the windows of the newer ones for the next run.
      if (carry && !discardedWindows) await run.saveDetectionState(AGGREGATION_STATE, result.state);
      const ingested = await run.ingest(result.signals.map(signalToObserved), { actor: 'mamori-detect', policy: hub.policy, risk: hub.risk });
      // Over the hub, not just this run: a sequence started by earlier runs is extended, not repeated.
      if (correlating) correlation = await correlateHub(run, { windowMs: request.windowMs, resolver, policy: hub.policy, risk: hub.risk });
      return { counts: ingested, queued: await queueRunChanges(run, hub.config) };
    });
    outcome.hub = { location: hub.store.location, counts };
    note(`hub ${hub.store.location}: ${counts.new} new, ${counts.reopened} reopened, ${counts.updated + counts.unchanged} seen again`);
    if (correlation) {
      const r = correlation;
      outcome.sequences = r.sequences;
      const shownIds = [...r.sequences.map((q) => q.id), ...r.kept];
      outcome.storedSequences = await hub.store.list({ ids: shownIds }, { limit: Math.max(1, shownIds.length) });
      outcome.correlation = { new: r.counts.new, superseded: r.superseded.length };
      note(`correlation: ${r.sequences.length} attack sequence(s) (${r.counts.new} new)${r.superseded.length ? `, ${r.superseded.length} merged` : ''}${r.kept.length ? `, ${r.kept.length} stored kept (richer)` : ''}`);
    }
    if (queued) outcome.notifications = deliveredLater(request.store!, hub.config, queued);
    return outcome;
  } finally {
    await hub?.store.close();
  }
}
