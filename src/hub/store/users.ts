/**
 * Users and sessions of `mamori serve` in team mode (migration 0010), on SQLite and PostgreSQL.
 * This file only stores: hashing passwords, making session ids and deciding expiry happen in
 * src/server/auth. Session ids never reach the database, only their SHA-256.
 */
import type { Kysely } from 'kysely';
import { MamoriError } from '../../model/errors.js';
import { writeTransaction, type Connection } from './connect.js';
import type { HubDatabase } from './schema.js';

export const ROLES = ['viewer', 'triager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A user as listed: never the password hash. */
export interface UserEntry {
  name: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

/** A user with the hash, for verifying a password (src/server/auth only). */
export interface UserCredentials extends UserEntry {
  passwordHash: string;
}

export type SessionSource = 'local' | 'oidc';

export interface NewSession {
  idHash: string;
  userName: string;
  role: Role;
  source: SessionSource;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

/** A stored session, with the role that applies now (a local user's current role). */
export interface SessionRecord extends NewSession {
  lastSeenAt: string;
}

export interface UserStore {
  /** Adds a user; USER_EXISTS when the name is taken. */
  add(user: { name: string; passwordHash: string; role: Role; createdAt: string }): Promise<void>;
  credentials(name: string): Promise<UserCredentials | undefined>;
  list(): Promise<UserEntry[]>;
  /** Removes a user and ends their sessions, in one transaction; false when there was no such user. */
  remove(name: string): Promise<boolean>;
  setRole(name: string, role: Role): Promise<boolean>;
  /** Whether any user exists (team mode). */
  any(): Promise<boolean>;
  createSession(session: NewSession): Promise<void>;
  /**
   * The session with this id hash, or undefined: unknown, or a local session whose user is gone or
   * disabled. Expiry is the caller's decision (it owns the clock).
   */
  session(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, at: string): Promise<void>;
  endSession(idHash: string): Promise<void>;
  /** Drops sessions whose absolute expiry is before `before`, or idle since before `idleBefore`. */
  endExpiredSessions(before: string, idleBefore: string): Promise<number>;
}

const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);
const roleOf = (s: string): Role => (isRole(s) ? s : 'viewer');

export class SqlUsers implements UserStore {
  private readonly db: Kysely<HubDatabase>;
  constructor(private readonly conn: Connection) {
    this.db = conn.db;
  }

  async add(user: { name: string; passwordHash: string; role: Role; createdAt: string }): Promise<void> {
    await writeTransaction(this.conn, async (trx) => {
      const taken = await trx.selectFrom('users').select('name').where('name', '=', user.name).executeTakeFirst();
      if (taken) throw new MamoriError('USER_EXISTS', `user "${user.name}" already exists (mamori users set-role changes the role; remove and add again to change the password)`);
      await trx.insertInto('users').values({ name: user.name, password_hash: user.passwordHash, role: user.role, created_at: user.createdAt, disabled: 0 }).execute();
    });
  }

  async credentials(name: string): Promise<UserCredentials | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return r ? { name: r.name, role: roleOf(r.role), createdAt: r.created_at, disabled: Number(r.disabled) === 1, passwordHash: r.password_hash } : undefined;
  }

  async list(): Promise<UserEntry[]> {
    const rows = await this.db.selectFrom('users').select(['name', 'role', 'created_at', 'disabled']).orderBy('name').execute();
    return rows.map((r) => ({ name: r.name, role: roleOf(r.role), createdAt: r.created_at, disabled: Number(r.disabled) === 1 }));
  }

  async remove(name: string): Promise<boolean> {
    return writeTransaction(this.conn, async (trx) => {
      await trx.deleteFrom('sessions').where('user_name', '=', name).where('source', '=', 'local').execute();
      const res = await trx.deleteFrom('users').where('name', '=', name).executeTakeFirst();
      return Number(res.numDeletedRows) === 1;
    });
  }

  async setRole(name: string, role: Role): Promise<boolean> {
    const res = await this.db.updateTable('users').set({ role }).where('name', '=', name).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async any(): Promise<boolean> {
    return (await this.db.selectFrom('users').select('name').limit(1).executeTakeFirst()) !== undefined;
  }

  async createSession(s: NewSession): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ id_hash: s.idHash, user_name: s.userName, role: s.role, source: s.source, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt, last_seen_at: s.createdAt })
      .execute();
  }

  async session(idHash: string): Promise<SessionRecord | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .leftJoin('users', 'users.name', 'sessions.user_name')
      .select(['sessions.id_hash', 'sessions.user_name', 'sessions.role', 'sessions.source', 'sessions.csrf_token', 'sessions.created_at', 'sessions.expires_at', 'sessions.last_seen_at'])
      .select(['users.role as user_role', 'users.disabled as user_disabled'])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!r) return undefined;
    const source: SessionSource = r.source === 'oidc' ? 'oidc' : 'local';
    let role = roleOf(r.role);
    if (source === 'local') {
      // A local user's role and standing are read now: set-role and remove apply at once.
      if (r.user_role == null || Number(r.user_disabled) === 1) return undefined;
      role = roleOf(r.user_role);
    }
    return { idHash: r.id_hash, userName: r.user_name, role, source, csrfToken: r.csrf_token, createdAt: r.created_at, expiresAt: r.expires_at, lastSeenAt: r.last_seen_at };
  }

  async touchSession(idHash: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async endSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async endExpiredSessions(before: string, idleBefore: string): Promise<number> {
    const res = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', before), eb('last_seen_at', '<=', idleBefore)]))
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }
}
