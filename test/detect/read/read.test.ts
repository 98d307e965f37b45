import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { deliveryTime, readEvents, readStream, type ReadIssue, type ReadOptions } from '../../../src/detect/read/index.js';
import { MamoriError } from '../../../src/model/errors.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { repoUrl } from '../../paths.js';

const FIX = fileURLToPath(repoUrl('test/fixtures/logs/'));
const fx = (p: string) => join(FIX, p);

async function collect(inputs: string[], options: ReadOptions = {}) {
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readEvents(inputs, { ...options, onIssue: (i) => issues.push(i) })) events.push(e);
  return { events, issues };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'mamori-read-'));
}

test('CloudTrail S3 delivery file: identity types, errorCode, service source, nested parameters', async () => {
  const { events, issues } = await collect([fx('cloudtrail/delivery.json')]);
  assert.deepEqual(issues, []);
  assert.equal(events.length, 5);
  const [root, user, role, service, invoked] = events;

  assert.equal(root.source, 'cloudtrail');
  assert.equal(root.id, '3b1a8c52-6f1e-4c1d-9a51-0c6a8d2f4e11');
  assert.equal(root.time, '2024-03-04T08:15:02.000Z');
  assert.equal(root.timeMs, Date.parse('2024-03-04T08:15:02Z'));
  assert.equal(root.account, '111122223333');
  assert.equal(root.region, 'us-east-1');
  assert.deepEqual(root.actor, { type: 'Root', arn: 'arn:aws:iam::111122223333:root', principalId: '111122223333', mfa: false });
  assert.deepEqual(root.api, { service: 'signin', operation: 'ConsoleLogin', readOnly: false });
  assert.equal(root.src?.ip, '198.51.100.23');
  assert.equal(root.src?.awsService, undefined);
  assert.match(root.src?.userAgent ?? '', /Chrome/);
  assert.equal((root.raw.userIdentity as { type: string }).type, 'Root');
  assert.equal(root.origin?.file, fx('cloudtrail/delivery.json'));

  assert.equal(user.actor?.type, 'IAMUser');
  assert.equal(user.actor?.userName, 'ci-deployer');
  assert.equal(user.actor?.accessKeyId, 'AKIAIOSFODNN7EXAMPLE');
  assert.equal(user.api?.service, 'iam');
  assert.equal(user.api?.errorCode, 'AccessDenied');
  assert.match(user.api?.errorMessage ?? '', /not authorized/);
  assert.deepEqual(user.resources, [{ uid: 'arn:aws:iam::111122223333:user/admin', type: 'AWS::IAM::User', name: 'admin' }]);

  assert.equal(role.actor?.type, 'AssumedRole');
  assert.equal(role.actor?.roleArn, 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_PowerUser_2c8a1e3f');
  assert.equal(role.actor?.sessionName, 'alice@example.com');
  assert.equal(role.actor?.mfa, true);
  assert.equal(role.region, 'eu-west-1');
  // Nested requestParameters: instancesSet.items[].imageId is kept in raw, and the image is a resource.
  assert.deepEqual(role.resources, [{ uid: 'arn:aws:ec2:eu-west-1::image/ami-0abcdef1234567890', type: 'AWS::EC2::Image', name: 'ami-0abcdef1234567890' }]);
  const params = role.raw.requestParameters as { instancesSet: { items: { imageId: string }[] } };
  assert.equal(params.instancesSet.items[0].imageId, 'ami-0abcdef1234567890');

  assert.equal(service.actor?.type, 'AWSService');
  assert.equal(service.actor?.invokedBy, 'ec2.amazonaws.com');
  assert.deepEqual(service.src, { ip: 'ec2.amazonaws.com', awsService: true, userAgent: 'ec2.amazonaws.com' });
  assert.equal(service.api?.readOnly, true);
  assert.deepEqual(service.resources, [{ uid: 'arn:aws:iam::111122223333:role/app-instance-role', type: 'AWS::IAM::Role' }]);

  assert.equal(invoked.actor?.type, 'AssumedRole');
  assert.equal(invoked.actor?.invokedBy, 'cloudformation.amazonaws.com');
  assert.equal(invoked.actor?.mfa, false);
  assert.equal(invoked.src?.awsService, true);
  assert.deepEqual(invoked.resources, [{ uid: 'arn:aws:s3:::acme-public-assets', type: 'AWS::S3::Bucket' }]);
  assert.equal((invoked.raw.requestParameters as { bucketPolicy: { Statement: { Principal: string }[] } }).bucketPolicy.Statement[0].Principal, '*');
});

test('requestParameters resources: instanceIds, instancesSet, bucket, function, key', async () => {
  const record = {
    eventTime: '2024-03-04T08:00:00Z', eventSource: 'ec2.amazonaws.com', eventName: 'TerminateInstances', awsRegion: 'eu-west-1',
    eventID: 'x1', recipientAccountId: '111122223333', userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/a' },
    requestParameters: { instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] }, bucketName: 'b', functionName: 'f', keyId: 'alias/k' },
  };
  const events: CloudEvent[] = [];
  for await (const e of readStream([Buffer.from(JSON.stringify(record))], 'mem')) events.push(e);
  assert.deepEqual(events[0].resources.map((r) => r.uid), [
    'arn:aws:s3:::b',
    'arn:aws:ec2:eu-west-1:111122223333:instance/i-1',
    'arn:aws:ec2:eu-west-1:111122223333:instance/i-2',
    'arn:aws:lambda:eu-west-1:111122223333:function:f',
    'arn:aws:kms:eu-west-1:111122223333:alias/k',
  ]);
});

