/**
 * One writer at a time on PostgreSQL too (issue #11): a second run's write transaction waits for
 * the first and then goes on; one that waits longer than MAMORI_DB_BUSY_TIMEOUT_MS fails with one
 * line and stores nothing. On PostgreSQL, without the hub's advisory lock, two transactions read
 * the same absent detection state and both inserted it (a duplicate-key "unexpected error").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeTransaction } from '../../src/hub/store/connect.js';
import { FindingStore, internalConnection } from '../../src/hub/store/store.js';
import { MamoriError } from '../../src/model/errors.js';
import { BACKENDS } from './backends.js';

// better-sqlite3 waits for SQLite's lock synchronously, so two writers in one process would block
// each other's event loop: SQLite's turn-taking is tested across processes (concurrency.e2e.test.ts).
for (const backend of BACKENDS.filter((b) => b.name !== 'sqlite')) {
  describe(`the ${backend.name} hub's write lock`, { skip: backend.skip }, () => {
    it('a second writer waits its turn, or fails in one line after the busy timeout with nothing stored', async () => {
      const { store: first, setting } = await backend.fresh();
      const second = await FindingStore.open(setting);
      const saved = process.env.MAMORI_DB_BUSY_TIMEOUT_MS;
      try {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let locked!: () => void;
        const isLocked = new Promise<void>((r) => (locked = r));
        const holder = writeTransaction(internalConnection(first), async (trx) => {
          await trx.insertInto('detection_state').values({ name: 'first', saved_at: '2026-01-01T00:00:00Z', state: '{}' }).execute();
          locked();
          await held;
        });
        await isLocked;

        process.env.MAMORI_DB_BUSY_TIMEOUT_MS = '300';
        const started = Date.now();
        await assert.rejects(
          writeTransaction(internalConnection(second), (trx) => trx.insertInto('detection_state').values({ name: 'late', saved_at: '2026-01-01T00:00:00Z', state: '{}' }).execute()),
          (err: unknown) => err instanceof MamoriError && err.code === 'HUB_BUSY' && /stayed locked by another mamori run/.test(err.message),
        );
        assert.ok(Date.now() - started < 5_000);

        process.env.MAMORI_DB_BUSY_TIMEOUT_MS = '10000';
        const waiting = writeTransaction(internalConnection(second), (trx) => trx.insertInto('detection_state').values({ name: 'second', saved_at: '2026-01-01T00:00:00Z', state: '{}' }).execute());
        let done = false;
        void waiting.then(() => (done = true));
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(done, false, 'the second writer waits while the first holds the lock');
        release();
        await holder;
        await waiting;
        const names = (await internalConnection(second).db.selectFrom('detection_state').select('name').orderBy('name').execute()).map((r) => r.name);
        assert.deepEqual(names, ['first', 'second'], 'the late writer stored nothing');
      } finally {
        if (saved === undefined) delete process.env.MAMORI_DB_BUSY_TIMEOUT_MS;
        else process.env.MAMORI_DB_BUSY_TIMEOUT_MS = saved;
        await first.close();
        await second.close();
      }
    });
  });
}
