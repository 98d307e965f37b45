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
import { correlate, DEFAULT_WINDOW_MS, type AttackSequence } from './engine.js';
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
}

export async function correlateHub(store: CorrelationStore, options: CorrelateHubOptions = {}): Promise<CorrelateHubResult> {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const newest = await store.latestSeen('threat');
  const empty: IngestCounts = { new: 0, reopened: 0, resolved: 0, updated: 0, unchanged: 0, skipped: 0 };
  if (!newest) return { sequences: [], signals: 0, counts: empty, superseded: [] };
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

  const sequences = correlate([...byId.values()].map(fromHubFinding), { windowMs, resolver: options.resolver });
  const counts = sequences.length
    ? await store.ingest(sequences.map(sequenceToObserved), { actor: options.actor ?? 'mamori-correlate', policy: options.policy, risk: options.risk, onChange: options.onChange })
    : empty;

  const produced = new Set(sequences.map((s) => s.id));
  const owner = new Map<string, string>();
  for (const s of sequences) for (const m of s.members) owner.set(m.id, s.id);
  const superseded: { id: string; into: string }[] = [];
  for (const s of stored) {
    if (produced.has(s.id)) continue;
    const into = sequenceEvidence(s)?.members.map((m) => owner.get(m)).find(Boolean);
    if (into) superseded.push({ id: s.id, into });
  }
  for (const s of superseded) {
    await store.update([s.id], { workflowStatus: 'RESOLVED', note: `merged into attack sequence ${s.into}` }, options.actor ?? 'mamori-correlate');
  }
  return { sequences, signals: byId.size, counts, superseded: superseded.map((s) => s.id) };
}
