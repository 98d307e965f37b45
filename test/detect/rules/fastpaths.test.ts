import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIPv4 } from '../../../src/detect/rules/compile.js';
import { Lru } from '../../../src/detect/rules/lru.js';
import type { Signal } from '../../../src/model/signal.js';
import { matcher } from './helpers.js';

// The engine compares without lower-casing where it can (ASCII), and must agree with
// toLowerCase() everywhere else.
describe('case-insensitive comparisons agree with toLowerCase', () => {
  const values = ['Kelvin', '\u212Aelvin', 'KELVIN', 'kelvi', 'AİX', 'aix', 'Aİ', 'ok', 'O\u212A', 'ΣΑΣ', 'straße', '', 'x'];
  const cases: [string, string][] = [
    ['eq', 'kelvin'],
    ['startswith', 'ai'],
    ['startswith', 'kel'],
    ['endswith', 'ok'],
    ['endswith', 'x'],
    ['eq', 'ai\u0307'],
    ['contains', 'elv'],
  ];
  for (const [op, want] of cases) {
    it(`|${op} ${JSON.stringify(want)}`, () => {
      const key = op === 'eq' ? 'userAgent' : `userAgent|${op}`;
      const m = matcher(`sel:\n  ${key}: ${JSON.stringify(want)}\ncondition: sel`);
      for (const v of values) {
        const l = v.toLowerCase();
        const expected = op === 'eq' ? l === want : op === 'startswith' ? l.startsWith(want) : op === 'endswith' ? l.endsWith(want) : l.includes(want);
        assert.equal(m({ userAgent: v }), expected, `${JSON.stringify(v)}`);
      }
    });
  }
});

describe('IPv4 parsing for |cidr', () => {
  it('reads dotted quads of one to three digits up to 255, and nothing else', () => {
    assert.equal(parseIPv4('10.0.1.25'), 10 * 2 ** 24 + 1 * 256 + 25);
    assert.equal(parseIPv4('255.255.255.255'), 2 ** 32 - 1);
    assert.equal(parseIPv4('010.001.0.0'), 10 * 2 ** 24 + 1 * 2 ** 16, 'leading zeros are decimal');
    for (const bad of ['', '1.2.3', '1.2.3.4.', '.1.2.3', '1..2.3', '256.1.1.1', '1.2.3.4567', '1.2.3.a', ' 1.2.3.4', '1.2.3.4 ', '::1', 'ec2.amazonaws.com', '１.2.3.4']) {
      assert.equal(parseIPv4(bad), undefined, JSON.stringify(bad));
    }
  });

  it('matches private ranges as before', () => {
    const m = matcher("sel:\n  sourceIPAddress|cidr:\n    - 10.0.0.0/8\n    - 192.168.0.0/16\ncondition: sel");
    assert.equal(m({ sourceIPAddress: '10.200.3.4' }), true);
    assert.equal(m({ sourceIPAddress: '192.168.255.1' }), true);
    assert.equal(m({ sourceIPAddress: '192.169.0.1' }), false);
    assert.equal(m({ sourceIPAddress: 'AWS Internal' }), false);
  });
});

describe('cheapest-first evaluation', () => {
  it('gives the same answers whatever the order of the parts', () => {
    const m = matcher(
      "expensive:\n  userIdentity.arn|re: ':assumed-role/[^/]+/i-[0-9a-f]{8,17}$'\ncheap:\n  errorCode: AccessDenied\ncondition: expensive and not cheap",
    );
    const arn = 'arn:aws:sts::1:assumed-role/app/i-0123456789abcdef0';
    assert.equal(m({ userIdentity: { arn } }), true);
    assert.equal(m({ userIdentity: { arn }, errorCode: 'AccessDenied' }), false);
    assert.equal(m({ userIdentity: { arn: 'arn:aws:iam::1:user/x' } }), false);
  });
});

