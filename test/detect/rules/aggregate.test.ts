import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDetectionRules } from '../../../src/detect/rules/load.js';
import { compileRuleSet, MAX_DISTINCT_PER_EVENT } from '../../../src/detect/rules/ruleset.js';
import { testRules } from '../../../src/detect/rules/testing.js';
import type { RuleHit } from '../../../src/detect/rules/types.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { ev, rulesFrom, sigma, uid } from './helpers.js';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const MIN = 60_000;
const HOUR_MS = 60 * MIN;

function run(set: ReturnType<typeof compileRuleSet>, events: CloudEvent[]): { during: RuleHit[]; flushed: RuleHit[] } {
  const during = events.flatMap((e) => set.process(e));
  return { during, flushed: set.flush() };
}

const call = (arn: string, eventName: string, at: number) => ev({ eventSource: 'iam.amazonaws.com', eventName, userIdentity: { arn } }, T0 + at);

describe('aggregation', () => {
  const countRule = () =>
    rulesFrom(sigma("sel:\n  eventSource: iam.amazonaws.com\n  eventName|startswith: List\ncondition: sel", 'name: burst\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  count: { gte: 3 }\n'));

  it('counts per group in a sliding window and fires once per group per window', () => {
    const set = compileRuleSet(countRule());
    const evs = [call('A', 'ListUsers', 0), call('B', 'ListUsers', 0), call('A', 'ListRoles', 1 * MIN), call('A', 'GetUser', 1 * MIN), call('A', 'ListGroups', 2 * MIN), call('A', 'ListPolicies', 3 * MIN), call('A', 'ListUsers', 4 * MIN)];
    const during = evs.flatMap((e) => set.process(e));
    assert.deepEqual(during, [], 'an aggregation hit comes out when its window closes');
    // A's window opened at T0 and closes at T0+10m: the next A event after it emits the hit
    const later = set.process(call('A', 'ListUsers', 11 * MIN));
    assert.equal(later.length, 1);
    const [hit] = later;
    assert.equal(hit.rule.name, 'burst');
    assert.equal(hit.count, 5, 'events after firing join the same hit');
    assert.deepEqual(hit.dedupKey, { 'userIdentity.arn': 'A' });
    assert.equal(hit.firstTime, new Date(T0).toISOString());
    assert.equal(hit.lastTime, new Date(T0 + 4 * MIN).toISOString());
    assert.deepEqual(hit.events.map((e) => e.raw.eventName), ['ListUsers', 'ListRoles', 'ListGroups', 'ListPolicies', 'ListUsers']);
    assert.deepEqual(set.flush(), [], 'the new window (1 event) and B (1 event) never reached the threshold');
  });

  it('forgets events outside the window', () => {
    const set = compileRuleSet(countRule());
    const { during, flushed } = run(set, [call('A', 'ListUsers', 0), call('A', 'ListUsers', 6 * MIN), call('A', 'ListUsers', 12 * MIN), call('A', 'ListUsers', 17 * MIN)]);
    assert.deepEqual([...during, ...flushed], [], 'never 3 within 10 minutes');
    const again = compileRuleSet(countRule());
    const r = run(again, [call('A', 'ListUsers', 0), call('A', 'ListUsers', 6 * MIN), call('A', 'ListUsers', 12 * MIN), call('A', 'ListUsers', 13 * MIN)]);
    assert.equal(r.flushed.length, 1, '6, 12, 13 are within 10 minutes');
    assert.equal(r.flushed[0].count, 3);
    assert.equal(r.flushed[0].firstTime, new Date(T0 + 6 * MIN).toISOString());
  });

  it('evicts expired groups (bounded memory) and emits closed windows on later events of other groups', () => {
    const set = compileRuleSet(countRule());
    for (let i = 0; i < 1000; i++) set.process(call(`user-${i}`, 'ListUsers', i));
    assert.equal(set.openGroups, 1000);
    for (let i = 0; i < 3; i++) set.process(call('hot', 'ListUsers', 2 * MIN + i));
    const out = set.process(call('other', 'GetUser', 30 * MIN)); // not even a match: time still moves on
    assert.deepEqual(out.map((h) => [h.dedupKey['userIdentity.arn'], h.count]), [['hot', 3]]);
    assert.equal(set.openGroups, 0);
  });

  it('keeps at most 20 events per hit but counts them all', () => {
    const set = compileRuleSet(countRule());
    const { flushed } = run(set, Array.from({ length: 50 }, (_, i) => call('A', 'ListUsers', i * 1000)));
    assert.equal(flushed.length, 1);
    assert.equal(flushed[0].count, 50);
    assert.equal(flushed[0].events.length, 20);
    assert.equal(flushed[0].lastTime, new Date(T0 + 49_000).toISOString());
  });

  it('counts distinct values (gt), and they expire too', () => {
    const rules = rulesFrom(sigma('sel:\n  eventSource: iam.amazonaws.com\ncondition: sel', 'name: recon\ndedup: [recipientAccountId]\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 5m\n  distinct: { field: eventName, gt: 2 }\n'));
    const set = compileRuleSet(rules);
    const a = run(set, [call('A', 'ListUsers', 0), call('A', 'ListUsers', 1000), call('A', 'ListRoles', 2000), call('A', 'ListRoles', 3000), call('A', 'GetUser', 6 * MIN), call('A', 'ListPolicies', 7 * MIN)]);
    assert.deepEqual([...a.during, ...a.flushed], [], 'ListUsers expired before the third distinct name');
    const b = run(set, [call('A', 'ListUsers', 0), call('A', 'ListRoles', 1000), call('A', 'GetUser', 2000), call('A', 'ListRoles', 3000), call('A', 'ListPolicies', 4000)]);
    assert.equal(b.flushed.length, 1);
    assert.equal(b.flushed[0].distinct, 4);
    assert.deepEqual(b.flushed[0].dedupKey, { recipientAccountId: '' }, 'dedup fields win over group_by');
  });
});

