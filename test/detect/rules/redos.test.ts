import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { detect } from '../../../src/detect/pipeline.js';
import { compileGlob, globMatch } from '../../../src/detect/rules/glob.js';
import { parseRuleText } from '../../../src/detect/rules/load.js';
import { compileRegex, requiredLiterals } from '../../../src/detect/rules/regex.js';
import { RE2JS } from 're2js';
import { compileRuleSet } from '../../../src/detect/rules/ruleset.js';
import { ev, matcher, rulesFrom, sigma } from './helpers.js';

/** Milliseconds `fn` takes. */
function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// Far above what the linear matchers take (a few milliseconds), far below what backtracking took
// (minutes for the 41-character user agent).
const BOUND_MS = 2000;

describe('|re runs in linear time', () => {
  it('a nested quantifier over a 41-character user agent answers at once, and still matches what it should', () => {
    const m = matcher("sel:\n  userAgent|re: '^(a+)+$'\ncondition: sel");
    let hit = true;
    const ms = timed(() => (hit = m({ userAgent: 'a'.repeat(40) + '!' })));
    assert.equal(hit, false);
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(m({ userAgent: 'aaaa' }), true);
  });

  it('a 100 kB field through a rule set answers within the bound', () => {
    const set = compileRuleSet(rulesFrom(sigma("sel:\n  userAgent|re: '^(a+)+$'\ncondition: sel", 'name: evil\n')));
    let hits = 0;
    const ms = timed(() => {
      hits += set.process(ev({ userAgent: 'a'.repeat(100_000) + '!' })).length;
      hits += set.process(ev({ userAgent: 'a'.repeat(100_000) })).length;
    });
    assert.equal(hits, 1, 'only the field made of a alone matches');
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
  });

  // Each row: the field's regex (with modifiers), a value that must match, one that must not.
  const semantics: [string, string, string, string][] = [
    ['a search, not anchored', "userAgent|re: 'boto3'", 'x Boto3 boto3/1.34 y', 'Boto3/1.34'],
    ['case-sensitive by default', "userAgent|re: 'Kali'", 'Mozilla (Kali Linux)', 'mozilla (kali linux)'],
    ['|i ignores case', "userAgent|re|i: 'kali'", 'Mozilla (KALI Linux)', 'Mozilla (Ubuntu)'],
    ['(?i) ignores case', "userAgent|re: '(?i)kali'", 'Mozilla (KaLi Linux)', 'Mozilla (Ubuntu)'],
    ['alternation', "eventName|re: '^(Put|Delete)BucketPolicy$'", 'DeleteBucketPolicy', 'GetBucketPolicy'],
    ['character classes', "principalId|re: ':i-[0-9a-f]{8,17}$'", 'AROAX:i-0abc1234def56789', 'AROAX:i-0abcXYZ4def56789'],
    ['\\d', "valuesToAdd|re: '^\\d{12}$'", '123456789012', '12345678901a'],
    ['^ and $ anchor the whole value', "eventName|re: '^Get$'", 'Get', 'GetObject'],
    ['|m: ^ and $ at line ends', "message|re|m: '^error$'", 'ok\nerror\nok', 'ok error ok'],
    ['without |m, $ is the end only', "message|re: 'error$'", 'ok\nerror', 'error\nok'],
    ['|s: . matches a newline', "message|re|s: 'a.b'", 'a\nb', 'ab'],
    ['without |s, . does not match a newline', "message|re: 'a.b'", 'a-b', 'a\nb'],
    ['JavaScript \\u escapes', "userAgent|re: '^\\u0041\\u{42}'", 'ABC', 'abc'],
    ['named groups and non-capturing groups', "userAgent|re: '^(?<tool>aws-cli|boto)(?:/[0-9.]+)?$'", 'aws-cli/2.15.0', 'aws-cli 2'],
  ];
  for (const [what, field, yes, no] of semantics) {
    it(`keeps Sigma semantics: ${what}`, () => {
      const m = matcher(`sel:\n  ${field}\ncondition: sel`);
      const key = field.slice(0, field.indexOf('|'));
      assert.equal(m({ [key]: yes }), true, `${JSON.stringify(yes)} should match`);
      assert.equal(m({ [key]: no }), false, `${JSON.stringify(no)} should not match`);
    });
  }

  it('remembers answers per value without mixing values up, and tests values too long to remember each time', () => {
    const m = matcher("sel:\n  userAgent|re: 'kali'\ncondition: sel");
    for (let i = 0; i < 5000; i++) assert.equal(m({ userAgent: i % 3 ? `agent-${i}` : `agent-${i} kali` }), i % 3 === 0, `value ${i}`);
    const long = 'x'.repeat(5000);
    assert.equal(m({ userAgent: long }), false);
    assert.equal(m({ userAgent: `${long}kali` }), true);
  });
});

