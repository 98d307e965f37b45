/**
 * A local stand-in for Azure Resource Manager, Resource Graph and Microsoft Graph (node:http on
 * 127.0.0.1:0; one server answers all three, Graph under /v1.0). Responses copy the shapes of the
 * REST references (ARM `value` + `nextLink`, Resource Graph `$skipToken`, Graph `@odata.nextLink`,
 * ARM `{ error: { code, message } }` and Graph `Authorization_RequestDenied` error bodies). Routes
 * are matched in order; anything unmatched answers 200 `{ "value": [] }` (an empty listing).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccessToken, TokenCredential } from '@azure/core-auth';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization?: string;
  at: number;
}

export interface FakeReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method?: string;
  path: RegExp;
  reply: (req: FakeRequest, match: RegExpMatchArray, base: string) => FakeReply | undefined;
}

export interface FakeAzure {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeAzure(routes: Route[]): Promise<FakeAzure> {
  const requests: FakeRequest[] = [];
  let base = '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: FakeRequest = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, body: await readBody(req), authorization: req.headers.authorization, at: Date.now() };
    requests.push(request);
    let reply: FakeReply | undefined;
    for (const route of routes) {
      if (route.method && route.method !== request.method) continue;
      const m = request.path.match(route.path);
      if (!m) continue;
      reply = route.reply(request, m, base);
      if (reply) break;
    }
    reply ??= { body: { value: [] } };
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': '00000000-0000-0000-0000-000000000001', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const TENANT = '8f1c2d3e-4a5b-4c6d-8e7f-901234567890';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A token shaped like an Entra access token (unsigned): the collector reads its `tid`. */
export const TEST_TOKEN = `${b64({ typ: 'JWT', alg: 'none' })}.${b64({ tid: TENANT, aud: 'https://management.azure.com', oid: 'fake' })}.sig`;

/** A credential with a fixed token: no identity endpoint, no real secret. */
export function testCredential(): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope: string | string[]): Promise<AccessToken> {
      scopes.push(...(Array.isArray(scope) ? scope : [scope]));
      return { token: TEST_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
}

// ── Error bodies ─────────────────────────────────────────────────────────────────────────────

export const authorizationFailed = (action: string, scope: string): FakeReply => ({
  status: 403,
  body: {
    error: {
      code: 'AuthorizationFailed',
      message: `The client 'mamori-reader' with object id '2b7f1c3a-0000-4000-8000-000000000001' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    },
  },
});

export const notRegistered = (namespace: string): FakeReply => ({
  status: 409,
  body: {
    error: {
      code: 'MissingSubscriptionRegistration',
      message: `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
      details: [{ code: 'MissingSubscriptionRegistration', target: namespace, message: `The subscription is not registered to use namespace '${namespace}'.` }],
    },
  },
});

export const graphDenied = (): FakeReply => ({
  status: 403,
  body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: { date: '2025-06-01T00:00:00', 'request-id': '1', 'client-request-id': '1' } } },
});

export const throttled = (retryAfter?: string): FakeReply => ({
  status: 429,
  headers: retryAfter ? { 'retry-after': retryAfter } : {},
  body: { error: { code: 'TooManyRequests', message: "The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/armthrottling" } },
});

export const notFound = (type: string, name: string): FakeReply => ({ status: 404, body: { error: { code: 'ResourceNotFound', message: `The Resource '${type}/${name}' under resource group 'rg' was not found.` } } });

/** An ARM listing answered in pages: page i for `$skiptoken=p<i>` (the nextLink the server wrote). */
export function armPaged(path: RegExp, pages: unknown[][]): Route {
  return {
    method: 'GET',
    path,
    reply: (req, _m, base) => {
      const token = req.query.get('$skiptoken');
      const i = token ? Number(token.slice(1)) : 0;
      const body: Record<string, unknown> = { value: pages[i] ?? [] };
      if (i + 1 < pages.length) {
        const next = new URL(`${base}${req.path}`);
        for (const [k, v] of req.query) if (k !== '$skiptoken') next.searchParams.set(k, v);
        next.searchParams.set('$skiptoken', `p${i + 1}`);
        body.nextLink = next.toString();
      }
      return { body };
    },
  };
}

/** A Microsoft Graph collection answered in pages (`@odata.nextLink` with `$skiptoken`). */
export function graphPaged(path: RegExp, pages: unknown[][]): Route {
  return {
    method: 'GET',
    path,
    reply: (req, _m, base) => {
      const token = req.query.get('$skiptoken');
      const i = token ? Number(token.slice(1)) : 0;
      const body: Record<string, unknown> = { '@odata.context': `${base}/v1.0/$metadata#collection`, value: pages[i] ?? [] };
      if (i + 1 < pages.length) body['@odata.nextLink'] = `${base}${req.path}?$skiptoken=p${i + 1}`;
      return { body };
    },
  };
}

export const json = (body: unknown): FakeReply => ({ body });
