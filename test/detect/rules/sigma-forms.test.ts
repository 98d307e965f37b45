/**
 * Sigma's time modifiers (minute, hour, day, week, month, year; Sigma modifiers appendix v2.1.0,
 * "Time Modifiers") and keyword searches (selections of plain values without field names).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRuleText } from '../../../src/detect/rules/load.js';
import { compileRuleSet } from '../../../src/detect/rules/ruleset.js';
import { MAX_KEYWORD_CHARACTERS, MAX_KEYWORD_STRINGS, stringLeaves } from '../../../src/detect/rules/keywords.js';
import { parseIsoTimestamp, timePart, timestampMs } from '../../../src/detect/rules/timeparts.js';
import { MAX_DEPTH } from '../../../src/model/limits.js';
import { ev, matcher, rulesFrom, sigma } from './helpers.js';

/** The one issue a detection block gives, as [kind, message]. */
function issueOf(detection: string): [string, string] {
  const { rules, issues } = parseRuleText(sigma(detection), 'f.yml');
  assert.equal(rules.length, 0, 'the rule should not load');
  assert.equal(issues.length, 1, JSON.stringify(issues));
  return [issues[0].kind, issues[0].message];
}

/** A CloudTrail record as AWS documents it, at `eventTime`. */
function consoleLogin(eventTime: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', userName: 'alice' },
    eventTime,
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
    requestParameters: null,
    responseElements: { ConsoleLogin: 'Success' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'No' },
    eventID: '3fcfb9c6-2b9b-4a4d-9f6c-1b2f3c4d5e6f',
    readOnly: false,
    eventType: 'AwsConsoleSignIn',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    ...extra,
  };
}

describe('time modifiers: reading timestamps', () => {
  it('reads ISO 8601 text in UTC, with fractions and offsets', () => {
    assert.equal(parseIsoTimestamp('2026-11-20T03:14:15Z'), Date.UTC(2026, 10, 20, 3, 14, 15));
    assert.equal(parseIsoTimestamp('2026-11-20T03:14:15.123456Z'), Date.UTC(2026, 10, 20, 3, 14, 15, 123));
    assert.equal(parseIsoTimestamp('2026-11-20T12:14:15+09:00'), Date.UTC(2026, 10, 20, 3, 14, 15));
    assert.equal(parseIsoTimestamp('2026-11-19T22:14:15-0500'), Date.UTC(2026, 10, 20, 3, 14, 15));
    assert.equal(parseIsoTimestamp('2026-11-20 03:14:15'), Date.UTC(2026, 10, 20, 3, 14, 15), 'no zone: UTC');
    assert.equal(parseIsoTimestamp('2026-11-20'), Date.UTC(2026, 10, 20));
    assert.equal(parseIsoTimestamp('2024-02-29T00:00:00Z'), Date.UTC(2024, 1, 29), 'leap day');
  });

  it('reads epoch seconds and milliseconds, as numbers or digits', () => {
    const t = Date.UTC(2026, 10, 20, 3, 14, 15);
    assert.equal(timestampMs(t / 1000), t);
    assert.equal(timestampMs(t), t);
    assert.equal(timestampMs(String(t / 1000)), t);
    assert.equal(timestampMs(String(t)), t);
    assert.equal(timestampMs(t / 1000 + 0.5), t + 500);
  });

  it('refuses anything that is not a timestamp', () => {
    for (const bad of ['', 'yesterday', '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '2025-02-29', '2026-11-20T24:00:00Z', '2026-11-20T03:60:00Z',
      '2026-11-20T03:14:15+25:00', '20261120T031415Z', '2026-11-20T03:14:15Zjunk', '11/20/2026 03:14', '2026', '12', 'NaN', `2026-11-20T03:14:15${'0'.repeat(100)}Z`]) {
      assert.equal(timestampMs(bad), undefined, bad);
    }
    for (const bad of [NaN, Infinity, -Infinity, 1e300, null, undefined, true, {}, ['2026-11-20T03:14:15Z']]) assert.equal(timestampMs(bad), undefined, String(bad));
  });

  it('takes each part in UTC; week is the ISO 8601 week', () => {
    const at = '2026-11-20T03:14:15Z';
    assert.deepEqual(['minute', 'hour', 'day', 'week', 'month', 'year'].map((p) => timePart(at, p as never)), [14, 3, 20, 47, 11, 2026]);
    // ISO weeks at year ends: 2021-01-03 is in week 53 of 2020, 2024-12-30 in week 1 of 2025, 2026-01-01 (a Thursday) in week 1.
    assert.equal(timePart('2021-01-03T12:00:00Z', 'week'), 53);
    assert.equal(timePart('2021-01-04T00:00:00Z', 'week'), 1);
    assert.equal(timePart('2024-12-30T00:00:00Z', 'week'), 1);
    assert.equal(timePart('2026-01-01T00:00:00Z', 'week'), 1);
    assert.equal(timePart('2026-12-31T23:59:59Z', 'week'), 53);
    // An offset moves the time to UTC before the part is taken.
    assert.equal(timePart('2026-11-20T08:30:00+09:00', 'hour'), 23);
    assert.equal(timePart('2026-11-20T08:30:00+09:00', 'day'), 19);
  });
});

