/**
 * The findings list's orders (risk, severity, lastSeen, firstSeen), on SQLite and PostgreSQL:
 * paging by tokens gives exactly the whole list in that order (ties broken by id), a token is only
 * good for the order it came from, and on SQLite every order walks an index (no sort).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { decodeCursor, encodeCursor, listFindings, SORTS } from '../../src/app/findings.js';
import type { HubFinding, ObservedFinding } from '../../src/hub/model.js';
import { riskRank } from '../../src/hub/risk.js';
import { LIST_SORTS, type FindingStore, type ListSort } from '../../src/hub/store/store.js';
import { MamoriError } from '../../src/model/errors.js';
import { SEVERITIES, severityRank, type Severity } from '../../src/model/types.js';
import { BACKENDS } from './backends.js';

const T1 = '2026-11-01T00:00:00.000Z';
const T2 = '2026-11-02T00:00:00.000Z';
const T3 = '2026-11-03T00:00:00.000Z';

function obs(i: number, at: string): ObservedFinding {
  const id = `f${String(i).padStart(3, '0')}`;
  return {
    id, kind: 'posture', source: 'mamori', ruleId: i % 2 ? 'aws-s3-bucket-require-tls' : 'aws-iam-root-mfa-enabled', title: 'a check',
    severity: SEVERITIES[i % SEVERITIES.length] as Severity, complianceStatus: 'FAIL', provider: 'aws', account: i % 3 ? '111111111111' : '222222222222',
    region: 'us-east-1', resourceUid: `arn:aws:s3:::${id}`, resourceType: 'AWS::S3::Bucket', resourceName: id,
    // Tags move the risk away from the severity (production data, internet exposure), so the orders differ.
    resourceTags: i % 4 === 0 ? { env: 'prod' } : {}, frameworks: { fsbp: ['S3.5'] }, reason: `${id} fails`, observedAt: at,
  };
}

/** The order each sort promises, computed here from the findings themselves. */
const KEY: Record<ListSort, (f: HubFinding) => (string | number)[]> = {
  risk: (f) => [riskRank(f.risk.level), severityRank(f.severity), f.lastSeen, f.id],
  severity: (f) => [severityRank(f.severity), riskRank(f.risk.level), f.lastSeen, f.id],
  lastSeen: (f) => [f.lastSeen, f.id],
  firstSeen: (f) => [f.firstSeen, f.id],
};
function sortedBy(sort: ListSort, findings: HubFinding[]): string[] {
  const cmp = (a: (string | number)[], b: (string | number)[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? 1 : -1;
    return 0;
  };
  return [...findings].sort((x, y) => cmp(KEY[sort](x), KEY[sort](y))).map((f) => f.id);
}

/** Every page of a list by its tokens. */
async function byTokens(store: FindingStore, sort: ListSort, limit: number, filter = {}): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listFindings(store, { sort, limit, filter, noTotal: true, ...(next ? { after: next } : {}) });
    ids.push(...page.findings.map((f) => f.id));
    next = page.next;
    if (!next) return ids;
  }
  throw new Error('more than 100 pages');
}

/** 40 findings over three scans: some seen again later, some new later, so first and last seen differ. */
async function fill(store: FindingStore): Promise<HubFinding[]> {
  await store.ingest(Array.from({ length: 30 }, (_, i) => obs(i, T1)), { actor: 'scan', at: T1 });
  await store.ingest([...Array.from({ length: 10 }, (_, i) => obs(i * 3, T2)), ...Array.from({ length: 5 }, (_, i) => obs(30 + i, T2))], { actor: 'scan', at: T2 });
  await store.ingest([...Array.from({ length: 5 }, (_, i) => obs(i * 7, T3)), ...Array.from({ length: 5 }, (_, i) => obs(35 + i, T3))], { actor: 'scan', at: T3 });
  // A severity changed by a person moves a finding in the severity order, not by when it was seen.
  await store.update(['f001'], { severity: 'CRITICAL' }, 'alice', T3);
  const all = await store.list({}, { limit: 1000 });
  assert.equal(all.length, 40);
  return all;
}

