/** Notifications: outbox, filters, payloads and delivery, on SQLite and on a real PostgreSQL server. */
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, it } from 'node:test';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { NotificationTarget } from '../../../src/config/schema.js';
import type { HubFinding } from '../../../src/hub/model.js';
import {
  deliver, deliveryId, enqueue, findingEvent, listOutbox, outboxStatus, redact, retryFailed,
  type NotifyTarget, type WebhookTarget,
} from '../../../src/hub/notify/index.js';
import { FindingStore, internalConnection } from '../../../src/hub/store/store.js';
import { BACKENDS } from '../backends.js';
import { ACCOUNT, later, obs, OTHER_ACCOUNT, receiver, scan, T1, T2, T3 } from './helpers.js';

// The config file's targets are notification targets as they are (compile-time check).
const _fromConfig: (t: NotificationTarget) => NotifyTarget = (t) => t;
void _fromConfig;

const SECRET = 'hmac-shared-secret-value';

async function all(store: FindingStore): Promise<HubFinding[]> {
  return store.list({}, { limit: 1000 });
}

async function rows(store: FindingStore) {
  return internalConnection(store).db.selectFrom('notification_outbox').selectAll().orderBy('id').execute();
}

describe('finding events (pure)', () => {
  const base = { id: 'f', workflowStatus: 'NEW', timesSeen: 1, firstSeen: T1, lastSeen: T1, updatedAt: T1, severity: 'MEDIUM', risk: { level: 'MEDIUM', likelihood: 'MEDIUM', impact: 'MEDIUM', factors: [] } } as unknown as HubFinding;
  it('names one state of a finding with one key', () => {
    assert.deepEqual(findingEvent(base), { event: 'new', stateKey: `f:NEW:${T1}` });
    assert.equal(findingEvent({ ...base, timesSeen: 2, lastSeen: T2 }), undefined, 'seen again: nothing new');
    assert.deepEqual(findingEvent({ ...base, timesSeen: 3, lastSeen: T3 }, T3), { event: 'reopened', stateKey: `f:NEW:${T3}` });
    assert.deepEqual(findingEvent({ ...base, workflowStatus: 'RESOLVED', resolvedAt: T2 }), { event: 'resolved', stateKey: `f:RESOLVED:${T2}` });
    assert.equal(findingEvent({ ...base, workflowStatus: 'SUPPRESSED' }), undefined);
    const high = { ...base, timesSeen: 2, severity: 'HIGH', risk: { ...base.risk, level: 'HIGH' } } as HubFinding;
    assert.deepEqual(findingEvent(high, undefined, base), { event: 'escalated', stateKey: `f:ESCALATED:HIGH/HIGH:${T1}` });
    assert.equal(findingEvent(base, undefined, high)?.event, 'new', 'a first sighting is new, not escalated');
    assert.equal(findingEvent({ ...base, timesSeen: 2 }, undefined, high), undefined, 'going down is not news');
  });

  it('redacts URLs and secrets from errors', () => {
    const target: WebhookTarget = { name: 'w', type: 'webhook', url: 'https://hooks.example.com/services/T0/B0/tok?key=abc123', secret: SECRET };
    const msg = redact(`HTTP 500 from https://hooks.example.com/services/T0/B0/tok?key=abc123: echo /services/T0/B0/tok ${SECRET} see http://other.example/x/y`, target);
    assert.equal(msg, 'HTTP 500 from https://hooks.example.com: echo /*** *** see http://other.example');
  });
});

