import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { MamoriError } from '../../../../src/model/errors.js';
import { resolveAuth } from '../../../../src/providers/gcp/collect/auth.js';
import { GcpClients } from '../../../../src/providers/gcp/collect/clients.js';
import { rootUrlFor } from '../../../../src/providers/gcp/collect/endpoints.js';
import { classifyGcpError, gcpErrorMessage, isRetryable, apiErrorInfo, parseRetryAfter } from '../../../../src/providers/gcp/collect/errors.js';
import { isUnknownProject, normaliseNode, normaliseProject } from '../../../../src/providers/gcp/collect/hierarchy.js';
import { collectGcp } from '../../../../src/providers/gcp/collect/index.js';
import { runPool, type PoolJob } from '../../../../src/providers/gcp/collect/pool.js';
import { backoffDelay, defaultRetryPolicy, withRetry } from '../../../../src/providers/gcp/collect/retry.js';
import { buildGcpRegistry, GCP_COLLECTORS } from '../../../../src/providers/gcp/collect/services/index.js';
import { GCP_SERVICES } from '../../../../src/providers/gcp/model.js';
import { notFound, permissionDenied, resourceExhausted, serviceDisabled, startFakeGcp, testAuthClient, TEST_TOKEN, type FakeReply } from './fake-gcp.js';

const savedEnv = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
});

/** A gaxios-like error from a fake reply. */
const apiError = (reply: FakeReply) => Object.assign(new Error('request failed'), { status: reply.status, response: { status: reply.status, data: reply.body, headers: new Headers(reply.headers ?? {}) } });

describe('errors', () => {
  it('classifies Google API errors', () => {
    assert.equal(classifyGcpError(apiError(permissionDenied())), 'AccessDenied');
    assert.equal(classifyGcpError(apiError(serviceDisabled('compute.googleapis.com', '1'))), 'ApiNotEnabled');
    const legacyDisabled = { status: 403, body: { error: { code: 403, message: 'Access Not Configured. Compute Engine API has not been used in project 1 before or it is disabled.', errors: [{ reason: 'accessNotConfigured', domain: 'usageLimits' }] } } };
    assert.equal(classifyGcpError(apiError(legacyDisabled)), 'ApiNotEnabled');
    assert.equal(classifyGcpError(apiError(resourceExhausted())), 'Throttled');
    assert.equal(classifyGcpError(apiError({ status: 403, body: { error: { code: 403, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] } } })), 'Throttled');
    assert.equal(classifyGcpError(apiError({ status: 503, body: { error: { code: 503, status: 'UNAVAILABLE', message: 'x' } } })), 'ServiceUnavailable');
    assert.equal(classifyGcpError(apiError({ status: 401, body: { error: { code: 401, status: 'UNAUTHENTICATED', message: 'x' } } })), 'InvalidCredentials');
    assert.equal(classifyGcpError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), 'ServiceUnavailable');
    assert.equal(classifyGcpError(apiError({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'x' } } })), 'Unknown');
  });

  it('tells an unknown project (403 denied, 404, 400) from a projects.get that failed for another reason', () => {
    assert.equal(isUnknownProject(apiError(permissionDenied())), true);
    assert.equal(isUnknownProject(apiError(notFound('Project p'))), true);
    assert.equal(isUnknownProject(apiError({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'bad id' } } })), true);
    assert.equal(isUnknownProject(apiError(serviceDisabled('cloudresourcemanager.googleapis.com', '1'))), false);
    assert.equal(isUnknownProject(apiError({ status: 403, body: { error: { code: 403, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] } } })), false);
    assert.equal(isUnknownProject(apiError({ status: 401, body: { error: { code: 401, status: 'UNAUTHENTICATED', message: 'x' } } })), false);
    assert.equal(isUnknownProject(apiError({ status: 503, body: { error: { code: 503, status: 'UNAVAILABLE', message: 'x' } } })), false);
    assert.equal(isUnknownProject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), false);
  });

  it('decides what to retry and reads Retry-After', () => {
    assert.equal(isRetryable(apiErrorInfo(apiError(resourceExhausted('3')))), true);
    assert.equal(apiErrorInfo(apiError(resourceExhausted('3'))).retryAfterMs, 3000);
    assert.equal(isRetryable(apiErrorInfo(apiError(permissionDenied()))), false);
    assert.equal(isRetryable(apiErrorInfo(apiError(serviceDisabled('x.googleapis.com', '1')))), false);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
    assert.equal(parseRetryAfter('soon'), undefined);
  });

  it('writes one line without tokens', () => {
    const err = apiError({ status: 403, body: { error: { code: 403, status: 'PERMISSION_DENIED', message: `denied for Bearer ${TEST_TOKEN}\nsecond line "access_token": "abc" ?key=AIzaSecret` } } });
    const msg = gcpErrorMessage(err);
    assert.ok(!msg.includes('test-token') && !msg.includes('abc"') && !msg.includes('AIzaSecret'), msg);
    assert.ok(!msg.includes('\n'));
    assert.match(msg, /^403 PERMISSION_DENIED: /);
  });
});