for (const backend of BACKENDS) {
  describe(`findings list orders (${backend.name})`, { skip: backend.skip }, () => {
    it('pages by token give the whole list in each order, the same as by offset', async () => {
      const { store } = await backend.fresh();
      try {
        const all = await fill(store);
        const orders = new Map<ListSort, string[]>();
        for (const sort of SORTS) {
          const expected = sortedBy(sort, all);
          orders.set(sort, expected);
          assert.deepEqual(await byTokens(store, sort, 7), expected, `${sort}: pages of 7 by token`);
          assert.deepEqual(await byTokens(store, sort, 40), expected, `${sort}: one full page, then an empty one`);
          const byOffset: string[] = [];
          for (let offset = 0; offset < 40; offset += 9) byOffset.push(...(await listFindings(store, { sort, limit: 9, offset })).findings.map((f) => f.id));
          assert.deepEqual(byOffset, expected, `${sort}: pages by offset`);
          const filtered = all.filter((f) => f.account === '222222222222');
          assert.deepEqual(await byTokens(store, sort, 3, { account: ['222222222222'] }), sortedBy(sort, filtered), `${sort}: a filtered list`);
        }
        // The four orders are really different orders of these findings.
        assert.equal(new Set([...orders.values()].map((o) => o.join())).size, 4);
        assert.deepEqual((await listFindings(store, { limit: 40 })).findings.map((f) => f.id), orders.get('risk'), 'risk is the default');
        const newest = (await listFindings(store, { sort: 'firstSeen', limit: 5 })).findings;
        assert.ok(newest.every((f) => f.firstSeen === T3), 'firstSeen: the newest findings first');
        const recent = (await listFindings(store, { sort: 'lastSeen', limit: 10 })).findings;
        assert.ok(recent.every((f) => f.lastSeen === T3), 'lastSeen: the most recently seen first');
      } finally {
        await store.close();
      }
    });

    it('refuses a token of another order, a damaged token and an unknown order', async () => {
      const { store } = await backend.fresh();
      try {
        await fill(store);
        const { next } = await listFindings(store, { sort: 'severity', limit: 5 });
        assert.ok(next);
        assert.equal(decodeCursor(next).sort, 'severity');
        const refused = (code: string) => (err: unknown) => err instanceof MamoriError && err.code === code;
        for (const sort of ['risk', 'lastSeen', 'firstSeen'] as const) {
          await assert.rejects(listFindings(store, { sort, limit: 5, after: next }), refused('BAD_CURSOR'), `a severity token with ${sort}`);
        }
        await assert.rejects(listFindings(store, { limit: 5, after: next }), refused('BAD_CURSOR'), 'a severity token with the default order');
        // Well-formed JSON that is not a key of its order: a rank that is text, a key too short, no order.
        for (const bad of [['severity', '3', 2, T1, 'f001'], ['lastSeen', T1], [T1, 'f001'], ['colour', T1, 'f001'], 'not-a-token']) {
          const token = typeof bad === 'string' ? bad : Buffer.from(JSON.stringify(bad)).toString('base64url');
          await assert.rejects(listFindings(store, { sort: 'lastSeen', limit: 5, after: token }), refused('BAD_CURSOR'), JSON.stringify(bad));
        }
        await assert.rejects(listFindings(store, { sort: 'title' as ListSort, limit: 5 }), refused('BAD_SORT'));
        await assert.rejects(listFindings(store, { sort: 'risk', limit: 5, offset: 5, after: next }), /token or an offset/);
        // The store checks too: a cursor is never compared with another order's columns.
        await assert.rejects(store.list({}, { sort: 'risk', after: decodeCursor(next) }), refused('BAD_CURSOR'));
        assert.deepEqual(decodeCursor(encodeCursor({ sort: 'firstSeen', key: [T1, 'f001'] })), { sort: 'firstSeen', key: [T1, 'f001'] });
      } finally {
        await store.close();
      }
    });

    it('walks an index for every order: no sort, also from a page token (SQLite query plans)', { skip: backend.name === 'sqlite' ? false : "PostgreSQL's planner picks by cost (a few rows are sorted in memory); the 1M-finding benchmark covers it" }, async () => {
      const { store, setting } = await backend.fresh();
      await fill(store);
      await store.close();
      const db = new Database(setting, { readonly: true });
      try {
        for (const sort of SORTS) {
          const cols = LIST_SORTS[sort];
          const order = cols.map((c) => `${c} desc`).join(', ');
          const keyset = `(${cols.join(', ')}) < (${cols.map(() => '?').join(', ')})`;
          const key = cols.map((c) => (c.endsWith('_rank') ? 2 : c === 'id' ? 'f010' : T2));
          for (const [what, where, args] of [
            ['first page', '', []],
            ['after a token', `where ${keyset}`, key],
            ['open findings after a token', `where workflow_status in ('NEW', 'NOTIFIED') and ${keyset}`, key],
          ] as const) {
            const plan = (db.prepare(`explain query plan select * from findings ${where} order by ${order} limit 50`).all(...args) as { detail: string }[]).map((r) => r.detail).join('; ');
            assert.doesNotMatch(plan, /TEMP B-TREE/, `${sort}, ${what}: ${plan}`);
            assert.match(plan, /USING INDEX/, `${sort}, ${what}: ${plan}`);
          }
        }
      } finally {
        db.close();
      }
    });
  });
}
