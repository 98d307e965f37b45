/**
 * Team mode of `mamori serve` over the real hub (SQLite always, PostgreSQL in CI): sign-in, cookie
 * attributes, session expiry on an injected clock, CSRF, roles on every route (one table, walked
 * here against every route createApi registers), the audit actor, logout, OpenID Connect against a
 * small identity provider run by the test, and no password hash or session id in any response.
 */
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { HubContext } from '../../src/app/context.js';
import { listFindings } from '../../src/app/findings.js';
import { openHub } from '../../src/app/hub.js';
import { assessSnapshot } from '../../src/app/posture.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { createApi } from '../../src/server/api.js';
import { addUser, listUsers, removeUser, setUserRole } from '../../src/server/auth/accounts.js';
import { SignInBackoff } from '../../src/server/auth/backoff.js';
import { roleFromClaims } from '../../src/server/auth/oidc.js';
import { ACCESS_RANK, accessFor, ROUTE_ACCESS } from '../../src/server/auth/roles.js';
import { parseConfig } from '../../src/config/parse.js';
import { startServer } from '../../src/server/index.js';
import { BACKENDS } from '../hub/backends.js';

const PASSWORD = 'correct horse battery staple';
const T0 = Date.parse('2030-01-01T09:00:00Z');

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, any>;
}

/** A client that keeps every response body, to check none ever carries a secret. */
function client(app: Hono, seen: string[]) {
  return async (method: string, path: string, opts: { cookie?: string; csrf?: string; body?: unknown } = {}): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, { method, headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) });
    const text = await res.text();
    seen.push(text, res.headers.get('location') ?? '');
    let json: Record<string, any> = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, text, json };
  };
}

const sessionCookieOf = (r: Reply) => /mamori_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];

