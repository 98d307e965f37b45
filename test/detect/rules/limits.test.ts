import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compileDetection, RuleCompileError } from '../../../src/detect/rules/compile.js';
import { MAX_CONDITION_DEPTH, MAX_CONDITION_TOKENS, MAX_DETECTION_DEPTH, MAX_VALUES_PER_FIELD } from '../../../src/detect/rules/limits.js';
import { loadDetectionRules, parseRuleText } from '../../../src/detect/rules/load.js';
import { compileRule } from '../../../src/detect/rules/ruleset.js';
import { ev, rulesFrom, sigma } from './helpers.js';

/** The RuleCompileError compileDetection throws for `detection` (fails the test if it throws anything else, or nothing). */
function refusal(detection: Record<string, unknown>): RuleCompileError {
  try {
    compileDetection(detection).match; // generating the predicate too
  } catch (err) {
    assert.ok(err instanceof RuleCompileError, `expected a RuleCompileError, got ${String(err)}`);
    return err;
  }
  assert.fail('the detection compiled');
}

describe('condition limits', () => {
  it('5,000 nested parentheses are a RuleCompileError, not a stack overflow', () => {
    const err = refusal({ sel: { a: 1 }, condition: `${'('.repeat(5000)}sel${')'.repeat(5000)}` });
    assert.equal(err.kind, 'invalid');
    assert.match(err.message, /^condition: more than 4,000 words and parentheses \(the limit\)$/);
    assert.deepEqual(err.path, ['detection', 'condition']);
  });

  it('50,000 nots are a RuleCompileError, not a stack overflow', () => {
    const err = refusal({ sel: { a: 1 }, condition: `${'not '.repeat(50_000)}sel` });
    assert.match(err.message, /^condition: 200,003 characters, more than the limit of 20,000$/);
  });

  it(`parentheses and nots count towards a depth of ${MAX_CONDITION_DEPTH}, and up to it they work`, () => {
    const deep = (n: number) => `${'('.repeat(n)}sel${')'.repeat(n)}`;
    assert.match(refusal({ sel: { a: 1 }, condition: deep(MAX_CONDITION_DEPTH + 1) }).message, /nested more than 256 levels deep \(the limit\), at "\(" at column 257/);
    assert.match(refusal({ sel: { a: 1 }, condition: `${'not '.repeat(MAX_CONDITION_DEPTH + 1)}sel` }).message, /nested more than 256 levels deep/);
    assert.match(refusal({ sel: { a: 1 }, condition: `${'not ('.repeat(130)}sel${')'.repeat(130)}` }).message, /nested more than 256 levels deep/, 'the two add up');

    const p = compileDetection({ sel: { eventName: 'A' }, condition: deep(MAX_CONDITION_DEPTH) }).match;
    assert.equal(p(ev({ eventName: 'A' })), true);
    assert.equal(p(ev({ eventName: 'B' })), false);
    const odd = compileDetection({ sel: { eventName: 'A' }, condition: `${'not '.repeat(MAX_CONDITION_DEPTH - 1)}sel` }).match;
    assert.equal(odd(ev({ eventName: 'A' })), false, '255 nots negate');
    assert.equal(odd(ev({ eventName: 'B' })), true);
  });

  it(`more than ${MAX_CONDITION_TOKENS.toLocaleString('en')} words is a RuleCompileError`, () => {
    const many = (n: number) => Array.from({ length: n }, () => 'sel').join(' or ');
    assert.match(refusal({ sel: { a: 1 }, condition: many(2001) }).message, /more than 4,000 words/);
    assert.equal(compileDetection({ sel: { eventName: 'A' }, condition: many(2000) }).match(ev({ eventName: 'a' })), true);
  });

  it('a condition beyond a limit skips that rule with its file, line and id; the others in the file load', () => {
    const text = [
      sigma(`sel:\n  eventName: A\ncondition: ${'('.repeat(5000)}sel${')'.repeat(5000)}`, 'name: too-deep\n'),
      sigma(`sel:\n  eventName: A\ncondition: ${'not '.repeat(50_000)}sel`, 'name: too-many-nots\n'),
      sigma('sel:\n  eventName: A\ncondition: sel', 'name: fine\n'),
    ].join('---\n');
    const { rules, issues } = parseRuleText(text, 'set.yml');
    assert.deepEqual(rules.map((r) => r.name), ['fine']);
    assert.deepEqual(
      issues.map((i) => [i.file, i.line, i.ruleId, i.kind]),
      [
        ['set.yml', 9, 'too-deep', 'invalid'],
        ['set.yml', 20, 'too-many-nots', 'invalid'],
      ],
    );
  });
});

