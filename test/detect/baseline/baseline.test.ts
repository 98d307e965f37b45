/** Learned baselines, run on SQLite and on a real PostgreSQL server. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Baseline, dimensionsOf, MAX_VALUES_PER_DIMENSION, principalOf, sessionPattern, userAgentFamily } from '../../../src/detect/baseline/index.js';
import type { CloudEvent, EventActor } from '../../../src/model/event.js';
import { internalConnection } from '../../../src/hub/store/store.js';
import { BACKENDS } from '../../hub/backends.js';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-11-01T00:00:00.000Z');
let n = 0;

const USER: EventActor = { type: 'IAMUser', arn: 'arn:aws:iam::111111111111:user/alice', userName: 'alice', accessKeyId: 'AKIAEXAMPLE' };

function ct(at: number, extra: { actor?: EventActor; region?: string; ip?: string; ua?: string; service?: string; operation?: string; awsService?: boolean } = {}): CloudEvent {
  return {
    id: `ev-${n++}`,
    source: 'cloudtrail',
    time: new Date(at).toISOString(),
    timeMs: at,
    account: '111111111111',
    region: extra.region ?? 'us-east-1',
    actor: extra.actor ?? USER,
    src: { ip: extra.ip ?? '198.51.100.7', userAgent: extra.ua ?? 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64', awsService: extra.awsService },
    api: { service: extra.service ?? 's3.amazonaws.com', operation: extra.operation ?? 'ListBuckets' },
    resources: [],
    raw: {},
  };
}

describe('baseline keys', () => {
  it('names principals: role + session pattern, ARN, access key', () => {
    const role = (sessionName: string): EventActor => ({
      type: 'AssumedRole', arn: `arn:aws:sts::111111111111:assumed-role/Deploy/${sessionName}`, roleArn: 'arn:aws:iam::111111111111:role/Deploy', sessionName,
    });
    assert.equal(principalOf(ct(T0, { actor: role('i-0abc123def4567890') })), 'arn:aws:iam::111111111111:role/Deploy#i-*');
    assert.equal(principalOf(ct(T0, { actor: role('botocore-session-1700000000') })), 'arn:aws:iam::111111111111:role/Deploy#botocore-session-*');
    assert.equal(principalOf(ct(T0, { actor: role('alice@example.com') })), 'arn:aws:iam::111111111111:role/Deploy#alice@example.com');
    assert.equal(
      principalOf(ct(T0, { actor: { type: 'AssumedRole', arn: 'arn:aws:sts::111111111111:assumed-role/Ci/8c0f3c1e-2b7a-4a8e-9a1f-0c3d5e7f9a1b' } })),
      'arn:aws:iam::111111111111:role/Ci#*',
      'the role from the session ARN when sessionIssuer is missing',
    );
    assert.equal(principalOf(ct(T0)), USER.arn);
    assert.equal(principalOf(ct(T0, { actor: { type: 'Unknown', accessKeyId: 'ASIAXYZ' } })), 'accesskey:ASIAXYZ');
    assert.equal(principalOf(ct(T0, { actor: { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' } })), undefined);
    assert.equal(sessionPattern('GitHubActions-123456789'), 'GitHubActions-*');
  });

  it('classifies user agents', () => {
    assert.equal(userAgentFamily('aws-cli/1.29.0 Python/3.8.10 Linux/5.15 botocore/1.31.0'), 'aws-cli');
    assert.equal(userAgentFamily('Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 os/linux lang/python#3.12.1'), 'boto3');
    assert.equal(userAgentFamily('aws-sdk-js/3.450.0 ua/2.0 os/linux#6.1 lang/js md/nodejs#20.10.0 api/s3#3.450.0'), 'aws-sdk-js');
    assert.equal(userAgentFamily('console.amazonaws.com'), 'console');
    assert.equal(userAgentFamily('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15'), 'console');
    assert.equal(userAgentFamily('APN/1.0 HashiCorp/1.0 Terraform/1.6.6 (+https://www.terraform.io) terraform-provider-aws/5.31.0 aws-sdk-go-v2/1.24.0'), 'terraform');
    assert.equal(userAgentFamily('aws-sdk-go/1.44.0 (go1.21; linux; amd64)'), 'other');
    assert.equal(userAgentFamily(undefined), undefined);
  });

  it('takes the /24 or /48 network and skips AWS service callers', () => {
    assert.deepEqual(dimensionsOf(ct(T0, { ip: '2001:db8:1:2::5' })), [
      ['api', 's3:ListBuckets'], ['region', 'us-east-1'], ['network', '2001:db8:1::/48'], ['user_agent', 'aws-cli'],
    ]);
    assert.deepEqual(dimensionsOf(ct(T0, { ip: 'cloudformation.amazonaws.com', ua: 'cloudformation.amazonaws.com', awsService: true })), [
      ['api', 's3:ListBuckets'], ['region', 'us-east-1'],
    ]);
  });
});

for (const backend of BACKENDS) {
  describe(`baselines (${backend.name})`, { skip: backend.skip }, () => {
    it('fires nothing while learning; a new region after learning fires once', async () => {
      const { store } = await backend.fresh();
      try {
        const b = await Baseline.load(store);
        assert.deepEqual(await b.observe(ct(T0)), [], 'first event');
        assert.deepEqual(await b.observe(ct(T0 + 2 * DAY, { region: 'eu-west-1', operation: 'PutObject', ip: '203.0.113.9', ua: 'Boto3/1.34.0' })), [], 'new values while learning');
        assert.deepEqual(await b.observe(ct(T0 + 8 * DAY)), [], 'known values after learning');
        assert.deepEqual(await b.observe(ct(T0 + 8 * DAY, { region: 'eu-west-1' })), [], 'learned during the learning period');

        const signals = await b.observe(ct(T0 + 9 * DAY, { region: 'ap-southeast-3' }));
        assert.equal(signals.length, 1);
        const [s] = signals;
        assert.equal(s.ruleId, 'mamori-baseline-new-region');
        assert.equal(s.severity, 'LOW');
        assert.deepEqual(s.tactics, ['TA0005']);
        assert.deepEqual(s.techniques, ['T1535']);
        assert.deepEqual(s.dedupKey, { principal: USER.arn, dimension: 'region', value: 'ap-southeast-3' });
        assert.equal(s.region, 'ap-southeast-3');
        assert.deepEqual(s.actor, { arn: USER.arn, type: 'IAMUser', accessKeyId: 'AKIAEXAMPLE', userName: 'alice' });
        assert.deepEqual(s.sourceIps, ['198.51.100.7']);
        assert.deepEqual((s.evidence as { known: string[] }).known.sort(), ['eu-west-1', 'us-east-1']);
        assert.deepEqual(await b.observe(ct(T0 + 10 * DAY, { region: 'ap-southeast-3' })), [], 'the same value later does not fire');

        const more = await b.observe(ct(T0 + 10 * DAY, { ip: '192.0.2.44', ua: 'aws-sdk-js/3.450.0', operation: 'DescribeInstances', service: 'ec2.amazonaws.com' }));
        assert.deepEqual(more.map((x) => x.ruleId).sort(), ['mamori-baseline-new-api', 'mamori-baseline-new-network', 'mamori-baseline-new-user-agent']);
        const api = more.find((x) => x.ruleId === 'mamori-baseline-new-api')!;
        assert.deepEqual(api.tactics, ['TA0007'], 'Describe* is discovery');
        assert.equal(api.dedupKey.value, 'ec2:DescribeInstances');
        assert.equal(more.find((x) => x.ruleId === 'mamori-baseline-new-network')!.dedupKey.value, '192.0.2.0/24');
        const put = await b.observe(ct(T0 + 10 * DAY, { operation: 'DeleteBucket' }));
        assert.deepEqual(put.map((x) => [x.ruleId, x.tactics]), [['mamori-baseline-new-api', []]], 'other APIs have no tactic');

        // The learning period is per principal.
        const bob: EventActor = { type: 'IAMUser', arn: 'arn:aws:iam::111111111111:user/bob' };
        assert.deepEqual(await b.observe(ct(T0 + 10 * DAY, { actor: bob, region: 'sa-east-1' })), []);
        assert.deepEqual(await b.observe(ct(T0 + 12 * DAY, { actor: bob, region: 'me-south-1' })), [], 'bob is still learning');
      } finally {
        await store.close();
      }
    });

    it('a principal with no usual network (more than the cap) stops learning networks and raising them, and the cap holds after a reload', async () => {
      const { store } = await backend.fresh();
      try {
        const b = await Baseline.load(store, { learningDays: 1 });
        await b.observe(ct(T0));
        const ipOf = (i: number) => `10.${(i >> 8) & 255}.${i & 255}.1`;
        let networkSignals = 0;
        for (let i = 0; i < MAX_VALUES_PER_DIMENSION + 200; i++) {
          networkSignals += (await b.observe(ct(T0 + 2 * DAY + i * 1000, { ip: ipOf(i) }))).filter((x) => x.ruleId === 'mamori-baseline-new-network').length;
        }
        // Up to the cap each new network is said once (the first one was learned at T0); then nothing.
        assert.equal(networkSignals, MAX_VALUES_PER_DIMENSION - 1);
        await b.save();
        const count = async () => Number((await internalConnection(store).db.selectFrom('baselines').select((eb) => eb.fn.countAll().as('n')).where('dimension', '=', 'network').executeTakeFirstOrThrow()).n);
        assert.equal(await count(), MAX_VALUES_PER_DIMENSION);
        // Other dimensions are still watched.
        const again = await Baseline.load(store, { learningDays: 1 });
        const later = await again.observe(ct(T0 + 3 * DAY, { ip: '203.0.113.250', region: 'sa-east-1' }));
        assert.deepEqual(later.map((x) => x.ruleId), ['mamori-baseline-new-region']);
        await again.save();
        assert.equal(await count(), MAX_VALUES_PER_DIMENSION);
      } finally {
        await store.close();
      }
    });

    it('a first Bedrock model invocation after learning is LLM hijacking evidence (MEDIUM, Impact); an app that always called models stays quiet', async () => {
      const { store } = await backend.fresh();
      try {
        const b = await Baseline.load(store, { learningDays: 1 });
        const invoke = (at: number, actor?: EventActor) => ct(at, { service: 'bedrock.amazonaws.com', operation: 'InvokeModel', ...(actor ? { actor } : {}) });
        await b.observe(ct(T0));
        const [first, ...rest] = await b.observe(invoke(T0 + 3 * DAY));
        assert.deepEqual(rest, []);
        assert.equal(first.ruleId, 'mamori-baseline-new-bedrock-invocation');
        assert.equal(first.severity, 'MEDIUM');
        assert.deepEqual([first.tactics, first.techniques], [['TA0040'], ['T1496.004']]);
        assert.equal(first.localized?.title?.ja, 'プリンシパルが初めて Bedrock のモデルを呼び出した');
        assert.deepEqual(await b.observe(invoke(T0 + 3 * DAY + 60_000)), [], 'the second call is known');
        // An application that invoked models from its first day learned them while learning.
        const app: EventActor = { type: 'AssumedRole', arn: 'arn:aws:sts::111111111111:assumed-role/chat-app/i-0abc', roleArn: 'arn:aws:iam::111111111111:role/chat-app' };
        await b.observe(invoke(T0, app));
        assert.deepEqual(await b.observe(invoke(T0 + 5 * DAY, app)), []);
        // Other new APIs stay the LOW new-API signal.
        const other = await b.observe(ct(T0 + 4 * DAY, { service: 'bedrock.amazonaws.com', operation: 'ListFoundationModels' }));
        assert.deepEqual(other.map((x) => [x.ruleId, x.severity]), [['mamori-baseline-new-api', 'LOW']]);
      } finally {
        await store.close();
      }
    });

    it('ignores AWS service callers', async () => {
      const { store } = await backend.fresh();
      try {
        const b = await Baseline.load(store, { learningDays: 1 });
        const svc: EventActor = { type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' };
        await b.observe(ct(T0));
        for (const region of ['eu-west-1', 'eu-west-2', 'eu-west-3']) assert.deepEqual(await b.observe(ct(T0 + 3 * DAY, { actor: svc, region })), []);
        // A call a service made on the user's behalf: its address and client are the service's.
        const viaCfn = ct(T0 + 3 * DAY, { ip: 'cloudformation.amazonaws.com', ua: 'cloudformation.amazonaws.com', awsService: true });
        viaCfn.actor = { ...USER, invokedBy: 'cloudformation.amazonaws.com' };
        assert.deepEqual(await b.observe(viaCfn), []);
        const viaIp = ct(T0 + 3 * DAY, { ip: '10.20.30.40', ua: 'AWS Internal' });
        viaIp.actor = { ...USER, invokedBy: 'athena.amazonaws.com' };
        assert.deepEqual(await b.observe(viaIp), []);
        await b.save();
        const rows = await internalConnection(store).db.selectFrom('baselines').select(['principal', 'dimension', 'value']).execute();
        assert.ok(rows.every((r) => r.principal === USER.arn));
        assert.ok(!rows.some((r) => r.dimension === 'network' && r.value !== '198.51.100.0/24'));
        assert.equal((await internalConnection(store).db.selectFrom('baseline_principals').selectAll().execute()).length, 1);
      } finally {
        await store.close();
      }
    });

    it('persists between runs', async () => {
      const { store, setting } = await backend.fresh();
      try {
        const first = await Baseline.load(store);
        await first.observe(ct(T0));
        await first.observe(ct(T0 + DAY, { region: 'eu-central-1' }));
        await first.observe(ct(T0 + DAY, { region: 'eu-central-1' }));
        assert.deepEqual(await first.save(), { principals: 1, values: 5 });
        assert.deepEqual(await first.save(), { principals: 0, values: 0 }, 'nothing left to write');
      } finally {
        await store.close();
      }
      const { FindingStore } = await import('../../../src/hub/store/store.js');
      const again = await FindingStore.open(setting);
      try {
        const second = await Baseline.load(again);
        assert.deepEqual(await second.observe(ct(T0 + 9 * DAY, { region: 'eu-central-1' })), [], 'learned in the first run');
        assert.equal(second.stats().loaded, 1);
        const fired = await second.observe(ct(T0 + 9 * DAY, { region: 'us-west-2' }));
        assert.deepEqual(fired.map((s) => s.ruleId), ['mamori-baseline-new-region'], 'the learning period started in the first run');
        await second.save();
        const row = await internalConnection(again).db.selectFrom('baselines').selectAll().where('dimension', '=', 'region').where('value', '=', 'eu-central-1').executeTakeFirstOrThrow();
        assert.equal(Number(row.count), 3);
        assert.equal(row.first_seen, new Date(T0 + DAY).toISOString());
        assert.equal(row.last_seen, new Date(T0 + 9 * DAY).toISOString());
        const p = await internalConnection(again).db.selectFrom('baseline_principals').selectAll().executeTakeFirstOrThrow();
        assert.deepEqual(p, { principal: USER.arn, first_seen: new Date(T0).toISOString(), last_seen: new Date(T0 + 9 * DAY).toISOString() });

        const third = await Baseline.load(again);
        assert.deepEqual(await third.observe(ct(T0 + 20 * DAY, { region: 'us-west-2' })), [], 'a value that fired is known afterwards');
      } finally {
        await again.close();
      }
    });

    it('keeps memory bounded over 50k principals', { timeout: 180_000 }, async () => {
      const { store } = await backend.fresh();
      try {
        const b = await Baseline.load(store, { maxPrincipals: 500 });
        const actor = (i: number): EventActor => ({ type: 'IAMUser', arn: `arn:aws:iam::111111111111:user/u${i}` });
        let maxCached = 0;
        let maxPending = 0;
        async function* events(from: number, regionOf: (i: number) => string) {
          for (let i = 0; i < 50_000; i++) {
            if (i % 1000 === 0) {
              maxCached = Math.max(maxCached, b.stats().cached);
              maxPending = Math.max(maxPending, b.stats().pending);
            }
            yield ct(from, { actor: actor(i), region: regionOf(i), ip: `10.${(i >> 8) & 255}.${i & 255}.1` });
          }
        }
        assert.deepEqual(await b.observeAll(events(T0, () => 'us-east-1')), []);
        assert.ok(maxCached <= 500 && maxPending <= 500, `cached ${maxCached}, pending ${maxPending}`);
        assert.ok(b.stats().flushes > 0, 'evicted principals were written before save');
        await b.save();
        assert.equal(b.stats().pending, 0);
        assert.equal(Number((await internalConnection(store).db.selectFrom('baseline_principals').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 50_000);

        // After learning: every principal is read back; only the odd ones use a new region.
        const signals = await b.observeAll(events(T0 + 8 * DAY, (i) => (i % 2 ? 'eu-west-1' : 'us-east-1')));
        assert.equal(signals.length, 25_000);
        assert.ok(signals.every((s) => s.ruleId === 'mamori-baseline-new-region'));
        assert.ok(b.stats().cached <= 500);
        assert.ok(b.stats().loaded >= 49_000, 'principals were read back from the database');
      } finally {
        await store.close();
      }
    });
  });
}

for (const backend of BACKENDS) {
  describe(`baselines of a run that never commits (${backend.name})`, { skip: backend.skip }, () => {
    it('what a long run flushed is staged: read back by the run, invisible to the baselines until save, dropped when the run dies', async () => {
      const { store } = await backend.fresh();
      try {
        const db = internalConnection(store).db;
        const count = async (table: 'baseline_principals' | 'baselines_staged') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
        const actor = (i: number): EventActor => ({ type: 'IAMUser', arn: `arn:aws:iam::111111111111:user/u${i}` });
        const learn = async (b: Baseline) => {
          for (let i = 0; i < 40; i++) await b.observe(ct(T0, { actor: actor(i) }));
          // u0 was evicted and flushed long ago; seen again after its learning period, in a new region.
          return b.observe(ct(T0 + 8 * DAY, { actor: actor(0), region: 'ap-southeast-3' }));
        };

        // A run killed before it commits: it flushed (staged) but never saved.
        const killed = await Baseline.load(store, { maxPrincipals: 4, flushThreshold: 4 });
        const signals = await learn(killed);
        assert.ok(killed.stats().flushes > 0, 'the run flushed evicted principals');
        assert.equal(signals.length, 1, 'the run read its own staged state back (u0 had finished learning)');
        assert.equal(await count('baseline_principals'), 0, 'the baselines learned nothing from the unfinished run');
        assert.ok((await count('baselines_staged')) > 0);

        // The rerun gives what a clean run gives, and its save moves its staging into the baselines.
        const rerun = await Baseline.load(store, { maxPrincipals: 4, flushThreshold: 4 });
        assert.equal((await learn(rerun)).length, 1);
        await store.commitRun(async (run) => {
          await rerun.save(run);
        });
        assert.equal(await count('baseline_principals'), 40);
        const left = await db.selectFrom('baselines_staged').select('run_id').distinct().execute();
        assert.equal(left.length, 1, "only the killed run's staging is left (dropped once a day old)");
      } finally {
        await store.close();
      }
    });
  });
}
