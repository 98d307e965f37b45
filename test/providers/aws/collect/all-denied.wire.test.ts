/**
 * The whole collector set against an endpoint that denies everything but identity and regions
 * (a role with no read permissions): every service must record its errors, the scan must finish,
 * and assessing the result must give NOT_ASSESSED — never PASS or FAIL — for rules whose data
 * could not be read.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assess } from '../../../../src/assess/engine.js';
import { selectRules } from '../../../../src/assess/registry.js';
import { collectAws } from '../../../../src/providers/aws/collect/collector.js';
import { SERVICE_COLLECTORS } from '../../../../src/providers/aws/collect/services/index.js';

const run = promisify(execFile);
let server: Server;
const saved: Record<string, string | undefined> = {};

function deny(req: IncomingMessage, body: string, res: ServerResponse) {
  if (body.includes('Action=GetCallerIdentity')) {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/nobody</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
    return;
  }
  if (body.includes('Action=DescribeRegions')) {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(`<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo><item><regionName>us-east-1</regionName><optInStatus>opt-in-not-required</optInStatus></item></regionInfo></DescribeRegionsResponse>`);
    return;
  }
  const json = /json/.test(String(req.headers['content-type'])) || req.headers['x-amz-target'] !== undefined || /^\/(20|\d{4}-)/.test(req.url ?? '');
  if (json) {
    res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException', 'x-amzn-requestid': 'r' });
    res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'User is not authorized to perform this action' }));
  } else {
    res.writeHead(403, { 'content-type': 'text/xml', 'x-amzn-requestid': 'r' });
    res.end('<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform this action</Message></Error><RequestId>r</RequestId></ErrorResponse>');
  }
}

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => deny(req, body, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  for (const k of ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'AWS_PROFILE']) saved[k] = process.env[k];
  process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
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

describe('every collector against an endpoint that denies everything', () => {
  it('finishes, records errors for every service, and never passes or fails a rule on missing data', async () => {
    const snapshot = await collectAws({ regions: ['us-east-1'], maxAttempts: 1, concurrency: 4 });
    const failedServices = new Set(snapshot.errors.map((e) => e.service));
    for (const service of Object.keys(SERVICE_COLLECTORS)) {
      assert.ok(failedServices.has(service), `${service}: denied calls are recorded as collection errors`);
    }
    // S3 Control puts the account id in front of the endpoint's host name, which an IP endpoint cannot serve.
    const unexpected = snapshot.errors.filter((e) => e.code !== 'AccessDenied' && !e.operation.startsWith('GetPublicAccessBlock (account)'));
    assert.deepEqual(unexpected, [], 'every denied call is classified as AccessDenied');
    const findings = assess(snapshot, { rules: selectRules() });
    const decided = findings.filter((f) => f.status === 'PASS' || f.status === 'FAIL');
    assert.deepEqual(
      decided.map((f) => `${f.ruleId} ${f.status} ${f.resource.uid}`),
      [],
      'nothing can be decided when nothing could be read',
    );
    assert.ok(findings.some((f) => f.status === 'NOT_ASSESSED'));
  });

  it('mamori scan (the CLI) runs collect + assess end to end and keeps the snapshot', async () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/\/dist\/$/, '/');
    const dir = mkdtempSync(join(tmpdir(), 'mamori-scan-'));
    const snapshotFile = join(dir, 'snap.json.gz');
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin', 'mamori.js'), 'scan', '--regions', 'us-east-1', '--services', 'iam,s3,ec2', '--output', 'json', '--snapshot-out', snapshotFile], {
      env: { ...process.env, MAMORI_MAX_ATTEMPTS: '1' },
      maxBuffer: 64 << 20,
    });
    const report = JSON.parse(stdout);
    assert.deepEqual(report.snapshot.scope.services, ['iam', 's3', 'ec2']);
    assert.ok(report.findings.length > 0);
    assert.ok(report.findings.every((f: { complianceStatus: string }) => f.complianceStatus === 'NOT_ASSESSED' || f.complianceStatus === 'MANUAL'), 'nothing decided without data');
    assert.ok(report.collectionErrors.length > 0);
    assert.ok(existsSync(snapshotFile));
    assert.ok(!stderr.includes('wJalrXUtnFEMI'), 'no secret in logs');
  });
});