describe('distinct counts over many one-event groups', () => {
  const rule = () =>
    rulesFrom(sigma('sel:\n  eventSource: iam.amazonaws.com\ncondition: sel', 'name: two-ips\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  distinct: { field: sourceIPAddress, gte: 2 }\n'));
  const from = (arn: string, ip: string, at: number) => ev({ eventSource: 'iam.amazonaws.com', eventName: 'GetUser', userIdentity: { arn }, sourceIPAddress: ip }, T0 + at);

  it('fires when a second value comes within the window, with the first value\'s event as evidence', () => {
    const set = compileRuleSet(rule());
    const { during, flushed } = run(set, [from('A', '198.51.100.1', 0), from('A', '198.51.100.1', MIN), from('A', '203.0.113.5', 9 * MIN)]);
    assert.deepEqual(during, []);
    assert.equal(flushed.length, 1);
    assert.equal(flushed[0].distinct, 2);
    assert.deepEqual(flushed[0].events.map((e) => [e.raw.sourceIPAddress, e.timeMs - T0]), [['198.51.100.1', MIN], ['203.0.113.5', 9 * MIN]], 'a value keeps its latest event');
  });

  it('does not fire when the first value left the window before the second came, or the value repeats', () => {
    const set = compileRuleSet(rule());
    const { during, flushed } = run(set, [from('A', '198.51.100.1', 0), from('A', '203.0.113.5', 11 * MIN), from('B', '198.51.100.1', 0), from('B', '198.51.100.1', 5 * MIN)]);
    assert.deepEqual([...during, ...flushed], []);
  });

  it('keeps counting once several values are held, and forgets expired ones', () => {
    const set = compileRuleSet(rules3());
    const { flushed } = run(set, [from('A', '10.0.0.1', 0), from('A', '10.0.0.2', MIN), from('A', '10.0.0.3', 11 * MIN), from('A', '10.0.0.4', 12 * MIN)]);
    assert.deepEqual(flushed, [], '1 and 2 expired before 3 and 4 came: never three at once');
    const again = compileRuleSet(rules3());
    const r = run(again, [from('A', '10.0.0.1', 0), from('A', '10.0.0.2', MIN), from('A', '10.0.0.3', 2 * MIN)]);
    assert.equal(r.flushed[0]?.distinct, 3);
  });
  const rules3 = () =>
    rulesFrom(sigma('sel:\n  eventSource: iam.amazonaws.com\ncondition: sel', 'name: three-ips\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  distinct: { field: sourceIPAddress, gte: 3 }\n'));
});

