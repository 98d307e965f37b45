/** Bounded calls (issue 11): an endpoint that accepts the connection and never answers used to hold collect and detect s3:// past 300 s. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { clientConfig, requestTimeouts, setMaxAttempts, withOperationDeadline } from '../../../../src/providers/aws/collect/context.js';

describe('AWS SDK calls are bounded', () => {
  let server: Server;
  let url: string;
  const held: import('node:http').ServerResponse[] = [];
  before(async () => {
    // Accepts every request and never answers.
    server = createServer((_req, res) => void held.push(res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    for (const res of held) res.destroy();
    server.close();
  });

  it('reads its timeouts from the environment, with sane defaults and bad values ignored', () => {
    assert.deepEqual(requestTimeouts({}), { connectionTimeout: 10_000, requestTimeout: 60_000, throwOnRequestTimeout: true });
    assert.deepEqual(requestTimeouts({ MAMORI_REQUEST_TIMEOUT_MS: '500', MAMORI_CONNECT_TIMEOUT_MS: 'soon' }), { connectionTimeout: 10_000, requestTimeout: 500, throwOnRequestTimeout: true });
  });

  it('a silent endpoint fails the call within the request timeout', { timeout: 20_000 }, async () => {
    const saved = process.env.MAMORI_REQUEST_TIMEOUT_MS;
    process.env.MAMORI_REQUEST_TIMEOUT_MS = '700';
    setMaxAttempts(1);
    try {
      const client = new STSClient({ ...clientConfig(STSClient, 'us-east-1', { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' }), endpoint: url });
      const started = Date.now();
      await assert.rejects(client.send(new GetCallerIdentityCommand({})));
      const took = Date.now() - started;
      assert.ok(took < 5_000, `ended after ${took} ms`);
      client.destroy();
    } finally {
      setMaxAttempts(8);
      if (saved === undefined) delete process.env.MAMORI_REQUEST_TIMEOUT_MS;
      else process.env.MAMORI_REQUEST_TIMEOUT_MS = saved;
    }
  });

  it('a call with all its retries ends within the operation deadline (MAMORI_OPERATION_DEADLINE_MS)', { timeout: 30_000 }, async () => {
    const saved = { request: process.env.MAMORI_REQUEST_TIMEOUT_MS, deadline: process.env.MAMORI_OPERATION_DEADLINE_MS };
    // Eight attempts of 1 s each, with back-off between, would take well over 8 s; the deadline is 1.5 s.
    process.env.MAMORI_REQUEST_TIMEOUT_MS = '1000';
    process.env.MAMORI_OPERATION_DEADLINE_MS = '1500';
    setMaxAttempts(8);
    try {
      const client = withOperationDeadline(new STSClient({ ...clientConfig(STSClient, 'us-east-1', { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' }), endpoint: url }));
      const started = Date.now();
      await assert.rejects(client.send(new GetCallerIdentityCommand({})), (err: Error) => err.name === 'TimeoutError' && /no answer within 1\.5 s \(MAMORI_OPERATION_DEADLINE_MS\)/.test(err.message));
      const took = Date.now() - started;
      assert.ok(took < 4_000, `ended after ${took} ms`);
      client.destroy();
    } finally {
      for (const [k, v] of [['MAMORI_REQUEST_TIMEOUT_MS', saved.request], ['MAMORI_OPERATION_DEADLINE_MS', saved.deadline]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
