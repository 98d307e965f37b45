/**
 * Error lines from AWS endpoints never carry credentials: an STS-like endpoint that echoes the
 * session token it was sent gets neither the token nor the secret key printed in the collect error.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { collectAws } from '../../../../src/providers/aws/collect/collector.js';
import { errorMessage } from '../../../../src/providers/aws/collect/errors.js';

const SECRET = 'q8Xv2Lr0ZkP4tWm9Ns7Yb3Jc1Hd6Fg5Ea0Ui2Ko8';
const TOKEN = 'IQoJb3JpZ2luX2VjEHYaCXVzLWVhc3QtMSJHMEUCIQD4vN7q2kLmT9xYzR3pWs8uV1cB6dE0fG5hJ4iK7lM2nAIgOp3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0Ij3Kl6Mn9Op2Qq';
const ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_PROFILE', 'AWS_MAX_ATTEMPTS'];
const saved: Record<string, string | undefined> = {};
let server: Server;

before(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // What it was sent, back in the message: a proxy, a fake or a hostile endpoint may do this.
      const token = String(req.headers['x-amz-security-token'] ?? '');
      res.writeHead(403, { 'content-type': 'text/xml' });
      res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid: ${token} (${SECRET})</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  for (const k of ENV) saved[k] = process.env[k];
  process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.AWS_ACCESS_KEY_ID = 'ASIAYVQ4EXAMPLE12345';
  process.env.AWS_SECRET_ACCESS_KEY = SECRET;
  process.env.AWS_SESSION_TOKEN = TOKEN;
  process.env.AWS_REGION = 'us-east-1';
  delete process.env.AWS_PROFILE;
});

after(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await new Promise((r) => server.close(r));
});

describe('collect error lines', () => {
  it('an STS endpoint echoing the session token: the collect error names the code, not the token or the key', async () => {
    const err = await collectAws({ collectors: [], maxAttempts: 1 }).then(
      () => assert.fail('the credentials were refused'),
      (e: Error) => e,
    );
    assert.match(err.message, /cannot verify credentials \(InvalidClientTokenId: The security token included in the request is invalid: \[redacted\]/, err.message);
    assert.ok(!err.message.includes(TOKEN) && !err.message.includes(TOKEN.slice(0, 40)), err.message);
    assert.ok(!err.message.includes(SECRET), err.message);
  });

  it('a token that is not in the environment is still caught by its shape', () => {
    const other = 'FwoGZXIvYXdzEBYaDHqa0AP1x9AJlvA2YiKwAQ3ZzT6y0pX3rN7Jm0Ikw1V6ZbUfS2tDGCQX8nDCKH9sPYhZ1cJvEzaF0aqN3zNf';
    const line = errorMessage(Object.assign(new Error(`The security token included in the request is expired: ${other}`), { name: 'ExpiredToken' }));
    assert.equal(line, 'The security token included in the request is expired: [redacted]');
    const signed = errorMessage(new Error('Credential=ASIAYVQ4EXAMPLE12345/20261120/us-east-1/sts/aws4_request, Signature=0123abcd X-Amz-Security-Token=abc'));
    assert.ok(!/0123abcd|=abc\b/.test(signed), signed);
  });
});