describe('the literal prefilter in front of re2js', () => {
  it('finds the texts every match contains, and none where it cannot be sure', () => {
    assert.deepEqual(requiredLiterals(':assumed-role/[^/]+/i-[0-9a-f]{8,17}$'), [':assumed-role/', '/i-']);
    assert.deepEqual(requiredLiterals('^service-[0-9]+@gcp-sa-[a-z0-9-]+\\.iam\\.gserviceaccount\\.com$'), ['.iam.gserviceaccount.com', 'service-', '@gcp-sa-']);
    assert.deepEqual(requiredLiterals('abc?d(x|y)ef+'), ['ab']);
    for (const none of ['ab|cd', 'ab(?i)cd', 'ab+', '\\x{41}bc', 'a{bc', '\\Qab\\E']) assert.deepEqual(requiredLiterals(none), [], none);
  });

  it('never changes an answer: the same as re2js alone on any pattern and text', () => {
    const atoms = fc.constantFrom('a', 'b', 'ab', 'ba', '.', '\\.', '[ab]', '[^a]', '[]a]', '(a|b)', '(?:ab)', '\\d', '\\b', 'x', '-', '/', '^', '$');
    const quantifier = fc.constantFrom('', '', '', '*', '+', '?', '{1,2}', '{2}', '*?');
    const pattern = fc.array(fc.tuple(atoms, quantifier), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([a, q]) => (a === '^' || a === '$' ? a : a + q)).join(''));
    const text = fc.array(fc.constantFrom('a', 'b', '.', 'x', '-', '/', '1', ' '), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        let plain: RE2JS;
        try {
          plain = RE2JS.compile(p);
        } catch {
          return; // not a pattern RE2 takes
        }
        assert.equal(compileRegex(p, new Set()).test(t), plain.test(t), `/${p}/ on ${JSON.stringify(t)}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('patterns that need backtracking are refused, one rule at a time', () => {
  const refused: [string, RegExp][] = [
    ['(a)\\1', /backreference \(\\1\), which needs a backtracking engine; mamori runs rule regexes in linear time/],
    ['(?<n>a)\\k<n>', /backreference \(\\k<…>\)/],
    ['foo(?=bar)', /lookahead \(\(\?=…\), which needs a backtracking engine/],
    ['foo(?!bar)', /lookahead \(\(\?!…\)/],
    ['(?<=foo)bar', /lookbehind \(\(\?<=…\)/],
    ['(?<!foo)bar', /lookbehind \(\(\?<!…\)/],
  ];
  for (const [pattern, message] of refused) {
    it(`/${pattern}/`, () => {
      const { rules, issues } = parseRuleText(sigma(`sel:\n  userAgent|re: '${pattern}'\ncondition: sel`, 'name: needs-backtracking\n'), 'r.yml');
      assert.equal(rules.length, 0);
      assert.equal(issues.length, 1);
      assert.equal(issues[0].kind, 'unsupported');
      assert.equal(issues[0].ruleId, 'needs-backtracking');
      assert.equal(issues[0].line, 8, 'the line of the field');
      assert.match(issues[0].message, message);
    });
  }

  it('escaped and bracketed look-alikes are plain characters', () => {
    const m = matcher("sel:\n  userAgent|re: '\\(\\?=x\\)[(?=]\\\\1'\ncondition: sel");
    assert.equal(m({ userAgent: '(?=x)=\\1' }), true);
    assert.equal(m({ userAgent: '(?=x)=1' }), false);
  });

  it('an invalid pattern is an invalid rule with the engine’s reason', () => {
    const { issues } = parseRuleText(sigma("sel:\n  userAgent|re: 'a[b'\ncondition: sel", 'name: broken\n'), 'r.yml');
    assert.equal(issues.length, 1);
    assert.equal(issues[0].kind, 'invalid');
    assert.match(issues[0].message, /^invalid regular expression \/a\[b\/: missing closing \]/);
  });

  it('through detect(): the backreference rule is reported with its file and the rule beside it still gives its signal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-redos-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'rules'));
    const bad = join(dir, 'rules', 'doubled-word.yml');
    writeFileSync(bad, sigma("sel:\n  userAgent|re: '(\\w+) \\1'\ncondition: sel", 'name: doubled-word\n'));
    writeFileSync(join(dir, 'rules', 'console-login.yml'), sigma('sel:\n  eventName: ConsoleLogin\ncondition: sel', 'name: console-login\n'));
    const record = { eventVersion: '1.09', eventTime: '2026-11-20T03:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.10', userAgent: 'go go', userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/dev', accountId: '111122223333' }, recipientAccountId: '111122223333', eventID: '00000000-0000-4000-9000-000000000001' };
    writeFileSync(join(dir, 'trail.json'), JSON.stringify({ Records: [record] }));
    const r = await detect({ inputs: [join(dir, 'trail.json')], rules: [join(dir, 'rules')], noBuiltin: true, intel: [] });
    assert.deepEqual(r.signals.map((s) => s.ruleId), ['console-login']);
    assert.equal(r.rulesLoaded, 1);
    assert.equal(r.ruleIssues.length, 1);
    assert.equal(r.ruleIssues[0].file, bad);
    assert.equal(r.ruleIssues[0].ruleId, 'doubled-word');
    assert.match(r.ruleIssues[0].message, /backreference/);
  });
});

describe('wildcards match without backtracking', () => {
  it('many stars over a 100 kB field answer within the bound', () => {
    const m = matcher("sel:\n  userAgent: '*a*a*a*a*a*a*b'\nc:\n  userAgent|contains: 'a*a*a*a*a*a*b'\ncondition: sel or c");
    let hit = true;
    const ms = timed(() => (hit = m({ userAgent: 'a'.repeat(100_000) })));
    assert.equal(hit, false);
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(m({ userAgent: 'xaxaxaxaxaxab' }), true);
  });

  it('agrees with the regular expression it replaces, for every operator, on any text', () => {
    // The old translation: * → .*, ? → ., anchored as the operator says, case-insensitive.
    const reference = (pattern: string, op: string, text: string): boolean => {
      const src = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
      const anchored = op === 'eq' ? `^${src}$` : op === 'startswith' ? `^${src}` : op === 'endswith' ? `${src}$` : src;
      return new RegExp(anchored, 'is').test(text);
    };
    const chars = fc.constantFrom('a', 'b', 'A', '*', '?', '.', '\n');
    const pattern = fc.array(chars, { maxLength: 8 }).map((cs) => cs.join('')).filter((p) => /[*?]/.test(p));
    const text = fc.array(fc.constantFrom('a', 'b', 'B', '.', '\n'), { maxLength: 14 }).map((cs) => cs.join(''));
    const op = fc.constantFrom('eq', 'contains', 'startswith', 'endswith');
    fc.assert(
      fc.property(pattern, op, text, (p, o, t) => {
        const glob = compileGlob(p, false, o === 'contains' || o === 'endswith', o === 'contains' || o === 'startswith')!;
        assert.equal(globMatch(t.toLowerCase(), glob), reference(p, o, t), `${JSON.stringify(p)} |${o} ${JSON.stringify(t)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps escaped stars and question marks literal, also with |cased', () => {
    const m = matcher("sel:\n  userAgent|cased: 'A\\*?b*'\ncondition: sel");
    assert.equal(m({ userAgent: 'A*xbyz' }), true);
    assert.equal(m({ userAgent: 'a*xbyz' }), false, 'cased');
    assert.equal(m({ userAgent: 'Axxbyz' }), false, 'the star is literal');
  });
});
