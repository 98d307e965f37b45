/**
 * The inventory the dashboard searches: every resource of each scope's latest snapshot and the
 * relationships between them (schema.ts › 0015_inventory_resources). An assessment replaces a
 * scope's rows unless the stored ones come from a newer snapshot (one replayed late does not undo
 * a newer one). Configs are not kept here: the snapshot file is the record; this is the index.
 */
import { sql, type Kysely } from 'kysely';
import type { Resource } from '../../model/types.js';
import type { HubDatabase, InventoryResourcesTable } from './schema.js';

const SLICE = 1000;

/** Replaces the inventory of the snapshot's scopes (every scope it names, and every scope its resources are in). */
export async function saveInventoryResourcesIn(trx: Kysely<HubDatabase>, resources: readonly Resource[], scopes: readonly string[], collectedAt: string): Promise<void> {
  const byScope = new Map<string, Resource[]>();
  for (const s of scopes) byScope.set(s, []);
  for (const r of resources) (byScope.get(r.account) ?? byScope.set(r.account, []).get(r.account)!).push(r);
  for (const [account, list] of byScope) {
    const stored = await trx.selectFrom('inventory_resources').select((eb) => eb.fn.max('collected_at').as('at')).where('account', '=', account).executeTakeFirst();
    if (stored?.at && String(stored.at) > collectedAt) continue;
    await trx.deleteFrom('resource_relationships').where('account', '=', account).execute();
    await trx.deleteFrom('inventory_resources').where('account', '=', account).execute();
    const rows: InventoryResourcesTable[] = list.map((r) => ({ uid: r.uid, account, provider: r.provider, region: r.region, type: r.type, name: r.name, tags: JSON.stringify(r.tags ?? {}), collected_at: collectedAt }));
    for (let i = 0; i < rows.length; i += SLICE) {
      await trx
        .insertInto('inventory_resources')
        .values(rows.slice(i, i + SLICE))
        .onConflict((oc) => oc.column('uid').doUpdateSet((eb) => ({ account: eb.ref('excluded.account'), provider: eb.ref('excluded.provider'), region: eb.ref('excluded.region'), type: eb.ref('excluded.type'), name: eb.ref('excluded.name'), tags: eb.ref('excluded.tags'), collected_at: eb.ref('excluded.collected_at') })))
        .execute();
    }
    const links = list.flatMap((r) => (r.relationships ?? []).filter((l) => l.target && l.type).map((l) => ({ account, source_uid: r.uid, type: l.type, target_uid: l.target })));
    for (let i = 0; i < links.length; i += SLICE) {
      await trx.insertInto('resource_relationships').values(links.slice(i, i + SLICE)).onConflict((oc) => oc.columns(['source_uid', 'type', 'target_uid']).doNothing()).execute();
    }
  }
}

export interface InventoryRow {
  uid: string;
  provider: string;
  scope: string;
  region: string;
  type: string;
  name: string;
  tags: Record<string, string>;
  collectedAt: string;
}

const toRow = (r: InventoryResourcesTable): InventoryRow => ({ uid: r.uid, provider: r.provider, scope: r.account, region: r.region, type: r.type, name: r.name, tags: JSON.parse(r.tags) as Record<string, string>, collectedAt: r.collected_at });

export interface InventoryQuery {
  /** Case-insensitive substring of the uid or the name. */
  text?: string;
  scopes?: string[];
  types?: string[];
  providers?: string[];
  regions?: string[];
}

/** Resources of the inventory matching the query, by scope, type and name. */
export async function searchInventory(db: Kysely<HubDatabase>, q: InventoryQuery, limit: number): Promise<InventoryRow[]> {
  const needle = q.text?.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c);
  const rows = await db
    .selectFrom('inventory_resources')
    .selectAll()
    .$if(!!q.scopes?.length, (b) => b.where('account', 'in', q.scopes!))
    .$if(!!q.types?.length, (b) => b.where('type', 'in', q.types!))
    .$if(!!q.providers?.length, (b) => b.where('provider', 'in', q.providers!))
    .$if(!!q.regions?.length, (b) => b.where('region', 'in', q.regions!))
    .$if(!!needle, (b) => b.where((eb) => eb.or([sql<boolean>`lower(uid) like ${`%${needle}%`} escape '\\'`, sql<boolean>`lower(name) like ${`%${needle}%`} escape '\\'`])))
    .orderBy('account')
    .orderBy('type')
    .orderBy('name')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

export async function inventoryResource(db: Kysely<HubDatabase>, uid: string): Promise<InventoryRow | undefined> {
  const row = await db.selectFrom('inventory_resources').selectAll().where('uid', '=', uid).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export interface RelatedResource {
  /** outgoing: this resource → uid (e.g. uses-role); incoming: uid → this resource. */
  direction: 'outgoing' | 'incoming';
  type: string;
  uid: string;
  /** Known when the related resource is in the inventory. */
  name?: string;
  resourceType?: string;
}

/** What a resource is tied to, both ways, with the other end's name and type where the inventory has it (at most `limit` each way). */
export async function relatedResources(db: Kysely<HubDatabase>, uid: string, limit = 500): Promise<RelatedResource[]> {
  const oneWay = async (direction: RelatedResource['direction']): Promise<RelatedResource[]> => {
    // outgoing: this resource is the source, the other end the target; incoming the reverse.
    const [here, there] = direction === 'outgoing' ? (['r.source_uid', 'r.target_uid'] as const) : (['r.target_uid', 'r.source_uid'] as const);
    const rows = await db
      .selectFrom('resource_relationships as r')
      .leftJoin('inventory_resources as i', 'i.uid', there)
      .select(['r.type', `${there} as other`, 'i.name', 'i.type as resource_type'])
      .where(here, '=', uid)
      .orderBy('r.type')
      .orderBy(there)
      .limit(limit)
      .execute();
    return rows.map((r) => ({ direction, type: r.type, uid: r.other, ...(r.name ? { name: r.name } : {}), ...(r.resource_type ? { resourceType: r.resource_type } : {}) }));
  };
  return [...(await oneWay('outgoing')), ...(await oneWay('incoming'))];
}
