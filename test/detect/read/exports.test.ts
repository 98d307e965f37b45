/**
 * CloudTrail from SIEMs and data lakes (src/detect/read/exports.ts): each export of the same two
 * records (a developer's DescribeInstances and an attacker's StopLogging) reads as the plain
 * CloudTrail does and raises the same signals; bad records are reported with file and line; the
 * format is sniffed per file, so a folder may mix them. Fixtures: test/detect/read/fixtures/exports/
 * (built from the documented shapes) and fixtures/ocsf/ (from the OCSF examples, see NOTICE.md there).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readEvents, readStream, type ReadIssue } from '../../../src/detect/read/index.js';
import { parseStruct } from '../../../src/detect/read/exports.js';
import { detect } from '../../../src/detect/pipeline.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { repoUrl } from '../../paths.js';

const HERE = fileURLToPath(repoUrl('test/detect/read/fixtures/'));
const fx = (p: string) => join(HERE, p);
const ATTACK = 'e5f4d3c2-b1a0-4f9e-8d7c-6b5a4f3e2d1c';
const BENIGN = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

async function collect(inputs: string[]) {
  const issues: ReadIssue[] = [];
  const events: CloudEvent[] = [];
  for await (const e of readEvents(inputs, { onIssue: (i) => issues.push(i) })) events.push(e);
  return { events, issues };
}

/** What the rules and the signal see of an event. */
function view(e: CloudEvent) {
  return { id: e.id, timeMs: e.timeMs, account: e.account, region: e.region, actor: e.actor, api: e.api, ip: e.src?.ip, userAgent: e.src?.userAgent, resources: e.resources };
}

/** Rule ids of the signals whose evidence holds `eventId`. */
async function rulesFor(file: string, eventId: string): Promise<string[]> {
  const result = await detect({ inputs: [file], intel: [] });
  return result.signals.filter((s) => s.eventIds.includes(eventId)).map((s) => s.ruleId).sort();
}

/** Each export, with the issues its deliberately bad records give (line, record index, kind). */
const EXPORTS: { file: string; issues: [number, number | undefined, ReadIssue['kind'], RegExp][] }[] = [
  { file: 'logstash.jsonl', issues: [[3, undefined, 'malformed', /invalid JSON/]] },
  { file: 'elasticdump.jsonl', issues: [[3, undefined, 'malformed', /invalid JSON/]] },
  { file: 'opensearch-search.json', issues: [] },
  { file: 'elastic-integration.jsonl', issues: [[4, undefined, 'malformed', /event\.original is not JSON/]] },
  { file: 'splunk-export.jsonl', issues: [[3, undefined, 'malformed', /Splunk _raw is not JSON/]] },
  { file: 'splunk-results.json', issues: [] },
  { file: 'cloudtrail-lake.json', issues: [[165, 3, 'malformed', /CloudTrail Lake row without eventTime/]] },
  { file: 'security-lake.jsonl', issues: [[3, undefined, 'malformed', /invalid JSON/], [4, undefined, 'unknown-format', /OCSF Network Activity record/]] },
];

