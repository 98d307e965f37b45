/** The learned baselines' tables (migration 0002) behind detection's BaselineStore port. */
import { sql, type Kysely } from 'kysely';
import type { BaselineStore, BaselineValueRecord, PrincipalRecord } from '../../detect/baseline/store.js';
import { writeTransaction, type Connection } from './connect.js';
import type { HubDatabase } from './schema.js';

/** Rows per statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

export class SqlBaselines implements BaselineStore {
  private readonly db: Kysely<HubDatabase>;
  constructor(private readonly conn: Connection) {
    this.db = conn.db;
  }

  async checkBaselines(): Promise<void> {
    await this.db.selectFrom('baseline_principals').select('principal').limit(1).execute();
  }

  async readBaselines(principals: readonly string[], runId?: string): Promise<{ principals: PrincipalRecord[]; values: BaselineValueRecord[] }> {
    if (!principals.length) return { principals: [], values: [] };
    const list = [...principals];
    const [rows, values, stagedRows, stagedValues] = await Promise.all([
      this.db.selectFrom('baseline_principals').selectAll().where('principal', 'in', list).execute(),
      this.db.selectFrom('baselines').selectAll().where('principal', 'in', list).execute(),
      runId ? this.db.selectFrom('baseline_principals_staged').selectAll().where('run_id', '=', runId).where('principal', 'in', list).execute() : [],
      runId ? this.db.selectFrom('baselines_staged').selectAll().where('run_id', '=', runId).where('principal', 'in', list).execute() : [],
    ]);
    // What the run staged counts as learned: merged as mergeBaselines would merge it.
    const byPrincipal = new Map<string, PrincipalRecord>();
    for (const r of [...rows, ...stagedRows]) {
      const prev = byPrincipal.get(r.principal);
      byPrincipal.set(r.principal, {
        principal: r.principal,
        firstSeen: prev && prev.firstSeen < r.first_seen ? prev.firstSeen : r.first_seen,
        lastSeen: prev && prev.lastSeen > r.last_seen ? prev.lastSeen : r.last_seen,
      });
    }
    const byValue = new Map<string, BaselineValueRecord>();
    for (const r of [...values, ...stagedValues]) {
      const key = `${r.principal}\0${r.dimension}\0${r.value}`;
      const prev = byValue.get(key);
      byValue.set(key, {
        principal: r.principal,
        dimension: r.dimension,
        value: r.value,
        firstSeen: prev && prev.firstSeen < r.first_seen ? prev.firstSeen : r.first_seen,
        lastSeen: prev && prev.lastSeen > r.last_seen ? prev.lastSeen : r.last_seen,
        // bigint in PostgreSQL comes back as text.
        count: (prev?.count ?? 0) + Number(r.count),
      });
    }
    return { principals: [...byPrincipal.values()], values: [...byValue.values()] };
  }

  async mergeStagedBaselines(runId: string): Promise<void> {
    await writeTransaction(this.conn, (trx) => mergeStagedIn(trx, runId));
  }

  async stageBaselines(runId: string, principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[]): Promise<void> {
    if (!principals.length && !values.length) return;
    await writeTransaction(this.conn, (trx) => mergeBaselinesIn(trx, principals, values, { runId, at: new Date().toISOString() }));
  }

  async mergeBaselines(principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[]): Promise<void> {
    if (!principals.length && !values.length) return;
    await writeTransaction(this.conn, (trx) => mergeBaselinesIn(trx, principals, values));
  }
}

/**
 * Merges learned baselines inside a write transaction that the caller owns (see FindingStore.commitRun):
 * the earliest first seen and the latest last seen win, counts add up. With `staged`, into that
 * run's staging tables instead (the same merge), until the run commits.
 */
