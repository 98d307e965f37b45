/**
 * Team mode of `mamori serve`: who is asking (a session cookie), whether the request may do what it
 * asks (ROUTE_ACCESS, one table), CSRF tokens on every write, and the session API
 * (GET/POST/DELETE /api/v1/session, OpenID Connect sign-in).
 *
 * LOCAL mode (no user, no --auth, no OpenID Connect, loopback only): nothing changes, the actor is
 * the OS user. TEAM mode: every request outside ROUTE_ACCESS's public entries needs a live
 * session, every write the session's CSRF token in X-CSRF-Token, and the role the table asks for.
 * The mode is decided per request, so `mamori users add` on a running local server takes effect.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { HubContext } from '../../app/context.js';
import type { Role, SessionRecord } from '../../hub/store/users.js';
import { MamoriError } from '../../model/errors.js';
import { jsonBody } from '../routes/common.js';
import { SignInBackoff } from './backoff.js';
import { OidcSignIn } from './oidc.js';
import { verifyPassword } from './passwords.js';
import { ACCESS_RANK, accessFor } from './roles.js';
import { SESSION_COOKIE, Sessions } from './sessions.js';

export interface AuthOptions {
  /** Team mode even with no user yet (--auth, or a non-loopback host). */
  required?: boolean;
  /** The Secure attribute on cookies (HTTPS, or a TLS-terminating proxy in front). */
  secureCookies?: boolean;
  /** The clock, in ms (tests move it). */
  now?: () => number;
  env?: NodeJS.ProcessEnv;
}

const OIDC_COOKIE = 'mamori_oidc_state';
const OIDC_PATH = '/api/v1/session/oidc';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const signedIn = new AsyncLocalStorage<SessionRecord>();

/** The signed-in person of the current request (team mode), for the audit history. */
export function currentSession(): SessionRecord | undefined {
  return signedIn.getStore();
}

const fail = (c: Context, status: 401 | 403 | 429, code: string, message: string) => c.json({ error: { code, message } }, status);

/** The peer address (node server), for the sign-in backoff. Behind a reverse proxy every request shares it. */
function addressOf(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Adds the session middleware and routes to `app` (before any other route) and returns the actor
 * the route modules should use: the signed-in user in team mode, `localActor` otherwise.
 */
export function installAuth(app: Hono, hub: HubContext, localActor: () => string, options: AuthOptions = {}): () => string {
  const now = options.now ?? Date.now;
  const server = hub.config.server;
  const sessions = new Sessions(hub.store.users, {
    idleMs: (server?.sessionIdleMinutes ?? 30) * 60_000,
    maxMs: (server?.sessionMaxHours ?? 12) * 3_600_000,
    now,
  });
  const oidc = server?.oidc ? new OidcSignIn(server.oidc, now, options.env) : undefined;
  const backoff = new SignInBackoff(now);
  const secure = options.secureCookies ?? false;

  const teamMode = async () => Boolean(options.required || oidc || (await hub.store.users.any()));

  app.use('*', async (c, next) => {
    const access = accessFor(c.req.method, c.req.path);
    if (access === 'public' || !(await teamMode())) return next();
    const session = await sessions.resolve(getCookie(c, SESSION_COOKIE));
    if (!session) return fail(c, 401, 'UNAUTHENTICATED', 'sign in first');
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
      return fail(c, 403, 'CSRF', 'missing or wrong X-CSRF-Token header (take it from GET /api/v1/session)');
    }
    if (ACCESS_RANK[session.role] < ACCESS_RANK[access]) return fail(c, 403, 'FORBIDDEN', `the ${session.role} role cannot do this (it needs ${access})`);
    return signedIn.run(session, next);
  });

  const startSession = async (c: Context, name: string, role: Role, source: 'local' | 'oidc') => {
    const s = await sessions.start(name, role, source);
    // No Max-Age: the cookie ends with the browser session; the server ends the session itself earlier.
    setCookie(c, SESSION_COOKIE, s.id, { httpOnly: true, sameSite: 'Strict', path: '/', secure });
    return s.csrfToken;
  };

  app.get('/api/v1/session', async (c) => {
    if (!(await teamMode())) return c.json({ mode: 'local', user: { name: localActor(), role: 'admin' }, oidc: false });
    const s = await sessions.resolve(getCookie(c, SESSION_COOKIE));
    return c.json({ mode: 'team', user: s ? { name: s.userName, role: s.role } : null, ...(s ? { csrfToken: s.csrfToken } : {}), oidc: Boolean(oidc) });
  });

  app.post('/api/v1/session', async (c) => {
    const address = addressOf(c);
    const wait = backoff.waitMs(address);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return fail(c, 429, 'TOO_MANY_ATTEMPTS', `too many failed sign-ins from this address; try again in ${Math.ceil(wait / 1000)} s`);
    }
    const body = await jsonBody(c);
    const name = typeof body.name === 'string' ? body.name : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const user = name && name.length <= 64 ? await hub.store.users.credentials(name) : undefined;
    // Always one verification, against a dummy hash for an unknown name: same answer, similar time.
    const ok = (await verifyPassword(user?.passwordHash, password)) && user !== undefined && !user.disabled;
    if (!ok || !user) {
      backoff.failed(address);
      return fail(c, 401, 'BAD_CREDENTIALS', 'wrong user name or password');
    }
    backoff.succeeded(address);
    const csrfToken = await startSession(c, user.name, user.role, 'local');
    return c.json({ user: { name: user.name, role: user.role }, csrfToken });
  });

  app.delete('/api/v1/session', async (c) => {
    await sessions.end(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
    return c.body(null, 204);
  });

  app.get(`${OIDC_PATH}/login`, async (c) => {
    if (!oidc) throw new MamoriError('NOT_FOUND', 'sign-in with OpenID Connect is not configured (server.oidc in the config)');
    const { url, state } = await oidc.begin();
    // Lax, not Strict: the identity provider's redirect back is a cross-site navigation.
    setCookie(c, OIDC_COOKIE, state, { httpOnly: true, sameSite: 'Lax', path: OIDC_PATH, secure, maxAge: 600 });
    return c.redirect(url, 302);
  });

  app.get(`${OIDC_PATH}/callback`, async (c) => {
    if (!oidc) throw new MamoriError('NOT_FOUND', 'sign-in with OpenID Connect is not configured (server.oidc in the config)');
    const state = getCookie(c, OIDC_COOKIE);
    deleteCookie(c, OIDC_COOKIE, { path: OIDC_PATH, secure, httpOnly: true, sameSite: 'Lax' });
    const query = new URL(c.req.url).search;
    if (new URLSearchParams(query).has('error')) return fail(c, 401, 'OIDC_DENIED', 'the identity provider did not sign you in');
    let who: { name: string; role: Role };
    try {
      who = await oidc.complete(query, state);
    } catch (err) {
      if (err instanceof MamoriError) return fail(c, 401, err.code, err.message);
      throw err;
    }
    await startSession(c, who.name, who.role, 'oidc');
    return c.redirect('/', 302);
  });

  // The audit names the person; one signed in through OpenID Connect is `oidc:<name>`, so an identity
  // provider's "alice" is never taken for the local user alice in the history.
  return () => {
    const s = currentSession();
    if (!s) return localActor();
    return s.source === 'oidc' ? `oidc:${s.userName}` : s.userName;
  };
}
