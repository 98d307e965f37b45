/**
 * Posture summaries kept up to date on write (schema.ts › 0014_posture_summaries), so the
 * dashboard's scores read thousands of rows after a scan of a million findings instead of every
 * control result of every scope:
 *   - latest_controls: each scope's control results from its newest posture scan;
 *   - scope_posture: those counted per scope, framework and status;
 *   - control_rollup: those summed per control over every scope (scopes per status, checks).
 * A scan replaces its scopes' rows and moves the rollup by the difference, in the scan's own
 * transaction. finding_counts moves with every write of findings (countDeltas / applyCountDeltas).
 */
import { sql, type Kysely } from 'kysely';
import type { ControlCountsTable, FindingCountsTable, FindingsTable, HubDatabase, LatestControlsTable } from './schema.js';

/** Rows per statement: bounded parameters (SQLite 32,766; PostgreSQL 65,535). */
const SLICE = 2000;
const SCOPES_PER_READ = 500;

interface ScanControls {
  id: string;
  at: string;
  controls: readonly { scope: string; framework: string; control: string; status: string; passed: number; failed: number }[];
}

const rollupKey = (framework: string, control: string, status: string) => `${framework}\u0000${control}\u0000${status}`;

/** Applies one posture scan's control results to the summaries (inside the scan's write transaction). */
export async function applyScanToSummaries(trx: Kysely<HubDatabase>, scan: ScanControls): Promise<void> {
  if (!scan.controls.length) return;
  const scopes = [...new Set(scan.controls.map((c) => c.scope))];
  const previous: LatestControlsTable[] = [];
  for (let i = 0; i < scopes.length; i += SCOPES_PER_READ) {
    previous.push(...(await trx.selectFrom('latest_controls').selectAll().where('scope', 'in', scopes.slice(i, i + SCOPES_PER_READ)).execute()));
  }
  // A scan older than what a scope already has (results stored out of order) does not replace it.
  const newer = new Map<string, string>();
  for (const p of previous) if (p.at > (newer.get(p.scope) ?? '')) newer.set(p.scope, p.at);
  const replaced = new Set(scopes.filter((s) => !newer.has(s) || newer.get(s)! <= scan.at));
  if (!replaced.size) return;

  const delta = new Map<string, { framework: string; control: string; status: string; scopes: number; passed: number; failed: number }>();
  const move = (r: { framework: string; control: string; status: string; passed: number; failed: number }, sign: 1 | -1) => {
    const k = rollupKey(r.framework, r.control, r.status);
    let d = delta.get(k);
    if (!d) delta.set(k, (d = { framework: r.framework, control: r.control, status: r.status, scopes: 0, passed: 0, failed: 0 }));
    d.scopes += sign;
    d.passed += sign * Number(r.passed);
    d.failed += sign * Number(r.failed);
  };
  for (const p of previous) if (replaced.has(p.scope)) move(p, -1);
  const rows = scan.controls.filter((c) => replaced.has(c.scope));
  for (const r of rows) move(r, 1);

  const gone = [...replaced];
  for (let i = 0; i < gone.length; i += SCOPES_PER_READ) {
    const part = gone.slice(i, i + SCOPES_PER_READ);
    await trx.deleteFrom('latest_controls').where('scope', 'in', part).execute();
    await trx.deleteFrom('scope_posture').where('scope', 'in', part).execute();
  }
  for (let i = 0; i < rows.length; i += SLICE) {
    await trx
      .insertInto('latest_controls')
      .values(rows.slice(i, i + SLICE).map((c) => ({ scope: c.scope, framework: c.framework, control: c.control, status: c.status, passed: c.passed, failed: c.failed, at: scan.at, scan_id: scan.id })))
      .execute();
  }
  const posture = new Map<string, { scope: string; framework: string; status: string; controls: number }>();
  for (const r of rows) {
    const k = `${r.scope}\u0000${r.framework}\u0000${r.status}`;
    const p = posture.get(k);
    if (p) p.controls++;
    else posture.set(k, { scope: r.scope, framework: r.framework, status: r.status, controls: 1 });
  }
  const postureRows = [...posture.values()];
  for (let i = 0; i < postureRows.length; i += SLICE) await trx.insertInto('scope_posture').values(postureRows.slice(i, i + SLICE)).execute();

  const changes = [...delta.values()].filter((d) => d.scopes || d.passed || d.failed);
  for (let i = 0; i < changes.length; i += SLICE) {
    await trx
      .insertInto('control_rollup')
      .values(changes.slice(i, i + SLICE))
      .onConflict((oc) =>
        oc.columns(['framework', 'control', 'status']).doUpdateSet({
          scopes: sql`control_rollup.scopes + excluded.scopes`,
          passed: sql`control_rollup.passed + excluded.passed`,
          failed: sql`control_rollup.failed + excluded.failed`,
        }),
      )
      .execute();
  }
  if (changes.some((d) => d.scopes < 0)) await trx.deleteFrom('control_rollup').where('scopes', '<=', 0).execute();
}

