import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConditionError, parseCondition } from '../../../src/detect/rules/condition.js';
import { compileRuleSet } from '../../../src/detect/rules/ruleset.js';
import { ev, matcher, rulesFrom, sigma } from './helpers.js';

describe('value matching', () => {
  it('compares strings case-insensitively by default, and exactly with |cased', () => {
    const m = matcher('sel:\n  eventName: ConsoleLogin\ncondition: sel');
    assert.equal(m({ eventName: 'consolelogin' }), true);
    assert.equal(m({ eventName: 'CONSOLELOGIN' }), true);
    assert.equal(m({ eventName: 'ConsoleLogins' }), false);
    const c = matcher('sel:\n  eventName|cased: ConsoleLogin\ncondition: sel');
    assert.equal(c({ eventName: 'ConsoleLogin' }), true);
    assert.equal(c({ eventName: 'consolelogin' }), false);
  });

  it('treats * and ? as wildcards, and \\* \\? as literal', () => {
    const m = matcher("sel:\n  eventName: 'Get*Policy?'\ncondition: sel");
    assert.equal(m({ eventName: 'GetBucketPolicy1' }), true);
    assert.equal(m({ eventName: 'getpolicyX' }), true);
    assert.equal(m({ eventName: 'GetBucketPolicy' }), false, '? needs one character');
    assert.equal(m({ eventName: 'xGetPolicy1' }), false, 'anchored');
    const lit = matcher("sel:\n  userAgent: 'a\\*b\\?'\ncondition: sel");
    assert.equal(lit({ userAgent: 'a*b?' }), true);
    assert.equal(lit({ userAgent: 'axxb?' }), false);
    assert.equal(lit({ userAgent: 'a*bc' }), false);
    const dot = matcher("sel:\n  sourceIPAddress: '10.0.0.*'\ncondition: sel");
    assert.equal(dot({ sourceIPAddress: '10.0.0.7' }), true);
    assert.equal(dot({ sourceIPAddress: '10x0x0x7' }), false, 'regex specials are literal');
  });

  it('supports contains, startswith, endswith (with wildcards too)', () => {
    const c = matcher('sel:\n  userAgent|contains: Boto3\ncondition: sel');
    assert.equal(c({ userAgent: 'aws-cli Boto3/1.2' }), true);
    assert.equal(c({ userAgent: 'aws-cli/2' }), false);
    const s = matcher('sel:\n  eventName|startswith: Delete\ncondition: sel');
    assert.equal(s({ eventName: 'deleteTrail' }), true);
    assert.equal(s({ eventName: 'UndeleteTrail' }), false);
    const e = matcher("sel:\n  userIdentity.invokedBy|endswith: '.amazonaws.com'\ncondition: sel");
    assert.equal(e({ userIdentity: { invokedBy: 'cloudformation.amazonaws.com' } }), true);
    assert.equal(e({ userIdentity: { invokedBy: 'amazonaws.com.evil' } }), false);
    const w = matcher("sel:\n  userAgent|contains: 'Boto*/1.'\ncondition: sel");
    assert.equal(w({ userAgent: 'x Boto3/1.34 y' }), true);
    assert.equal(w({ userAgent: 'x Boto3/2.0' }), false);
  });

  it('remembers case-insensitive answers per value without mixing values up, however many there are', () => {
    const m = matcher('sel:\n  userAgent|contains: [kali, parrot]\ncondition: sel');
    for (let round = 0; round < 2; round++) {
      assert.equal(m({ userAgent: 'Mozilla/5.0 (X11; Kali Linux)' }), true);
      assert.equal(m({ userAgent: 'Mozilla/5.0 (X11; Ubuntu)' }), false);
    }
    // More distinct values than the memo holds: it starts again and answers stay right.
    for (let i = 0; i < 5000; i++) assert.equal(m({ userAgent: i % 2 ? `agent-${i} PARROT` : `agent-${i}` }), i % 2 === 1, `value ${i}`);
    assert.equal(m({ userAgent: 'Mozilla/5.0 (X11; Kali Linux)' }), true);
  });

  it('supports re (case-sensitive unless (?i) or |i)', () => {
    const m = matcher("sel:\n  eventName|re: '^(Put|Delete)Bucket.*Policy$'\ncondition: sel");
    assert.equal(m({ eventName: 'PutBucketPolicy' }), true);
    assert.equal(m({ eventName: 'putbucketpolicy' }), false);
    const i = matcher("sel:\n  eventName|re: '(?i)^putbucket'\ncondition: sel");
    assert.equal(i({ eventName: 'PUTBUCKETACL' }), true);
    const j = matcher("sel:\n  eventName|re|i: '^putbucket'\ncondition: sel");
    assert.equal(j({ eventName: 'PutBucketAcl' }), true);
  });

  it('supports cidr for IPv4 and IPv6', () => {
    const m = matcher("sel:\n  sourceIPAddress|cidr:\n    - 10.0.0.0/8\n    - '2001:db8::/32'\ncondition: sel");
    assert.equal(m({ sourceIPAddress: '10.20.30.40' }), true);
    assert.equal(m({ sourceIPAddress: '11.0.0.1' }), false);
    assert.equal(m({ sourceIPAddress: '2001:db8:1::5' }), true);
    assert.equal(m({ sourceIPAddress: '2001:db9::1' }), false);
    assert.equal(m({ sourceIPAddress: 'ec2.amazonaws.com' }), false);
  });

  it('supports exists, gt/gte/lt/lte, and numbers as numbers', () => {
    const ex = matcher('sel:\n  errorCode|exists: true\ncondition: sel');
    assert.equal(ex({ errorCode: 'AccessDenied' }), true);
    assert.equal(ex({}), false);
    assert.equal(ex({ errorCode: null }), false);
    const nx = matcher('sel:\n  errorCode|exists: false\ncondition: sel');
    assert.equal(nx({}), true);
    const gt = matcher('sel:\n  bytes|gt: 1000\ncondition: sel');
    assert.equal(gt({ bytes: 1001 }), true);
    assert.equal(gt({ bytes: '5000' }), true, 'numeric strings compare as numbers');
    assert.equal(gt({ bytes: 1000 }), false);
    assert.equal(gt({ bytes: 'many' }), false);
    assert.equal(matcher('sel:\n  bytes|gte: 1000\ncondition: sel')({ bytes: 1000 }), true);
    assert.equal(matcher('sel:\n  bytes|lt: 10\ncondition: sel')({ bytes: 9 }), true);
    assert.equal(matcher('sel:\n  bytes|lte: 10\ncondition: sel')({ bytes: 11 }), false);
    const port = matcher('sel:\n  dstport: 22\ncondition: sel');
    assert.equal(port({ dstport: 22 }), true);
    assert.equal(port({ dstport: '22' }), true);
    assert.equal(port({ dstport: 220 }), false);
    assert.equal(matcher('sel:\n  readOnly: false\ncondition: sel')({ readOnly: false }), true);
  });

  it('keeps leading-zero account ids as text', () => {
    const m = matcher('sel:\n  recipientAccountId: 012345678901\ncondition: sel');
    assert.equal(m({ recipientAccountId: '012345678901' }), true);
    assert.equal(m({ recipientAccountId: '12345678901' }), false);
  });

  it('supports base64', () => {
    const m = matcher('sel:\n  requestParameters.userData|base64|contains: curl\ncondition: sel');
    assert.equal(m({ requestParameters: { userData: `xx${Buffer.from('curl').toString('base64')}` } }), true);
  });

  it('null matches a missing or null field', () => {
    const m = matcher('sel:\n  errorCode: null\ncondition: sel');
    assert.equal(m({}), true);
    assert.equal(m({ errorCode: null }), true);
    assert.equal(m({ errorCode: 'x' }), false);
    const orNull = matcher("sel:\n  errorCode: [null, '']\ncondition: sel");
    assert.equal(orNull({ errorCode: '' }), true);
  });

  it('list values are OR, and AND with |all', () => {
    const any = matcher('sel:\n  eventName: [StopLogging, DeleteTrail]\ncondition: sel');
    assert.equal(any({ eventName: 'DeleteTrail' }), true);
    assert.equal(any({ eventName: 'UpdateTrail' }), false);
    const all = matcher(`sel:\n  requestParameters.policyDocument|contains|all: ['"Effect":"Allow"', '"Action":"\\*"']\ncondition: sel`);
    assert.equal(all({ requestParameters: { policyDocument: '{"Effect":"Allow","Action":"*","Resource":"*"}' } }), true);
    assert.equal(all({ requestParameters: { policyDocument: '{"Effect":"Allow","Action":"s3:Get*"}' } }), false);
    assert.equal(all({ requestParameters: { policyDocument: '{"Effect":"Deny","Action":"*"}' } }), false);
    // unescaped, * is a wildcard even inside |contains (Sigma semantics)
    const wild = matcher(`sel:\n  requestParameters.policyDocument|contains|all: ['"Effect":"Allow"', '"Action":"*"']\ncondition: sel`);
    assert.equal(wild({ requestParameters: { policyDocument: '{"Effect":"Allow","Action":"s3:Get*"}' } }), true);
  });

  it('a selection map is AND; a list of maps is OR', () => {
    const m = matcher('sel:\n  - eventName: A\n    eventSource: x\n  - eventName: B\ncondition: sel');
    assert.equal(m({ eventName: 'A', eventSource: 'x' }), true);
    assert.equal(m({ eventName: 'A', eventSource: 'y' }), false);
    assert.equal(m({ eventName: 'B' }), true);
  });

  it('reads nested paths, and any element of arrays on the way', () => {
    const m = matcher("sel:\n  userIdentity.sessionContext.sessionIssuer.arn|endswith: ':role/Admin'\ncondition: sel");
    assert.equal(m({ userIdentity: { sessionContext: { sessionIssuer: { arn: 'arn:aws:iam::1:role/Admin' } } } }), true);
    assert.equal(m({ userIdentity: { sessionContext: null } }), false);
    assert.equal(m({ userIdentity: 'x' }), false);
    const arr = matcher("sel:\n  resources.ARN|startswith: 'arn:aws:s3:::secret'\ncondition: sel");
    assert.equal(arr({ resources: [{ ARN: 'arn:aws:s3:::public' }, { ARN: 'arn:aws:s3:::secret-data' }] }), true);
    assert.equal(arr({ resources: [{ ARN: 'arn:aws:s3:::public' }, { type: 'x' }] }), false);
    const leaf = matcher('sel:\n  requestParameters.names: admin\ncondition: sel');
    assert.equal(leaf({ requestParameters: { names: ['guest', 'ADMIN'] } }), true);
    const all = matcher('sel:\n  tags.key|all: [env, owner]\ncondition: sel');
    assert.equal(all({ tags: [{ key: 'env' }, { key: 'owner' }] }), true);
    assert.equal(all({ tags: [{ key: 'env' }] }), false);
  });

  it('reads mamori.* fields from the enrichment object', () => {
    const m = matcher('sel:\n  mamori.intel: true\n  mamori.intel_list: tor-exits\ncondition: sel');
    assert.equal(m({}, { intel: true, intel_list: 'tor-exits' }), true);
    assert.equal(m({ mamori: { intel: true, intel_list: 'tor-exits' } }), false, 'not from the raw record');
    assert.equal(m({}), false);
  });

  it('takes field names and values that are not identifiers as data, never as code', () => {
    // The predicate is generated JavaScript: quotes, backslashes, line ends and code-like text in a
    // rule must stay field names and values.
    const field = `a"b.c'd`;
    const value = `x"); throw new Error('injected'); ("`;
    const yaml = (k: string, v: string) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`; // YAML double quotes read JSON escapes
    const m = matcher(['sel:', yaml(field, value), yaml('back\\slash', 'line\nend'), '  constructor: y', 'condition: sel'].join('\n'));
    const record = { 'a"b': { "c'd": value }, 'back\\slash': 'LINE\nEND', constructor: 'Y' };
    assert.equal(m(record), true);
    assert.equal(m({ ...record, constructor: 'z' }), false);
    const { constructor: _, ...inherited } = record;
    assert.equal(m(inherited), false, 'Object.prototype.constructor is not a field value');
  });

  it('counts N of a pattern, reading each selection once', () => {
    const m = matcher('a:\n  eventName: A\nb:\n  eventSource: B\nc:\n  awsRegion: C\ncondition: 2 of a or b and c and not c');
    const two = matcher('s_a:\n  eventName: A\ns_b:\n  eventSource: B\ns_c:\n  awsRegion: C\ncondition: 2 of s_*');
    assert.equal(two({ eventName: 'a', eventSource: 'b' }), true);
    assert.equal(two({ eventName: 'a', awsRegion: 'x' }), false);
    assert.equal(two({ eventName: 'a', eventSource: 'b', awsRegion: 'c' }), true);
    assert.equal(m({ eventName: 'a' }), false, 'and binds tighter: a or (b and c and not c)');
  });
});

describe('condition parser', () => {
  it('gives not > and > or precedence, and honours parentheses', () => {
    assert.deepEqual(parseCondition('a or b and not c'), {
      type: 'or',
      items: [{ type: 'sel', name: 'a' }, { type: 'and', items: [{ type: 'sel', name: 'b' }, { type: 'not', item: { type: 'sel', name: 'c' } }] }],
    });
    assert.deepEqual(parseCondition('(a or b) and c'), {
      type: 'and',
      items: [{ type: 'or', items: [{ type: 'sel', name: 'a' }, { type: 'sel', name: 'b' }] }, { type: 'sel', name: 'c' }],
    });
    assert.deepEqual(parseCondition('not not a'), { type: 'not', item: { type: 'not', item: { type: 'sel', name: 'a' } } });
    assert.deepEqual(parseCondition('1 of sel_* and not all of them'), {
      type: 'and',
      items: [{ type: 'of', count: 1, pattern: 'sel_*' }, { type: 'not', item: { type: 'of', count: 'all', pattern: 'them' } }],
    });
  });

  it('rejects malformed conditions', () => {
    for (const bad of ['a and', '(a or b', 'a b', 'and a', '1 of', 'a )', 'sel*', '']) assert.throws(() => parseCondition(bad), ConditionError, bad);
    assert.throws(() => parseCondition('a | count() > 5'), /aggregation/);
    assert.throws(() => parseCondition('a near b'), /near/);
  });

  it('evaluates precedence, 1 of / all of patterns and them', () => {
    const d = `a:\n  x: 1\nb:\n  y: 1\nc:\n  z: 1\n_aux:\n  w: 1\n`;
    const m = (cond: string) => matcher(`${d}condition: ${cond}`);
    assert.equal(m('a or b and c')({ x: 1 }), true);
    assert.equal(m('(a or b) and c')({ x: 1 }), false);
    assert.equal(m('a and not b')({ x: 1, y: 1 }), false);
    assert.equal(m('1 of them')({ z: 1 }), true);
    assert.equal(m('all of them')({ x: 1, y: 1, z: 1 }), true, '_aux is not in them');
    assert.equal(m('all of them')({ x: 1, y: 1 }), false);
    const p = (cond: string) => matcher(`sel_a:\n  x: 1\nsel_b:\n  y: 1\nfilter_1:\n  z: 1\ncondition: ${cond}`);
    assert.equal(p('1 of sel_* and not 1 of filter*')({ y: 1 }), true);
    assert.equal(p('1 of sel_* and not 1 of filter*')({ y: 1, z: 1 }), false);
    assert.equal(p('all of sel_*')({ y: 1 }), false);
    assert.equal(p('all of sel_*')({ x: 1, y: 1 }), true);
  });
});

describe('candidate index', () => {
  it('returns only the rules whose eventName / eventSource can match, plus unindexed rules', () => {
    const rules = rulesFrom(
      [
        sigma('sel:\n  eventSource: cloudtrail.amazonaws.com\n  eventName: [StopLogging, DeleteTrail]\ncondition: sel', 'name: trail\n'),
        sigma('sel:\n  eventSource: iam.amazonaws.com\ncondition: sel', 'name: iam-any\n'),
        sigma('a:\n  eventName: CreateUser\nb:\n  eventName: createaccesskey\ncondition: a or b', 'name: iam-two\n'),
        sigma('sel:\n  userIdentity.type: Root\ncondition: sel', 'name: root\n'),
        sigma('sel:\n  eventName|startswith: Delete\ncondition: sel', 'name: wild\n'),
        sigma('sel:\n  eventName: DeleteTrail\ncondition: not sel', 'name: negated\n'),
        sigma('sel:\n  dstport: 22\ncondition: sel', 'name: flow\n', 'vpcflow'),
      ].join('---\n'),
    );
    const set = compileRuleSet(rules);
    const names = (raw: Record<string, unknown>) => set.candidates(ev(raw)).map((r) => r.name);
    assert.deepEqual(names({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DeleteTrail' }), ['trail', 'root', 'wild', 'negated']);
    assert.deepEqual(names({ eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey' }), ['iam-any', 'iam-two', 'root', 'wild', 'negated']);
    assert.deepEqual(names({ eventSource: 's3.amazonaws.com', eventName: 'GetObject' }), ['root', 'wild', 'negated']);
    assert.deepEqual(set.candidates(ev({ dstport: 22 }, undefined, 'vpcflow')).map((r) => r.name), ['flow']);
    assert.deepEqual(set.candidates(ev({}, undefined, 'dns')), []);
    // the index never loses a match
    const hits = set.process(ev({ eventSource: 'iam.amazonaws.com', eventName: 'createaccesskey' })).map((h) => h.rule.name);
    assert.deepEqual(hits.sort(), ['iam-any', 'iam-two', 'negated']);
  });
});

describe('|fieldref compares two fields of the event', () => {
  it('equals another field, case-insensitively unless |cased; a missing side never matches', async () => {
    const { matcher } = await import('./helpers.js');
    const same = matcher('sel:\n  requestParameters.userName|fieldref: userIdentity.userName\ncondition: sel');
    assert.equal(same({ requestParameters: { userName: 'alice' }, userIdentity: { userName: 'alice' } }), true);
    assert.equal(same({ requestParameters: { userName: 'Alice' }, userIdentity: { userName: 'alice' } }), true);
    assert.equal(same({ requestParameters: { userName: 'bob' }, userIdentity: { userName: 'alice' } }), false);
    assert.equal(same({ requestParameters: {}, userIdentity: {} }), false, 'two absent fields are not equal');
    assert.equal(same({ requestParameters: { userName: '' }, userIdentity: { userName: '' } }), false);
    const cased = matcher('sel:\n  requestParameters.userName|fieldref|cased: userIdentity.userName\ncondition: sel');
    assert.equal(cased({ requestParameters: { userName: 'Alice' }, userIdentity: { userName: 'alice' } }), false);
  });

  it('combines with contains / startswith / endswith, |all and arrays', async () => {
    const { matcher } = await import('./helpers.js');
    const contains = matcher('sel:\n  userIdentity.arn|fieldref|contains: responseElements.accessKey.userName\ncondition: sel');
    assert.equal(contains({ userIdentity: { arn: 'arn:aws:iam::1:user/alice' }, responseElements: { accessKey: { userName: 'alice' } } }), true);
    assert.equal(contains({ userIdentity: { arn: 'arn:aws:iam::1:user/alice' }, responseElements: { accessKey: { userName: 'bob' } } }), false);
    const ends = matcher('sel:\n  a|fieldref|endswith: b\ncondition: sel');
    assert.equal(ends({ a: 'prefix-x', b: 'x' }), true);
    assert.equal(ends({ a: 'x-pre', b: 'x' }), false);
    const all = matcher('sel:\n  a|fieldref|all:\n    - b\n    - c\ncondition: sel');
    assert.equal(all({ a: 'v', b: 'v', c: 'V' }), true);
    assert.equal(all({ a: 'v', b: 'v', c: 'w' }), false);
    const arrays = matcher('sel:\n  a|fieldref: b\ncondition: sel');
    assert.equal(arrays({ a: ['x', 'y'], b: 'y' }), true);
    assert.equal(arrays({ a: 5, b: '5' }), true, 'numbers compare as text');
  });

  it('refuses what cannot be a field reference', async () => {
    const { parseRuleText } = await import('../../../src/detect/rules/load.js');
    const { sigma } = await import('./helpers.js');
    for (const [detection, message] of [
      ['sel:\n  a|fieldref|re: b\ncondition: sel', /fieldref cannot be combined with \|re/],
      ['sel:\n  a|fieldref: 5\ncondition: sel', /fieldref takes field names/],
    ] as const) {
      const parsed = parseRuleText(sigma(detection), 'x.yml');
      assert.equal(parsed.rules.length, 0);
      assert.match(parsed.issues[0]?.message ?? '', message);
    }
  });
});
