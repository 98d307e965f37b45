/**
 * `mamori serve`: the API (api.ts) on an HTTP server. Without sign-in (local mode) the server
 * listens only on a loopback address: anyone who can reach it could read and triage every finding.
 * Another address needs team mode (a user in the hub, OpenID Connect, or --auth), and then stays in
 * team mode even if every user is removed while it runs.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { HubContext } from '../app/context.js';
import { MamoriError } from '../model/errors.js';
import { createApi } from './api.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface ServeOptions {
  hub: HubContext;
  host: string;
  port: number;
  actor: () => string;
  /** --auth: team mode (sign-in required) even before any user exists. */
  auth?: boolean;
  /** --secure-cookies (default: on when the host is not loopback). */
  secureCookies?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const loopback = isLoopback(options.host);
  const team = Boolean(options.auth || options.hub.config.server?.oidc || (await options.hub.store.users.any()));
  if (!loopback && !team) {
    throw new MamoriError('NOT_LOOPBACK', `--host ${options.host}: without sign-in mamori serve listens only on a loopback address (127.0.0.1, ::1); add a user first (mamori users add NAME --role admin) or configure OpenID Connect (server.oidc), then every request needs sign-in`);
  }
  const app = createApi({
    hub: options.hub,
    actor: options.actor,
    auth: { required: Boolean(options.auth) || !loopback, secureCookies: options.secureCookies ?? !loopback },
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new MamoriError('PORT_IN_USE', `port ${options.port} on ${options.host} is in use (give another with --port)`) : err),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