/** The group of finding_counts a row belongs to. */
const countKey = (r: FindingsTable) => [r.account, r.provider, r.kind, r.workflow_status, r.compliance_status ?? '', r.severity, r.risk_level];
/** Its group in control_counts, without the control. */
const controlKey = (r: FindingsTable) => [r.kind, r.workflow_status, r.compliance_status ?? '', r.severity, r.risk_level];

/** Moves of finding_counts and control_counts. */
export interface CountDeltas {
  findings: Map<string, FindingCountsTable>;
  controls: Map<string, ControlCountsTable>;
}

function controlsOf(r: FindingsTable): [string, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(r.frameworks);
  } catch {
    return [];
  }
  const out: [string, string][] = [];
  for (const [framework, ids] of Object.entries((parsed ?? {}) as Record<string, unknown>)) if (Array.isArray(ids)) for (const id of ids) out.push([framework, String(id)]);
  return out;
}

/**
 * How finding_counts and control_counts move when `rows` are written over `previous` (the stored
 * rows by id; absent: a new finding): -1 for the groups a row leaves, +1 for those it enters. Rows
 * whose groups do not change move nothing (most rows of a repeated scan: no JSON is parsed).
 */
export function countDeltas(rows: readonly FindingsTable[], previous: ReadonlyMap<string, FindingsTable>): CountDeltas {
  const findings = new Map<string, FindingCountsTable>();
  const controls = new Map<string, ControlCountsTable>();
  const move = (key: string[], d: number) => {
    const k = key.join('\u0000');
    const e = findings.get(k);
    if (e) e.count = Number(e.count) + d;
    else findings.set(k, { account: key[0], provider: key[1], kind: key[2], workflow_status: key[3], compliance_status: key[4], severity: key[5], risk_level: key[6], count: d });
  };
  const moveControls = (r: FindingsTable, d: number) => {
    const key = controlKey(r);
    for (const [framework, control] of controlsOf(r)) {
      const k = `${framework}\u0000${control}\u0000${key.join('\u0000')}`;
      const e = controls.get(k);
      if (e) e.count = Number(e.count) + d;
      else controls.set(k, { framework, control, kind: key[0], workflow_status: key[1], compliance_status: key[2], severity: key[3], risk_level: key[4], count: d });
    }
  };
  for (const r of rows) {
    const next = countKey(r);
    const old = previous.get(r.id);
    if (old) {
      const before = countKey(old);
      if (before.every((v, i) => v === next[i]) && old.frameworks === r.frameworks) continue;
      move(before, -1);
      moveControls(old, -1);
    }
    move(next, 1);
    moveControls(r, 1);
  }
  return { findings, controls };
}

/** Adds the deltas to finding_counts and control_counts (one statement per slice of groups, not one per finding). */
export async function applyCountDeltas(trx: Kysely<HubDatabase>, deltas: CountDeltas): Promise<void> {
  const findings = [...deltas.findings.values()].filter((d) => Number(d.count) !== 0);
  for (let i = 0; i < findings.length; i += SLICE / 2) {
    await trx
      .insertInto('finding_counts')
      .values(findings.slice(i, i + SLICE / 2))
      .onConflict((oc) => oc.columns(['account', 'provider', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level']).doUpdateSet({ count: sql`finding_counts.count + excluded.count` }))
      .execute();
  }
  if (findings.some((d) => Number(d.count) < 0)) await trx.deleteFrom('finding_counts').where('count', '<=', 0).execute();
  const controls = [...deltas.controls.values()].filter((d) => Number(d.count) !== 0);
  for (let i = 0; i < controls.length; i += SLICE / 2) {
    await trx
      .insertInto('control_counts')
      .values(controls.slice(i, i + SLICE / 2))
      .onConflict((oc) => oc.columns(['framework', 'control', 'kind', 'workflow_status', 'compliance_status', 'severity', 'risk_level']).doUpdateSet({ count: sql`control_counts.count + excluded.count` }))
      .execute();
  }
  if (controls.some((d) => Number(d.count) < 0)) await trx.deleteFrom('control_counts').where('count', '<=', 0).execute();
}