describe('CloudTrail exported from SIEMs and data lakes', async () => {
  const plain = await collect([fx('exports/plain.json')]);
  const plainRules = await rulesFor(fx('exports/plain.json'), ATTACK);

  it('the plain records raise the StopLogging signal (the reference the exports are held to)', () => {
    assert.deepEqual(plain.issues, []);
    assert.ok(plainRules.includes('aws-ct-cloudtrail-logging-stopped'), plainRules.join());
  });

  for (const { file, issues: expected } of EXPORTS) {
    it(`${file}: same events as the plain records, same signals for the attack, bad records reported with file:line`, async () => {
      const { events, issues } = await collect([fx(`exports/${file}`)]);
      assert.deepEqual(
        issues.map((i) => [i.line, i.record, i.kind]),
        expected.map(([line, record, kind]) => [line, record, kind]),
        JSON.stringify(issues),
      );
      issues.forEach((i, n) => {
        assert.equal(i.file, fx(`exports/${file}`));
        assert.match(i.message, expected[n][3]);
      });
      for (const id of [BENIGN, ATTACK]) {
        const got = events.filter((e) => e.id === id);
        assert.ok(got.length >= 1, `${id} not read from ${file}`);
        for (const e of got) assert.deepEqual(view(e), view(plain.events.find((p) => p.id === id)!));
        assert.ok(got.every((e) => e.origin?.file === fx(`exports/${file}`) && typeof e.origin.line === 'number'));
      }
      assert.deepEqual(await rulesFor(fx(`exports/${file}`), ATTACK), plainRules);
    });
  }

  it('the issue\'s case: a Logstash export with @timestamp in place of eventTime is read, not rejected line by line', async () => {
    const line = readFileSync(fx('exports/logstash.jsonl'), 'utf8').split('\n')[1];
    assert.equal((JSON.parse(line) as { eventTime?: string }).eventTime, undefined);
    const events: CloudEvent[] = [];
    const issues: ReadIssue[] = [];
    for await (const e of readStream([Buffer.from(line)], 'mem', { onIssue: (i) => issues.push(i) })) events.push(e);
    assert.deepEqual(issues, []);
    assert.equal(events[0].time, '2024-03-04T09:01:12.000Z');
    assert.equal(events[0].api?.operation, 'StopLogging');
  });

  it('CloudTrail Lake: nested columns arrive as text and are parsed; a row of only some columns gives what it has', async () => {
    const { events } = await collect([fx('exports/cloudtrail-lake.json')]);
    const benign = events.find((e) => e.id === BENIGN)!;
    assert.deepEqual(benign.raw.requestParameters, plain.events.find((e) => e.id === BENIGN)!.raw.requestParameters);
    assert.equal(benign.raw.readOnly, true);
    assert.deepEqual((benign.raw.userIdentity as { sessionContext: unknown }).sessionContext, (plain.events.find((e) => e.id === BENIGN)!.raw.userIdentity as { sessionContext: unknown }).sessionContext);
    const partial = events.find((e) => e.api?.operation === 'DeleteTrail')!;
    assert.equal(partial.time, '2024-03-04T09:03:30.000Z');
    assert.equal(partial.src?.ip, '203.0.113.200');
    assert.equal(partial.actor, undefined);
  });

  it('a folder mixing every format (one gzipped) is read file by file, each sniffed on its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-exports-'));
    try {
      for (const name of readdirSync(fx('exports')).filter((n) => !n.endsWith('.md'))) copyFileSync(fx(`exports/${name}`), join(dir, name));
      writeFileSync(join(dir, 'splunk-export.jsonl.gz'), gzipSync(readFileSync(fx('exports/splunk-export.jsonl'))));
      rmSync(join(dir, 'splunk-export.jsonl'));
      copyFileSync(fileURLToPath(repoUrl('test/fixtures/logs/vpcflow/default.log')), join(dir, 'flow.log'));
      const { events, issues } = await collect([dir]);
      const files = new Set(events.map((e) => e.origin!.file.slice(dir.length + 1)));
      assert.deepEqual([...files].sort(), [...readdirSync(dir)].sort());
      assert.equal(events.filter((e) => e.id === ATTACK).length, 10); // twice from the Elastic integration
      assert.equal(issues.length, EXPORTS.reduce((n, x) => n + x.issues.length, 0));
      assert.ok(issues.every((i) => i.file.startsWith(dir) && typeof i.line === 'number'));
      const result = await detect({ inputs: [dir], intel: [] });
      assert.ok(result.signals.some((s) => s.ruleId === 'aws-ct-cloudtrail-logging-stopped' && s.eventIds.includes(ATTACK)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Amazon Security Lake OCSF records map back to the CloudTrail record they came from', () => {
  const pairs = ['api-activity', 'account-change', 'authentication', 'api-activity-rc2'];
  for (const name of pairs) {
    it(`${name}: the OCSF side gives the raw side's fields the rules use`, async () => {
      const raw = (await collect([fx(`ocsf/${name}.raw.json`)])).events[0];
      const { events, issues } = await collect([fx(`ocsf/${name}.ocsf.json`)]);
      assert.deepEqual(issues, []);
      const ocsf = events[0];
      assert.equal(ocsf.id, raw.id);
      assert.equal(ocsf.timeMs, raw.timeMs);
      assert.equal(ocsf.account, raw.account);
      assert.equal(ocsf.region, raw.region);
      // readOnly is no OCSF field: only Security Lake 2.0's `unmapped` keeps it (the account-change sample does).
      const { readOnly, ...api } = raw.api ?? { service: '', operation: '' };
      assert.deepEqual(ocsf.api, ocsf.api?.readOnly === undefined ? api : { ...api, readOnly });
      assert.deepEqual(ocsf.src, raw.src);
      const a = { ...raw.actor };
      const b = { ...ocsf.actor };
      // The rc.2 sample's ids differ from its raw record's (redacted differently); the rest must agree.
      if (name.endsWith('rc2')) for (const k of ['arn', 'principalId', 'accessKeyId'] as const) delete a[k], delete b[k];
      assert.deepEqual(b, a);
      const rp = raw.raw.requestParameters;
      if (rp) assert.deepEqual(ocsf.raw.requestParameters, rp);
      for (const k of ['eventSource', 'eventName', 'sourceIPAddress', 'userAgent', 'recipientAccountId', 'eventType'] as const) {
        if (name.endsWith('rc2') && k === 'recipientAccountId') continue;
        assert.equal(ocsf.raw[k], raw.raw[k], k);
      }
    });
  }
});

describe('parseStruct (CloudTrail Lake nested columns)', () => {
  it('structs, maps, arrays, nulls and JSON values', () => {
    assert.deepEqual(parseStruct('{type=IAMUser, arn=arn:aws:iam::1:user/a, sessioncontext={attributes={mfaauthenticated=false}, sessionissuer=null}}'), {
      type: 'IAMUser', arn: 'arn:aws:iam::1:user/a', sessioncontext: { attributes: { mfaauthenticated: 'false' }, sessionissuer: null },
    });
    assert.deepEqual(parseStruct('[{accountid=1, type=AWS::S3::Object, arn=arn:aws:s3:::b/k}, {accountid=1, type=AWS::S3::Bucket, arn=arn:aws:s3:::b}]'), [
      { accountid: '1', type: 'AWS::S3::Object', arn: 'arn:aws:s3:::b/k' },
      { accountid: '1', type: 'AWS::S3::Bucket', arn: 'arn:aws:s3:::b' },
    ]);
    assert.deepEqual(parseStruct('{groupId=sg-1, ipPermissions={"items":[{"ipRanges":{"items":[{"cidrIp":"0.0.0.0/0"}]}}]}}'), {
      groupId: 'sg-1', ipPermissions: { items: [{ ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] },
    });
    // A value holding ", " but no "name=" after it stays whole.
    assert.deepEqual(parseStruct('{description=web, api and jobs, name=x}'), { description: 'web, api and jobs', name: 'x' });
    assert.equal(parseStruct('{not a struct'), undefined);
    assert.equal(parseStruct('plain'), undefined);
  });
});

describe('response documents are split whatever the chunking', () => {
  for (const file of ['opensearch-search.json', 'splunk-results.json', 'cloudtrail-lake.json']) {
    it(`${file} in 7-character chunks gives the same events as whole`, async () => {
      const text = readFileSync(fx(`exports/${file}`), 'utf8');
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += 7) chunks.push(text.slice(i, i + 7));
      const ids = async (parts: string[]) => {
        const out: string[] = [];
        for await (const e of readStream(parts, file, { onIssue: () => undefined })) out.push(`${e.id}@${e.origin?.line}`);
        return out;
      };
      const whole = await ids([text]);
      assert.ok(whole.length >= 2);
      assert.deepEqual(await ids(chunks), whole);
    });
  }
});