describe('time modifiers in rules', () => {
  it('matches the part of CloudTrail eventTime, equal or compared', () => {
    const night = matcher("sel:\n  eventName: ConsoleLogin\n  eventTime|hour|gte: 22\ncondition: sel");
    assert.equal(night(consoleLogin('2026-11-20T23:05:00Z')), true);
    assert.equal(night(consoleLogin('2026-11-20T22:00:00Z')), true);
    assert.equal(night(consoleLogin('2026-11-20T21:59:59Z')), false);
    assert.equal(night(consoleLogin('2026-11-20T09:00:00Z')), false);
    const march = matcher("sel:\n  eventTime|month: [3, '4']\ncondition: sel");
    assert.equal(march(consoleLogin('2026-03-31T23:59:59Z')), true);
    assert.equal(march(consoleLogin('2026-04-01T00:00:00Z')), true);
    assert.equal(march(consoleLogin('2026-05-01T00:00:00Z')), false);
    const y = matcher("sel:\n  eventTime|year|lt: 2020\ncondition: sel");
    assert.equal(y(consoleLogin('2019-12-31T23:59:59Z')), true);
    assert.equal(y(consoleLogin('2020-01-01T00:00:00Z')), false);
    const m = matcher("sel:\n  eventTime|minute: 0\ncondition: sel");
    assert.equal(m(consoleLogin('2026-11-20T03:00:59Z')), true);
    assert.equal(m(consoleLogin('2026-11-20T03:01:00Z')), false);
    const d = matcher("sel:\n  eventTime|day|lte: 7\ncondition: sel");
    assert.equal(d(consoleLogin('2026-11-07T03:00:00Z')), true);
    assert.equal(d(consoleLogin('2026-11-08T03:00:00Z')), false);
    const w = matcher("sel:\n  eventTime|week: 53\ncondition: sel");
    assert.equal(w(consoleLogin('2021-01-03T12:00:00Z')), true);
    assert.equal(w(consoleLogin('2021-01-04T12:00:00Z')), false);
  });

  it('reads epoch fields (seconds and milliseconds)', () => {
    const hour = matcher("sel:\n  time|hour: 3\ncondition: sel");
    assert.equal(hour({ time: Date.UTC(2026, 10, 20, 3, 14) / 1000 }), true);
    assert.equal(hour({ time: Date.UTC(2026, 10, 20, 3, 14) }), true);
    assert.equal(hour({ time: String(Date.UTC(2026, 10, 20, 3, 14)) }), true);
    assert.equal(hour({ time: Date.UTC(2026, 10, 20, 4, 14) }), false);
  });

  it('composes: a range as two fields, all, not, and other selections', () => {
    // Outside office hours (UTC): before 08:00 or from 18:00, as two alternatives of one selection.
    const offHours = matcher("sel:\n  eventName: ConsoleLogin\nearly:\n  eventTime|hour|lt: 8\nlate:\n  eventTime|hour|gte: 18\ncondition: sel and (early or late)");
    assert.equal(offHours(consoleLogin('2026-11-20T07:59:00Z')), true);
    assert.equal(offHours(consoleLogin('2026-11-20T19:00:00Z')), true);
    assert.equal(offHours(consoleLogin('2026-11-20T12:00:00Z')), false);
    assert.equal(offHours(consoleLogin('2026-11-20T19:00:00Z', { eventName: 'GetCallerIdentity' })), false);
    // |all: every value's condition holds (a window 09:00–17:59).
    const office = matcher("sel:\n  eventTime|hour|gte|all: [9]\nbefore:\n  eventTime|hour|lte: 17\ncondition: sel and before");
    assert.equal(office(consoleLogin('2026-11-20T09:00:00Z')), true);
    assert.equal(office(consoleLogin('2026-11-20T18:00:00Z')), false);
    const weekend = matcher("sel:\n  eventName: ConsoleLogin\nnotday:\n  eventTime|day: [1, 2, 3]\ncondition: sel and not notday");
    assert.equal(weekend(consoleLogin('2026-11-02T00:00:00Z')), false);
    assert.equal(weekend(consoleLogin('2026-11-04T00:00:00Z')), true);
    // A list of maps: either alternative.
    const either = matcher("sel:\n  - eventTime|month: 1\n  - eventTime|month: 12\ncondition: sel");
    assert.equal(either(consoleLogin('2026-12-24T00:00:00Z')), true);
    assert.equal(either(consoleLogin('2026-06-24T00:00:00Z')), false);
  });

  it('never matches a missing or bad timestamp, not even under not', () => {
    const night = matcher("sel:\n  eventTime|hour|gte: 0\ncondition: sel");
    for (const bad of ['', 'not a time', '2026-02-30T23:00:00Z', '2026-11-20T25:00:00Z', null, true, { at: '2026-11-20T23:00:00Z' }, [], NaN]) {
      assert.equal(night(consoleLogin(bad)), false, JSON.stringify(bad));
    }
    const { eventTime: _omit, ...noTime } = consoleLogin('x');
    assert.equal(night(noTime), false);
    // An array matches by any element that is a timestamp.
    assert.equal(night({ eventTime: ['junk', '2026-11-20T23:00:00Z'] }), true);
    // "hour is not 3" is true for a bad timestamp only when written as a negation (Sigma's not).
    const not3 = matcher("sel:\n  eventTime|hour: 3\ncondition: not sel");
    assert.equal(not3(consoleLogin('junk')), true);
    assert.equal(not3(consoleLogin('2026-11-20T03:00:00Z')), false);
  });

  it('refuses values and combinations that cannot work', () => {
    assert.deepEqual(issueOf("sel:\n  eventTime|hour: 24\ncondition: sel"), ['invalid', '|hour is a whole number from 0 to 23; 24 never matches (field "eventTime")']);
    assert.match(issueOf("sel:\n  eventTime|month: 0\ncondition: sel")[1], /from 1 to 12/);
    assert.match(issueOf("sel:\n  eventTime|minute: 1.5\ncondition: sel")[1], /whole number/);
    assert.match(issueOf("sel:\n  eventTime|hour: night\ncondition: sel")[1], /needs a number/);
    assert.match(issueOf("sel:\n  eventTime|hour: null\ncondition: sel")[1], /needs a number/);
    assert.match(issueOf("sel:\n  eventTime|hour|minute: 3\ncondition: sel")[1], /cannot be combined/);
    assert.match(issueOf("sel:\n  eventTime|hour|contains: 3\ncondition: sel")[1], /\|contains cannot be combined with the time modifier \|hour/);
    assert.match(issueOf("sel:\n  eventTime|hour|re: '3'\ncondition: sel")[1], /\|re cannot be combined/);
    assert.match(issueOf("sel:\n  eventTime|hour|cased: 3\ncondition: sel")[1], /\|cased cannot be combined/);
    assert.equal(issueOf("sel:\n  eventTime|hour: 24\ncondition: sel")[0], 'invalid');
    // Out-of-range bounds of a comparison are legal (and simply always or never true).
    assert.equal(matcher("sel:\n  eventTime|hour|lt: 24\ncondition: sel")(consoleLogin('2026-11-20T23:59:00Z')), true);
  });
});

