/**
 * Bounded Google Cloud calls (issue 11): each request had a 60 s timeout but nothing bounded an
 * operation's retries, and the token path had no bound at all. An API or token endpoint that
 * accepts connections and never answers now costs one recorded error per operation (or one clear
 * line for credentials) within MAMORI_OPERATION_DEADLINE_MS.
 */
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import { OAuth2Client } from 'google-auth-library';
import { MamoriError } from '../../../../src/model/errors.js';
import { resolveAuth } from '../../../../src/providers/gcp/collect/auth.js';
import { GcpClients } from '../../../../src/providers/gcp/collect/clients.js';
import { classifyGcpError, gcpErrorMessage } from '../../../../src/providers/gcp/collect/errors.js';
import { collectGcp } from '../../../../src/providers/gcp/collect/index.js';
import { defaultRetryPolicy, OperationDeadlineError, withRetry } from '../../../../src/providers/gcp/collect/retry.js';
import { resourceExhausted, startFakeGcp, testAuthClient } from './fake-gcp.js';
import { PROD } from './world.js';

/** Accepts every request and never answers. */
async function silentServer() {
  const held: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received: () => held.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const savedEnv = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
});

describe('Google Cloud operations have an overall deadline', () => {
  it('reads the deadline and the request timeout from the settings the AWS collector uses', async () => {
    assert.equal(defaultRetryPolicy().deadlineMs, 300_000);
    process.env.MAMORI_OPERATION_DEADLINE_MS = '1500';
    assert.equal(defaultRetryPolicy().deadlineMs, 1500);
    process.env.MAMORI_OPERATION_DEADLINE_MS = 'soon';
    assert.equal(defaultRetryPolicy().deadlineMs, 300_000, 'a bad value is ignored, as for MAMORI_REQUEST_TIMEOUT_MS');

    // MAMORI_REQUEST_TIMEOUT_MS bounds each request of the API clients.
    const silent = await silentServer();
    try {
      const clients = new GcpClients(testAuthClient(), { MAMORI_GCP_ENDPOINT: silent.url, MAMORI_REQUEST_TIMEOUT_MS: '300' });
      const started = performance.now();
      await assert.rejects((await clients.get('storage')).buckets.list({ project: 'p' }));
      assert.ok(performance.now() - started < 3_000);
    } finally {
      await silent.close();
    }
  });

  it('an attempt still waiting at the deadline ends the operation; a retry that would pass it is not made', async () => {
    const started = performance.now();
    await assert.rejects(
      withRetry({ maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 10, deadlineMs: 200 }, () => new Promise<never>(() => {})),
      (e: unknown) => e instanceof OperationDeadlineError && /^no answer within the operation deadline of 200 ms \(MAMORI_OPERATION_DEADLINE_MS\)$/.test(e.message),
    );
    assert.ok(performance.now() - started < 1_500);
    // Recorded as the service not answering, not retried, and said in one line.
    const err = new OperationDeadlineError(2000);
    assert.equal(classifyGcpError(err), 'ServiceUnavailable');
    assert.equal(gcpErrorMessage(err), 'DEADLINE_EXCEEDED: no answer within the operation deadline of 2 s (MAMORI_OPERATION_DEADLINE_MS)');

    // Throttled with Retry-After: 60 and a 1 s deadline: the last answer is the error, no minute-long wait.
    const server = await startFakeGcp([{ path: /.*/, reply: () => resourceExhausted('60') }]);
    const sleeps: number[] = [];
    try {
      const clients = new GcpClients(testAuthClient(), { MAMORI_GCP_ENDPOINT: server.url });
      const storage = await clients.get('storage');
      await assert.rejects(
        withRetry({ maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 60_000, deadlineMs: 1000, sleep: async (ms) => void sleeps.push(ms) }, () => storage.buckets.list({ project: 'p' })),
        (e: unknown) => classifyGcpError(e) === 'Throttled',
      );
      assert.deepEqual(sleeps, [], 'no sleep past the deadline');
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  it('a collection against an API that never answers ends, with one error per operation', { timeout: 60_000 }, async () => {
    const silent = await silentServer();
    try {
      process.env.MAMORI_GCP_ENDPOINT = silent.url;
      const deadlineMs = 600;
      const started = performance.now();
      // The request timeout stays at its 60 s default: only the operation deadline ends the calls.
      const snapshot = await collectGcp({ authClient: testAuthClient(), projects: [PROD], services: ['storage', 'compute'], retry: { deadlineMs, sleep: async () => {} } });
      const took = performance.now() - started;
      // Three rounds, each waiting out one deadline: the project lookup, the Service Usage gate,
      // then the first call of storage and of compute side by side. Compute's other calls (a dozen
      // in a row) are recorded at once instead of each waiting out its own deadline.
      assert.ok(took < 3 * deadlineMs + 3_000, `took ${Math.round(took)} ms`);
      const byService = new Map<string, string[]>();
      for (const e of snapshot.errors) {
        assert.equal(e.code, 'ServiceUnavailable', `${e.operation}: ${e.code}`);
        assert.match(e.message, /^DEADLINE_EXCEEDED: (no answer|not called: an earlier \w+ call got no answer) within the operation deadline of 600 ms \(MAMORI_OPERATION_DEADLINE_MS\)$/, e.operation);
        byService.set(e.service, [...(byService.get(e.service) ?? []), e.message]);
      }
      assert.deepEqual([...byService.keys()].sort(), ['cloudresourcemanager', 'compute', 'storage']);
      const compute = byService.get('compute')!;
      assert.ok(compute.length > 5, 'one error per compute operation');
      assert.match(compute[0], /: no answer within/);
      assert.ok(compute.slice(1).every((m) => m.includes('not called: an earlier compute call')));
    } finally {
      await silent.close();
    }
  });

  it('a token endpoint that never answers is one clear line within the deadline', { timeout: 30_000 }, async () => {
    const silent = await silentServer();
    try {
      process.env.MAMORI_OPERATION_DEADLINE_MS = '700';
      const refreshToken = '1//refresh-token-that-must-not-be-printed';
      const client = () => {
        const c = new OAuth2Client({ clientId: 'id', clientSecret: 'client-secret-value', endpoints: { oauth2TokenUrl: `${silent.url}token` } });
        c.setCredentials({ refresh_token: refreshToken });
        return c;
      };
      const started = performance.now();
      await assert.rejects(resolveAuth({ authClient: client() }), (e: unknown) => {
        assert.ok(e instanceof MamoriError);
        assert.equal(e.code, 'GCP_CREDENTIALS');
        assert.equal(e.message, 'no Google Cloud access token from the token endpoint or metadata server: no answer within 700 ms (MAMORI_OPERATION_DEADLINE_MS)');
        return true;
      });
      assert.ok(performance.now() - started < 3_000);
      assert.equal(silent.received(), 1, 'the token endpoint was asked');
      // Through the collector, too: no scan starts, nothing hangs.
      await assert.rejects(collectGcp({ authClient: client(), projects: [PROD] }), (e: unknown) => e instanceof MamoriError && e.code === 'GCP_CREDENTIALS' && !e.message.includes(refreshToken));
    } finally {
      await silent.close();
    }
  });
});