export async function mergeBaselinesIn(
  trx: Kysely<HubDatabase>,
  principals: readonly PrincipalRecord[],
  values: readonly BaselineValueRecord[],
  staged?: { runId: string; at: string },
): Promise<void> {
  if (!principals.length && !values.length) return;
  if (staged) return stageIn(trx, principals, values, staged);
  const principalRows = principals.map((p) => ({ principal: p.principal, first_seen: p.firstSeen, last_seen: p.lastSeen }));
  const valueRows = values.map((v) => ({ principal: v.principal, dimension: v.dimension, value: v.value, first_seen: v.firstSeen, last_seen: v.lastSeen, count: v.count }));
  for (let i = 0; i < principalRows.length; i += CHUNK) {
    await trx
      .insertInto('baseline_principals')
      .values(principalRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('principal').doUpdateSet({
          first_seen: sql<string>`case when excluded.first_seen < baseline_principals.first_seen then excluded.first_seen else baseline_principals.first_seen end`,
          last_seen: sql<string>`case when excluded.last_seen > baseline_principals.last_seen then excluded.last_seen else baseline_principals.last_seen end`,
        }),
      )
      .execute();
  }
  for (let i = 0; i < valueRows.length; i += CHUNK) {
    await trx
      .insertInto('baselines')
      .values(valueRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['principal', 'dimension', 'value']).doUpdateSet({
          first_seen: sql<string>`case when excluded.first_seen < baselines.first_seen then excluded.first_seen else baselines.first_seen end`,
          last_seen: sql<string>`case when excluded.last_seen > baselines.last_seen then excluded.last_seen else baselines.last_seen end`,
          count: sql<number>`baselines.count + excluded.count`,
        }),
      )
      .execute();
  }
}

async function stageIn(trx: Kysely<HubDatabase>, principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[], { runId, at }: { runId: string; at: string }): Promise<void> {
  const principalRows = principals.map((p) => ({ run_id: runId, principal: p.principal, first_seen: p.firstSeen, last_seen: p.lastSeen, staged_at: at }));
  const valueRows = values.map((v) => ({ run_id: runId, principal: v.principal, dimension: v.dimension, value: v.value, first_seen: v.firstSeen, last_seen: v.lastSeen, count: v.count, staged_at: at }));
  for (let i = 0; i < principalRows.length; i += CHUNK) {
    await trx
      .insertInto('baseline_principals_staged')
      .values(principalRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['run_id', 'principal']).doUpdateSet({
          first_seen: sql<string>`case when excluded.first_seen < baseline_principals_staged.first_seen then excluded.first_seen else baseline_principals_staged.first_seen end`,
          last_seen: sql<string>`case when excluded.last_seen > baseline_principals_staged.last_seen then excluded.last_seen else baseline_principals_staged.last_seen end`,
        }),
      )
      .execute();
  }
  for (let i = 0; i < valueRows.length; i += CHUNK) {
    await trx
      .insertInto('baselines_staged')
      .values(valueRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['run_id', 'principal', 'dimension', 'value']).doUpdateSet({
          first_seen: sql<string>`case when excluded.first_seen < baselines_staged.first_seen then excluded.first_seen else baselines_staged.first_seen end`,
          last_seen: sql<string>`case when excluded.last_seen > baselines_staged.last_seen then excluded.last_seen else baselines_staged.last_seen end`,
          count: sql<number>`baselines_staged.count + excluded.count`,
        }),
      )
      .execute();
  }
}

/** Stale staging (runs killed more than a day ago) is dropped when a run commits. */
const STALE_STAGING_MS = 24 * 3600 * 1000;

/** Moves what a run staged into the baselines, in the run's own transaction, and drops it from staging. */
export async function mergeStagedIn(trx: Kysely<HubDatabase>, runId: string): Promise<void> {
  const principals = await trx.selectFrom('baseline_principals_staged').selectAll().where('run_id', '=', runId).execute();
  const values = await trx.selectFrom('baselines_staged').selectAll().where('run_id', '=', runId).execute();
  await mergeBaselinesIn(
    trx,
    principals.map((r) => ({ principal: r.principal, firstSeen: r.first_seen, lastSeen: r.last_seen })),
    values.map((r) => ({ principal: r.principal, dimension: r.dimension, value: r.value, firstSeen: r.first_seen, lastSeen: r.last_seen, count: Number(r.count) })),
  );
  const stale = new Date(Date.now() - STALE_STAGING_MS).toISOString();
  for (const table of ['baseline_principals_staged', 'baselines_staged'] as const) {
    await trx.deleteFrom(table).where((eb) => eb.or([eb('run_id', '=', runId), eb('staged_at', '<', stale)])).execute();
  }
}
