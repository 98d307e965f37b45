/** Test helpers for notifications: observations and a real local HTTP receiver. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ObservedFinding } from '../../../src/hub/model.js';
import type { ScanRecord } from '../../../src/hub/store/store.js';

export const T1 = '2026-11-01T00:00:00.000Z';
export const T2 = '2026-11-02T00:00:00.000Z';
export const T3 = '2026-11-03T00:00:00.000Z';
export const ACCOUNT = '111111111111';
export const OTHER_ACCOUNT = '222222222222';

/** `at` plus some hours, as ISO. */
export const later = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

export function obs(id: string, status: ObservedFinding['complianceStatus'], at: string, extra: Partial<ObservedFinding> = {}): ObservedFinding {
  return {
    id, kind: 'posture', source: 'mamori', ruleId: 'aws-s3-bucket-require-tls', title: `S3 bucket ${id} allows plain HTTP`, severity: 'MEDIUM',
    complianceStatus: status, provider: 'aws', account: ACCOUNT, region: 'us-east-1', resourceUid: `arn:aws:s3:::${id}`,
    resourceType: 'AWS::S3::Bucket', resourceName: id, resourceTags: {}, frameworks: { fsbp: ['S3.5'] },
    reason: `bucket policy of ${id} does not deny aws:SecureTransport=false`, observedAt: at, ...extra,
  };
}

export const scan = (id: string, at: string, ruleIds = ['aws-s3-bucket-require-tls', 'aws-s3-bucket-public-read']): ScanRecord => ({
  id, at, scope: { source: 'mamori', kind: 'posture', accounts: [ACCOUNT, OTHER_ACCOUNT], regions: ['us-east-1'], ruleIds },
});

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/**
 * A webhook receiver on 127.0.0.1 (port 0). `respond(n)` gives the status of the n-th request
 * (1-based); default 200. The URL has a secret-looking path, as Slack and Teams URLs do.
 */
export async function receiver(respond: (n: number) => number = () => 200) {
  const requests: Received[] = [];
  const state = { respond };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = state.respond(requests.length + 1);
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status < 300 ? 'ok' : `failure at ${req.url}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/services/T0SECRET/B0SECRET/xoxSecretToken?code=sig-secret`,
    requests,
    /** Requests that were answered 2xx. */
    delivered: () => requests.filter((r) => r.status < 300),
    setRespond(fn: (n: number) => number) {
      state.respond = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A receiver that accepts every request and never answers (a hung webhook, a proxy that lost its
 * upstream). With `headersOnly`, it sends a 200 status line and headers, then stalls the body.
 */
export async function silentReceiver(options: { headersOnly?: boolean } = {}) {
  const held: import('node:http').ServerResponse[] = [];
  const server = createServer((req, res) => {
    held.push(res);
    req.resume();
    if (options.headersOnly) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/services/T0SECRET/B0SECRET/xoxSecretToken`,
    /** Requests received so far. */
    received: () => held.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
