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

  async readBaselines(principals: readonly string[]): Promise<{ principals: PrincipalRecord[]; values: BaselineValueRecord[] }> {
    if (!principals.length) return { principals: [], values: [] };
    const list = [...principals];
    const [rows, values] = await Promise.all([
      this.db.selectFrom('baseline_principals').selectAll().where('principal', 'in', list).execute(),
      this.db.selectFrom('baselines').selectAll().where('principal', 'in', list).execute(),
    ]);
    return {
      principals: rows.map((r) => ({ principal: r.principal, firstSeen: r.first_seen, lastSeen: r.last_seen })),
      // bigint in PostgreSQL comes back as text.
      values: values.map((r) => ({ principal: r.principal, dimension: r.dimension, value: r.value, firstSeen: r.first_seen, lastSeen: r.last_seen, count: Number(r.count) })),
    };
  }

  async mergeBaselines(principals: readonly PrincipalRecord[], values: readonly BaselineValueRecord[]): Promise<void> {
    if (!principals.length && !values.length) return;
    const principalRows = principals.map((p) => ({ principal: p.principal, first_seen: p.firstSeen, last_seen: p.lastSeen }));
    const valueRows = values.map((v) => ({ principal: v.principal, dimension: v.dimension, value: v.value, first_seen: v.firstSeen, last_seen: v.lastSeen, count: v.count }));
    await writeTransaction(this.conn, async (trx) => {
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
    });
  }
}
