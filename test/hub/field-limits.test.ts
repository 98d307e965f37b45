/**
 * Stored fields are bounded (issue #11): a CloudTrail event with a 50 MB user agent goes through a
 * whole detection run into the hub, and what is stored of it (signal evidence, the finding, the
 * carried aggregation window) holds the user agent cut, with a marker giving its length, never
 * whole. Findings from any source are bounded again where they enter the hub (`observe`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runDetect } from '../../src/app/detect.js';
import { observe } from '../../src/hub/lifecycle.js';
import type { ObservedFinding } from '../../src/hub/model.js';
import { FindingStore } from '../../src/hub/store/store.js';
import { boundJson, EVIDENCE_LIMIT, FIELD_LIMIT, jsonWithin, TEXT_LIMIT, TITLE_LIMIT, TOO_DEEP_MARKER, truncated, truncationMarker } from '../../src/model/limits.js';

const work = mkdtempSync(join(tmpdir(), 'mamori-field-limits-'));
after(() => rmSync(work, { recursive: true, force: true }));

const UA_LENGTH = 50 * 1024 * 1024;
const MARKER = truncationMarker(UA_LENGTH);
const ACCOUNT = '111122223333';

function getObject(i: number, userAgent: string) {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLEUSER01', arn: `arn:aws:iam::${ACCOUNT}:user/dev`, accountId: ACCOUNT, userName: 'dev' },
    eventTime: new Date(Date.parse('2026-11-20T03:00:00Z') + i * 60_000).toISOString().replace('.000Z', 'Z'),
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent,
    requestParameters: { bucketName: 'data', key: `k/${i}` },
    eventID: `00000000-0000-4000-9000-00000000000${i}`,
    readOnly: true,
    eventType: 'AwsApiCall',
    recipientAccountId: ACCOUNT,
  };
}

// One finding per user agent: the user agent is the dedup key, so it is evidence.
const perAgentRule = `id: 0b6f2c1e-8d4a-4c3b-9e1f-2a3b4c5d6e7f
name: test-object-read-by-agent
title: Objects read by one client
description: GetObject, one finding per user agent.
status: test
level: low
logsource: {product: aws, service: cloudtrail}
detection:
  selection:
    eventName: GetObject
  condition: selection
tags: [attack.collection, attack.t1530]
dedup: [userAgent]
`;

// A burst that never completes: its window (whole events) is carried in the hub's detection_state.
const burstRule = `id: 1c7a3d2f-9e5b-4d4c-8f2a-3b4c5d6e7f80
name: test-object-read-burst
title: Many objects read by one client
description: Ten GetObject calls from one user agent within an hour.
status: test
level: medium
logsource: {product: aws, service: cloudtrail}
detection:
  selection:
    eventName: GetObject
  condition: selection
aggregation:
  group_by: [userAgent]
  timespan: 1h
  count: {gte: 10}
tags: [attack.collection, attack.t1530]
dedup: [userAgent]
`;

/** Every file of the hub: the database and its WAL and journal. */
function hubSize(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f.startsWith('hub.db'))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

