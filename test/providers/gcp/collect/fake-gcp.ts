/**
 * A local stand-in for the Google Cloud REST APIs (node:http on 127.0.0.1:0). Responses copy the
 * shapes of Google's API reference (list pages with nextPageToken, AIP-193 error bodies). Routes
 * are matched in order; anything unmatched answers 200 `{}` (an empty list or empty policy).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Client } from 'google-auth-library';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization?: string;
}

export interface FakeReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method?: string;
  path: RegExp;
  reply: (req: FakeRequest, match: RegExpMatchArray) => FakeReply | undefined;
}

export interface FakeGcp {
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

export async function startFakeGcp(routes: Route[]): Promise<FakeGcp> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: await readBody(req),
      authorization: req.headers.authorization,
    };
    requests.push(request);
    let reply: FakeReply | undefined;
    for (const route of routes) {
      if (route.method && route.method !== request.method) continue;
      const m = request.path.match(route.path);
      if (!m) continue;
      reply = route.reply(request, m);
      if (reply) break;
    }
    reply ??= { body: {} };
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=UTF-8', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const TEST_TOKEN = 'ya29.test-token-for-fake-gcp';

/** An auth client with a fixed access token: no real credentials, no token endpoint. */
export function testAuthClient(): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: TEST_TOKEN, expiry_date: Date.now() + 3_600_000, token_type: 'Bearer' });
  return client;
}

// ── AIP-193 error bodies ─────────────────────────────────────────────────────────────────────

export const permissionDenied = (permission = 'resourcemanager.projects.get'): FakeReply => ({
  status: 403,
  body: {
    error: {
      code: 403,
      message: `Permission '${permission}' denied on resource (or it may not exist).`,
      status: 'PERMISSION_DENIED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'IAM_PERMISSION_DENIED', domain: 'iam.googleapis.com', metadata: { permission } }],
    },
  },
});

/** Storage / Compute (legacy JSON APIs) style 403. */
export const forbiddenLegacy = (message: string): FakeReply => ({
  status: 403,
  body: { error: { code: 403, message, errors: [{ message, domain: 'global', reason: 'forbidden' }] } },
});

export const serviceDisabled = (service: string, projectNumber: string): FakeReply => ({
  status: 403,
  body: {
    error: {
      code: 403,
      message: `${service} has not been used in project ${projectNumber} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${service}/overview?project=${projectNumber} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`,
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'SERVICE_DISABLED',
          domain: 'googleapis.com',
          metadata: { service, consumer: `projects/${projectNumber}`, containerInfo: projectNumber },
        },
      ],
    },
  },
});

export const notFound = (what: string): FakeReply => ({ status: 404, body: { error: { code: 404, message: `${what} not found.`, status: 'NOT_FOUND' } } });

export const resourceExhausted = (retryAfter?: string): FakeReply => ({
  status: 429,
  headers: retryAfter ? { 'retry-after': retryAfter } : {},
  body: {
    error: {
      code: 429,
      message: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'storage.googleapis.com'.",
      status: 'RESOURCE_EXHAUSTED',
    },
  },
});

/** A route answering list pages in turn: page i is returned for pageToken `p<i>`. */
export function paged(method: string | undefined, path: RegExp, key: string, pages: unknown[][], extra: Record<string, unknown> = {}): Route {
  return {
    method,
    path,
    reply: (req) => {
      const token = req.query.get('pageToken');
      const i = token ? Number(token.slice(1)) : 0;
      const body: Record<string, unknown> = { ...extra, [key]: pages[i] ?? [] };
      if (i + 1 < pages.length) body.nextPageToken = `p${i + 1}`;
      return { body };
    },
  };
}

export const json = (body: unknown): FakeReply => ({ body });
