/**
 * Posture summaries kept up to date on write (schema.ts › 0014_posture_summaries), so the
 * dashboard's scores read thousands of rows after a scan of a million findings instead of every
 * control result of every scope:
 *   - latest_controls: each scope's control results from its newest posture scan;
 *   - scope_posture: those counted per scope, framework and status;
 *   - control_rollup: those summed per control over every scope (scopes per status, checks).
 * A scan replaces its scopes' rows and moves the rollup by the difference, in the scan's own
 * transaction. (finding_counts is kept by triggers instead: findings are written by many paths.)
 */
import { sql, type Kysely } from 'kysely';
import type { HubDatabase, LatestControlsTable } from './schema.js';

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