describe('a 50 MB user agent through detection into the hub', () => {
  it('is stored cut with a marker in the signal, the finding and the carried window; the hub stays small', async () => {
    const rules = join(work, 'rules');
    const logs = join(work, 'logs');
    const hubDir = join(work, 'hub');
    mkdirSync(rules);
    mkdirSync(logs);
    mkdirSync(hubDir);
    writeFileSync(join(rules, 'test-object-read-by-agent.yml'), perAgentRule);
    writeFileSync(join(rules, 'test-object-read-burst.yml'), burstRule);
    // Built in memory and written once: a Kali kernel first, so the built-in rule for
    // penetration-testing distributions fires on it too.
    const agent = 'aws-cli/2.15.30 Linux/6.5.0-kali3-amd64 '.padEnd(UA_LENGTH, 'A');
    writeFileSync(join(logs, 'trail.json'), JSON.stringify({ Records: [getObject(0, agent), getObject(1, agent), getObject(2, 'aws-cli/2.15.30')] }));
    const db = join(hubDir, 'hub.db');

    const { result } = await runDetect({ inputs: [logs], rules: [rules], correlate: false, store: { db } });
    assert.deepEqual(result.readIssues, []);
    assert.equal(result.events, 3);

    const byAgent = result.signals.filter((s) => s.ruleId === 'test-object-read-by-agent');
    assert.equal(byAgent.length, 2, 'the long agent and the short one');
    const long = byAgent.find((s) => s.count === 2)!;
    assert.equal(long.userAgents.length, 1);
    assert.ok(long.userAgents[0].length <= FIELD_LIMIT && long.userAgents[0].startsWith('aws-cli/2.15.30 Linux/6.5.0-kali3-amd64 AAA') && long.userAgents[0].endsWith(MARKER));
    assert.ok(result.signals.some((s) => s.ruleId === 'aws-ct-pentest-user-agent'), 'rules still match the start of the value');

    const store = await FindingStore.open(db);
    try {
      const stored = (await store.get(long.id))?.finding;
      assert.ok(stored, 'the signal is a hub finding');
      const evidence = stored.evidence as { userAgents: string[]; dedupKey: Record<string, string> };
      assert.ok(evidence.userAgents[0].endsWith(MARKER), 'the evidence says how long the value was');
      assert.ok(evidence.dedupKey.userAgent.endsWith(MARKER));
      assert.ok(JSON.stringify(stored).length <= EVIDENCE_LIMIT + 4 * TEXT_LIMIT, `the finding holds ${JSON.stringify(stored).length} characters`);
      for (const f of await store.list({}, { limit: 100 })) assert.ok(JSON.stringify(f).length < 2 * EVIDENCE_LIMIT, f.ruleId);

      const state = JSON.stringify((await store.detectionState('aggregation-windows'))?.state);
      assert.ok(state.includes('kali3-amd64 AAA') && state.includes(MARKER), 'the carried window keeps the event, its user agent cut');
      assert.ok(state.length < 1024 * 1024, `the carried windows hold ${state.length} characters`);
    } finally {
      await store.close();
    }
    const bytes = hubSize(hubDir);
    assert.ok(bytes < 8 * 1024 * 1024, `the hub files hold ${bytes} bytes (the user agent alone is ${UA_LENGTH})`);
  });
});

