/**
 * Correlation over the hub: the threat findings of the last two windows (mamori's signals and
 * imported GuardDuty findings alike) plus the members of sequences still being extended are
 * correlated again, and the sequences are stored as findings of kind `sequence`. Running it after
 * every detection run extends an open sequence (same id: it is named after its first member)
 * instead of creating another; a sequence that two groups' merging replaced is resolved with a
 * note naming the one that took it over. The hub is the state: nothing else persists between runs.
 * Given a run's writer (FindingStore.commitRun), the sequences and the resolutions commit with the
 * run or not at all, as `detect` and `sequences` do: a kill in between left both open.
 */
import type { HubFinding } from '../hub/model.js';
import type { FindingPolicy } from '../hub/lifecycle.js';
import type { RiskSettings } from '../hub/risk.js';
import type { CorrelationStore } from '../hub/store/ports.js';
import type { IngestCounts } from '../hub/store/store.js';
import { fromHubFinding, type EntityResolver } from './entities.js';
import { correlate, DEFAULT_WINDOW_MS, type AttackSequence, type StoredGrouping } from './engine.js';
import { sequenceEvidence, sequenceToObserved } from './sequence.js';

export interface CorrelateHubOptions {
  windowMs?: number;
  resolver?: EntityResolver;
  actor?: string;
  policy?: FindingPolicy;
  risk?: RiskSettings;
  onChange?: (id: string, outcome: 'new' | 'reopened' | 'resolved') => void;
}

export interface CorrelateHubResult {
  sequences: AttackSequence[];
  signals: number;
  counts: IngestCounts;
  /** Stored sequences replaced by a merged one. */
  superseded: string[];
  /**
   * Stored sequences kept as they are because this run would have replaced them with poorer ones
   * (fewer of their members or fewer template steps for the same incident, e.g. correlating
   * without the inventory that joined them); the poorer ones were not stored.
   */
  kept: string[];
}

/** A stored sequence's evidence as the next run compares it: its members and template steps. */
interface StoredSequence {
  id: string;
  members: string[];
  steps: number;
}

/**
 * The stored sequences this run would make poorer: some of their members (still in the hub, not
 * suppressed) are in no new sequence or split over several, or the sequence holding them all matched
 * fewer template steps. Returns them and the new sequences that would have replaced them.
 */
export function poorerReplacements(stored: readonly StoredSequence[], sequences: readonly AttackSequence[], available: (id: string) => boolean): { kept: Set<string>; dropped: Set<string> } {
  const owner = new Map<string, AttackSequence>();
  for (const q of sequences) for (const m of q.members) owner.set(m.id, q);
  const kept = new Set<string>();
  const dropped = new Set<string>();
  for (const s of stored) {
    const members = s.members.filter(available);
    if (!members.length) continue;
    const owners = new Set(members.map((m) => owner.get(m)));
    const [only] = owners;
    const whole = owners.size === 1 && only !== undefined;
    if (whole && only.steps.length >= s.steps) continue;
    kept.add(s.id);
    for (const q of owners) if (q) dropped.add(q.id);
  }
  return { kept, dropped };
}

export async function correlateHub(store: CorrelationStore, options: CorrelateHubOptions = {}): Promise<CorrelateHubResult> {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const newest = await store.latestSeen('threat');
  const empty: IngestCounts = { new: 0, reopened: 0, resolved: 0, updated: 0, unchanged: 0, skipped: 0 };
  if (!newest) return { sequences: [], signals: 0, counts: empty, superseded: [], kept: [] };
  const bound = new Date(Date.parse(newest) - 2 * windowMs).toISOString();

  // Sequences still reaching into the lookback: their earlier members must be correlated again too.
  const stored = await store.seenSince({ kind: 'sequence', since: bound, notStatus: 'RESOLVED' });
  const wanted = new Set<string>();
  for (const s of stored) for (const id of sequenceEvidence(s)?.members ?? []) wanted.add(id);

  // Suppressed findings are known-benign: they take no part in correlation.
  const byId = new Map<string, HubFinding>();
  for (const f of await store.seenSince({ kind: 'threat', since: bound, notStatus: 'SUPPRESSED' })) byId.set(f.id, f);
  const missing = [...wanted].filter((id) => !byId.has(id));
  for (const f of await store.findingsById(missing, { notStatus: 'SUPPRESSED' })) byId.set(f.id, f);

  // Stored sequences hold their members together whatever the inventory says now; one that this
  // run would still make poorer is kept as it is, and the poorer version is not stored.
  const groupings: StoredGrouping[] = [];
  const previous: StoredSequence[] = [];
  for (const s of stored) {
    const e = sequenceEvidence(s);
    if (!e) continue;
    groupings.push({ id: s.id, members: e.members, perBucket: e.entities.length > 0 && e.entities.every((k) => k.startsWith('bucket:')) });
    previous.push({ id: s.id, members: e.members, steps: (e.steps ?? []).length });
  }
  const all = correlate([...byId.values()].map(fromHubFinding), { windowMs, resolver: options.resolver, stored: groupings });
  const { kept, dropped } = poorerReplacements(previous, all, (id) => byId.has(id));
  const sequences = all.filter((q) => !dropped.has(q.id));
  const counts = sequences.length
    ? await store.ingest(sequences.map(sequenceToObserved), { actor: options.actor ?? 'mamori-correlate', policy: options.policy, risk: options.risk, onChange: options.onChange })
    : empty;

  const produced = new Set(sequences.map((s) => s.id));
  const owner = new Map<string, string>();
  for (const s of sequences) for (const m of s.members) owner.set(m.id, s.id);
  const superseded: { id: string; into: string }[] = [];
  for (const s of stored) {
    if (produced.has(s.id) || kept.has(s.id)) continue;
    const into = sequenceEvidence(s)?.members.map((m) => owner.get(m)).find(Boolean);
    if (into) superseded.push({ id: s.id, into });
  }
  for (const s of superseded) {
    await store.update([s.id], { workflowStatus: 'RESOLVED', note: `merged into attack sequence ${s.into}` }, options.actor ?? 'mamori-correlate');
  }
  return { sequences, signals: byId.size, counts, superseded: superseded.map((s) => s.id), kept: [...kept] };
}
