/** Bounded calls (issue 11): an endpoint that accepts the connection and never answers used to hold collect and detect s3:// past 300 s. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { clientConfig, requestTimeouts, setMaxAttempts } from '../../../../src/providers/aws/collect/context.js';

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
});
