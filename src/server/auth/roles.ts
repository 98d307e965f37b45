/**
 * Who may call what, in ONE table: every route of the API (method + Hono route pattern) with the
 * least role that may call it. test/server/auth.test.ts walks every route of createApi() and fails
 * when one is missing here, so a new route cannot ship unprotected: add its line with the route.
 *
 * `public`: no session needed (health, signing in, the web app's static files).
 */
import type { Role } from '../../hub/store/users.js';

export type Access = 'public' | Role;

export const ACCESS_RANK: Record<Access, number> = { public: 0, viewer: 1, triager: 2, admin: 3 };

export const ROUTE_ACCESS: readonly (readonly [method: string, path: string, access: Access])[] = [
  ['GET', '/api/v1/health', 'public'],
  ['GET', '/api/v1/openapi.json', 'viewer'],
  ['GET', '/api/v1/session', 'public'],
  ['POST', '/api/v1/session', 'public'],
  ['DELETE', '/api/v1/session', 'viewer'],
  ['GET', '/api/v1/session/oidc/login', 'public'],
  ['GET', '/api/v1/session/oidc/callback', 'public'],
  ['GET', '/api/v1/findings', 'viewer'],
  ['GET', '/api/v1/findings/:id', 'viewer'],
  ['PATCH', '/api/v1/findings/:id', 'triager'],
  ['POST', '/api/v1/findings/bulk', 'triager'],
  ['GET', '/api/v1/insights', 'viewer'],
  ['GET', '/api/v1/overview', 'viewer'],
  ['GET', '/api/v1/scopes', 'viewer'],
  ['GET', '/api/v1/scopes/:scope', 'viewer'],
  ['GET', '/api/v1/compliance', 'viewer'],
  ['GET', '/api/v1/compliance/:framework', 'viewer'],
  ['GET', '/api/v1/compliance/:framework/:control', 'viewer'],
  ['GET', '/api/v1/sequences', 'viewer'],
  ['GET', '/api/v1/sequences/:id', 'viewer'],
  ['GET', '/api/v1/resources', 'viewer'],
  ['GET', '/api/v1/resources/:uid{.+}', 'viewer'],
  ['GET', '/api/v1/attack-paths', 'viewer'],
  ['GET', '/api/v1/settings', 'viewer'],
];

function compile(path: string): RegExp {
  const parts = path.split('/').map((seg) => {
    if (seg === '*') return '.*';
    const param = /^:\w+(?:\{(.+)\})?\??$/.exec(seg);
    if (param) return param[1] ? `(?:${param[1]})` : '[^/]+';
    return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('/')}/?$`);
}

const COMPILED = ROUTE_ACCESS.map(([method, path, access]) => ({ method, path, access, re: compile(path) }));

/**
 * The access a request needs: the strictest entry matching it. A request no entry matches (it will
 * be a 404) needs a session under /api (so a guess at a route tells a stranger nothing) and nothing
 * elsewhere; a write matching nothing needs an admin.
 */
export function accessFor(method: string, path: string): Access {
  const m = method === 'HEAD' ? 'GET' : method;
  const api = path === '/api' || path.startsWith('/api/');
  let found: Access | undefined;
  for (const e of COMPILED) {
    if ((e.method === m || e.method === 'ALL') && e.re.test(path)) {
      // Outside /api only /api entries never apply; inside /api a non-/api catch-all never does.
      if (api !== e.path.startsWith('/api/')) continue;
      if (found === undefined || ACCESS_RANK[e.access] > ACCESS_RANK[found]) found = e.access;
    }
  }
  if (found) return found;
  if (!api) return 'public';
  return m === 'GET' || m === 'OPTIONS' ? 'viewer' : 'admin';
}
