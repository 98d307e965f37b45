/**
 * Server-side sessions. The browser holds a random 32-byte id in an HttpOnly cookie; the hub keeps
 * only its SHA-256, so reading the database does not let anyone sign in. A session ends after an
 * idle time and at the latest after an absolute lifetime, both measured on an injectable clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role, SessionRecord, SessionSource, UserStore } from '../../hub/store/users.js';

export const SESSION_COOKIE = 'mamori_session';

export interface SessionSettings {
  idleMs: number;
  maxMs: number;
  now: () => number;
}

/** last_seen is written at most this often per session: a read request should rarely write. */
const TOUCH_EVERY_MS = 60_000;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export class Sessions {
  constructor(
    private readonly users: UserStore,
    private readonly settings: SessionSettings,
  ) {}

  private iso(ms: number) {
    return new Date(ms).toISOString();
  }

  async start(userName: string, role: Role, source: SessionSource): Promise<{ id: string; csrfToken: string }> {
    const now = this.settings.now();
    // Sign-in is rare: a good moment to forget sessions that ended.
    await this.users.endExpiredSessions(this.iso(now), this.iso(now - this.settings.idleMs));
    const id = token();
    const csrfToken = token();
    await this.users.createSession({ idHash: sha256(id), userName, role, source, csrfToken, createdAt: this.iso(now), expiresAt: this.iso(now + this.settings.maxMs) });
    return { id, csrfToken };
  }

  /** The live session of this cookie value, or undefined (unknown, ended, idle too long, past its lifetime). */
  async resolve(id: string | undefined): Promise<SessionRecord | undefined> {
    if (!id || id.length > 100) return undefined;
    const idHash = sha256(id);
    const s = await this.users.session(idHash);
    if (!s) return undefined;
    const now = this.settings.now();
    const lastSeen = Date.parse(s.lastSeenAt);
    if (now >= Date.parse(s.expiresAt) || now - lastSeen >= this.settings.idleMs) {
      await this.users.endSession(idHash);
      return undefined;
    }
    if (now - lastSeen >= TOUCH_EVERY_MS) await this.users.touchSession(idHash, this.iso(now));
    return s;
  }

  async end(id: string | undefined): Promise<void> {
    if (id && id.length <= 100) await this.users.endSession(sha256(id));
  }
}
