/**
 * What a hub holds, as sorted lines per table, so a hub after a killed run can be compared with
 * the same hub before the run and after a clean one. Only what a run decides goes in: ids,
 * statuses, event times, learned values, carried state, queued notifications. Wall-clock times
 * (ingest time, saved_at, created_at), random scan ids and counters that every rerun bumps
 * (times_seen, baseline counts) are left out, so a clean run and a killed run followed by a
 * rerun give the same digest.
 */
import { FindingStore, internalConnection } from '../../src/hub/store/store.js';

export type HubDigest = Record<string, string[]>;

/** Opens the SQLite hub at `dbPath` (recovering its WAL, as the next mamori run would) and digests it. */
export async function hubDigest(dbPath: string): Promise<HubDigest> {
  const store = await FindingStore.open(dbPath);
  try {
    const db = internalConnection(store).db;
    const lines = <T>(rows: T[], line: (r: T) => string) => rows.map(line).sort();
    // A rerun of an assessment that had already committed (killed after its commit) records the
    // same scan of the same snapshot again, as running it twice does: history, not a difference.
    const distinct = <T>(rows: T[], line: (r: T) => string) => [...new Set(lines(rows, line))];
    return {
      findings: lines(await db.selectFrom('findings').select(['id', 'kind', 'workflow_status', 'severity', 'first_seen']).execute(), (r) =>
        [r.id, r.kind, r.workflow_status, r.severity, r.first_seen].join(' '),
      ),
      // Who changed what, without when: a rerun of a committed run adds no lifecycle change.
      history: lines(await db.selectFrom('finding_history').select(['finding_id', 'actor', 'field', 'from_value', 'to_value']).execute(), (r) =>
        [r.finding_id, r.actor, r.field, r.from_value, r.to_value].join(' '),
      ),
      documents: lines(await db.selectFrom('finding_documents').select(['source', 'rule_id']).execute(), (r) => `${r.source} ${r.rule_id}`),
      scans: distinct(await db.selectFrom('scans').select(['snapshot_id', 'scope']).execute(), (r) => `${r.snapshot_id} ${r.scope}`),
      scores: distinct(await db.selectFrom('scan_scores').select(['framework', 'score', 'passed', 'failed']).execute(), (r) => `${r.framework} ${r.score} ${r.passed}/${r.failed}`),
      baselinePrincipals: lines(await db.selectFrom('baseline_principals').select(['principal', 'first_seen', 'last_seen']).execute(), (r) =>
        `${r.principal} ${r.first_seen} ${r.last_seen}`,
      ),
      baselines: lines(await db.selectFrom('baselines').select(['principal', 'dimension', 'value', 'first_seen', 'last_seen']).execute(), (r) =>
        [r.principal, r.dimension, r.value, r.first_seen, r.last_seen].join(' '),
      ),
      detectionState: lines(await db.selectFrom('detection_state').select(['name', 'state']).execute(), (r) => `${r.name} ${r.state}`),
      inventory: lines(await db.selectFrom('inventory_entities').select(['account', 'collected_at', 'entities']).execute(), (r) => `${r.account} ${r.collected_at} ${r.entities}`),
      // One row per target and finding state: what a run queues. Not the delivery status: a kill
      // during delivery leaves a claimed row whose lease outlives the rerun (sent again later, by
      // design), and a failing target's backoff depends on the clock.
      outbox: lines(await db.selectFrom('notification_outbox').select(['target', 'finding_id', 'event']).execute(), (r) => `${r.target} ${r.finding_id} ${r.event}`),
    };
  } finally {
    await store.close();
  }
}

/** SQLite's own check of the file (`ok` when the b-trees and indexes are sound). */
export async function integrityCheck(dbPath: string): Promise<string> {
  const store = await FindingStore.open(dbPath);
  try {
    const rows = internalConnection(store).sqlite!.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    await store.close();
  }
}

/** Whether two digests are equal, and if not, the first table that differs and how (for messages). */
export function digestDifference(a: HubDigest, b: HubDigest): string | undefined {
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[table] ?? [];
    const y = b[table] ?? [];
    if (x.length === y.length && x.every((line, i) => line === y[i])) continue;
    const inY = new Set(y);
    const inX = new Set(x);
    const onlyA = x.filter((l) => !inY.has(l));
    const onlyB = y.filter((l) => !inX.has(l));
    return `${table}: ${x.length} vs ${y.length} rows; only in the first: ${onlyA.slice(0, 2).join(' | ').slice(0, 300) || '-'}; only in the second: ${onlyB.slice(0, 2).join(' | ').slice(0, 300) || '-'}`;
  }
  return undefined;
}

/** The threat findings (signals and sequences) a digest holds: what "0 lost signals" counts. */
export function signalIds(d: HubDigest): Set<string> {
  const out = new Set<string>();
  for (const line of d.findings) {
    const [id, kind] = line.split(' ');
    if (kind === 'threat' || kind === 'sequence') out.add(id);
  }
  return out;
}
