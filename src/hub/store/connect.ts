import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import { MamoriError } from '../../model/errors.js';
import { migrations, type HubDatabase } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
  db: Kysely<HubDatabase>;
  dialect: Dialect;
  /** Where the store is, with any password removed (safe to print). */
  location: string;
  /** The embedded database handle, for prepared-statement bulk paths (same connection as `db`). */
  sqlite?: Database.Database;
}

export const DEFAULT_DB_PATH = join(homedir(), '.mamori', 'mamori.db');

/** postgres://user:secret@host/db → postgres://user:***@host/db */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}

/**
 * Opens the findings store: `setting` (or MAMORI_DB) is a file path for the embedded SQLite
 * store or a postgres:// URL; by default ~/.mamori/mamori.db. Migrations run on open.
 */
export async function connect(setting?: string): Promise<Connection> {
  const target = setting || process.env.MAMORI_DB || DEFAULT_DB_PATH;
  let connection: Connection;
  if (/^postgres(ql)?:\/\//i.test(target)) {
    // Loaded only for PostgreSQL: the driver is ~30 modules, a cost every embedded-store command paid at start.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: target, max: 4, connectionTimeoutMillis: 5000 });
    connection = { db: new Kysely<HubDatabase>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', location: redactUrl(target) };
  } else {
    try {
      if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
      const sqlite = new Database(target);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      // A writer waits its turn behind another mamori run's write (see writeTransaction).
      sqlite.pragma(`busy_timeout = ${busyTimeoutMs()}`);
      connection = { db: new Kysely<HubDatabase>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite', location: target, sqlite };
    } catch (err) {
      throw new MamoriError('DB_OPEN', `cannot open the findings database ${target} (${(err as Error).message}); set --db or MAMORI_DB`);
    }
  }
  try {
    await migrate(connection);
  } catch (err) {
    await connection.db.destroy().catch(() => undefined);
    const cause = err instanceof MamoriError && err.code === 'DB_MIGRATE' && err.cause ? err.cause : err;
    const code = (cause as NodeJS.ErrnoException).code;
    if (err instanceof MamoriError && !code) throw err;
    throw new MamoriError(
      'DB_CONNECT',
      `cannot use the findings database ${connection.location} (${code ?? (cause as Error).message}); check --db or MAMORI_DB`,
    );
  }
  return connection;
}

async function migrate({ db, dialect, sqlite }: Connection): Promise<void> {
  const all = migrations(dialect);
  // The embedded store is nearly always current: one read of the migration table says so, where
  // kysely's migrator (lock table, transaction, full list) costs ~20 ms of every command's start.
  if (sqlite && isCurrent(sqlite, Object.keys(all))) return;
  const provider: MigrationProvider = { getMigrations: async () => all };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MamoriError('DB_MIGRATE', `database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`, { cause: error });
  }
}

/** Whether the SQLite file already has exactly these migrations (and no newer ones from a later mamori). */
function isCurrent(sqlite: Database.Database, names: string[]): boolean {
  try {
    const rows = sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[];
    return rows.length === names.length && rows.every((r, i) => r.name === [...names].sort()[i]);
  } catch {
    return false; // no migration table yet: a new hub
  }
}

/** How long a run waits for another run's write to finish (MAMORI_DB_BUSY_TIMEOUT_MS, default 120 s). */
export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.MAMORI_DB_BUSY_TIMEOUT_MS);
  return Number.isInteger(n) && n >= 0 ? n : 120_000;
}

/**
 * Runs `fn` as one write transaction. On SQLite it begins IMMEDIATE: the write lock is taken at
 * the start, so a second writer waits (busy_timeout) for the first to commit. A deferred
 * transaction would read first and then fail at once with "database is locked" when it tries to
 * write after another run did (SQLite cannot wait there without risking deadlock), and that run's
 * results were lost. Either everything `fn` writes is committed or nothing is.
 */
export async function writeTransaction<T>(conn: Pick<Connection, 'db' | 'dialect' | 'location'>, fn: (trx: Kysely<HubDatabase>) => Promise<T>): Promise<T> {
  if (conn.dialect !== 'sqlite') {
    return conn.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx, conn.location);
      await raiseVersion(trx);
      return fn(trx);
    });
  }
  return conn.db.connection().execute(async (db) => {
    try {
      await sql`begin immediate`.execute(db);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'SQLITE_BUSY') {
        throw hubBusy(conn.location);
      }
      throw err;
    }
    try {
      await raiseVersion(db);
      const out = await fn(db);
      await sql`commit`.execute(db);
      return out;
    } catch (err) {
      await sql`rollback`.execute(db).catch(() => undefined);
      throw err;
    }
  });
}

/** Every write transaction raises the hub's version (schema.ts › 0012_hub_version), committed with it. */
async function raiseVersion(db: Kysely<HubDatabase>): Promise<void> {
  await db.updateTable('hub_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

/**
 * The hub's write lock on PostgreSQL, held to the end of the transaction. Without it two runs'
 * transactions interleave under READ COMMITTED: both read that a detection state or a finding is
 * absent and both insert it (three concurrent detections failed on detection_state_pkey), or both
 * count a finding seen from the same value. With it, writers wait their turn as on SQLite, up to
 * the same MAMORI_DB_BUSY_TIMEOUT_MS; readers are never blocked.
 */
async function takeWriteLock(trx: Kysely<HubDatabase>, location: string): Promise<void> {
  await sql`select set_config('lock_timeout', ${`${busyTimeoutMs()}ms`}, true)`.execute(trx);
  try {
    // 'mamori' in ASCII: one key for every mamori hub in the database.
    await sql`select pg_advisory_xact_lock(${sql.raw(String(HUB_WRITE_LOCK_KEY))})`.execute(trx);
  } catch (err) {
    if ((err as { code?: string }).code === '55P03') {
      throw hubBusy(location);
    }
    throw err;
  }
  // The wait was for the lock only; the run's own statements keep the server's default.
  await sql`select set_config('lock_timeout', '0', true)`.execute(trx);
}

const HUB_WRITE_LOCK_KEY = 0x6d616d6f7269;

const hubBusy = (location: string) =>
  new MamoriError(
    'HUB_BUSY',
    `the findings hub ${location} stayed locked by another mamori run for ${Math.round(busyTimeoutMs() / 1000)} s; nothing of this run was stored (run it again, or raise MAMORI_DB_BUSY_TIMEOUT_MS)`,
  );
