import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
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
      sqlite.pragma('busy_timeout = 5000');
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
