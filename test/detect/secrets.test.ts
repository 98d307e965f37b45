/**
 * Secrets are never persisted by detection: a planted GetSessionToken CloudTrail event carries the
 * new credentials in responseElements; its raw record is kept in an aggregation window carried to
 * the next run (the hub's detection_state) and its fields feed signal evidence. Neither the secret
 * access key nor the session token may reach the SQLite file or anything the run returns.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runDetect } from '../../src/app/detect.js';
import { FindingStore } from '../../src/hub/store/store.js';
import { REDACTED } from '../../src/model/scrub.js';

// Random-looking, as real ones are (fixed, so the test is the same every run).
const SECRET = 'q8Xv2Lr0ZkP4tWm9Ns7Yb3Jc1Hd6Fg5Ea0Ui2Ko8';
const TOKEN =
  'IQoJb3JpZ2luX2VjEHYaCXVzLWVhc3QtMSJHMEUCIQD4vN7q2kLmT9xYzR3pWs8uV1cB6dE0fG5hJ4iK7lM2nAIgOp3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0Ij3Kl6Mn9Op2QqKvAIITARAAGgwxMTExMjIyMjMzMzMiDFv8Xw3Yz6Ab9Cd2Ef';
const KEY_ID = 'ASIAYVQ4EXAMPLE12345';
const ACCOUNT = '111122223333';

function getSessionToken(i: number) {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAYVQ4EXAMPLEUSER01', arn: `arn:aws:iam::${ACCOUNT}:user/dev`, accountId: ACCOUNT, accessKeyId: 'AKIAYVQ4EXAMPLEDEV01', userName: 'dev' },
    eventTime: new Date(Date.parse('2026-11-20T03:00:00Z') + i * 60_000).toISOString().replace('.000Z', 'Z'),
    eventSource: 'sts.amazonaws.com',
    eventName: 'GetSessionToken',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'aws-cli/2.15.30',
    requestParameters: { durationSeconds: 3600 },
    // What a proxy or a custom trail may log in full (AWS itself hides some of it).
    responseElements: { credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN, expiration: 'Nov 20, 2026, 4:00:00 AM' } },
    requestID: `00000000-0000-4000-8000-00000000000${i}`,
    eventID: `00000000-0000-4000-9000-00000000000${i}`,
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
  };
}

const burstRule = `id: 5d0f6a43-2c55-4f7e-9a8b-1e2f3a4b5c6d
name: test-session-token-burst
title: Many session tokens for one user
description: Five GetSessionToken calls within an hour.
status: test
level: medium
logsource: {product: aws, service: cloudtrail}
detection:
  selection:
    eventName: GetSessionToken
  condition: selection
aggregation:
  group_by: [userIdentity.arn]
  timespan: 1h
  count: {gte: 5}
tags: [attack.credential_access, attack.t1550.001]
dedup: [userIdentity.arn]
`;

// A careless rule: one finding per session token. The token must not become evidence.
const perTokenRule = `id: 7e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b
name: test-session-token-issued
title: A session token was issued
description: GetSessionToken succeeded.
status: test
level: low
logsource: {product: aws, service: cloudtrail}
detection:
  selection:
    eventName: GetSessionToken
  condition: selection
tags: [attack.credential_access, attack.t1550.001]
dedup: [responseElements.credentials.sessionToken, responseElements.credentials.secretAccessKey]
`;

/** Every byte of the hub: the database file and any journal or WAL beside it. */
function hubBytes(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.startsWith('hub.db'))
    .map((f) => readFileSync(join(dir, f)).toString('latin1'))
    .join('\n');
}

describe('detection never stores or returns credentials from raw events', () => {
  it('a carried window of GetSessionToken events and the signals built from them hold neither the secret key nor the session token', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mamori-secrets-detect-'));
    const rules = join(work, 'rules');
    const logs = join(work, 'logs');
    const hubDir = join(work, 'hub');
    mkdirSync(rules);
    mkdirSync(logs);
    mkdirSync(hubDir);
    writeFileSync(join(rules, 'test-session-token-burst.yml'), burstRule);
    writeFileSync(join(rules, 'test-session-token-issued.yml'), perTokenRule);
    writeFileSync(join(logs, 'first.json'), JSON.stringify({ Records: [0, 1].map(getSessionToken) }));
    writeFileSync(join(logs, 'second.json'), JSON.stringify({ Records: [2, 3, 4].map(getSessionToken) }));
    const db = join(hubDir, 'hub.db');
    const request = { rules: [rules], noBuiltin: true, baseline: false, correlate: false, store: { db } };

    // Run 1: two events, the burst window stays open and is carried in the hub.
    const one = await runDetect({ ...request, inputs: [join(logs, 'first.json')] });
    assert.equal(one.result.events, 2);
    const openGroups = Object.values(one.result.state.rules).flat();
    assert.equal(openGroups.length, 1, 'the burst window is open and carried');
    const stored = await FindingStore.open(db);
    try {
      const saved = JSON.stringify((await stored.detectionState('aggregation-windows'))?.state);
      assert.ok(saved.includes('GetSessionToken'), 'the carried window keeps its events');
      assert.ok(saved.includes(KEY_ID), 'access key ids are identifiers: kept for correlation');
      assert.ok(saved.includes(REDACTED));
      assert.ok(!saved.includes(SECRET) && !saved.includes(TOKEN));
    } finally {
      await stored.close();
    }

    // Run 2: three more events complete the burst with the carried ones.
    const two = await runDetect({ ...request, inputs: [join(logs, 'second.json')] });
    const burst = two.result.signals.find((s) => s.ruleId === 'test-session-token-burst');
    assert.equal(burst?.count, 5, 'the carried events count: scrubbing keeps the window whole');
    const issued = [...one.result.signals, ...two.result.signals].filter((s) => s.ruleId === 'test-session-token-issued');
    assert.deepEqual(issued.map((s) => s.count), [2, 3]);
    assert.equal(new Set(issued.map((s) => s.id)).size, 1, 'the id is still over the values: identical tokens still meet');
    assert.deepEqual(issued[0].dedupKey, { 'responseElements.credentials.sessionToken': REDACTED, 'responseElements.credentials.secretAccessKey': REDACTED });

    const outputs = JSON.stringify([one, two]);
    assert.ok(!outputs.includes(SECRET) && !outputs.includes(TOKEN), 'nothing the runs return holds them');
    const bytes = hubBytes(hubDir);
    assert.ok(bytes.includes('test-session-token-burst'), 'the hub holds the findings');
    assert.ok(!bytes.includes(SECRET), 'the secret access key is nowhere in the SQLite file');
    assert.ok(!bytes.includes(TOKEN) && !bytes.includes(TOKEN.slice(0, 40)), 'nor the session token, whole or in part');
  });
});
