/**
 * The account-level S3 Block Public Access read (S3 Control GetPublicAccessBlock) against an
 * endpoint given in AWS_ENDPOINT_URL, the way users point mamori at LocalStack. Nothing is mocked:
 * a local HTTP server stands in for S3 Control. S3 Control's endpoint rules prefix the host with the
 * account id ("<account>.127.0.0.1", an invalid URL); the configured endpoint must be used as given
 * (AWS SDKs and Tools Reference Guide › Service-specific endpoints) with the account id in the
 * x-amz-account-id header (Amazon S3 API Reference › GetPublicAccessBlock (S3 Control) › URI request
 * parameters / request headers).
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { collector } from '../../../../src/providers/aws/collect/services/s3.js';
import type { AccountPublicAccessBlockConfig } from '../../../../src/providers/aws/model/s3.js';
import { runCollector } from './harness.js';

const ACCOUNT = '123456789012';
const ENDPOINT_VARS = ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_S3_CONTROL', 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'];

let server: Server;
let port: number;
let requests: { method: string; host: string; path: string; accountId: string | undefined }[] = [];
const saved: Record<string, string | undefined> = {};

const PAB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">
  <BlockPublicAcls>true</BlockPublicAcls>
  <IgnorePublicAcls>true</IgnorePublicAcls>
  <BlockPublicPolicy>false</BlockPublicPolicy>
  <RestrictPublicBuckets>true</RestrictPublicBuckets>
</PublicAccessBlockConfiguration>`;

const EMPTY_BUCKETS = `<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets></Buckets></ListAllMyBucketsResult>`;

before(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const path = (req.url ?? '').split('?')[0];
    requests.push({ method: req.method ?? '', host: String(req.headers.host), path, accountId: req.headers['x-amz-account-id'] as string | undefined });
    const body = path === '/v20180820/configuration/publicAccessBlock' ? PAB_XML : EMPTY_BUCKETS;
    res.writeHead(200, { 'content-type': 'application/xml', 'x-amz-request-id': 'req-1' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('S3 Control behind AWS_ENDPOINT_URL', () => {
  beforeEach(() => {
    requests = [];
    for (const k of ENDPOINT_VARS) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${port}`;
  });
  afterEach(() => {
    for (const k of ENDPOINT_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('sends GetPublicAccessBlock to the configured host as given, account id in the header, and records the setting', async () => {
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    const pab = requests.find((r) => r.path === '/v20180820/configuration/publicAccessBlock');
    assert.ok(pab, `no S3 Control request reached the endpoint: ${JSON.stringify(requests)}`);
    assert.deepEqual(pab, { method: 'GET', host: `127.0.0.1:${port}`, path: '/v20180820/configuration/publicAccessBlock', accountId: ACCOUNT });
    const account = resources.find((r) => r.type === 'AWS::S3::AccountPublicAccessBlock')!;
    assert.equal(account.errors, undefined);
    assert.deepEqual((account.config as AccountPublicAccessBlockConfig).publicAccessBlock, {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: true,
    });
  });
});
