/**
 * Hostile log input gets bounded fields and one clear line (issue #11): long strings are cut with
 * a marker in the normalised event and its raw record, an empty file is said, errors in a one-line
 * `{"Records":[…]}` file name the record, and no message echoes a value whole.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readEvents, readStream, type ReadIssue } from '../../../src/detect/read/index.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { FIELD_LIMIT, RAW_STRING_LIMIT, truncationMarker } from '../../../src/model/limits.js';
import { QUOTE_LIMIT } from '../../../src/model/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-read-bounds-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function read(inputs: string[]) {
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readEvents(inputs, { onIssue: (i) => issues.push(i) })) events.push(e);
  return { events, issues };
}

function record(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/dev', accountId: '111122223333', userName: 'dev' },
    eventTime: new Date(Date.parse('2026-11-20T03:00:00Z') + i * 1000).toISOString().replace('.000Z', 'Z'),
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'aws-cli/2.15.30',
    requestParameters: { bucketName: 'logs', key: `k/${i}` },
    eventID: `e-${i}`,
    recipientAccountId: '111122223333',
    ...extra,
  };
}

describe('long strings in log records', () => {
  it('a user agent of many megabytes is cut with a marker in the normalised event and in raw, in every reading path', async () => {
    const huge = 'A'.repeat(5 * 1024 * 1024);
    const records = [record(0), record(1, { userAgent: huge, userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::111122223333:user/${huge}` } }), record(2)];
    const paths = {
      // Under 8 MB of text: parsed whole.
      whole: join(dir, 'whole.json'),
      // Over 8 MB: the streaming splitter.
      streamed: join(dir, 'streamed.json'),
      lines: join(dir, 'lines.jsonl'),
      gzipped: join(dir, 'gzipped.json.gz'),
    };
    writeFileSync(paths.whole, JSON.stringify({ Records: records }));
    writeFileSync(paths.streamed, JSON.stringify({ Records: [...records, record(3, { userAgent: huge })] }));
    writeFileSync(paths.lines, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(paths.gzipped, gzipSync(JSON.stringify({ Records: records })));
    for (const [how, path] of Object.entries(paths)) {
      const { events, issues } = await read([path]);
      assert.deepEqual(issues, [], how);
      const long = events[1];
      assert.equal(long.id, 'e-1', how);
      const ua = long.src?.userAgent ?? '';
      assert.ok(ua.length <= FIELD_LIMIT, `${how}: normalised user agent holds ${ua.length} characters`);
      assert.ok(ua.startsWith('AAAA') && ua.endsWith(truncationMarker(huge.length)), `${how}: ${ua.slice(-60)}`);
      const arn = long.actor?.arn ?? '';
      assert.ok(arn.length <= FIELD_LIMIT && arn.startsWith('arn:aws:iam::111122223333:user/AAA') && arn.includes('…[truncated, '), `${how}: actor ARN`);
      const raw = long.raw.userAgent as string;
      assert.ok(raw.length <= RAW_STRING_LIMIT && raw.endsWith(truncationMarker(huge.length)), `${how}: raw user agent holds ${raw.length} characters`);
      // What is stored of the event (carried windows keep it as JSON) is bounded too.
      assert.ok(JSON.stringify(long).length < 2 * RAW_STRING_LIMIT + 4 * FIELD_LIMIT, how);
      // Short values are untouched.
      assert.equal(events[0].src?.userAgent, 'aws-cli/2.15.30', how);
      assert.equal(events[0].raw.userAgent, 'aws-cli/2.15.30', how);
    }
  });

  it('long values deep in requestParameters and long property names are cut; values up to the limit are kept whole', async () => {
    const policy = 'P'.repeat(RAW_STRING_LIMIT);
    const name = 'k'.repeat(RAW_STRING_LIMIT + 1);
    const rec = record(0, { requestParameters: { bucketName: 'logs', policy, nested: { list: ['x'.repeat(RAW_STRING_LIMIT + 5)], [name]: 1 } } });
    const path = join(dir, 'deep.json');
    writeFileSync(path, JSON.stringify({ Records: [rec] }));
    const { events } = await read([path]);
    const rp = events[0].raw.requestParameters as { policy: string; nested: Record<string, unknown> & { list: string[] } };
    assert.equal(rp.policy, policy, 'a value of exactly RAW_STRING_LIMIT characters is kept');
    assert.ok(rp.nested.list[0].endsWith(truncationMarker(RAW_STRING_LIMIT + 5)));
    assert.equal(rp.nested.list[0].length, RAW_STRING_LIMIT);
    const keys = Object.keys(rp.nested);
    assert.equal(keys.length, 2);
    assert.ok(keys[1].length <= RAW_STRING_LIMIT && keys[1].endsWith(truncationMarker(RAW_STRING_LIMIT + 1)));
  });

  it('a long value made of escaped quotes (no quote-free stretch in the file) is cut too', async () => {
    const quotes = '"\\'.repeat(100_000);
    const path = join(dir, 'quotes.json');
    // Hundreds of ordinary records around it, as in a delivery file.
    writeFileSync(path, JSON.stringify({ Records: [...Array.from({ length: 300 }, (_, i) => record(i)), record(300, { userAgent: quotes }), record(301)] }));
    const { events } = await read([path]);
    assert.equal(events.length, 302);
    const raw = events[300].raw.userAgent as string;
    assert.ok(raw.length <= RAW_STRING_LIMIT && raw.startsWith('"\\"\\') && raw.endsWith(truncationMarker(quotes.length)));
    assert.ok((events[300].src?.userAgent ?? '').endsWith(truncationMarker(quotes.length)));
  });

  it('Route 53 Resolver, Cloud Audit Log and VPC flow fields are bounded as well', async () => {
    const long = 'q'.repeat(FIELD_LIMIT * 3);
    const dns = { version: '1.100000', account_id: '111122223333', region: 'us-east-1', vpc_id: 'vpc-1', query_timestamp: '2026-11-20T03:00:00Z', query_name: `${long}.example.`, query_type: 'A', rcode: 'NOERROR', answers: [{ Rdata: long }], srcaddr: '10.0.0.5', srcport: '5353' };
    const gcp = {
      logName: 'projects/p1/logs/cloudaudit.googleapis.com%2Factivity',
      timestamp: '2026-11-20T03:00:00Z',
      insertId: 'i1',
      resource: { type: 'gcs_bucket', labels: { project_id: 'p1', location: 'us' } },
      protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', serviceName: 'storage.googleapis.com', methodName: 'storage.buckets.get', resourceName: `projects/_/buckets/${long}`, authenticationInfo: { principalEmail: `${long}@example.com` }, requestMetadata: { callerIp: '203.0.113.9', callerSuppliedUserAgent: long } },
    };
    const path = join(dir, 'mixed.jsonl');
    writeFileSync(path, `${JSON.stringify(dns)}\n${JSON.stringify(gcp)}\n`);
    const { events, issues } = await read([path]);
    assert.deepEqual(issues, []);
    const [d, g] = events;
    for (const v of [d.dns?.query, d.dns?.answers?.[0], g.actor?.email, g.actor?.arn, g.src?.userAgent, g.resources[0].uid, g.resources[0].name]) {
      assert.ok(v && v.length <= FIELD_LIMIT && v.includes('…[truncated, '), String(v).slice(0, 40));
    }
    const flow = join(dir, 'flow.log');
    writeFileSync(flow, `version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status vpc-id\n2 111122223333 eni-1 10.0.0.1 10.0.0.2 443 49152 6 10 840 1763607600 1763607660 ACCEPT OK vpc-${long}\n`);
    const f = await read([flow]);
    assert.deepEqual(f.issues, []);
    const vpc = f.events[0].raw['vpc-id'] as string;
    assert.ok(vpc.length <= FIELD_LIMIT && vpc.endsWith(truncationMarker(long.length + 4)));
  });
});

describe('an empty file is said, not skipped silently', () => {
  it('zero bytes, blank space only and an empty gzip each give one "empty" issue and no events', async () => {
    const empty = join(dir, 'empty.json');
    const blank = join(dir, 'blank.jsonl');
    const gz = join(dir, 'empty.json.gz');
    writeFileSync(empty, '');
    writeFileSync(blank, '\n  \r\n\t\n');
    writeFileSync(gz, gzipSync(Buffer.alloc(0)));
    const { events, issues } = await read([empty, blank, gz]);
    assert.equal(events.length, 0);
    assert.deepEqual(issues, [
      { file: empty, kind: 'empty', message: 'empty file, no events' },
      { file: blank, kind: 'empty', message: 'empty file, no events' },
      { file: gz, kind: 'empty', message: 'empty file, no events' },
    ]);
  });

  it('a stream whose first chunk is a blank line is read, not taken for empty', async () => {
    const issues: ReadIssue[] = [];
    const events: CloudEvent[] = [];
    const chunks = ['\n', '\n', `${JSON.stringify(record(0))}\n`, `${JSON.stringify(record(1))}\n`];
    for await (const e of readStream(chunks, '-', { onIssue: (i) => issues.push(i) })) events.push(e);
    assert.deepEqual(issues, []);
    assert.deepEqual(events.map((e) => e.id), ['e-0', 'e-1']);
    assert.equal(events[1].origin?.line, 4);
  });
});

describe('errors in a one-line CloudTrail file name the record', () => {
  const records = (bad: Record<string, unknown>) => [record(0), record(1), record(2), { ...record(3), ...bad }, record(4)];

  it('parsed whole (a delivery file) and streamed (over 8 MB): "record 3" with line 1', async () => {
    const small = join(dir, 'trail.json');
    writeFileSync(small, JSON.stringify({ Records: records({ eventTime: 'yesterday' }) }));
    const big = join(dir, 'trail-big.json');
    // Padding after the bad record puts the file over the whole-file limit: the streaming splitter reads it.
    const padded = records({ eventTime: 'yesterday' });
    padded.push(record(5, { requestParameters: { padding: 'x'.repeat(9 * 1024 * 1024) } }));
    writeFileSync(big, JSON.stringify({ Records: padded }));
    for (const path of [small, big]) {
      const { events, issues } = await read([path]);
      assert.equal(issues.length, 1, path);
      assert.deepEqual({ ...issues[0], message: undefined }, { file: path, line: 1, record: 3, kind: 'malformed', message: undefined });
      assert.equal(issues[0].message, 'record 3: eventTime "yesterday" is not a time');
      assert.deepEqual(events.map((e) => e.id), path === small ? ['e-0', 'e-1', 'e-2', 'e-4'] : ['e-0', 'e-1', 'e-2', 'e-4', 'e-5']);
    }
  });

  it('a record that is not an object, and invalid JSON inside a streamed Records array, name their index too', async () => {
    const path = join(dir, 'odd.json');
    writeFileSync(path, `{"Records":[${JSON.stringify(record(0))},${JSON.stringify({ hello: 'world' })}]}`);
    const { issues } = await read([path]);
    assert.deepEqual(issues.map((i) => [i.line, i.record, i.kind]), [[1, 1, 'unknown-format']]);
    assert.match(issues[0].message, /^record 1: /);
    // Cut short: the splitter gives the values; the one that does not parse is named.
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, `{"Records":[${JSON.stringify(record(0))},{"eventTime": oops}, ${JSON.stringify(record(2))}]}`);
    const b = await read([broken]);
    assert.deepEqual(b.issues.map((i) => [i.line, i.record, i.kind]), [[1, 1, 'malformed']]);
    assert.match(b.issues[0].message, /^record 1: invalid JSON/);
    assert.deepEqual(b.events.map((e) => e.id), ['e-0', 'e-2']);
  });

  it('JSON lines give the line alone (each line is its own record)', async () => {
    const path = join(dir, 'lines-bad.jsonl');
    writeFileSync(path, `${JSON.stringify(record(0))}\n${JSON.stringify(record(1, { eventTime: 'never' }))}\n`);
    const { issues } = await read([path]);
    assert.deepEqual(issues, [{ file: path, line: 2, kind: 'malformed', message: 'eventTime "never" is not a time' }]);
  });
});

describe('messages quote input values bounded', () => {
  it('a 100,000-character time, query time or flow field is quoted by its start and its length', async () => {
    const long = 'T'.repeat(100_000);
    const path = join(dir, 'long-values.jsonl');
    writeFileSync(path, [JSON.stringify(record(0, { eventTime: long })), JSON.stringify({ query_name: 'a.example', query_timestamp: long }), JSON.stringify({ detail: { eventName: 'x' }, 'detail-type': long, source: 'aws.s3' })].join('\n') + '\n');
    const flow = join(dir, 'long-flow.log');
    writeFileSync(flow, `2 111122223333 eni-1 10.0.0.1 10.0.0.2 443 49152 6 ${'9'.repeat(50)}x${'9'.repeat(100_000)} 840 1763607600 1763607660 ACCEPT OK\n`);
    const { issues } = await read([path, flow]);
    assert.equal(issues.length, 4);
    for (const i of issues) {
      assert.ok(i.message.length < QUOTE_LIMIT + 100, `${i.message.length} characters: ${i.message.slice(0, 80)}`);
    }
    assert.match(issues[0].message, /^eventTime "T{120}"…\(100000 characters\) is not a time$/);
    assert.match(issues[3].message, /^field packets is not a number: "9{50}x9{69}"…\(100051 characters\)$/);
  });
});