for (const backend of BACKENDS) {
  describe(`mamori serve team mode (${backend.name})`, { skip: backend.skip }, () => {
    let hub: HubContext;
    let app: Hono;
    let setting: string;
    let now = T0;
    const seen: string[] = [];
    const issued: string[] = [];
    let call: ReturnType<typeof client>;
    let findingId: string;

    const signIn = async (name: string, password = PASSWORD) => {
      const r = await call('POST', '/api/v1/session', { body: { name, password } });
      assert.equal(r.status, 200, r.text);
      const id = sessionCookieOf(r)!;
      issued.push(id);
      return { cookie: `mamori_session=${id}`, csrf: r.json.csrfToken as string, reply: r };
    };

    before(async () => {
      const fresh = await backend.fresh();
      setting = fresh.setting;
      await fresh.store.close();
      await assessSnapshot({ snapshot: await loadDemoSnapshot(), store: { db: setting } });
      hub = await openHub({ db: setting });
      await addUser(hub.store, { name: 'tori', role: 'triager', password: PASSWORD });
      await addUser(hub.store, { name: 'vera', role: 'viewer', password: PASSWORD });
      await addUser(hub.store, { name: 'ada', role: 'admin', password: PASSWORD });
      app = createApi({ hub, actor: () => 'os-user', auth: { now: () => now, secureCookies: true } });
      call = client(app, seen);
      findingId = (await listFindings(hub.store, { filter: { status: ['NEW'] }, limit: 1 })).findings[0].id;
    });

    after(async () => {
      // No response of this suite carried a password hash, a session id or an argon2 string.
      const hashes = await Promise.all(['tori', 'vera', 'ada'].map(async (n) => (await hub.store.users.credentials(n))?.passwordHash));
      const all = seen.join('\n');
      assert.doesNotMatch(all, /\$argon2/);
      for (const h of hashes) if (h) assert.ok(!all.includes(h));
      assert.ok(issued.length > 3);
      for (const id of issued) assert.ok(!all.includes(id), 'a session id appears in a response body');
      await hub?.store.close();
    });

    it('users: listed without hashes, stored as argon2id with OWASP parameters', async () => {
      const list = await listUsers(hub.store);
      assert.deepEqual(list.map((u) => [u.name, u.role]), [['ada', 'admin'], ['tori', 'triager'], ['vera', 'viewer']]);
      assert.doesNotMatch(JSON.stringify(list), /argon2|hash/i);
      assert.match((await hub.store.users.credentials('ada'))!.passwordHash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      await assert.rejects(addUser(hub.store, { name: 'short', role: 'viewer', password: 'tooshort' }), /at least 12/);
      await assert.rejects(addUser(hub.store, { name: 'ada', role: 'viewer', password: PASSWORD }), /already exists/);
      await assert.rejects(addUser(hub.store, { name: 'x', role: 'root', password: PASSWORD }), /expected one of viewer, triager, admin/);
    });

    it('without a session: team mode, only health and sign-in answer; the rest is 401', async () => {
      const s = await call('GET', '/api/v1/session');
      assert.equal(s.status, 200);
      assert.deepEqual(s.json, { mode: 'team', user: null, oidc: false });
      assert.equal((await call('GET', '/api/v1/health')).status, 200);
      for (const path of ['/api/v1/findings', `/api/v1/findings/${findingId}`, '/api/v1/overview', '/api/v1/openapi.json', '/api/v1/no-such-route']) {
        const r = await call('GET', path);
        assert.equal(r.status, 401, path);
        assert.equal(r.json.error.code, 'UNAUTHENTICATED');
      }
      assert.equal((await call('PATCH', `/api/v1/findings/${findingId}`, { body: { status: 'RESOLVED' } })).status, 401);
    });

    it('sign-in: good password → session cookie (HttpOnly, SameSite=Strict, Path=/, Secure) and a CSRF token', async () => {
      const { cookie, csrf, reply } = await signIn('tori');
      assert.deepEqual(reply.json.user, { name: 'tori', role: 'triager' });
      assert.match(csrf, /^[\w-]{43}$/);
      const set = reply.headers.get('set-cookie')!;
      assert.match(set, /HttpOnly/);
      assert.match(set, /SameSite=Strict/);
      assert.match(set, /Path=\//);
      assert.match(set, /Secure/);
      const s = await call('GET', '/api/v1/session', { cookie });
      assert.deepEqual(s.json, { mode: 'team', user: { name: 'tori', role: 'triager' }, csrfToken: csrf, oidc: false });
    });

    it('sign-in: unknown user and wrong password get the same 401, and no cookie', async () => {
      const wrong = await call('POST', '/api/v1/session', { body: { name: 'tori', password: 'not the password!' } });
      const unknown = await call('POST', '/api/v1/session', { body: { name: 'nobody', password: 'not the password!' } });
      for (const r of [wrong, unknown]) {
        assert.equal(r.status, 401);
        assert.equal(r.json.error.code, 'BAD_CREDENTIALS');
        assert.equal(r.headers.get('set-cookie'), null);
      }
      assert.deepEqual(wrong.json, unknown.json);
    });

    it('CSRF: a write without or with a wrong X-CSRF-Token is 403 and changes nothing', async () => {
      const { cookie, csrf } = await signIn('tori');
      const before = (await call('GET', `/api/v1/findings/${findingId}`, { cookie })).json;
      for (const token of [undefined, 'wrong', `${csrf}x`]) {
        const r = await call('PATCH', `/api/v1/findings/${findingId}`, { cookie, ...(token ? { csrf: token } : {}), body: { status: 'RESOLVED', note: 'csrf' } });
        assert.equal(r.status, 403);
        assert.equal(r.json.error.code, 'CSRF');
      }
      // Another user's token does not fit this session either.
      const other = await signIn('ada');
      assert.equal((await call('PATCH', `/api/v1/findings/${findingId}`, { cookie, csrf: other.csrf, body: { status: 'RESOLVED' } })).status, 403);
      const afterwards = (await call('GET', `/api/v1/findings/${findingId}`, { cookie })).json;
      assert.deepEqual(afterwards, before);
    });

    it('roles: a viewer reads but cannot change (403); a triager changes, audited under their name', async () => {
      const viewer = await signIn('vera');
      assert.equal((await call('GET', '/api/v1/findings?limit=3', viewer)).status, 200);
      const denied = await call('PATCH', `/api/v1/findings/${findingId}`, { ...viewer, body: { status: 'RESOLVED' } });
      assert.equal(denied.status, 403);
      assert.equal(denied.json.error.code, 'FORBIDDEN');

      const triager = await signIn('tori');
      const ok = await call('PATCH', `/api/v1/findings/${findingId}`, { ...triager, body: { status: 'RESOLVED', note: 'fixed by the team' } });
      assert.equal(ok.status, 200, ok.text);
      const history = (await call('GET', `/api/v1/findings/${findingId}`, triager)).json.history as { actor: string; note?: string }[];
      const entry = history.find((h) => h.note === 'fixed by the team');
      assert.equal(entry?.actor, 'tori');
      assert.ok(!history.some((h) => h.actor === 'os-user'));
    });

    it('set-role applies on the next request; removing a user ends their sessions', async () => {
      await addUser(hub.store, { name: 'temp', role: 'viewer', password: PASSWORD });
      const s = await signIn('temp');
      assert.equal((await call('PATCH', `/api/v1/findings/${findingId}`, { ...s, body: { note: 'x' } })).status, 403);
      await setUserRole(hub.store, 'temp', 'triager');
      assert.equal((await call('PATCH', `/api/v1/findings/${findingId}`, { ...s, body: { note: 'now a triager' } })).status, 200);
      await removeUser(hub.store, 'temp');
      assert.equal((await call('GET', '/api/v1/findings?limit=1', s)).status, 401);
      assert.equal((await call('POST', '/api/v1/session', { body: { name: 'temp', password: PASSWORD } })).status, 401);
    });

    it('logout (DELETE, with the CSRF token) ends the session', async () => {
      const s = await signIn('tori');
      assert.equal((await call('DELETE', '/api/v1/session', { cookie: s.cookie })).status, 403, 'logout needs the CSRF token');
      const out = await call('DELETE', '/api/v1/session', s);
      assert.equal(out.status, 204);
      assert.match(out.headers.get('set-cookie') ?? '', /mamori_session=;.*Max-Age=0/);
      assert.equal((await call('GET', '/api/v1/findings?limit=1', s)).status, 401);
      assert.deepEqual((await call('GET', '/api/v1/session', s)).json.user, null);
    });

    it('sessions end after 30 idle minutes and 12 hours after sign-in, on the server clock', async () => {
      now = T0;
      const idle = await signIn('vera');
      now += 29 * 60_000;
      assert.equal((await call('GET', '/api/v1/findings?limit=1', idle)).status, 200);
      now += 29 * 60_000; // 29 minutes after the last request: still alive
      assert.equal((await call('GET', '/api/v1/findings?limit=1', idle)).status, 200);
      now += 31 * 60_000;
      assert.equal((await call('GET', '/api/v1/findings?limit=1', idle)).status, 401);

      const busy = await signIn('vera');
      const start = now;
      while (now < start + 12 * 3_600_000 - 20 * 60_000) {
        now += 20 * 60_000;
        assert.equal((await call('GET', '/api/v1/findings?limit=1', busy)).status, 200);
      }
      now = start + 12 * 3_600_000;
      assert.equal((await call('GET', '/api/v1/findings?limit=1', busy)).status, 401);
      now = T0;
    });

    it('OpenID Connect: code flow with PKCE, state and nonce against a local identity provider; role from the groups claim', async () => {
      const idp = await fakeIdp();
      try {
        const dir = mkdtempSync(join(tmpdir(), 'mamori-oidc-'));
        const config = join(dir, 'config.yaml');
        writeFileSync(
          config,
          [
            'server:',
            '  oidc:',
            `    issuer: ${idp.issuer}`,
            '    clientId: mamori-test',
            '    clientSecretEnv: MAMORI_TEST_OIDC_SECRET',
            '    redirectUri: http://127.0.0.1:8787/api/v1/session/oidc/callback',
            '    roles:',
            '      triager: [sec-team]',
            '',
          ].join('\n'),
        );
        const oidcHub = await openHub({ db: setting, config });
        try {
          const oidcApp = createApi({ hub: oidcHub, actor: () => 'os-user', auth: { now: () => now, env: { MAMORI_TEST_OIDC_SECRET: idp.secret } } });
          const req = client(oidcApp, seen);
          assert.equal((await req('GET', '/api/v1/session')).json.oidc, true);
          const login = await req('GET', '/api/v1/session/oidc/login');
          assert.equal(login.status, 302);
          const to = new URL(login.headers.get('location')!);
          assert.equal(to.origin + to.pathname, `${idp.issuer}/authorize`);
          assert.equal(to.searchParams.get('code_challenge_method'), 'S256');
          for (const p of ['state', 'nonce', 'code_challenge']) assert.ok(to.searchParams.get(p), p);
          const stateCookie = /mamori_oidc_state=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1];
          assert.match(login.headers.get('set-cookie')!, /HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);

          const code = idp.approve(to.searchParams, { sub: 'u-123', preferred_username: 'olivia@example.com', groups: ['sec-team'] });
          // The callback from another browser (no state cookie) is refused.
          const stray = await req('GET', `/api/v1/session/oidc/callback?code=${code}&state=${to.searchParams.get('state')}`);
          assert.equal(stray.status, 401);
          const code2 = idp.approve(to.searchParams, { sub: 'u-123', preferred_username: 'olivia@example.com', groups: ['sec-team'] });
          const login2 = await req('GET', '/api/v1/session/oidc/login');
          const to2 = new URL(login2.headers.get('location')!);
          const state2 = /mamori_oidc_state=([^;]+)/.exec(login2.headers.get('set-cookie') ?? '')![1];
          const code3 = idp.approve(to2.searchParams, { sub: 'u-123', preferred_username: 'olivia@example.com', groups: ['sec-team'] });
          assert.ok(code2 && stateCookie);
          const cb = await req('GET', `/api/v1/session/oidc/callback?code=${code3}&state=${to2.searchParams.get('state')}`, { cookie: `mamori_oidc_state=${state2}` });
          assert.equal(cb.status, 302, cb.text);
          assert.equal(cb.headers.get('location'), '/');
          const id = /mamori_session=([^;]+)/.exec(cb.headers.get('set-cookie') ?? '')![1];
          issued.push(id);
          const session = await req('GET', '/api/v1/session', { cookie: `mamori_session=${id}` });
          assert.deepEqual(session.json.user, { name: 'olivia@example.com', role: 'triager' });
          // Her changes are audited as an OpenID Connect identity, never as a local user of the same name.
          const { findings } = (await req('GET', '/api/v1/findings?limit=1', { cookie: `mamori_session=${id}` })).json as { findings: { id: string }[] };
          const csrf = session.json.csrfToken as string;
          const patched = await req('PATCH', `/api/v1/findings/${encodeURIComponent(findings[0].id)}`, { cookie: `mamori_session=${id}`, csrf, body: { note: 'checked by olivia' } });
          assert.equal(patched.status, 200, patched.text);
          const history = (await req('GET', `/api/v1/findings/${encodeURIComponent(findings[0].id)}`, { cookie: `mamori_session=${id}` })).json.history as { actor: string; note?: string }[];
          assert.ok(history.some((h) => h.actor === 'oidc:olivia@example.com' && h.note === 'checked by olivia'), JSON.stringify(history));
          assert.equal(idp.tokenRequests, 1, 'the token endpoint checked the PKCE verifier once');
        } finally {
          await oidcHub.store.close();
        }
      } finally {
        await idp.close();
      }
    });
  });
}

describe('mamori serve local mode and the route table', () => {
  let hub: HubContext;
  let app: Hono;
  before(async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'mamori-local-')), 'hub.db');
    hub = await openHub({ db });
    app = createApi({ hub, actor: () => 'os-user' });
  });
  after(async () => hub?.store.close());

  it('no user on loopback: local mode, no sign-in, the OS user is the actor', async () => {
    const r = await app.request('/api/v1/session');
    assert.deepEqual(await r.json(), { mode: 'local', user: { name: 'os-user', role: 'admin' }, oidc: false });
    assert.equal((await app.request('/api/v1/findings')).status, 200);
  });

  it('a non-loopback host is refused in local mode, with the way out in the message', async () => {
    await assert.rejects(startServer({ hub, host: '0.0.0.0', port: 0, actor: () => 'x' }), (err: Error & { code?: string }) => {
      assert.equal(err.code, 'NOT_LOOPBACK');
      assert.match(err.message, /mamori users add/);
      return true;
    });
  });

  it('every route of createApi() has exactly one entry in the access table (a new route cannot be left unprotected)', () => {
    const missing: string[] = [];
    for (const r of app.routes) {
      if (r.method === 'ALL') {
        // Middleware (app.use) only: a route answering every method must be listed like any other.
        if (!r.path.endsWith('*')) missing.push(`ALL ${r.path}`);
        continue;
      }
      if (ROUTE_ACCESS.filter(([m, p]) => m === r.method && p === r.path).length !== 1) missing.push(`${r.method} ${r.path}`);
    }
    assert.deepEqual(missing, []);
  });

  it('the table: reads need a viewer, finding changes a triager, unknown API writes an admin; sign-in and health are public', () => {
    assert.equal(accessFor('GET', '/api/v1/health'), 'public');
    assert.equal(accessFor('POST', '/api/v1/session'), 'public');
    assert.equal(accessFor('GET', '/api/v1/findings/abc'), 'viewer');
    assert.equal(accessFor('HEAD', '/api/v1/findings'), 'viewer');
    assert.equal(accessFor('PATCH', '/api/v1/findings/abc'), 'triager');
    assert.equal(accessFor('POST', '/api/v1/some-future-route'), 'admin');
    assert.equal(accessFor('GET', '/api/v1/some-future-route'), 'viewer');
    for (const [method, , access] of ROUTE_ACCESS) if (method !== 'GET' && access !== 'public') assert.ok(ACCESS_RANK[access] >= ACCESS_RANK.viewer);
  });
});