describe('detection limits', () => {
  it(`a detection nested more than ${MAX_DETECTION_DEPTH} levels is refused with the path to the deep part`, () => {
    let value: unknown = 'x';
    for (let i = 0; i < 50; i++) value = [value];
    const err = refusal({ sel: { a: value }, condition: 'sel' });
    assert.match(err.message, /nests maps and lists more than 8 levels deep \(the limit/);
    assert.deepEqual(err.path.slice(0, 4), ['detection', 'sel', 'a', 0]);
  });

  it('a selection that refers to itself (a YAML alias inside its own anchor) is refused, not walked forever', () => {
    const { rules, issues } = parseRuleText(sigma('sel: &a [*a]\ncondition: sel', 'name: loop\n'), 'loop.yml');
    assert.equal(rules.length, 0);
    assert.equal(issues.length, 1);
    assert.match(issues[0].message, /more than 8 levels deep/);
  });

  it(`more than ${MAX_VALUES_PER_FIELD.toLocaleString('en')} values of a field, or maps in a selection, are refused`, () => {
    const values = Array.from({ length: MAX_VALUES_PER_FIELD + 1 }, (_, i) => `v${i}`);
    assert.match(refusal({ sel: { eventName: values }, condition: 'sel' }).message, /^field "eventName" has 10,001 values; the limit is 10,000$/);
    assert.match(refusal({ sel: values.map((v) => ({ eventName: v })), condition: 'sel' }).message, /^selection "sel" is a list of 10,001 maps; the limit is 10,000$/);
    const p = compileDetection({ sel: { eventName: values.slice(0, MAX_VALUES_PER_FIELD) }, condition: 'sel' }).match;
    assert.equal(p(ev({ eventName: 'V9999' })), true);
    assert.equal(p(ev({ eventName: 'v10000' })), false);
  });

  it('a regular expression or wildcard value longer than the limit is refused', () => {
    assert.match(refusal({ sel: { 'a|re': 'x'.repeat(20_001) }, condition: 'sel' }).message, /^a regular expression of 20,001 characters; the limit is 20,000$/);
    assert.match(refusal({ sel: { a: `*${'x'.repeat(20_000)}` }, condition: 'sel' }).message, /^a wildcard value of 20,001 characters; the limit is 20,000$/);
  });
});

describe('YAML nested too deeply to read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamori-limits-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const head = sigma('sel:\n  eventName: A\ncondition: sel').replace(/\ndetection:[\s\S]*$/, '\n');

  it('flow and block nesting give one clear line per file, and the other files load', async () => {
    writeFileSync(join(dir, 'a-flow.yml'), `${head}detection:\n  sel: {a: ${'['.repeat(10_000)}1${']'.repeat(10_000)}}\n  condition: sel\n`);
    let block = `${head}detection:\n  sel:\n`;
    for (let i = 0, indent = '    '; i < 2000; i++, indent += ' ') block += `${indent}a:\n`;
    writeFileSync(join(dir, 'b-block.yml'), `${block}${' '.repeat(2004)}b: 1\n  condition: sel\n`);
    writeFileSync(join(dir, 'c-fine.yml'), sigma('sel:\n  eventName: A\ncondition: sel', 'name: fine\n'));
    const { rules, issues } = await loadDetectionRules([dir]);
    assert.deepEqual(rules.map((r) => r.name), ['fine']);
    assert.deepEqual(
      issues.map((i) => [i.file.slice(dir.length + 1), i.kind, i.message]),
      [
        ['a-flow.yml', 'syntax', 'the YAML nests maps and lists too deeply to be read (a rule needs a few levels)'],
        ['b-block.yml', 'syntax', 'the YAML nests maps and lists too deeply to be read (a rule needs a few levels)'],
      ],
    );
  });
});

describe('the limits leave real rules alone', () => {
  it('a Sigma rule with filters, quantifiers and `1 of` compiles and matches', () => {
    const [rule] = rulesFrom(
      sigma("sel_a:\n  eventName|startswith: Delete\nsel_b:\n  userAgent|re: '^aws-cli/[0-9]+'\nfilter:\n  userIdentity.type: Root\ncondition: (1 of sel_*) and not filter", 'name: real\n'),
    );
    const p = compileRule(rule);
    assert.equal(p(ev({ eventName: 'DeleteTrail', userIdentity: { type: 'IAMUser' } })), true);
    assert.equal(p(ev({ eventName: 'DeleteTrail', userIdentity: { type: 'Root' } })), false);
  });
});