describe('distinct counts over list-valued fields', () => {
  // SendCommand lists its instances: a fan-out is three instances, in one call or in three.
  const fanOut = (gte: number, field = 'requestParameters.instanceIds') =>
    rulesFrom(sigma('sel:\n  eventName: SendCommand\ncondition: sel', `name: fan-out\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  distinct: { field: ${field}, gte: ${gte} }\n`));
  const send = (arn: string, instanceIds: unknown, at: number, extra: Record<string, unknown> = {}) =>
    ev({ eventSource: 'ssm.amazonaws.com', eventName: 'SendCommand', userIdentity: { arn }, requestParameters: { instanceIds, documentName: 'AWS-RunShellScript', ...extra } }, T0 + at);

  it('counts each element of a list: one call to three instances is a fan-out of three', () => {
    const set = compileRuleSet(fanOut(3));
    const { during, flushed } = run(set, [send('A', ['i-1', 'i-2', 'i-3'], 0)]);
    assert.deepEqual(during, []);
    assert.equal(flushed.length, 1);
    assert.equal(flushed[0].distinct, 3);
    assert.equal(flushed[0].count, 1, 'a hit counts events: the three values share one');
    assert.equal(flushed[0].events.length, 1, 'and shows the event once');
  });

  it('counts three calls to one instance as one value, whether the id is a list or a scalar', () => {
    const set = compileRuleSet(fanOut(2));
    const { during, flushed } = run(set, [send('A', ['i-1'], 0), send('A', ['i-1', 'i-1'], MIN), send('A', 'i-1', 2 * MIN)]);
    assert.deepEqual([...during, ...flushed], []);
  });

  it('counts a list together with scalars and earlier lists, each value once', () => {
    const set = compileRuleSet(fanOut(4));
    const { flushed } = run(set, [send('A', 'i-1', 0), send('A', ['i-1', 'i-2'], MIN), send('A', ['i-2', 'i-3'], 2 * MIN), send('A', ['i-3'], 3 * MIN)]);
    assert.deepEqual(flushed, [], 'i-1, i-2, i-3: three values in four events');
    const again = compileRuleSet(fanOut(4));
    const r = run(again, [send('A', 'i-1', 0), send('A', ['i-1', 'i-2'], MIN), send('A', ['i-2', 'i-3', 'i-4'], 2 * MIN), send('A', ['i-5'], 3 * MIN)]);
    assert.equal(r.flushed.length, 1);
    assert.equal(r.flushed[0].distinct, 5, 'values after the threshold join the hit');
    assert.equal(r.flushed[0].count, 3, 'the events holding the values when it fired (i-1 moved to the second), then the fourth');
    assert.deepEqual(r.flushed[0].events.map((e) => e.timeMs - T0), [MIN, 2 * MIN, 3 * MIN]);
  });

  it('counts nothing for an empty list, and lets list values expire like others', () => {
    const set = compileRuleSet(fanOut(3));
    const { during, flushed } = run(set, [send('A', [], 0), send('A', [], MIN), send('A', ['i-1', 'i-2'], 2 * MIN), send('A', ['i-3'], 13 * MIN), send('A', [null], 14 * MIN)]);
    assert.deepEqual([...during, ...flushed], [], 'i-1 and i-2 left the window before i-3 came');
  });

  it('counts a list of objects by each element\'s canonical JSON (key order does not matter)', () => {
    const set = compileRuleSet(fanOut(3, 'requestParameters.targets'));
    const target = (values: string[], keyFirst: boolean) => (keyFirst ? { key: 'InstanceIds', values } : { values, key: 'InstanceIds' });
    const a = run(set, [send('A', undefined, 0, { targets: [target(['i-1'], true), target(['i-2'], true)] }), send('A', undefined, MIN, { targets: [target(['i-2'], false), target(['i-1'], false)] })]);
    assert.deepEqual([...a.during, ...a.flushed], [], 'the same two targets, written in another key order');
    const b = run(set, [send('A', undefined, 0, { targets: [target(['i-1'], true), target(['i-2'], true)] }), send('A', undefined, MIN, { targets: [target(['i-3'], false)] })]);
    assert.equal(b.flushed[0]?.distinct, 3);
  });

  it(`reads at most ${MAX_DISTINCT_PER_EVENT.toLocaleString('en')} elements of one list`, () => {
    const ids = Array.from({ length: 5 * MAX_DISTINCT_PER_EVENT }, (_, i) => `i-${i}`);
    const set = compileRuleSet(fanOut(2));
    const { flushed } = run(set, [send('A', ids, 0)]);
    assert.equal(flushed[0].distinct, MAX_DISTINCT_PER_EVENT);

    // Short of its threshold, the group holds (and saves) the capped values and the event once.
    const open = compileRuleSet(fanOut(3 * MAX_DISTINCT_PER_EVENT));
    open.process(send('A', ids, 0));
    open.process(send('A', ids.slice(0, 10), MIN));
    const state = JSON.parse(JSON.stringify(open.saveState())) as ReturnType<typeof open.saveState>;
    const saved = state.rules['fan-out'][0].entries;
    assert.equal(saved.length, 2, 'one entry per event');
    assert.equal(saved.reduce((n, e) => n + (e.values?.length ?? 1), 0), MAX_DISTINCT_PER_EVENT);
    assert.deepEqual(saved[1].values, ids.slice(0, 10), 'the ten ids seen again moved to the later event');
    assert.ok(JSON.stringify(state).length < 200_000, `state of ${JSON.stringify(state).length} chars`);
  });

  it('carries list values between runs, with the list\'s event saved once', () => {
    const endRun = (set: ReturnType<typeof compileRuleSet>) => {
      const state = JSON.parse(JSON.stringify(set.saveState())) as ReturnType<typeof set.saveState>;
      return { state, hits: set.flush() };
    };
    const first = compileRuleSet(fanOut(4));
    first.process(send('A', 'i-1', 0));
    first.process(send('A', ['i-2', 'i-3'], MIN));
    const { state, hits } = endRun(first);
    assert.deepEqual(hits, []);
    assert.deepEqual(
      state.rules['fan-out'][0].entries.map((e) => e.value ?? e.values),
      ['i-1', ['i-2', 'i-3']],
    );
    assert.ok(state.rules['fan-out'][0].entries.every((e) => e.ev.id), 'whole events');

    const second = compileRuleSet(fanOut(4));
    second.restoreState(state);
    const r = run(second, [send('A', ['i-3', 'i-4'], 2 * MIN)]);
    assert.deepEqual(second.restored, { groups: 1 });
    assert.equal(r.flushed.length, 1);
    assert.equal(r.flushed[0].distinct, 4);
    assert.deepEqual(r.flushed[0].events.map((e) => e.timeMs - T0), [0, MIN, 2 * MIN], 'the first run\'s events are the evidence, each once');

    const idle = compileRuleSet(fanOut(4));
    idle.restoreState(state);
    assert.deepEqual(endRun(idle).state, state, 'a run that read nothing hands the list values on unchanged');

    const fresh = compileRuleSet(fanOut(4));
    assert.deepEqual(run(fresh, [send('A', ['i-3', 'i-4'], 2 * MIN)]).flushed, [], 'without the state, two instances are no fan-out');
  });
});