describe('retry', () => {
  it('backs off exponentially with full jitter, capped, Retry-After first', () => {
    const policy = { ...defaultRetryPolicy(5), baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 };
    assert.deepEqual([1, 2, 3, 4, 5].map((a) => backoffDelay(policy, a, undefined)), [100, 200, 400, 800, 1000]);
    assert.equal(backoffDelay({ ...policy, random: () => 0.5 }, 2, undefined), 100);
    assert.equal(backoffDelay(policy, 1, 5000), 1000);
    assert.equal(backoffDelay(policy, 1, 300), 300);
  });

  it('defaults to 5 attempts, MAMORI_MAX_ATTEMPTS overrides, an option overrides both', () => {
    delete process.env.MAMORI_MAX_ATTEMPTS;
    assert.equal(defaultRetryPolicy().maxAttempts, 5);
    process.env.MAMORI_MAX_ATTEMPTS = '9';
    assert.equal(defaultRetryPolicy().maxAttempts, 9);
    assert.equal(defaultRetryPolicy(2).maxAttempts, 2);
  });

  it('does not retry a permission error', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry({ ...defaultRetryPolicy(5), sleep: async () => {} }, async () => {
        calls++;
        throw apiError(permissionDenied());
      }),
    );
    assert.equal(calls, 1);
  });
});

describe('endpoints', () => {
  it('uses the per-API variable over the global one', () => {
    const env = { MAMORI_GCP_ENDPOINT: 'http://127.0.0.1:9000', MAMORI_GCP_ENDPOINT_STORAGE: 'http://localhost:4443/' };
    assert.equal(rootUrlFor('storage', env), 'http://localhost:4443/');
    assert.equal(rootUrlFor('compute', env), 'http://127.0.0.1:9000/');
    assert.equal(rootUrlFor('compute', {}), undefined);
    assert.throws(() => rootUrlFor('compute', { MAMORI_GCP_ENDPOINT: 'not a url' }), /MAMORI_GCP_ENDPOINT: "not a url" is not a URL/);
  });

  it('sends every API to the override, on the API own path', async () => {
    const server = await startFakeGcp([]);
    try {
      const clients = new GcpClients(testAuthClient(), { MAMORI_GCP_ENDPOINT_STORAGE: server.url });
      await (await clients.get('storage')).buckets.list({ project: 'p' });
      assert.equal(server.requests[0].path, '/storage/v1/b');
      assert.equal(server.requests[0].authorization, `Bearer ${TEST_TOKEN}`);
      assert.equal(await clients.get('storage'), await clients.get('storage'), 'one client per API and run');
    } finally {
      await server.close();
    }
  });
});

describe('registry', () => {
  it('has one collector per GcpService', () => {
    assert.deepEqual([...GCP_COLLECTORS.keys()].sort(), [...GCP_SERVICES].sort());
  });
  it('refuses duplicates', () => {
    const c = GCP_COLLECTORS.get('storage')!;
    assert.throws(() => buildGcpRegistry([c, c]), /duplicate Google Cloud collector: storage/);
  });
});