test('single pretty-printed records (OCSF samples) and an EventBridge envelope', async () => {
  const { events, issues } = await collect([
    fx('ocsf/cloudtrail-api-activity.json'),
    fx('ocsf/cloudtrail-account-change.json'),
    fx('ocsf/cloudtrail-authentication.json'),
    fx('cloudtrail/eventbridge.json'),
  ]);
  assert.deepEqual(issues, []);
  assert.deepEqual(events.map((e) => e.api?.operation), ['DescribeDirectConnectGateways', 'CreateUser', 'ConsoleLogin', 'StopLogging']);
  assert.equal(events[0].api?.service, 'directconnect');
  assert.equal(events[1].actor?.sessionName, 'Admin-user');
  assert.equal(events[1].actor?.roleArn, 'arn:aws:iam::112233445566:role/Admin');
  assert.equal(events[2].actor?.userName, 'anaya');
  assert.equal(events[2].actor?.mfa, true); // additionalEventData.MFAUsed on a console sign-in
  const bridge = events[3];
  assert.equal(bridge.id, 'e5f4d3c2-b1a0-4f9e-8d7c-6b5a4f3e2d1c');
  assert.equal(bridge.actor?.userName, 'mallory');
  assert.equal(bridge.raw.eventName, 'StopLogging'); // raw is the record, not the envelope
  assert.equal(bridge.raw['detail-type'], undefined);
});