for (const backend of BACKENDS) {
  describe(`notifications (${backend.name})`, { skip: backend.skip }, () => {
    it('delivers a new finding to a webhook once, signed; enqueuing twice adds nothing', async () => {
      const { store } = await backend.fresh();
      const rx = await receiver();
      try {
        await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url, secret: SECRET }];
        const first = await enqueue(store, await all(store), targets, { now: T1 });
        const second = await enqueue(store, await all(store), targets, { now: T2 });
        assert.deepEqual([first.enqueued, second.enqueued, second.duplicates], [1, 0, 1]);
        assert.equal((await rows(store)).length, 1);

        const res = await deliver(store, targets, { now: T2 });
        assert.deepEqual([res.attempted, res.sent], [1, 1]);
        assert.equal((await deliver(store, targets, { now: T3 })).attempted, 0, 'sent rows are not sent again');
        await enqueue(store, await all(store), targets, { now: T3 });
        await deliver(store, targets, { now: T3 });
        assert.equal(rx.requests.length, 1, 'one finding state → one notification');

        const [req] = rx.requests;
        const expected = `sha256=${createHmac('sha256', SECRET).update(req.body).digest('hex')}`;
        const got = String(req.headers['x-mamori-signature']);
        assert.ok(got.length === expected.length && timingSafeEqual(Buffer.from(got), Buffer.from(expected)), 'HMAC signature verifies');
        const [row] = await rows(store);
        assert.equal(req.headers['x-mamori-delivery'], deliveryId('hook', row.state_key));
        assert.equal(req.headers['x-mamori-event'], 'new');
        const body = JSON.parse(req.body);
        assert.equal(body.event, 'new');
        assert.equal(body.finding.id, 'a');
        assert.equal(body.finding.account, ACCOUNT);
        assert.ok(!req.body.includes(SECRET) && !row.payload.includes(SECRET), 'the secret is used for signing only');
        assert.deepEqual([row.status, Number(row.attempts), row.sent_at], ['sent', 1, T2]);
      } finally {
        await rx.close();
        await store.close();
      }
    });

    it('moves a finding from NEW to NOTIFIED once told, audited; a reopened finding is NEW again until told again', async () => {
      const { store } = await backend.fresh();
      const rx = await receiver();
      try {
        const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url }];
        await store.ingest([obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        await enqueue(store, await all(store), targets, { now: T1 });
        // b is fixed before the notification goes out: it stays RESOLVED.
        await store.ingest([obs('a', 'FAIL', later(T1, 1)), obs('b', 'PASS', later(T1, 1))], { actor: 'scan', scan: scan('s2', later(T1, 1)) });
        await deliver(store, targets, { now: T2 });
        const status = async (id: string) => (await store.get(id))!.finding.workflowStatus;
        assert.deepEqual([await status('a'), await status('b')], ['NOTIFIED', 'RESOLVED']);
        const step = (await store.get('a'))!.history.find((h) => h.field === 'workflowStatus' && h.to === 'NOTIFIED');
        assert.deepEqual([step?.actor, step?.from, step?.at, step?.note], ['mamori-notify', 'NEW', T2, 'new sent to hook']);

        // Seen again: still NOTIFIED. Fixed, then failing again: NEW (reopened), and NOTIFIED after that event is sent.
        await store.ingest([obs('a', 'FAIL', T3)], { actor: 'scan', scan: scan('s3', T3) });
        assert.equal(await status('a'), 'NOTIFIED');
        await store.ingest([obs('a', 'PASS', later(T3, 1))], { actor: 'scan', scan: scan('s4', later(T3, 1)) });
        await store.ingest([obs('a', 'FAIL', later(T3, 2))], { actor: 'scan', scan: scan('s5', later(T3, 2)) });
        assert.equal(await status('a'), 'NEW');
        await enqueue(store, await all(store), targets, { now: later(T3, 2) });
        await deliver(store, targets, { now: later(T3, 3) });
        // b's notification was enqueued while it was open, and still goes out; b stays RESOLVED all the same.
        assert.deepEqual(rx.requests.map((r) => `${JSON.parse(r.body).finding.id}:${JSON.parse(r.body).event}`).sort(), ['a:new', 'a:reopened', 'b:new']);
        assert.equal(await status('a'), 'NOTIFIED');
      } finally {
        await rx.close();
        await store.close();
      }
    });

    it('leaves a finding NEW while its notification has not been delivered', async () => {
      const { store } = await backend.fresh();
      const rx = await receiver(() => 503);
      try {
        const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url }];
        await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        await enqueue(store, await all(store), targets, { now: T1 });
        const res = await deliver(store, targets, { now: T2, maxAttempts: 1 });
        assert.deepEqual([res.sent, res.dead], [0, 1]);
        assert.equal((await store.get('a'))!.finding.workflowStatus, 'NEW');
      } finally {
        await rx.close();
        await store.close();
      }
    });

    it('retries with backoff: fails twice, then delivered exactly once after 3 attempts', async () => {
      const { store } = await backend.fresh();
      const rx = await receiver((n) => (n <= 2 ? 500 : 200));
      try {
        await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url }];
        await enqueue(store, await all(store), targets, { now: T1 });
        const options = { baseDelayMs: 60_000, random: () => 0.5 };

        const r1 = await deliver(store, targets, { ...options, now: T1 });
        assert.deepEqual([r1.failed, r1.sent], [1, 0]);
        let [row] = await rows(store);
        assert.equal(row.status, 'failed');
        // attempt 1 failed: wait base × 2^0 with jitter between half and all of it (0.5 → 75 %).
        assert.equal(row.next_attempt_at, new Date(Date.parse(T1) + 45_000).toISOString());
        assert.equal((await deliver(store, targets, { ...options, now: later(T1, 0) })).attempted, 0, 'not due during backoff');

        const r2 = await deliver(store, targets, { ...options, now: later(T1, 1) });
        assert.equal(r2.failed, 1);
        [row] = await rows(store);
        assert.equal(row.next_attempt_at, new Date(Date.parse(later(T1, 1)) + 90_000).toISOString(), 'the delay doubles');
        const r3 = await deliver(store, targets, { ...options, now: later(T1, 2) });
        assert.equal(r3.sent, 1);
        await deliver(store, targets, { ...options, now: later(T1, 3) });

        assert.equal(rx.requests.length, 3);
        assert.equal(rx.delivered().length, 1, 'delivered exactly once');
        assert.equal(new Set(rx.requests.map((r) => r.headers['x-mamori-delivery'])).size, 1, 'every attempt carries the same delivery id');
        [row] = await rows(store);
        assert.deepEqual([row.status, Number(row.attempts), row.last_error], ['sent', 3, null]);
      } finally {
        await rx.close();
        await store.close();
      }
    });

    it('survives a restart mid-delivery: every notification arrives, duplicates carry the same delivery id', async () => {
      const { store, setting } = await backend.fresh();
      const rx = await receiver();
      let reopened: FindingStore | undefined;
      try {
        await store.ingest(['a', 'b', 'c', 'd', 'e'].map((id) => obs(id, 'FAIL', T1)), { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url }];
        assert.equal((await enqueue(store, await all(store), targets, { now: T1 })).enqueued, 5);

        // The process dies right after the first notification went out: its outcome is never written,
        // and the other claimed rows are never sent.
        let calls = 0;
        const crashAfterFirstSend: typeof fetch = async (input, init) => {
          calls++;
          const res = await fetch(input, init);
          await store.close();
          return res;
        };
        await assert.rejects(deliver(store, targets, { now: T1, concurrency: 1, fetch: crashAfterFirstSend }));
        assert.equal(calls, 1);
        assert.equal(rx.requests.length, 1);

        reopened = await FindingStore.open(setting);
        const stuck = await listOutbox(reopened);
        assert.deepEqual(stuck.map((r) => r.status), ['sending', 'sending', 'sending', 'sending', 'sending'], 'the claims survived the crash');
        assert.equal((await deliver(reopened, targets, { now: T1 })).attempted, 0, 'a live lease is not taken over');
        // Enqueuing again after the restart adds nothing.
        assert.equal((await enqueue(reopened, await all(reopened), targets, { now: T2 })).enqueued, 0);

        const res = await deliver(reopened, targets, { now: later(T1, 1) });
        assert.equal(res.sent, 5);
        assert.equal((await outboxStatus(reopened)).byStatus.sent, 5);

        const ids = rx.requests.map((r) => String(r.headers['x-mamori-delivery']));
        const expected = (await rows(reopened)).map((r) => deliveryId('hook', r.state_key));
        assert.deepEqual(new Set(ids), new Set(expected), 'every notification arrived');
        assert.equal(new Set(ids).size, 5, 'deduplicated by X-Mamori-Delivery: five notifications');
        // At most once per committed claim: only the row sent before the crash, whose outcome was lost, goes out twice.
        assert.equal(rx.requests.length, 6, 'raw count: one duplicate on the wire');
        const dup = ids.find((id, i) => ids.indexOf(id) !== i);
        assert.equal(dup, ids[0], 'the duplicate is the row in flight at the crash, with the same delivery id');
        assert.equal(rx.requests.filter((r) => r.headers['x-mamori-delivery'] === dup).map((r) => r.body).reduce((a, b) => (a === b ? a : '')), rx.requests[0].body, 'and the same bytes');
      } finally {
        await rx.close();
        await reopened?.close();
      }
    });

    it('survives a crash after claiming, before sending: nothing is sent twice', async () => {
      const { store, setting } = await backend.fresh();
      const rx = await receiver();
      let reopened: FindingStore | undefined;
      try {
        await store.ingest(['a', 'b', 'c'].map((id) => obs(id, 'FAIL', T1)), { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [{ name: 'hook', type: 'webhook', url: rx.url }];
        await enqueue(store, await all(store), targets, { now: T1 });
        const crashBeforeSend: typeof fetch = async () => {
          await store.close();
          throw new Error('killed');
        };
        await assert.rejects(deliver(store, targets, { now: T1, fetch: crashBeforeSend }));
        reopened = await FindingStore.open(setting);
        assert.equal((await deliver(reopened, targets, { now: later(T1, 1) })).sent, 3);
        assert.equal(rx.requests.length, 3);
        assert.equal(new Set(rx.requests.map((r) => r.headers['x-mamori-delivery'])).size, 3);
      } finally {
        await rx.close();
        await reopened?.close();
      }
    });

    it('filters by risk, severity, events, accounts and rules', async () => {
      const { store } = await backend.fresh();
      try {
        await store.ingest(
          [
            obs('low', 'FAIL', T1, { severity: 'LOW' }),
            obs('high', 'FAIL', T1, { severity: 'HIGH' }),
            obs('crit', 'FAIL', T1, { severity: 'CRITICAL', ruleId: 'aws-s3-bucket-public-read' }),
            obs('other', 'FAIL', T1, { severity: 'HIGH', account: OTHER_ACCOUNT }),
          ],
          { actor: 'scan', scan: scan('s1', T1) },
        );
        const risk = Object.fromEntries((await all(store)).map((f) => [f.id, f.risk.level]));
        assert.deepEqual(risk, { low: 'LOW', high: 'HIGH', crit: 'CRITICAL', other: 'HIGH' });
        const url = 'https://hooks.example.com/x';
        const targets: NotifyTarget[] = [
          { name: 'everything', type: 'webhook', url },
          { name: 'high-risk', type: 'webhook', url, minRisk: 'HIGH' },
          { name: 'critical-sev', type: 'webhook', url, minSeverity: 'CRITICAL' },
          { name: 'prod', type: 'webhook', url, accounts: [OTHER_ACCOUNT] },
          { name: 'public', type: 'webhook', url, ruleIds: ['aws-s3-*-public-*'] },
          { name: 'resolved-only', type: 'webhook', url, events: ['resolved'] },
          { name: 'any', type: 'webhook', url, events: ['any'], minRisk: 'CRITICAL' },
        ];
        const first = await enqueue(store, await all(store), targets, { now: T1 });
        assert.deepEqual(first.byTarget, { everything: 4, 'high-risk': 3, 'critical-sev': 1, prod: 1, public: 1, 'resolved-only': 0, any: 1 });

        // Next scan: crit is fixed, low is still failing (seen again: no event), high and other not seen → resolved too.
        await store.ingest([obs('low', 'FAIL', T2, { severity: 'LOW' }), obs('crit', 'PASS', T2, { severity: 'CRITICAL', ruleId: 'aws-s3-bucket-public-read' })], { actor: 'scan', scan: scan('s2', T2) });
        const second = await enqueue(store, await all(store), targets, { now: T2 });
        assert.deepEqual(second.byTarget, { everything: 0, 'high-risk': 0, 'critical-sev': 0, prod: 0, public: 0, 'resolved-only': 3, any: 1 });

        // Third scan: high fails again → reopened, for the default events.
        await store.ingest([obs('low', 'FAIL', T3, { severity: 'LOW' }), obs('high', 'FAIL', T3, { severity: 'HIGH' })], { actor: 'scan', scan: scan('s3', T3) });
        const third = await enqueue(store, await all(store), targets, { now: T3 });
        assert.deepEqual(third.byTarget, { everything: 1, 'high-risk': 1, 'critical-sev': 0, prod: 0, public: 0, 'resolved-only': 0, any: 0 });
        const reopenedRows = (await rows(store)).filter((r) => r.event === 'reopened');
        assert.deepEqual(reopenedRows.map((r) => [r.target, r.state_key]), [['everything', `high:NEW:${T3}`], ['high-risk', `high:NEW:${T3}`]]);

        // Escalation needs the state before the ingest.
        const [low] = (await all(store)).filter((f) => f.id === 'low');
        const escalation = await enqueue(store, [{ ...low, severity: 'HIGH', risk: { ...low.risk, level: 'HIGH' } }], [{ name: 'esc', type: 'webhook', url, events: ['escalated'] }], { now: T3, previous: new Map([['low', low]]) });
        assert.equal(escalation.enqueued, 1);
        await assert.rejects(enqueue(store, [], [targets[0], targets[0]]), /duplicate notification target name "everything"/);
      } finally {
        await store.close();
      }
    });

    it('formats Slack Block Kit and Teams Adaptive Card messages', async () => {
      const { store } = await backend.fresh();
      const slack = await receiver();
      const teams = await receiver();
      try {
        await store.ingest([obs('bucket-<1>', 'FAIL', T1, { severity: 'HIGH' })], { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [
          { name: 'slack', type: 'slack', url: slack.url },
          { name: 'teams', type: 'teams', url: teams.url },
        ];
        await enqueue(store, await all(store), targets, { now: T1 });
        assert.equal((await deliver(store, targets, { now: T1 })).sent, 2);

        const s = JSON.parse(slack.requests[0].body);
        assert.match(s.text, /^New finding \[HIGH risk, HIGH\]: S3 bucket bucket-<1> allows plain HTTP/);
        assert.deepEqual(s.blocks.map((b: { type: string }) => b.type), ['header', 'section', 'section', 'context']);
        assert.equal(s.blocks[0].text.type, 'plain_text');
        const fields = s.blocks[1].fields.map((f: { type: string; text: string }) => (assert.equal(f.type, 'mrkdwn'), f.text));
        assert.ok(fields[0].startsWith('*Risk*\n') && fields[0].includes('HIGH'));
        assert.equal(fields[1], '*Severity*\nHIGH');
        assert.equal(fields[2], '*Resource*\n`bucket-&lt;1&gt; (arn:aws:s3:::bucket-&lt;1&gt;)`', 'mrkdwn is escaped');
        assert.equal(fields[3], `*Account / Region*\n${ACCOUNT} / us-east-1`);
        assert.equal(fields[4], '*Rule*\n`aws-s3-bucket-require-tls`');
        assert.match(s.blocks[2].text.text, /^\*Reason\*\nbucket policy of bucket-&lt;1&gt;/);

        const t = JSON.parse(teams.requests[0].body);
        assert.equal(t.type, 'message');
        assert.equal(t.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
        const card = t.attachments[0].content;
        assert.equal(card.type, 'AdaptiveCard');
        assert.equal(card.body[0].text, 'New finding: S3 bucket bucket-<1> allows plain HTTP');
        assert.equal(card.body[0].color, 'Attention');
        const facts = Object.fromEntries(card.body[1].facts.map((f: { title: string; value: string }) => [f.title, f.value]));
        assert.equal(facts.Severity, 'HIGH');
        assert.equal(facts.Rule, 'aws-s3-bucket-require-tls');
        assert.equal(facts['Account / Region'], `${ACCOUNT} / us-east-1`);
        assert.match(facts.Risk, /^HIGH /);
        for (const r of [...slack.requests, ...teams.requests]) assert.ok(!r.body.includes('SECRET'), 'no URL secret in the message');
      } finally {
        await slack.close();
        await teams.close();
        await store.close();
      }
    });

    it('publishes to SNS and puts events on EventBridge', async () => {
      const { store } = await backend.fresh();
      const sns = mockClient(SNSClient);
      const events = mockClient(EventBridgeClient);
      try {
        sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
        events.on(PutEventsCommand).resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }] }).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
        await store.ingest([obs('a', 'FAIL', T1, { severity: 'CRITICAL', ruleId: 'aws-s3-bucket-public-read' })], { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [
          { name: 'topic', type: 'sns', topicArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:security` },
          { name: 'fifo', type: 'sns', topicArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:security.fifo`, region: 'eu-west-1' },
          { name: 'bus', type: 'eventbridge', region: 'eu-west-1' },
        ];
        await enqueue(store, await all(store), targets, { now: T1 });
        const r1 = await deliver(store, targets, { now: T1 });
        assert.deepEqual([r1.sent, r1.failed], [2, 1]);
        assert.match(r1.errors[0].error, /EventBridge rejected the event: InternalFailure try again/);
        assert.equal((await deliver(store, targets, { now: later(T1, 1) })).sent, 1);

        const stateKey = (await rows(store))[0].state_key;
        const [plain, fifo] = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
        assert.equal(plain.TopicArn, `arn:aws:sns:eu-west-1:${ACCOUNT}:security`);
        assert.equal(plain.Subject, 'mamori New finding [CRITICAL]: S3 bucket a allows plain HTTP');
        const message = JSON.parse(plain.Message!);
        assert.deepEqual([message.event, message.finding.id, message.deliveryId], ['new', 'a', deliveryId('topic', stateKey)]);
        assert.deepEqual(plain.MessageAttributes?.risk, { DataType: 'String', StringValue: 'CRITICAL' });
        assert.equal(plain.MessageDeduplicationId, undefined);
        assert.equal(fifo.MessageDeduplicationId, deliveryId('fifo', stateKey), 'FIFO topics drop repeats by delivery id');
        assert.ok(fifo.MessageGroupId);

        const puts = events.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries![0]);
        assert.equal(puts.length, 2);
        assert.deepEqual(puts[0], puts[1], 'a retry sends the same event');
        assert.equal(puts[0].Source, 'mamori');
        assert.equal(puts[0].DetailType, 'mamori Finding');
        assert.equal(puts[0].EventBusName, 'default');
        assert.deepEqual(puts[0].Resources, ['arn:aws:s3:::a']);
        const detail = JSON.parse(puts[0].Detail!);
        assert.deepEqual([detail.event, detail.finding.id, detail.finding.severity, detail.deliveryId], ['new', 'a', 'CRITICAL', deliveryId('bus', stateKey)]);
      } finally {
        sns.restore();
        events.restore();
        await store.close();
      }
    });

    it('is dead after maxAttempts, kept and visible, and retryFailed brings it back; errors are redacted', async () => {
      const { store } = await backend.fresh();
      const rx = await receiver(() => 500);
      try {
        await store.ingest([obs('a', 'FAIL', T1), obs('b', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [
          { name: 'hook', type: 'webhook', url: rx.url, secret: SECRET },
          { name: 'gone', type: 'slack', url: `${rx.origin}/gone/T0SECRET` },
        ];
        // Only a goes to "gone".
        await enqueue(store, (await all(store)).filter((f) => f.id === 'a'), [targets[1]], { now: T1 });
        await enqueue(store, await all(store), [targets[0]], { now: T1 });
        const options = { maxAttempts: 2, baseDelayMs: 1000 };
        await deliver(store, targets, { ...options, now: T1 });
        await deliver(store, targets, { ...options, now: later(T1, 1) });
        assert.equal((await deliver(store, targets, { ...options, now: later(T1, 2) })).attempted, 0, 'dead rows are not retried by deliver');
        const status = await outboxStatus(store);
        assert.deepEqual([status.total, status.byStatus.dead, status.byTarget.hook.dead], [3, 3, 2]);
        assert.equal(rx.requests.length, 6);

        for (const r of await listOutbox(store, { status: ['dead'] })) {
          assert.ok(r.lastError === `HTTP 500 from ${rx.origin}: failure at /***` || r.lastError === `HTTP 500 from ${rx.origin}: failure at /***?***`, r.lastError);
          assert.ok(!r.lastError!.includes('SECRET') && !r.lastError!.includes(SECRET));
        }

        rx.setRespond(() => 200);
        const retried = await retryFailed(store, targets, { ...options, now: later(T1, 3) });
        assert.deepEqual([retried.requeued, retried.sent], [3, 3]);
        assert.deepEqual((await outboxStatus(store)).byStatus, { pending: 0, sending: 0, sent: 3, failed: 0, dead: 0 });
        assert.equal(rx.delivered().length, 3);
      } finally {
        await rx.close();
        await store.close();
      }
    });

    it('gives up at once on a permanent HTTP error and names an unreachable host without its path', async () => {
      const { store } = await backend.fresh();
      const rx = await receiver(() => 404);
      const closed = await receiver();
      await closed.close();
      try {
        await store.ingest([obs('a', 'FAIL', T1)], { actor: 'scan', scan: scan('s1', T1) });
        const targets: NotifyTarget[] = [
          { name: 'revoked', type: 'slack', url: rx.url },
          { name: 'down', type: 'teams', url: closed.url },
        ];
        await enqueue(store, await all(store), targets, { now: T1 });
        const res = await deliver(store, targets, { now: T1 });
        const byTarget = Object.fromEntries(res.errors.map((e) => [e.target, e]));
        assert.equal(byTarget.revoked.status, 'dead', '404 will not fix itself');
        assert.equal(byTarget.down.status, 'failed');
        assert.match(byTarget.down.error, new RegExp(`^cannot reach ${closed.origin.replace(/\./g, '\\.')}: ECONNREFUSED$`));
        for (const e of res.errors) assert.ok(!e.error.includes('SECRET') && !e.error.includes('sig-secret'), e.error);
      } finally {
        await rx.close();
        await store.close();
      }
    });
  });
}

