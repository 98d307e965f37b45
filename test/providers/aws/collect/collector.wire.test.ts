/**
 * Wire-level tests of the collection core: a local HTTP server stands in for AWS, reached the
 * way users reach LocalStack — through AWS_ENDPOINT_URL. Nothing in the SDK is mocked, so this
 * proves endpoint settings are honoured, S3 uses path-style addressing behind an overridden
 * endpoint, throttling is retried by the SDK, and a failing service never aborts the scan.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { GetBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { collectAws } from '../../../../src/providers/aws/collect/collector.js';
import type { ServiceCollector } from '../../../../src/providers/aws/collect/types.js';
import { ACCOUNT_TYPE, REGION_TYPE } from '../../../../src/model/pseudo.js';

type Handler = (req: IncomingMessage, body: string) => { status: number; body: string; type?: string } | undefined;

let server: Server;
let requests: { method: string; url: string; host: string; action?: string }[] = [];
let handlers: Handler[] = [];
const saved: Record<string, string | undefined> = {};

const xml = (status: number, body: string) => ({ status, body, type: 'text/xml' });
const ec2Error = (code: string, status: number) =>
  xml(status, `<Response><Errors><Error><Code>${code}</Code><Message>${code} for test</Message></Error></Errors><RequestID>r-1</RequestID></Response>`);

function stsIdentity(req: IncomingMessage, body: string) {
  const target = String(req.headers['x-amz-target'] ?? '');
  const member = /Credential=ASIAMEMBER(\d{12})/.exec(String(req.headers.authorization))?.[1];
  if (member && body.includes('Action=GetCallerIdentity')) {
    return xml(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
<Arn>arn:aws:sts::${member}:assumed-role/Audit/mamori-collect</Arn><UserId>AROAEXAMPLE:mamori-collect</UserId><Account>${member}</Account>
</GetCallerIdentityResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
  }
  if (body.includes('Action=GetCallerIdentity')) {
    return xml(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
<Arn>arn:aws:iam::123456789012:user/auditor</Arn><UserId>AIDAEXAMPLEUSERID0001</UserId><Account>123456789012</Account>
</GetCallerIdentityResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
  }
  if (target.endsWith('GetCallerIdentity')) {
    return { status: 200, type: 'application/x-amz-json-1.0', body: JSON.stringify({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/auditor', UserId: 'AIDAEXAMPLEUSERID0001' }) };
  }
  return undefined;
}

const regionsXml = xml(
  200,
  `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-3</requestId><regionInfo>
<item><regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>
<item><regionName>ap-northeast-1</regionName><regionEndpoint>ec2.ap-northeast-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>
<item><regionName>me-south-1</regionName><regionEndpoint>ec2.me-south-1.amazonaws.com</regionEndpoint><optInStatus>not-opted-in</optInStatus></item>
</regionInfo></DescribeRegionsResponse>`,
);

before(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const action = /Action=([A-Za-z]+)/.exec(body)?.[1] ?? String(req.headers['x-amz-target'] ?? '').split('.').pop();
      requests.push({ method: req.method!, url: req.url!, host: String(req.headers.host), action });
      for (const h of [...handlers, stsIdentity]) {
        const out = h(req, body);
        if (out) {
          res.writeHead(out.status, { 'content-type': out.type ?? 'text/xml', 'x-amzn-requestid': 'r' });
          res.end(out.body);
          return;
        }
      }
      res.writeHead(400, { 'content-type': 'text/xml' });
      res.end('<ErrorResponse><Error><Code>InvalidAction</Code><Message>not stubbed</Message></Error></ErrorResponse>');
    });
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

beforeEach(() => {
  requests = [];
  handlers = [];
});

const s3Versioning: ServiceCollector = {
  service: 's3',
  global: true,
  async collect(ctx) {
    const out = await ctx.list('GetBucketVersioning', ['AWS::S3::Bucket'], () =>
      ctx.client(S3Client).send(new GetBucketVersioningCommand({ Bucket: 'demo-bucket' })),
    );
    if (out) {
      ctx.emit({ uid: 'arn:aws:s3:::demo-bucket', account: ctx.account, region: 'us-east-1', type: 'AWS::S3::Bucket', name: 'demo-bucket', tags: {}, config: { versioning: out.Status } });
    }
  },
};

const iamSummary: ServiceCollector = {
  service: 'iam',
  global: true,
  async collect(ctx) {
    const out = await ctx.client(IAMClient).send(new GetAccountSummaryCommand({}));
    ctx.emit({ uid: `arn:aws:iam::${ctx.account}:root`, account: ctx.account, region: 'global', type: 'AWS::IAM::RootUser', name: 'root', tags: {}, config: { summary: out.SummaryMap } });
  },
};

describe('collectAws over the wire (AWS_ENDPOINT_URL)', () => {
  it('retries throttled calls, honours the endpoint, uses path-style S3, and records enabled regions', async () => {
    let describeRegionsCalls = 0;
    handlers.push((_req, body) => {
      if (!body.includes('Action=DescribeRegions')) return undefined;
      describeRegionsCalls++;
      return describeRegionsCalls === 1 ? ec2Error('RequestLimitExceeded', 503) : regionsXml;
    });
    handlers.push((req) =>
      req.method === 'GET' && req.url?.startsWith('/demo-bucket') && req.url.includes('versioning')
        ? xml(200, '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>')
        : undefined,
    );
    const snapshot = await collectAws({ collectors: [s3Versioning], maxAttempts: 3 });

    assert.equal(describeRegionsCalls, 2, 'the throttled DescribeRegions was retried by the SDK');
    assert.deepEqual(snapshot.scope.accounts, ['123456789012']);
    assert.deepEqual(snapshot.scope.regions, ['ap-northeast-1', 'us-east-1'], 'opt-in regions that are not enabled are skipped');
    assert.equal(snapshot.resources.filter((r) => r.type === REGION_TYPE).length, 2);
    assert.equal(snapshot.resources.filter((r) => r.type === ACCOUNT_TYPE).length, 1);
    const bucket = snapshot.resources.find((r) => r.type === 'AWS::S3::Bucket');
    assert.deepEqual(bucket?.config, { versioning: 'Enabled' });
    const s3Request = requests.find((r) => r.url.startsWith('/demo-bucket'));
    assert.ok(s3Request, 'S3 request reached the overridden endpoint');
    assert.match(s3Request.host, /^127\.0\.0\.1:\d+$/, 'path-style addressing: the bucket is not in the host name');
    assert.deepEqual(snapshot.errors, []);
  });

  it('records AccessDenied and throttling that outlasts retries, and goes on with other services', async () => {
    handlers.push((_req, body) => (body.includes('Action=DescribeRegions') ? regionsXml : undefined));
    handlers.push((_req, body) => (body.includes('Action=GetAccountSummary') ? xml(403, '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: iam:GetAccountSummary</Message></Error><RequestId>r</RequestId></ErrorResponse>') : undefined));
    handlers.push((req) => (req.url?.startsWith('/demo-bucket') ? xml(503, '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>') : undefined));
    const snapshot = await collectAws({ collectors: [iamSummary, s3Versioning], regions: ['us-east-1'], maxAttempts: 2 });

    const iamError = snapshot.errors.find((e) => e.service === 'iam');
    assert.equal(iamError?.code, 'AccessDenied');
    assert.equal(iamError?.region, 'global');
    const s3Error = snapshot.errors.find((e) => e.service === 's3');
    assert.equal(s3Error?.code, 'Throttled');
    assert.equal(s3Error?.operation, 'GetBucketVersioning');
    assert.deepEqual(s3Error?.resourceTypes, ['AWS::S3::Bucket']);
    assert.equal(requests.filter((r) => r.url.startsWith('/demo-bucket')).length, 2, 'two attempts before giving up');
    assert.deepEqual(snapshot.scope.regions, ['us-east-1']);
    const serialized = JSON.stringify(snapshot);
    assert.ok(!serialized.includes('wJalrXUtnFEMI'), 'the secret key never enters the snapshot');
  });

  it('walks every account of the organization with --org-role, skipping members it cannot enter', async () => {
    handlers.push((_req, body) => (body.includes('Action=DescribeRegions') ? regionsXml : undefined));
    handlers.push((req, body) => {
      if (!String(req.headers['x-amz-target']).endsWith('ListAccounts')) return undefined;
      const page2 = JSON.parse(body || '{}').NextToken === 'page-2';
      const accounts = page2
        ? [{ Id: '333333333333', Arn: 'arn:aws:organizations::123456789012:account/o-exampleorg/333333333333', Name: 'locked', Status: 'ACTIVE' }]
        : [
            { Id: '123456789012', Arn: 'arn:aws:organizations::123456789012:account/o-exampleorg/123456789012', Name: 'management', Status: 'ACTIVE' },
            { Id: '210987654321', Arn: 'arn:aws:organizations::123456789012:account/o-exampleorg/210987654321', Name: 'workload', Status: 'ACTIVE' },
          ];
      return { status: 200, type: 'application/x-amz-json-1.1', body: JSON.stringify({ Accounts: accounts, NextToken: page2 ? undefined : 'page-2' }) };
    });
    handlers.push((_req, body) => {
      if (!body.includes('Action=AssumeRole')) return undefined;
      const account = /RoleArn=arn%3Aaws%3Aiam%3A%3A(\d{12})/.exec(body)?.[1];
      if (account === '333333333333') {
        return xml(403, '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform sts:AssumeRole</Message></Error><RequestId>r</RequestId></ErrorResponse>');
      }
      return xml(200, `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>
<AccessKeyId>ASIAMEMBER${account}</AccessKeyId><SecretAccessKey>member-secret-not-real</SecretAccessKey><SessionToken>token</SessionToken>
<Expiration>2030-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:mamori-collect</AssumedRoleId>
<Arn>arn:aws:sts::${account}:assumed-role/Audit/mamori-collect</Arn></AssumedRoleUser></AssumeRoleResult>
<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`);
    });
    const snapshot = await collectAws({ collectors: [], orgRole: 'Audit', regions: ['us-east-1'] });
    assert.deepEqual(snapshot.scope.accounts, ['123456789012', '210987654321']);
    const denied = snapshot.errors.find((e) => e.account === '333333333333');
    assert.equal(denied?.operation, 'AssumeRole');
    assert.equal(denied?.code, 'AccessDenied');
    assert.equal(requests.filter((r) => r.action === 'ListAccounts').length, 2, 'ListAccounts was paginated');
  });

  it('assumes the role once per member account, shared by every client of the account', async () => {
    handlers.push((_req, body) => (body.includes('Action=DescribeRegions') ? regionsXml : undefined));
    handlers.push((req) =>
      String(req.headers['x-amz-target']).endsWith('ListAccounts')
        ? {
            status: 200,
            type: 'application/x-amz-json-1.1',
            body: JSON.stringify({
              Accounts: ['123456789012', '210987654321', '210987654322'].map((Id) => ({ Id, Arn: `arn:aws:organizations::123456789012:account/o-exampleorg/${Id}`, Name: Id, Status: 'ACTIVE' })),
            }),
          }
        : undefined,
    );
    handlers.push((_req, body) => {
      if (!body.includes('Action=AssumeRole')) return undefined;
      const account = /RoleArn=arn%3Aaws%3Aiam%3A%3A(\d{12})/.exec(body)?.[1];
      return xml(200, `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>
<AccessKeyId>ASIAMEMBER${account}</AccessKeyId><SecretAccessKey>member-secret-not-real</SecretAccessKey><SessionToken>token</SessionToken>
<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:mamori-collect</AssumedRoleId>
<Arn>arn:aws:sts::${account}:assumed-role/Audit/mamori-collect</Arn></AssumedRoleUser></AssumeRoleResult>
<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`);
    });
    handlers.push((_req, body) =>
      body.includes('Action=GetAccountSummary')
        ? xml(200, `<GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountSummaryResult><SummaryMap>
<entry><key>AccountMFAEnabled</key><value>1</value></entry></SummaryMap></GetAccountSummaryResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetAccountSummaryResponse>`)
        : undefined,
    );
    handlers.push((req) =>
      req.url?.startsWith('/demo-bucket') ? xml(200, '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>') : undefined,
    );
    const regional: ServiceCollector = {
      service: 'ec2',
      global: false,
      async collect(ctx) {
        // A regional service: a client per region, all on the account's credentials.
        await ctx.client(IAMClient, ctx.region).send(new GetAccountSummaryCommand({}));
      },
    };
    const snapshot = await collectAws({ collectors: [iamSummary, s3Versioning, regional], orgRole: 'Audit', regions: ['us-east-1', 'ap-northeast-1'] });
    assert.deepEqual(snapshot.scope.accounts, ['123456789012', '210987654321', '210987654322']);
    assert.deepEqual(snapshot.errors, []);
    const assumed = requests.filter((r) => r.action === 'AssumeRole');
    assert.equal(assumed.length, 2, `one AssumeRole per member account (the caller's own account needs none), saw ${assumed.length}`);
    assert.ok(requests.filter((r) => r.action === 'GetAccountSummary').length >= 9, 'every account called IAM from several clients');
  });

  it('refuses a region the account does not know', async () => {
    handlers.push((_req, body) => (body.includes('Action=DescribeRegions') ? regionsXml : undefined));
    await assert.rejects(collectAws({ collectors: [s3Versioning], regions: ['eu-nowhere-9'] }), /unknown region "eu-nowhere-9"/);
  });
});