function observation(extra: Partial<ObservedFinding> = {}): ObservedFinding {
  return {
    id: 'import-0123456789abcdef0123456789abcdef',
    kind: 'threat',
    source: 'guardduty',
    ruleId: 'Recon:EC2/PortProbeUnprotectedPort',
    title: 'Unprotected port on EC2 instance is being probed',
    severity: 'MEDIUM',
    complianceStatus: null,
    provider: 'aws',
    account: ACCOUNT,
    region: 'us-east-1',
    resourceUid: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abc`,
    resourceType: 'AWS::EC2::Instance',
    resourceName: 'i-0abc',
    resourceTags: { Name: 'web' },
    frameworks: {},
    reason: 'Port 22 probed from 198.51.100.7.',
    evidence: { ports: [22], actor: { ip: '198.51.100.7' } },
    observedAt: '2026-11-20T03:00:00.000Z',
    ...extra,
  };
}

describe('findings are bounded where they enter the hub', () => {
  const ctx = { at: '2026-11-20T04:00:00.000Z', actor: 'test' };

  it('an imported finding with huge fields is stored cut, each field with its marker', () => {
    const big = (n: number, c = 'x') => c.repeat(n);
    const o = observation({
      title: big(100_000, 'T'),
      description: big(1_000_000, 'D'),
      reason: big(1_000_000, 'R'),
      resourceUid: big(100_000, 'U'),
      resourceName: big(100_000, 'N'),
      localized: { title: { en: big(5000, 'e'), ja: big(5000, 'j') }, reason: { en: 'short', ja: '短い' } },
      resourceTags: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`tag${i}`, big(100, 'v')])),
      evidence: { first: 'kept whole', blob: big(1_000_000, 'B'), items: Array.from({ length: 100_000 }, (_, i) => i) },
    });
    const { finding } = observe(undefined, o, ctx);
    assert.ok(finding);
    assert.equal(finding.title.length, TITLE_LIMIT);
    assert.ok(finding.title.endsWith(truncationMarker(100_000)));
    assert.equal(finding.description?.length, TEXT_LIMIT);
    assert.equal(finding.reason.length, TEXT_LIMIT);
    assert.ok(finding.reason.endsWith(truncationMarker(1_000_000)));
    assert.ok(finding.resourceUid.length <= FIELD_LIMIT && finding.resourceUid.endsWith(truncationMarker(100_000)));
    assert.ok(finding.resourceName.endsWith(truncationMarker(100_000)));
    assert.ok(finding.localized?.title?.ja.endsWith(truncationMarker(5000)));
    assert.deepEqual(finding.localized?.reason, { en: 'short', ja: '短い' });
    assert.ok(jsonWithin(finding.evidence, EVIDENCE_LIMIT + 1024), `evidence holds ${JSON.stringify(finding.evidence).length} characters`);
    const ev = finding.evidence as { first: string; blob: string; items: unknown[] };
    assert.equal(ev.first, 'kept whole', 'earlier fields are kept first');
    assert.ok(ev.blob.endsWith(truncationMarker(1_000_000)) && ev.blob.length <= FIELD_LIMIT);
    assert.match(String(ev.items[ev.items.length - 1]), /^…\[truncated, \d+ more items\]$/);
    assert.ok(JSON.stringify(finding.resourceTags).length <= EVIDENCE_LIMIT + 1024);
    assert.match(String(finding.resourceTags['…']), /more fields\]$/);
    assert.ok(JSON.stringify(finding).length < 3 * EVIDENCE_LIMIT + TEXT_LIMIT * 3);
  });

  it('an ordinary finding is stored as it came: the same evidence, tags and text objects, no copies', () => {
    const o = observation({ localized: { title: { en: 'Probe', ja: 'プローブ' } } });
    const { finding } = observe(undefined, o, ctx);
    assert.ok(finding);
    assert.equal(finding.evidence, o.evidence);
    assert.equal(finding.resourceTags, o.resourceTags);
    assert.equal(finding.localized, o.localized);
    assert.equal(finding.title, o.title);
  });
});

describe('limits helpers', () => {
  it('truncated keeps the start, says the original length (also when cut twice) and never splits a surrogate pair', () => {
    assert.equal(truncated('short', 10), 'short');
    const once = truncated('a'.repeat(1000), 100);
    assert.equal(once.length, 100);
    assert.ok(once.endsWith(truncationMarker(1000)));
    const twice = truncated(truncated('b'.repeat(100_000), 5000), 200);
    assert.ok(twice.endsWith(truncationMarker(100_000)), twice);
    const marker = truncationMarker(200);
    const emoji = truncated('x'.repeat(100 - marker.length - 1) + '😀'.repeat(60), 100);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(emoji), 'no lone high surrogate');
    assert.ok(!emoji.includes('\ufffd'));
  });

  it('boundJson returns small values as they are and bounds deep, wide and hostile ones', () => {
    const small = { a: [1, 2, { b: 'c' }] };
    assert.equal(boundJson(small, 1000), small);
    let deep: Record<string, unknown> = { leaf: 'x'.repeat(EVIDENCE_LIMIT) };
    for (let i = 0; i < 100; i++) deep = { deeper: deep };
    const bounded = boundJson(deep, EVIDENCE_LIMIT);
    assert.ok(JSON.stringify(bounded).includes(TOO_DEEP_MARKER));
    const proto = JSON.parse(`{"__proto__": {"polluted": true}, "pad": "${'p'.repeat(EVIDENCE_LIMIT)}"}`) as Record<string, unknown>;
    const safe = boundJson(proto, EVIDENCE_LIMIT) as Record<string, unknown>;
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was touched');
    assert.ok(Object.hasOwn(safe, '__proto__'), 'a "__proto__" field stays data');
  });
});