describe('aggregation windows carried from one run to the next', () => {
  const burst = () =>
    rulesFrom(sigma("sel:\n  eventSource: iam.amazonaws.com\n  eventName|startswith: List\ncondition: sel", 'name: burst\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  count: { gte: 3 }\n'));
  const ips = () =>
    rulesFrom(sigma('sel:\n  eventSource: iam.amazonaws.com\ncondition: sel', 'name: ips\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 1h\n  distinct: { field: sourceIPAddress, gte: 3 }\n'));
  const from = (arn: string, ip: string, at: number) => ev({ eventSource: 'iam.amazonaws.com', eventName: 'ListUsers', userIdentity: { arn }, sourceIPAddress: ip }, T0 + at);
  /** Ends a run: its state as the hub would keep it (JSON), and its hits. */
  const endRun = (set: ReturnType<typeof compileRuleSet>) => {
    const state = JSON.parse(JSON.stringify(set.saveState())) as ReturnType<typeof set.saveState>;
    return { state, hits: set.flush() };
  };

  it('counts a burst that straddles two runs, with the first run\'s events as evidence', () => {
    const first = compileRuleSet(burst());
    for (const e of [call('A', 'ListUsers', 0), call('A', 'ListRoles', MIN)]) assert.deepEqual(first.process(e), []);
    const { state, hits } = endRun(first);
    assert.deepEqual(hits, []);
    assert.equal(state.rules.burst.length, 1);

    const second = compileRuleSet(burst());
    second.restoreState(state);
    const r = run(second, [call('A', 'ListGroups', 2 * MIN)]);
    assert.deepEqual(second.restored, { groups: 1 });
    assert.equal(r.flushed.length, 1);
    assert.equal(r.flushed[0].count, 3);
    assert.deepEqual(r.flushed[0].events.map((e) => e.raw.eventName), ['ListUsers', 'ListRoles', 'ListGroups']);
    assert.equal(r.flushed[0].firstTime, new Date(T0).toISOString());

    const fresh = compileRuleSet(burst());
    assert.deepEqual(run(fresh, [call('A', 'ListGroups', 2 * MIN)]).flushed, [], 'without the state, one event is no burst');
  });

  it('carries distinct values, one or several per group', () => {
    const first = compileRuleSet(ips());
    for (const e of [from('A', '198.51.100.1', 0), from('A', '198.51.100.2', MIN), from('B', '203.0.113.9', MIN)]) first.process(e);
    const { state } = endRun(first);
    assert.deepEqual(state.rules.ips.map((g) => [g.key, g.entries.map((e) => e.value)]), [['A', ['198.51.100.1', '198.51.100.2']], ['B', ['203.0.113.9']]]);
    const second = compileRuleSet(ips());
    second.restoreState(state);
    const r = run(second, [from('A', '192.0.2.3', 30 * MIN), from('B', '192.0.2.4', 31 * MIN), from('B', '192.0.2.5', 32 * MIN)]);
    assert.deepEqual(r.flushed.map((h) => [h.dedupKey['userIdentity.arn'], h.distinct]).sort(), [['A', 3], ['B', 3]]);
  });

  it('keeps whole only the events a hit would show, and the times of the rest', () => {
    const big = () =>
      rulesFrom(sigma("sel:\n  eventSource: iam.amazonaws.com\ncondition: sel", 'name: big\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 1h\n  count: { gte: 30 }\n'));
    const first = compileRuleSet(big());
    for (let i = 0; i < 25; i++) first.process(call('A', 'ListUsers', i * 1000));
    const { state } = endRun(first);
    const saved = state.rules.big[0].entries;
    assert.equal(saved.length, 25);
    assert.deepEqual([saved.filter((e) => e.ev.id).length, saved.filter((e) => !e.ev.id).length], [20, 5]);
    const second = compileRuleSet(big());
    second.restoreState(state);
    const r = run(second, [30, 31, 32, 33, 34].map((i) => call('A', 'ListUsers', i * 1000)));
    assert.equal(r.flushed[0].count, 30);
    assert.equal(r.flushed[0].events.length, 20);
    assert.ok(r.flushed[0].events.every((e) => e.id), 'the evidence is whole events');
    assert.equal(r.flushed[0].lastTime, new Date(T0 + 34_000).toISOString());
  });

  it('sets the state aside when the new events are older (a replay), and keeps it through a run with no events', () => {
    const first = compileRuleSet(burst());
    for (const e of [call('A', 'ListUsers', 5 * HOUR_MS), call('A', 'ListRoles', 5 * HOUR_MS + MIN)]) first.process(e);
    const { state } = endRun(first);
    const replay = compileRuleSet(burst());
    replay.restoreState(state);
    const r = run(replay, [call('A', 'ListGroups', 0)]);
    assert.deepEqual(r.flushed, []);
    assert.match(String((replay.restored as { discarded: string }).discarded), /before the saved windows/);

    const idle = compileRuleSet(burst());
    idle.restoreState(state);
    assert.deepEqual(endRun(idle).state, state, 'a run that read nothing hands the windows on unchanged');
  });
});