describe('sign-in brake and OpenID Connect settings', () => {
  it('five failures from an address are free, then each one doubles the wait; success or 15 quiet minutes forget', () => {
    let t = T0;
    const b = new SignInBackoff(() => t);
    for (let i = 0; i < 4; i++) b.failed('10.0.0.1');
    assert.equal(b.waitMs('10.0.0.1'), 0);
    b.failed('10.0.0.1');
    assert.equal(b.waitMs('10.0.0.1'), 1000);
    b.failed('10.0.0.1');
    assert.equal(b.waitMs('10.0.0.1'), 2000);
    assert.equal(b.waitMs('10.0.0.2'), 0, 'per address');
    t += 2000;
    assert.equal(b.waitMs('10.0.0.1'), 0);
    for (let i = 0; i < 30; i++) b.failed('10.0.0.1');
    assert.equal(b.waitMs('10.0.0.1'), 5 * 60_000, 'capped at five minutes');
    t += 15 * 60_000;
    assert.equal(b.waitMs('10.0.0.1'), 0);
    b.failed('10.0.0.3');
    b.succeeded('10.0.0.3');
    assert.equal(b.waitMs('10.0.0.3'), 0);
  });

  it('the server.oidc section: a secret only by the name of its variable, https issuers (http on loopback only)', () => {
    const base = { issuer: 'https://idp.example.com', clientId: 'mamori', redirectUri: 'https://mamori.example.com/api/v1/session/oidc/callback' };
    const yaml = (o: Record<string, unknown>) => `server:\n  oidc:\n${Object.entries(o).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;
    const ok = parseConfig(yaml({ ...base, clientSecretEnv: 'OIDC_SECRET' }));
    assert.equal(ok.server?.oidc?.roleClaim, 'groups');
    assert.equal(ok.server?.sessionIdleMinutes, 30);
    assert.throws(() => parseConfig(yaml({ ...base, clientSecret: 's3cret' })), /clientSecret/);
    assert.throws(() => parseConfig(yaml({ ...base, issuer: 'http://idp.example.com' })), /https/);
    assert.equal(parseConfig(yaml({ ...base, issuer: 'http://127.0.0.1:9000' })).server?.oidc?.issuer, 'http://127.0.0.1:9000');
  });

  it('the role from claims: the highest role matched, viewer otherwise', () => {
    const config = { roleClaim: 'groups', roles: { admin: ['sec-admin'], triager: ['dev'], viewer: [] } };
    assert.equal(roleFromClaims(config, { groups: ['dev', 'sec-admin'] }), 'admin');
    assert.equal(roleFromClaims(config, { groups: 'dev' }), 'triager');
    assert.equal(roleFromClaims(config, { groups: ['other'] }), 'viewer');
    assert.equal(roleFromClaims(config, {}), 'viewer');
  });
});

/** A minimal OpenID Connect provider: discovery, JWKS, and a token endpoint that checks PKCE and signs an ID token (RS256). */
async function fakeIdp() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' };
  const secret = 'idp-client-secret-for-tests';
  const codes = new Map<string, { challenge: string; nonce: string; claims: Record<string, unknown> }>();
  let issuer = '';
  const state = { tokenRequests: 0 };
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(200, {
        issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'], token_endpoint_auth_methods_supported: ['client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') return send(200, { keys: [jwk] });
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        // RFC 6749 2.3.1: both halves form-urlencoded.
        const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':').map(decodeURIComponent).join(':');
        if (basic !== `mamori-test:${secret}`) return send(401, { error: 'invalid_client' });
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        if (!grant || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) return send(400, { error: 'invalid_grant' });
        state.tokenRequests++;
        const iat = Math.floor(Date.now() / 1000);
        const input = `${b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${b64({ iss: issuer, aud: 'mamori-test', iat, exp: iat + 300, nonce: grant.nonce, ...grant.claims })}`;
        const idToken = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
        return send(200, { access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return;
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let n = 0;
  return {
    issuer,
    secret,
    get tokenRequests() {
      return state.tokenRequests;
    },
    /** The person signs in at the provider: a code bound to this authorization request's challenge and nonce. */
    approve(params: URLSearchParams, claims: Record<string, unknown>) {
      const code = `code-${++n}`;
      codes.set(code, { challenge: params.get('code_challenge')!, nonce: params.get('nonce')!, claims });
      return code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