test('JSON lines of records and of EventBridge envelopes', async () => {
  const dir = tmp();
  try {
    const env = JSON.parse(readFileSync(fx('cloudtrail/eventbridge.json'), 'utf8'));
    writeFileSync(join(dir, 'bridge.jsonl'), `${JSON.stringify(env)}\n${JSON.stringify(env)}\n`);
    const { events, issues } = await collect([fx('cloudtrail/records.jsonl'), join(dir, 'bridge.jsonl')]);
    assert.deepEqual(issues, []);
    assert.deepEqual(events.map((e) => e.api?.operation), ['ConsoleLogin', 'CreateAccessKey', 'RunInstances', 'StopLogging', 'StopLogging']);
    assert.deepEqual(events.map((e) => e.origin?.line), [1, 2, 3, 1, 2]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.json.gz and plain give the same events; gzip is detected by content, not name', async () => {
  const dir = tmp();
  try {
    const body = readFileSync(fx('cloudtrail/delivery.json'));
    writeFileSync(join(dir, 'a.json.gz'), gzipSync(body));
    writeFileSync(join(dir, 'b.log'), gzipSync(body)); // gzip without the name
    const plain = await collect([fx('cloudtrail/delivery.json')]);
    const gz = await collect([join(dir, 'a.json.gz')]);
    const unnamed = await collect([join(dir, 'b.log')]);
    assert.deepEqual(gz.issues, []);
    assert.deepEqual(unnamed.issues, []);
    assert.deepEqual(gz.events.map((e) => e.raw), plain.events.map((e) => e.raw));
    assert.deepEqual(unnamed.events.map((e) => e.id), plain.events.map((e) => e.id));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an AWSLogs directory tree is read in delivery-time order; digests are skipped; since/until filter', async () => {
  const dir = tmp();
  try {
    const records = (JSON.parse(readFileSync(fx('cloudtrail/delivery.json'), 'utf8')) as { Records: unknown[] }).Records;
    const base = join(dir, 'AWSLogs', '111122223333', 'CloudTrail');
    const put = (region: string, day: string, name: string, recs: unknown[]) => {
      const folder = join(base, region, '2024', '03', day);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, name), gzipSync(JSON.stringify({ Records: recs })));
    };
    put('us-east-1', '04', '111122223333_CloudTrail_us-east-1_20240304T0820Z_b.json.gz', records.slice(0, 2));
    put('us-east-1', '04', '111122223333_CloudTrail_us-east-1_20240304T0815Z_a.json.gz', []);
    put('eu-west-1', '04', '111122223333_CloudTrail_eu-west-1_20240304T0830Z_c.json.gz', records.slice(2));
    const digest = join(dir, 'AWSLogs', '111122223333', 'CloudTrail-Digest', 'us-east-1', '2024', '03', '04');
    mkdirSync(digest, { recursive: true });
    writeFileSync(join(digest, 'x_CloudTrail-Digest_us-east-1_20240304T0900Z.json.gz'), gzipSync('{"awsAccountId":"111122223333","digestStartTime":"a","digestEndTime":"b"}'));

    const { events, issues } = await collect([dir]);
    assert.deepEqual(issues, []);
    // us-east-1's 08:20 file before eu-west-1's 08:30 one, although eu-west-1 sorts first by path
    assert.deepEqual(events.map((e) => e.api?.operation), ['ConsoleLogin', 'CreateAccessKey', 'RunInstances', 'AssumeRole', 'PutBucketPolicy']);
    assert.match(events[0].origin!.file, /us-east-1\/2024\/03\/04\/.*_b\.json\.gz$/);

    const window = await collect([dir], { since: new Date('2024-03-04T08:16:00Z'), until: new Date('2024-03-04T08:21:00Z') });
    assert.deepEqual(window.events.map((e) => e.api?.operation), ['CreateAccessKey', 'RunInstances']);
    // Whole days outside the window are not even opened.
    const later = await collect([dir], { since: new Date('2024-04-01T00:00:00Z') });
    assert.equal(later.events.length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('VPC flow logs: default format without header, NODATA and SKIPDATA skipped silently', async () => {
  const { events, issues } = await collect([fx('vpcflow/default.log')]);
  assert.deepEqual(issues, []);
  assert.equal(events.length, 3);
  const [first, rejected, dns] = events;
  assert.equal(first.source, 'vpcflow');
  assert.equal(first.time, '2024-03-04T10:00:00.000Z');
  assert.equal(first.account, '111122223333');
  assert.deepEqual(first.src, { ip: '10.0.1.25', port: 48350 });
  assert.deepEqual(first.dst, { ip: '52.218.1.10', port: 443 });
  assert.deepEqual(first.network, { protocol: 6, action: 'ACCEPT', bytes: 5320, packets: 12, interfaceId: 'eni-0a1b2c3d4e5f60718' });
  assert.deepEqual(first.raw, {
    version: 2, 'account-id': '111122223333', 'interface-id': 'eni-0a1b2c3d4e5f60718', srcaddr: '10.0.1.25', dstaddr: '52.218.1.10',
    srcport: 48350, dstport: 443, protocol: 6, packets: 12, bytes: 5320, start: 1709546400, end: 1709546460, action: 'ACCEPT', 'log-status': 'OK',
  });
  assert.match(first.id, /^[0-9a-f]{40}$/);
  assert.notEqual(first.id, rejected.id);
  assert.equal(rejected.network?.action, 'REJECT');
  assert.equal(rejected.dst?.port, 22);
  assert.equal(dns.network?.protocol, 17);
  assert.equal(dns.origin?.line, 5);
});

test('VPC flow logs: custom format with a header; "-" means no value; CSV export with _ names', async () => {
  const { events, issues } = await collect([fx('vpcflow/custom-v5.log'), fx('ocsf/vpcflow-v5.csv')]);
  assert.deepEqual(issues, []);
  assert.equal(events.length, 3);
  const [egress, ingress, csv] = events;
  assert.equal(egress.region, 'eu-west-1');
  assert.equal(egress.network?.direction, 'egress');
  assert.equal(egress.raw['tcp-flags'], 19);
  assert.equal(egress.raw['traffic-path'], 8);
  assert.equal(egress.raw['pkt-dstaddr'], '203.0.113.50');
  assert.equal(egress.raw['vpc-id'], 'vpc-0a1b2c3d4e5f60718');
  assert.deepEqual(egress.resources, [
    { uid: 'eni-0a1b2c3d4e5f60718', type: 'AWS::EC2::NetworkInterface' },
    { uid: 'i-0123456789abcdef0', type: 'AWS::EC2::Instance' },
  ]);
  assert.equal('instance-id' in ingress.raw, false);
  assert.equal('traffic-path' in ingress.raw, false);
  assert.equal(ingress.network?.action, 'REJECT');
  assert.equal(csv.raw.dstport, 39938);
  assert.equal(csv.raw['az-id'], 'use1-az1');
  assert.equal(csv.time, new Date(1649721732000).toISOString());
  assert.equal(csv.account, '123456789012');
});

test('Route 53 Resolver query logs: JSON lines and a pretty-printed record', async () => {
  const { events, issues } = await collect([fx('route53/query.jsonl'), fx('ocsf/route53.json')]);
  assert.deepEqual(issues, []);
  assert.equal(events.length, 4);
  const [s3, mining, , ocsf] = events;
  assert.equal(s3.source, 'dns');
  assert.deepEqual(s3.dns, { query: 's3.eu-west-1.amazonaws.com.', type: 'A', rcode: 'NOERROR', answers: ['52.218.1.10', '52.218.1.11'], vpcId: 'vpc-0a1b2c3d4e5f60718' });
  assert.deepEqual(s3.src, { ip: '10.0.1.25', port: 48211 });
  assert.equal(s3.account, '111122223333');
  assert.equal(s3.region, 'eu-west-1');
  assert.equal(s3.time, '2024-03-04T10:00:01.000Z');
  assert.match(s3.id, /^[0-9a-f]{40}$/);
  assert.equal(mining.dns?.rcode, 'NXDOMAIN');
  assert.equal(mining.raw.query_name, 'xmr-pool.example-mining.net.');
  assert.deepEqual(ocsf.dns?.answers, ['127.0.0.62']);
  assert.equal(ocsf.raw.firewall_rule_action, 'ALERT');
});

test('stdin through the internal stream API, with chunks split anywhere', async () => {
  const body = gzipSync(readFileSync(fx('cloudtrail/delivery.json')));
  const chunks: Buffer[] = [];
  for (let i = 0; i < body.length; i += 7) chunks.push(body.subarray(i, i + 7));
  const events: CloudEvent[] = [];
  for await (const e of readEvents(['-'], { stdin: Readable.from(chunks) })) events.push(e);
  assert.equal(events.length, 5);
  assert.equal(events[0].origin?.file, '-');
});

test('stdin of a child process', () => {
  const script = `
    import { readEvents } from ${JSON.stringify(fileURLToPath(repoUrl('src/detect/read/index.ts')))};
    let n = 0;
    for await (const e of readEvents(['-'])) { n++; process.stdout.write(e.source + ' ' + e.id + '\\n'); }
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    input: readFileSync(fx('vpcflow/custom-v5.log')),
    encoding: 'utf8',
    cwd: fileURLToPath(repoUrl('./')),
    timeout: 20_000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 2);
  assert.match(r.stdout, /^vpcflow [0-9a-f]{40}$/m);
});

test('s3:// prefix: ListObjectsV2 over two pages, GetObject gzip streams', async () => {
  const s3 = mockClient(S3Client);
  try {
    const records = (JSON.parse(readFileSync(fx('cloudtrail/delivery.json'), 'utf8')) as { Records: unknown[] }).Records;
    const prefix = 'AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/04/';
    const objects: Record<string, Buffer> = {
      [`${prefix}a.json.gz`]: gzipSync(JSON.stringify({ Records: records.slice(0, 2) })),
      [`${prefix}b.json.gz`]: gzipSync(JSON.stringify({ Records: records.slice(2, 4) })),
      [`${prefix}c.json.gz`]: gzipSync(JSON.stringify({ Records: records.slice(4) })),
    };
    s3.on(ListObjectsV2Command, { Bucket: 'trail-bucket', ContinuationToken: undefined }).resolves({
      Contents: [{ Key: `${prefix}a.json.gz` }, { Key: `${prefix}b.json.gz` }],
      IsTruncated: true,
      NextContinuationToken: 'page-2',
    });
    s3.on(ListObjectsV2Command, { Bucket: 'trail-bucket', ContinuationToken: 'page-2' }).resolves({
      Contents: [{ Key: `${prefix}c.json.gz` }, { Key: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/03/04/d.json.gz' }],
      IsTruncated: false,
    });
    s3.on(GetObjectCommand).callsFake((input: { Key: string }) => {
      const body = objects[input.Key];
      // A stream in small pieces, as a socket would deliver it.
      const pieces: Buffer[] = [];
      for (let i = 0; i < body.length; i += 100) pieces.push(body.subarray(i, i + 100));
      return { Body: Readable.from(pieces) };
    });
    const client = new S3Client({ region: 'us-east-1' });
    const { events, issues } = await collect(['s3://trail-bucket/AWSLogs/111122223333/'], { s3: { client } });
    assert.deepEqual(issues, []);
    assert.equal(events.length, 5);
    assert.equal(events[4].origin?.file, `s3://trail-bucket/${prefix}c.json.gz`);
    const lists = s3.commandCalls(ListObjectsV2Command);
    assert.equal(lists.length, 2);
    assert.equal(lists[0].args[0].input.Prefix, 'AWSLogs/111122223333/');
    assert.equal(s3.commandCalls(GetObjectCommand).length, 3); // the digest is not fetched

    // A bucket that cannot be listed is a bad argument.
    s3.on(ListObjectsV2Command, { Bucket: 'missing' }).rejects(Object.assign(new Error('The specified bucket does not exist'), { name: 'NoSuchBucket' }));
    await assert.rejects(collect(['s3://missing/x'], { s3: { client } }), (err: unknown) => err instanceof MamoriError && /NoSuchBucket/.test(err.message));
  } finally {
    s3.restore();
  }
});

test('bad input: truncated gzip keeps the events before the cut', async () => {
  const dir = tmp();
  try {
    // Records big enough that the cut lands after the first few have been inflated.
    const records = Array.from({ length: 400 }, (_, i) => ({
      eventTime: '2024-03-04T08:00:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetObject', eventID: `id-${i}`,
      recipientAccountId: '111122223333', awsRegion: 'us-east-1', userIdentity: { type: 'IAMUser', userName: 'u' },
      requestParameters: { bucketName: 'b', key: `k/${i}/${'x'.repeat(200)}` },
    }));
    const gz = gzipSync(JSON.stringify({ Records: records }));
    const path = join(dir, 'cut.json.gz');
    writeFileSync(path, gz.subarray(0, Math.floor(gz.length / 2)));
    writeFileSync(join(dir, 'zz-after.json'), readFileSync(fx('cloudtrail/delivery.json')));
    const { events, issues } = await collect([dir]);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].kind, 'truncated');
    assert.equal(issues[0].file, path);
    const cut = events.filter((e) => e.origin?.file === path);
    assert.ok(cut.length > 10 && cut.length < 400, `${cut.length} events before the cut`);
    assert.deepEqual(cut.map((e) => e.id), records.slice(0, cut.length).map((r) => r.eventID));
    assert.equal(events.length - cut.length, 5); // the next file is still read
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input: a truncated plain JSON document', async () => {
  const text = readFileSync(fx('cloudtrail/delivery.json'), 'utf8');
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readStream([text.slice(0, Math.floor(text.length * 0.7))], 'cut.json', { onIssue: (i) => issues.push(i) })) events.push(e);
  assert.ok(events.length >= 2 && events.length < 5);
  assert.deepEqual(issues.map((i) => [i.file, i.kind]), [['cut.json', 'truncated']]);
});

test('bad input: a malformed JSON line is reported with its line; the others are read', async () => {
  const { events, issues } = await collect([fx('bad/malformed.jsonl')]);
  assert.deepEqual(events.map((e) => e.api?.operation), ['ListBuckets', 'GetBucketAcl']);
  assert.equal(issues.length, 1);
  assert.equal(issues[0].kind, 'malformed');
  assert.equal(issues[0].line, 2);
  assert.equal(issues[0].file, fx('bad/malformed.jsonl'));
});

test('bad input: bad records (no time, wrong field count, unknown JSON) are reported and skipped', async () => {
  const text = [
    '{"eventTime":"yesterday","eventSource":"s3.amazonaws.com","eventName":"ListBuckets"}',
    '{"hello":"world"}',
    '{"eventTime":"2024-03-04T08:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","eventID":"ok"}',
  ].join('\n');
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readStream([text], 'm.jsonl', { onIssue: (i) => issues.push(i) })) events.push(e);
  assert.deepEqual(events.map((e) => e.id), ['ok']);
  assert.deepEqual(issues.map((i) => [i.kind, i.line]), [['malformed', 1], ['unknown-format', 2]]);

  const flow = '2 111122223333 eni-1 10.0.0.1 10.0.0.2 1 2 6 1 40 1709546400 1709546460 ACCEPT OK\n2 111122223333 eni-1 10.0.0.1\n';
  const flowIssues: ReadIssue[] = [];
  const flowEvents: CloudEvent[] = [];
  for await (const e of readStream([flow], 'f.log', { onIssue: (i) => flowIssues.push(i) })) flowEvents.push(e);
  assert.equal(flowEvents.length, 1);
  assert.deepEqual(flowIssues.map((i) => [i.kind, i.line]), [['malformed', 2]]);
});

test('bad input: a PNG and an unrelated CSV are unknown formats; the rest of a directory is read', async () => {
  const dir = tmp();
  try {
    cpSync(fx('bad/pixel.png'), join(dir, 'a.png'));
    cpSync(fx('bad/inventory.csv'), join(dir, 'b.csv'));
    writeFileSync(join(dir, 'c.gz'), gzipSync(readFileSync(fx('bad/pixel.png'))));
    cpSync(fx('vpcflow/default.log'), join(dir, 'd.log'));
    writeFileSync(join(dir, 'e.log'), '');
    const { events, issues } = await collect([dir]);
    assert.equal(events.length, 3);
    assert.deepEqual(issues.map((i) => [i.file, i.kind]), [
      [join(dir, 'a.png'), 'unknown-format'],
      [join(dir, 'b.csv'), 'unknown-format'],
      [join(dir, 'c.gz'), 'unknown-format'],
      // An empty file is said, not skipped silently (issue #11).
      [join(dir, 'e.log'), 'empty'],
    ]);
    assert.match(issues[0].message, /PNG/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad arguments throw MamoriError before anything is read', async () => {
  await assert.rejects(collect([fx('cloudtrail/delivery.json'), '/nonexistent/mamori/logs']), (err: unknown) => {
    assert.ok(err instanceof MamoriError);
    assert.equal(err.code, 'INPUT_NOT_FOUND');
    assert.match(err.message, /\/nonexistent\/mamori\/logs/);
    return true;
  });
  await assert.rejects(collect(['s3://']), MamoriError);
  await assert.rejects(collect([]), MamoriError);
});

test('local inputs are read together in delivery-time order across folders and log types', async () => {
  const root = tmp();
  try {
    const record = (id: string, time: string) => ({ eventVersion: '1.10', eventTime: time, eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity', awsRegion: 'ap-northeast-1', eventID: id, recipientAccountId: '111122223333' });
    const put = (dir: string, name: string, records: object[]) => {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, name), gzipSync(JSON.stringify({ Records: records })));
    };
    // Account A's folder sorts first by path but holds the later file; region B's file is older.
    put('a/AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/19', '111122223333_CloudTrail_us-east-1_20261119T1310Z_aaaa.json.gz', [record('a-1310', '2026-11-19T13:08:00Z')]);
    put('a/AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/19', '111122223333_CloudTrail_us-east-1_20261119T1200Z_bbbb.json.gz', [record('a-1200', '2026-11-19T11:58:00Z')]);
    put('b/AWSLogs/111122223333/CloudTrail/ap-northeast-1/2026/11/19', '111122223333_CloudTrail_ap-northeast-1_20261119T1235Z_cccc.json.gz', [record('b-1235', '2026-11-19T12:33:00Z')]);
    writeFileSync(join(root, 'export.jsonl'), JSON.stringify(record('untimed', '2026-11-19T00:00:00Z')) + '\n');
    const { events, issues } = await collect([join(root, 'a'), join(root, 'b'), join(root, 'export.jsonl')]);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      events.map((e) => e.id),
      ['untimed', 'a-1200', 'b-1235', 'a-1310'],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('deliveryTime reads the time in AWS log object names', () => {
  assert.equal(deliveryTime('x/123456789012_CloudTrail_ap-northeast-1_20261119T1235Z_6387c82d.json.gz'), '20261119T1235Z');
  assert.equal(deliveryTime('123456789012_vpcflowlogs_ap-northeast-1_fl-0a1b2c3d4e5f60641_20261119T1235Z_6387c82d.log.gz'), '20261119T1235Z');
  assert.equal(deliveryTime('events.jsonl'), '');
  assert.equal(deliveryTime('dir_20261119T1235Z_/events.jsonl'), '');
});