describe('Sigma correlation', () => {
  const fail = (ip: string, at: number) => ev({ eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', sourceIPAddress: ip, responseElements: { ConsoleLogin: 'Failure' } }, T0 + at);

  it('counts the referenced rule per group and hides its own matches (generate: false)', async () => {
    const { rules } = await loadDetectionRules(['test/fixtures/sigma']);
    const set = compileRuleSet(rules);
    const events = [...Array.from({ length: 4 }, (_, i) => fail('198.51.100.7', i * MIN)), fail('203.0.113.9', MIN), fail('198.51.100.7', 9 * MIN)];
    const { during, flushed } = run(set, events);
    assert.deepEqual(during, []);
    assert.deepEqual(flushed.map((h) => [h.rule.name, h.count, h.dedupKey]), [['aws_console_login_failure-2', 5, { sourceIPAddress: '198.51.100.7' }]]);
    assert.deepEqual(flushed[0].rule.techniques, ['T1110.001']);
    assert.equal(flushed[0].rule.logsource.service, 'cloudtrail');
  });

  it('lets the referenced rules fire too with generate: true, and supports value_count', () => {
    const rules = rulesFrom(
      `${sigma('sel:\n  eventName: GetObject\ncondition: sel', 'name: s3-get\n')}---\ntitle: many buckets\nid: ${uid()}\nlevel: high\ncorrelation:\n  type: value_count\n  rules: [s3-get]\n  group-by: [userIdentity.arn]\n  timespan: 1h\n  condition: { field: requestParameters.bucketName, gte: 3 }\n  generate: true\n`,
    );
    const set = compileRuleSet(rules);
    const get = (bucket: string, at: number) => ev({ eventName: 'GetObject', userIdentity: { arn: 'A' }, requestParameters: { bucketName: bucket } }, T0 + at);
    const { during, flushed } = run(set, [get('a', 0), get('a', 1), get('b', 2), get('c', 3)]);
    assert.equal(during.length, 4, 'the base rule still fires per event');
    assert.deepEqual(flushed.map((h) => [h.rule.title, h.distinct, h.count]), [['many buckets', 3, 3]]);
  });

  it('runs aggregation test cases through testRules', () => {
    const rules = rulesFrom(
      sigma(
        'sel:\n  eventName: ListUsers\ncondition: sel',
        `name: tr\naggregation:\n  timespan: 1m\n  count: { gte: 2 }\ntests:\n  - name: two\n    match: true\n    events: [{ eventName: ListUsers }, { eventName: ListUsers }]\n  - name: one\n    match: false\n    events:\n      - { eventName: ListUsers, eventTime: '2026-01-01T00:00:00Z' }\n      - { eventName: ListUsers, eventTime: '2026-01-01T00:05:00Z' }\n`,
      ),
      'tr.yml',
    );
    assert.deepEqual(testRules(rules).map((r) => [r.case, r.passed]), [['two', true], ['one', true]]);
  });
});

describe('performance', () => {
  it('processes 50k CloudTrail events through 40 rules well under a second', () => {
    const services = ['iam', 's3', 'ec2', 'sts', 'kms', 'cloudtrail', 'guardduty', 'lambda', 'rds', 'signin'];
    const docs: string[] = [];
    for (let i = 0; i < 34; i++) {
      const svc = services[i % services.length];
      docs.push(sigma(`sel:\n  eventSource: ${svc}.amazonaws.com\n  eventName: [Delete${i}Thing, Put${i}Policy, Update${i}Config]\nfilter:\n  userIdentity.invokedBy|endswith: .amazonaws.com\ncondition: sel and not filter`, `name: r${i}\n`));
    }
    docs.push(sigma('sel:\n  userIdentity.type: Root\ncondition: sel', 'name: root\n'));
    docs.push(sigma("sel:\n  eventName|startswith: 'Delete'\n  errorCode: AccessDenied\ncondition: sel", 'name: denied-delete\n'));
    docs.push(sigma("sel:\n  userAgent|contains: [kali, parrot, pentoo]\ncondition: sel", 'name: offensive-ua\n'));
    docs.push(sigma("sel:\n  sourceIPAddress|cidr: 203.0.113.0/24\ncondition: sel", 'name: bad-net\n'));
    docs.push(sigma('sel:\n  eventSource: iam.amazonaws.com\ncondition: sel', 'name: iam-burst\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  count: { gte: 500 }\n'));
    docs.push(sigma('sel:\n  eventSource: s3.amazonaws.com\ncondition: sel', 'name: s3-distinct\naggregation:\n  group_by: [userIdentity.arn]\n  timespan: 10m\n  distinct: { field: requestParameters.bucketName, gte: 50 }\n'));
    const rules = rulesFrom(docs.join('---\n'));
    assert.equal(rules.length, 40);
    const set = compileRuleSet(rules);
    const events: CloudEvent[] = [];
    const names = ['GetObject', 'ListBuckets', 'DescribeInstances', 'AssumeRole', 'Decrypt', 'Delete3Thing', 'Put7Policy', 'GetUser', 'ConsoleLogin'];
    for (let i = 0; i < 50_000; i++) {
      events.push(
        ev(
          {
            eventVersion: '1.08',
            eventSource: `${services[i % services.length]}.amazonaws.com`,
            eventName: names[i % names.length],
            eventTime: new Date(T0 + i * 20).toISOString(),
            sourceIPAddress: i % 97 === 0 ? '203.0.113.5' : `10.0.${i % 250}.${i % 200}`,
            userAgent: i % 101 === 0 ? 'aws-cli/2 kali' : 'aws-cli/2.15.0 Python/3.11',
            userIdentity: { type: i % 1000 === 0 ? 'Root' : 'AssumedRole', arn: `arn:aws:sts::111111111111:assumed-role/r/${i % 50}` },
            requestParameters: { bucketName: `b${i % 300}` },
            ...(i % 13 === 0 ? { errorCode: 'AccessDenied' } : {}),
            recipientAccountId: '111111111111',
          },
          T0 + i * 20,
        ),
      );
    }
    let hits = 0;
    const start = performance.now();
    for (const e of events) hits += set.process(e).length;
    hits += set.flush().length;
    const ms = performance.now() - start;
    console.log(`# 50k events x 40 rules: ${ms.toFixed(0)} ms (${Math.round(50_000 / (ms / 1000)).toLocaleString('en')} events/s), ${hits} hits`);
    assert.ok(hits > 0);
    assert.ok(ms < 1500, `took ${ms.toFixed(0)} ms`);
  });
});