describe('pool', () => {
  it('bounds concurrency and runs follow-up jobs', async () => {
    let running = 0;
    let peak = 0;
    const leaf = (n: number): PoolJob<number> => ({
      async run() {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return { result: n };
      },
    });
    const parent: PoolJob<number> = { run: async () => ({ result: 0, next: [leaf(10), leaf(11), leaf(12)] }) };
    const results = await runPool([parent, leaf(1), leaf(2), leaf(3)], 2);
    assert.deepEqual([...results].sort((a, b) => a - b), [0, 1, 2, 3, 10, 11, 12]);
    assert.ok(peak <= 2);
  });
});

describe('scope and credentials', () => {
  it('normalises ids and rejects malformed ones before any call', async () => {
    assert.equal(normaliseNode('folders', '123'), 'folders/123');
    assert.equal(normaliseNode('organizations', 'organizations/9'), 'organizations/9');
    assert.equal(normaliseProject('projects/my-proj-1'), 'my-proj-1');
    await assert.rejects(collectGcp({ projects: ['Bad_Project'] }), (e: unknown) => e instanceof MamoriError && e.code === 'GCP_SCOPE');
    await assert.rejects(collectGcp({ folders: ['abc'] }), (e: unknown) => e instanceof MamoriError && e.code === 'GCP_SCOPE');
  });

  it('fails fast with one clear line when there are no credentials', async () => {
    delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    delete process.env.CLOUDSDK_CONFIG;
    delete process.env.GOOGLE_CLOUD_PROJECT;
    process.env.METADATA_SERVER_DETECTION = 'none';
    await assert.rejects(collectGcp({ projects: ['my-project'] }), (e: unknown) => {
      assert.ok(e instanceof MamoriError);
      assert.equal(e.code, 'GCP_NO_CREDENTIALS');
      assert.match(e.message, /gcloud auth application-default login/);
      assert.match(e.message, /GOOGLE_APPLICATION_CREDENTIALS/);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  });

  it('asks for a scope when none is given and the credentials have no project', async () => {
    delete process.env.GOOGLE_CLOUD_PROJECT;
    delete process.env.GCLOUD_PROJECT;
    await assert.rejects(collectGcp({ authClient: testAuthClient() }), (e: unknown) => e instanceof MamoriError && e.code === 'GCP_NO_SCOPE');
  });

  it('impersonates a service account through the shared source client', async () => {
    const server = await startFakeGcp([
      {
        method: 'POST',
        path: /^\/v1\/projects\/-\/serviceAccounts\/auditor@p\.iam\.gserviceaccount\.com:generateAccessToken$/,
        reply: (req) => (req.authorization === `Bearer ${TEST_TOKEN}` ? { body: { accessToken: 'ya29.impersonated', expireTime: new Date(Date.now() + 3_600_000).toISOString() } } : permissionDenied()),
      },
    ]);
    try {
      process.env.MAMORI_GCP_ENDPOINT_IAMCREDENTIALS = server.url;
      const { client } = await resolveAuth({ authClient: testAuthClient(), impersonateServiceAccount: 'auditor@p.iam.gserviceaccount.com' });
      const clients = new GcpClients(client, { MAMORI_GCP_ENDPOINT: server.url });
      await (await clients.get('storage')).buckets.list({ project: 'p' });
      await (await clients.get('compute')).firewalls.list({ project: 'p' });
      assert.deepEqual(
        server.requests.map((r) => `${r.method} ${r.path.split(':').pop()} ${r.authorization}`),
        [`POST generateAccessToken Bearer ${TEST_TOKEN}`, 'GET /storage/v1/b Bearer ya29.impersonated', 'GET /compute/v1/projects/p/global/firewalls Bearer ya29.impersonated'],
        'one token minted, shared by every API client',
      );
      await assert.rejects(
        resolveAuth({ authClient: testAuthClient(), impersonateServiceAccount: 'other@p.iam.gserviceaccount.com' }),
        (e: unknown) => e instanceof MamoriError && e.code === 'GCP_IMPERSONATION' && /serviceAccountTokenCreator/.test(e.message) && !e.message.includes(TEST_TOKEN),
      );
    } finally {
      await server.close();
    }
  });
});