describe('Lru', () => {
  it('keeps entries in the order a Map has when each update deletes and sets again', () => {
    const lru = new Lru<string, number>();
    const map = new Map<string, number>();
    const ops: [string, number][] = [['a', 1], ['b', 2], ['c', 3], ['a', 4], ['c', 5], ['d', 6], ['d', 7], ['b', 8]];
    for (const [k, v] of ops) {
      lru.set(k, v);
      map.delete(k);
      map.set(k, v);
    }
    assert.deepEqual(lru.keys(), [...map.keys()]);
    assert.deepEqual(lru.values(), [...map.values()]);
    assert.equal(lru.oldest()?.key, 'a');
    lru.delete('a');
    map.delete('a');
    const seen: string[] = [];
    lru.forEach((_v, k) => {
      seen.push(k);
      if (k === 'c') lru.delete(k); // deleting the current entry is allowed
    });
    assert.deepEqual(seen, [...map.keys()]);
    assert.deepEqual(lru.keys(), [...map.keys()].filter((k) => k !== 'c'));
    assert.equal(lru.size, 2);
    assert.equal(lru.get('b'), 8);
    lru.clear();
    assert.equal(lru.size, 0);
    assert.equal(lru.oldest(), undefined);
  });
});

describe('SignalBook', () => {
  it('merges repeats: lists keep the first distinct values, up to their caps', async () => {
    const { SignalBook } = await import('../../../src/detect/pipeline.js');
    const base = {
      id: 's1', ruleId: 'r', title: 't', description: 'd', severity: 'LOW' as Signal['severity'], tactics: [], techniques: [],
      firstSeen: '2024-05-01T00:00:10.000Z', lastSeen: '2024-05-01T00:00:10.000Z', count: 1, account: '1', region: 'r',
      sourceIps: ['a', 'a', 'b'], userAgents: [], resources: [], eventIds: Array.from({ length: 15 }, (_, i) => `e${i}`), dedupKey: {},
    };
    const book = new SignalBook();
    book.add({ ...base });
    book.add({ ...base, firstSeen: '2024-05-01T00:00:05.000Z', severity: 'HIGH', sourceIps: ['c', 'b'], eventIds: Array.from({ length: 15 }, (_, i) => `e${i + 10}`) });
    const [s] = book.all();
    assert.equal(s.count, 2);
    assert.equal(s.severity, 'HIGH');
    assert.equal(s.firstSeen, '2024-05-01T00:00:05.000Z');
    assert.deepEqual(s.sourceIps, ['a', 'b', 'c']);
    assert.deepEqual(s.eventIds, Array.from({ length: 20 }, (_, i) => `e${i}`));
  });
});

describe('the eventName / eventSource index', () => {
  it('tests every indexed rule when the field is not a text, as the rule alone would (found by test/property/rules.test.ts)', async () => {
    const { compileRuleSet } = await import('../../../src/detect/rules/ruleset.js');
    const { rulesFrom, sigma, ev } = await import('./helpers.js');
    const rules = [
      ...rulesFrom(sigma('sel:\n  eventName: GetObject\ncondition: sel')),
      ...rulesFrom(sigma('sel:\n  eventSource: s3.amazonaws.com\ncondition: sel')),
      ...rulesFrom(sigma("sel:\n  eventName: '5'\ncondition: sel")),
    ];
    const set = compileRuleSet(rules);
    const hitCount = (raw: Record<string, unknown>) => set.process(ev(raw)).length;
    assert.equal(hitCount({ eventName: 'GetObject', eventSource: 'x' }), 1);
    assert.equal(hitCount({ eventName: ['PutObject', 'GetObject'], eventSource: 'x' }), 1, 'an array holding the name matches, as equals does on arrays');
    assert.equal(hitCount({ eventName: 'x', eventSource: ['s3.amazonaws.com'] }), 1);
    assert.equal(hitCount({ eventName: 5, eventSource: 'x' }), 1, 'a number compares as its text');
    assert.equal(hitCount({ eventName: ['PutObject'], eventSource: 'x' }), 0, 'benign: an array without the name');
    assert.equal(hitCount({ eventName: { GetObject: 1 }, eventSource: 'x' }), 0);
  });
});
