/**
 * The HTTP JSON API of `mamori serve`: a thin shell over the application functions (src/app), the
 * same ones the CLI calls, so no query or workflow is written twice. Every route answers JSON with
 * strict security headers; errors are one line (`{ error: { code, message } }`) and never a stack.
 *
 * Writes (PATCH) need `Content-Type: application/json`: a cross-site form cannot send that without
 * a CORS preflight, which this API never grants, so a page on another site cannot change findings
 * through the browser of someone running `mamori serve` (the CSRF defence of the local mode; team
 * mode adds sign-in and tokens).
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { HubContext } from '../app/context.js';
import { MamoriError } from '../model/errors.js';
import { ROUTES } from './routes/index.js';
import { VERSION } from '../version.js';
import { openApiDocument } from './openapi.js';
import { installAuth, type AuthOptions } from './auth/index.js';
import { serveWeb } from './static.js';

export interface ApiOptions {
  hub: HubContext;
  /** Who changes findings through this server, for the audit history (local mode: the OS user). */
  actor: () => string;
  /** Team mode (src/server/auth): sessions, CSRF tokens and roles. Absent: decided by whether users exist. */
  auth?: AuthOptions;
}

const STATUS_OF_CODE: Record<string, 400 | 404 | 409> = { NOT_FOUND: 404, AMBIGUOUS: 409 };

export function createApi(options: ApiOptions): Hono {
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"] },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.onError((err, c) => {
    if (err instanceof MamoriError) return c.json({ error: { code: err.code, message: err.message } }, STATUS_OF_CODE[err.code] ?? 400);
    // Anything else is a bug or the database: say so without the details (they may hold paths or SQL).
    process.stderr.write(`mamori serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return c.json({ error: { code: 'INTERNAL', message: 'internal error (see the server log)' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  // Sign-in, CSRF and roles, before every route; routes record the signed-in user as the actor.
  const routeOptions: ApiOptions = { ...options, actor: installAuth(app, options.hub, options.actor, options.auth) };

  app.get('/api/v1/health', (c) => c.json({ status: 'ok', version: VERSION }));
  app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument(VERSION)));

  for (const mount of ROUTES) app.route('/api/v1', mount(routeOptions));
  app.use('*', serveWeb());

  return app;
}
