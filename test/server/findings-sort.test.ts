/**
 * `GET /api/v1/findings?sort=…` over the demo hub (SQLite always, PostgreSQL in CI): each order
 * paged by tokens is the application's list in that order, a token is refused with another order
 * (400 BAD_CURSOR), an unknown order is a 400, and the OpenAPI document names the orders.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { listFindings, SORTS } from '../../src/app/findings.js';
import { openHub } from '../../src/app/hub.js';
import type { HubContext } from '../../src/app/context.js';
import { assessSnapshot } from '../../src/app/posture.js';
import type { HubFinding } from '../../src/hub/model.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { createApi } from '../../src/server/api.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { BACKENDS } from '../hub/backends.js';

const get = async (app: Hono, path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as { findings?: HubFinding[]; next?: string; total?: number; error?: { code: string } } };
};

for (const backend of BACKENDS) {
  describe(`findings list orders over the API (${backend.name})`, { skip: backend.skip }, () => {
    let hub: HubContext;
    let app: Hono;

    before(async () => {
      const { store, setting } = await backend.fresh();
      await store.close();
      await assessSnapshot({ snapshot: await loadDemoSnapshot(), store: { db: setting } });
      hub = await openHub({ db: setting });
      app = createApi({ hub, actor: () => 'alice' });
    });
    after(async () => hub?.store.close());

    it('pages each order by token exactly as the application lists it', async () => {
      const orders = new Set<string>();
      for (const sort of SORTS) {
        const all = (await listFindings(hub.store, { sort, limit: 1000 })).findings.map((f) => f.id);
        assert.ok(all.length > 40, 'the demo fills the hub');
        const ids: string[] = [];
        let next: string | undefined;
        for (let pages = 0; pages < 100; pages++) {
          const { status, body } = await get(app, `/api/v1/findings?sort=${sort}&limit=20&total=false${next ? `&after=${encodeURIComponent(next)}` : ''}`);
          assert.equal(status, 200);
          ids.push(...body.findings!.map((f) => f.id));
          next = body.next;
          if (!next) break;
        }
        assert.deepEqual(ids, all, `${sort}: every finding once, in order`);
        orders.add(all.join());
      }
      // One assessment: first and last seen are one time (id order), and the demo's risk follows its
      // severity; test/hub/list-sorts.test.ts has findings on which all four orders differ.
      assert.ok(orders.size >= 2, 'the time orders are not the risk order');
      const { body } = await get(app, '/api/v1/findings?limit=20');
      assert.deepEqual(body.findings!.map((f) => f.id), (await listFindings(hub.store, { limit: 20 })).findings.map((f) => f.id), 'risk without sort=');
    });

    it('refuses another order’s token and an unknown order with a one-line 400', async () => {
      const { body } = await get(app, '/api/v1/findings?sort=lastSeen&limit=5');
      assert.ok(body.next);
      for (const sort of ['risk', 'severity', 'firstSeen']) {
        const refused = await get(app, `/api/v1/findings?sort=${sort}&limit=5&after=${encodeURIComponent(body.next)}`);
        assert.equal(refused.status, 400, sort);
        assert.equal(refused.body.error?.code, 'BAD_CURSOR', sort);
      }
      assert.equal((await get(app, `/api/v1/findings?limit=5&after=${encodeURIComponent(body.next)}`)).body.error?.code, 'BAD_CURSOR', 'the default order');
      assert.equal((await get(app, `/api/v1/findings?sort=lastSeen&limit=5&after=${encodeURIComponent(body.next)}`)).status, 200);
      const unknown = await get(app, '/api/v1/findings?sort=title');
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.error?.code, 'BAD_SORT');
    });

    it('the OpenAPI document describes the sort parameter', () => {
      const params = (openApiDocument('test').paths['/api/v1/findings'].get.parameters as { name: string; schema: { enum?: string[] } }[]);
      assert.deepEqual(params.find((p) => p.name === 'sort')?.schema.enum, SORTS);
    });
  });
}