describe('keyword searches', () => {
  it('matches a keyword in any string of the record, case-insensitively, with wildcards', () => {
    const kw = matcher("keywords:\n  - 'image-policy.k8s.io/break-glass'\n  - 'kali*linux'\ncondition: keywords");
    assert.equal(kw({ protoPayload: { request: { metadata: { annotations: { 'image-policy.k8s.io/break-glass': 'true', note: 'deploy IMAGE-POLICY.K8S.IO/BREAK-GLASS now' } } } } }), true);
    assert.equal(kw(consoleLogin('2026-11-20T03:00:00Z', { userAgent: 'aws-cli/2.15.0 Python/3.11 Linux/6.5.0-kali3-amd64 exe/x86_64.kali.2024' })), false, 'kali but not kali*linux');
    assert.equal(kw(consoleLogin('2026-11-20T03:00:00Z', { userAgent: 'Boto3/1.34 md/Kali Linux' })), true);
    assert.equal(kw(consoleLogin('2026-11-20T03:00:00Z')), false);
    // Property names are not values.
    assert.equal(kw({ 'image-policy.k8s.io/break-glass': 1 }), false);
    // Strings inside arrays count; numbers do not.
    const bucket = matcher("keywords: 'exfil-bucket'\ncondition: keywords");
    assert.equal(bucket(consoleLogin('2026-11-20T03:00:00Z', { resources: [{ ARN: 'arn:aws:s3:::EXFIL-bucket-999988887777', type: 'AWS::S3::Bucket' }] })), true);
    const num = matcher('keywords:\n  - 4624\ncondition: keywords');
    assert.equal(num({ id: 4624 }), false);
    assert.equal(num({ id: 'event 4624' }), true);
  });

  it('composes with field selections, not, |all, |cased and |re', () => {
    const combo = matcher("selection:\n  eventName: ConsoleLogin\nkeywords:\n  - '203.0.113.*'\nfilter:\n  - 'MFAUsed'\ncondition: selection and keywords and not filter");
    assert.equal(combo(consoleLogin('2026-11-20T03:00:00Z')), true, '203.0.113.10 is a value; "MFAUsed" only a property name, so the filter does not apply');
    const combo2 = matcher("selection:\n  eventName: ConsoleLogin\nkeywords:\n  - '203.0.113.*'\nfilter:\n  - 'alice'\ncondition: selection and keywords and not filter");
    assert.equal(combo2(consoleLogin('2026-11-20T03:00:00Z')), false, 'alice is in the ARN');
    assert.equal(combo2(consoleLogin('2026-11-20T03:00:00Z', { userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/bob' } })), true);
    const all = matcher("keywords:\n  '|all': ['kali', 'boto3']\ncondition: keywords");
    assert.equal(all({ userAgent: 'Boto3/1.34 md/Kali' }), true);
    assert.equal(all({ userAgent: 'Boto3/1.34', note: 'kali' }), true, 'in different strings');
    assert.equal(all({ userAgent: 'Boto3/1.34' }), false);
    const cased = matcher("keywords:\n  '|cased': 'Kali'\ncondition: keywords");
    assert.equal(cased({ userAgent: 'Kali' }), true);
    assert.equal(cased({ userAgent: 'kali' }), false);
    const re = matcher("keywords:\n  '|re': 'pacu/\\d'\ncondition: keywords");
    assert.equal(re({ userAgent: 'aws-sdk pacu/1.6' }), true);
    assert.equal(re({ userAgent: 'pacu' }), false);
    // A list mixing keywords and maps: any of them.
    const mixed = matcher("sel:\n  - 'stratus-red-team'\n  - eventName: LeaveOrganization\ncondition: sel");
    assert.equal(mixed({ eventName: 'LeaveOrganization' }), true);
    assert.equal(mixed({ eventName: 'X', userAgent: 'stratus-red-team_4a0d' }), true);
    assert.equal(mixed({ eventName: 'X' }), false);
    // 1 of / all of over keyword selections.
    const of = matcher("kw_a: 'pacu'\nkw_b: 'kali'\ncondition: all of kw_*");
    assert.equal(of({ a: 'pacu on kali' }), true);
    assert.equal(of({ a: 'pacu' }), false);
  });

  it('runs for every event of its log source; indexed rules beside it still run only for their candidates', () => {
    const rules = rulesFrom([sigma("keywords:\n  - 'stratus-red-team'\ncondition: keywords"), sigma("sel:\n  eventName: ConsoleLogin\nkw:\n  - 'kali'\ncondition: sel and kw")].join('---\n'));
    const set = compileRuleSet(rules);
    const hits = (raw: Record<string, unknown>) => set.process(ev(raw)).length;
    assert.equal(hits({ eventName: 'ListBuckets', userAgent: 'stratus-red-team_4a0d' }), 1);
    assert.equal(hits({ eventName: 'ConsoleLogin', userAgent: 'kali' }), 1);
    assert.equal(hits({ eventName: 'ListBuckets', userAgent: 'kali' }), 0);
    assert.equal(hits({ eventName: 'ConsoleLogin', userAgent: 'stratus-red-team kali' }), 2);
  });

  it('bounds the walk: depth, number of strings, characters', () => {
    let deep: Record<string, unknown> = { v: 'needle' };
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = { d: deep };
    assert.deepEqual(stringLeaves(deep), []);
    let shallow: Record<string, unknown> = { v: 'needle' };
    for (let i = 0; i < MAX_DEPTH - 1; i++) shallow = { d: shallow };
    assert.deepEqual(stringLeaves(shallow), ['needle']);
    const many = Array.from({ length: MAX_KEYWORD_STRINGS + 10 }, (_, i) => `s${i}`);
    const leaves = stringLeaves({ many });
    assert.equal(leaves.length, MAX_KEYWORD_STRINGS);
    assert.equal(leaves[0], 's0', 'the start of the record is kept');
    const huge = 'x'.repeat(MAX_KEYWORD_CHARACTERS);
    assert.deepEqual(stringLeaves({ a: 'first', b: huge, c: 'needle' }), ['first', 'needle']);
    const kw = matcher("keywords: 'needle'\ncondition: keywords");
    assert.equal(kw(deep), false, 'what lies beyond a bound is not searched');
    assert.equal(kw({ many: [...many, 'needle'] }), false);
    assert.equal(kw({ many: ['needle', ...many] }), true);
    // A self-referencing object is walked only to the depth limit, and ends.
    const loop: Record<string, unknown> = { v: 'x' };
    loop.self = loop;
    assert.equal(kw(loop), false);
  });

  it('refuses keywords that cannot work', () => {
    assert.match(issueOf("keywords: ''\ncondition: keywords")[1], /matches every record/);
    assert.match(issueOf("keywords:\n  - '*'\ncondition: keywords")[1], /matches every record/);
    assert.match(issueOf('keywords:\n  - null\ncondition: keywords')[1], /strings or numbers/);
    assert.match(issueOf("keywords:\n  '|startswith': 'x'\ncondition: keywords")[1], /not supported in a keyword search/);
    assert.match(issueOf("keywords:\n  '|i': 'x'\ncondition: keywords")[1], /needs \|re/);
    assert.match(issueOf("keywords:\n  '|expand': '%x%'\ncondition: keywords")[1], /expand/);
    assert.equal(issueOf('keywords: true\ncondition: keywords')[0], 'invalid');
    const { issues } = parseRuleText(sigma("sel:\n  - eventName: A\n  - null\ncondition: sel"), 'f.yml');
    assert.equal(issues[0]?.line, 9, 'the line of the bad keyword');
  });
});

describe('still unsupported', () => {
  it('reports expand, near and timeframe', () => {
    assert.equal(issueOf("sel:\n  x|expand: '%admins%'\ncondition: sel")[0], 'unsupported');
    assert.equal(issueOf('a:\n  x: 1\nb:\n  y: 1\ncondition: a near b')[0], 'unsupported');
    assert.equal(issueOf('sel:\n  x: 1\ntimeframe: 5m\ncondition: sel')[0], 'unsupported');
  });
});
