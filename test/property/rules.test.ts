/**
 * Properties of the detection rule loader and compiler (src/detect/rules): whatever the rule
 * document, loading gives rules or issues and compiling gives a predicate or a RuleCompileError;
 * and for random detections of equals / contains / startswith / endswith with wildcards, escapes,
 * |cased, |all and null, combined by random conditions, the compiled rule (through the rule set's
 * eventName / eventSource index, and alone) answers what a small reference evaluator answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileDetection, RuleCompileError } from '../../src/detect/rules/compile.js';
import { parseRuleText } from '../../src/detect/rules/load.js';
import { compileRule, compileRuleSet } from '../../src/detect/rules/ruleset.js';
import { ev } from '../detect/rules/helpers.js';
import { assertOneLine, runs } from './arbitraries.js';

// ---------------------------------------------------------------------------------------------
// The reference: Sigma's documented semantics, written the plain way (no regular expressions,
// no fast paths, no index), so that it shares no code and no shortcut with the compiler.

type Op = 'eq' | 'contains' | 'startswith' | 'endswith';
type Token = { lit: string } | { star: true } | { any: true };

/** A plain value as tokens: `*` and `?` are wildcards, `\*` `\?` `\\` their literal selves, any other `\` a backslash. */
function tokensOf(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const next = pattern[i + 1];
    if (c === '\\' && (next === '*' || next === '?' || next === '\\')) {
      out.push({ lit: next });
      i++;
    } else if (c === '*') out.push({ star: true });
    else if (c === '?') out.push({ any: true });
    else out.push({ lit: c });
  }
  return out;
}

/** Whether tokens match all of `s` (UTF-16 code units, as `?` counts them). Dynamic programming, no backtracking. */
function globMatches(tokens: Token[], s: string): boolean {
  // can[j]: the tokens so far can match s[0..j).
  let can = new Array<boolean>(s.length + 1).fill(false);
  can[0] = true;
  for (const t of tokens) {
    const next = new Array<boolean>(s.length + 1).fill(false);
    if ('star' in t) {
      let reached = false;
      for (let j = 0; j <= s.length; j++) {
        reached ||= can[j];
        next[j] = reached;
      }
    } else {
      for (let j = 0; j < s.length; j++) if (can[j] && ('any' in t || s[j] === t.lit)) next[j + 1] = true;
    }
    can = next;
  }
  return can[s.length];
}

function valueMatches(pattern: string, op: Op, cased: boolean, value: string): boolean {
  // Case-insensitive: both sides lower-cased, as String.prototype.toLowerCase does it.
  let tokens = tokensOf(pattern).map((t) => ('lit' in t && !cased ? { lit: t.lit.toLowerCase() } : t));
  const s = cased ? value : value.toLowerCase();
  const star: Token = { star: true };
  if (op === 'contains') tokens = [star, ...tokens, star];
  else if (op === 'startswith') tokens = [...tokens, star];
  else if (op === 'endswith') tokens = [star, ...tokens];
  return globMatches(tokens, s);
}

interface FieldTest {
  field: string;
  op: Op;
  cased: boolean;
  all: boolean;
  /** Patterns, and null for "missing or null". */
  values: (string | null)[];
}

function fieldKey(f: FieldTest): string {
  return [f.field, ...(f.op === 'eq' ? [] : [f.op]), ...(f.cased ? ['cased'] : []), ...(f.all ? ['all'] : [])].join('|');
}

/** The value of a dotted path: a path through an array collects its elements' values. */
function refGet(raw: unknown, path: string[]): unknown {
  let cur = raw;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      const rest = path.slice(i);
      return cur.flatMap((el) => {
        const v = refGet(el, rest);
        return v === undefined ? [] : Array.isArray(v) ? v : [v];
      });
    }
    cur = Object.hasOwn(cur, path[i]) ? (cur as Record<string, unknown>)[path[i]] : undefined;
  }
  return cur;
}

function asText(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function refField(f: FieldTest, raw: Record<string, unknown>): boolean {
  const v = refGet(raw, f.field.split('.'));
  const patterns = f.values.filter((p): p is string => p !== null);
  const wantsMissing = patterns.length < f.values.length;
  const one = (p: string, x: unknown) => {
    const s = asText(x);
    return s !== undefined && valueMatches(p, f.op, f.cased, s);
  };
  if (f.all) {
    if (v === undefined || v === null) return false;
    const items = Array.isArray(v) ? v : [v];
    return patterns.every((p) => items.some((x) => one(p, x)));
  }
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return wantsMissing;
  const items = Array.isArray(v) ? v : [v];
  return items.some((x) => patterns.some((p) => one(p, x)));
}

/** A selection: alternatives (a list of maps), each a list of field tests that must all hold. */
type Selection = FieldTest[][];

type Cond =
  | { t: 'sel'; name: string }
  | { t: 'and' | 'or'; items: Cond[] }
  | { t: 'not'; item: Cond }
  | { t: 'of'; count: 1 | 'all'; pattern: string };

function expand(pattern: string, names: string[]): string[] {
  if (pattern === 'them') return names.filter((n) => !n.startsWith('_'));
  const prefix = pattern.slice(0, -1); // the patterns used are "<prefix>*"
  return names.filter((n) => n.startsWith(prefix));
}

function refCond(c: Cond, sel: (name: string) => boolean, names: string[]): boolean {
  switch (c.t) {
    case 'sel':
      return sel(c.name);
    case 'and':
      return c.items.every((i) => refCond(i, sel, names));
    case 'or':
      return c.items.some((i) => refCond(i, sel, names));
    case 'not':
      return !refCond(c.item, sel, names);
    case 'of': {
      const hits = expand(c.pattern, names).map(sel);
      return c.count === 'all' ? hits.every(Boolean) : hits.some(Boolean);
    }
  }
}

const PRECEDENCE = { or: 1, and: 2, not: 3, sel: 4, of: 4 } as const;

/** Condition text with as few parentheses as precedence allows (plus some extra), keywords in random case. */
function render(c: Cond, parent: number, style: { parens: boolean[]; upper: boolean[] }, at = { i: 0 }): string {
  const pick = (list: boolean[]) => list[at.i++ % list.length];
  const kw = (w: string) => (pick(style.upper) ? w.toUpperCase() : w);
  let out: string;
  switch (c.t) {
    case 'sel':
      out = c.name;
      break;
    case 'of':
      out = `${c.count === 'all' ? kw('all') : '1'} ${kw('of')} ${c.pattern}`;
      break;
    case 'not':
      out = `${kw('not')} ${render(c.item, PRECEDENCE.not, style, at)}`;
      break;
    default:
      out = c.items.map((i) => render(i, PRECEDENCE[c.t] + 0.5, style, at)).join(` ${kw(c.t)} `);
  }
  const needs = PRECEDENCE[c.t] < parent;
  return needs || pick(style.parens) ? `(${out})` : out;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Characters of patterns and values: wildcards, escapes, regex specials, cases, non-ASCII. */
const CHARS = ['a', 'b', 'A', 'B', 'x', '*', '?', '\\', '.', '(', '[', '$', '^', '+', '|', ' ', 'é', 'É', 'ß', '日', '😀', '\n'];
const patternChar = fc.constantFrom(...CHARS);
/** Escapes as units, so that `\*`, `\?`, `\\` and a backslash before an ordinary character all come up often. */
const pattern = fc.array(fc.oneof({ weight: 5, arbitrary: patternChar }, { weight: 1, arbitrary: fc.constantFrom('\\*', '\\?', '\\\\', '\\a') }), { maxLength: 8 }).map((cs) => cs.join(''));

/** Fields read from the record: the indexed eventName / eventSource, a plain one, a nested one, one through an array. */
const FIELDS = ['eventName', 'eventSource', 'userAgent', 'requestParameters.bucketName', 'resources.ARN'];

const fieldTest: fc.Arbitrary<FieldTest> = fc
  .record({
    field: fc.constantFrom(...FIELDS),
    op: fc.constantFrom<Op>('eq', 'eq', 'contains', 'startswith', 'endswith'),
    cased: fc.boolean(),
    all: fc.boolean(),
    values: fc.array(pattern, { minLength: 1, maxLength: 3 }),
    withNull: fc.boolean(),
  })
  // null matches a missing field only without an operation and without |all (otherwise the rule is refused: tested below).
  .map(({ withNull, ...f }) => ({ ...f, values: withNull && f.op === 'eq' && !f.all ? [...f.values, null] : f.values }));

/** A map of field tests with distinct keys. */
const fieldMap = fc.uniqueArray(fieldTest, { minLength: 1, maxLength: 3, selector: fieldKey });
const selection: fc.Arbitrary<Selection> = fc.oneof(fieldMap.map((m) => [m]), fc.array(fieldMap, { minLength: 1, maxLength: 3 }));
const SELECTION_NAMES = ['sel_a', 'sel_b', 'filter_a', 'filter_b', '_hidden'];

interface Case {
  selections: Map<string, Selection>;
  /** Selections written as a list of maps (even with one alternative) or as a map. */
  asList: Map<string, boolean>;
  condition: Cond;
  text: string;
}

const ruleCase: fc.Arbitrary<Case> = fc
  .uniqueArray(fc.constantFrom(...SELECTION_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) => {
    const patterns = ['them', 'sel_*', 'filter_*'].filter((p) => expand(p, names).length > 0);
    const leaf: fc.Arbitrary<Cond> = patterns.length
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names).map((name): Cond => ({ t: 'sel', name })) }, { weight: 1, arbitrary: fc.record({ count: fc.constantFrom<1 | 'all'>(1, 'all'), pattern: fc.constantFrom(...patterns) }).map((o): Cond => ({ t: 'of', ...o })) })
      : fc.constantFrom(...names).map((name): Cond => ({ t: 'sel', name }));
    const { cond } = fc.letrec<{ cond: Cond }>((tie) => ({
      cond: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ t: fc.constantFrom<'and' | 'or'>('and', 'or'), items: fc.array(tie('cond'), { minLength: 2, maxLength: 3 }) }) as fc.Arbitrary<Cond>,
        tie('cond').map((item): Cond => ({ t: 'not', item })),
      ),
    }));
    return fc.record({
      selections: fc.tuple(...names.map(() => selection)).map((list) => new Map(names.map((n, i) => [n, list[i]]))),
      asList: fc.tuple(...names.map(() => fc.boolean())).map((list) => new Map(names.map((n, i) => [n, list[i]]))),
      condition: cond,
      style: fc.record({ parens: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }) }),
    });
  })
  .map(({ selections, asList, condition, style }) => ({ selections, asList, condition, text: render(condition, 0, style) }));

/** A value that `p` likely matches: wildcards filled in, letters in random case; or something else. */
function instance(p: string): fc.Arbitrary<string> {
  const tokens = tokensOf(p);
  const filled = fc.tuple(...tokens.map((t) => ('lit' in t ? fc.constantFrom(t.lit, t.lit.toUpperCase(), t.lit.toLowerCase()) : 'any' in t ? patternChar : fc.array(patternChar, { maxLength: 3 }).map((cs) => cs.join('')))));
  const joined = tokens.length ? filled.map((parts) => parts.join('')) : fc.constant('');
  // Near misses: one character dropped, added or replaced (a `?` left empty, a literal off by one).
  const nearMiss = fc.tuple(joined, fc.nat(), patternChar, fc.constantFrom('drop', 'add', 'replace')).map(([s, at, c, how]) => {
    const i = s.length ? at % s.length : 0;
    return how === 'drop' ? s.slice(0, i) + s.slice(i + 1) : how === 'add' ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + c + s.slice(i + 1);
  });
  return fc.oneof(
    { weight: 3, arbitrary: joined },
    { weight: 2, arbitrary: fc.tuple(fc.array(patternChar, { maxLength: 2 }), joined, fc.array(patternChar, { maxLength: 2 })).map(([a, m, b]) => a.join('') + m + b.join('')) },
    { weight: 2, arbitrary: nearMiss },
    { weight: 1, arbitrary: pattern },
  );
}

/** A scalar for a field: an instance of one of the patterns, a number or a boolean. */
function scalarFor(patterns: string[]): fc.Arbitrary<string | number | boolean> {
  return fc.oneof({ weight: 6, arbitrary: patterns.length ? fc.constantFrom(...patterns).chain(instance) : pattern }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 50 }) }, { weight: 1, arbitrary: fc.boolean() });
}

/** Records built to exercise a case: each field missing, null, a scalar or (where a path allows) an array. */
function recordFor(c: Case): fc.Arbitrary<Record<string, unknown>> {
  const byField = new Map<string, string[]>();
  for (const sel of c.selections.values()) for (const alt of sel) for (const f of alt) {
    const list = byField.get(f.field) ?? [];
    for (const v of f.values) if (v !== null) list.push(v);
    byField.set(f.field, list);
  }
  const patternsOf = (field: string) => byField.get(field) ?? [];
  const plain = (field: string) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
      { weight: 6, arbitrary: scalarFor(patternsOf(field)) },
      { weight: 2, arbitrary: fc.array(scalarFor(patternsOf(field)), { maxLength: 3 }) },
    );
  return fc
    .record({
      eventName: plain('eventName'),
      eventSource: plain('eventSource'),
      userAgent: plain('userAgent'),
      requestParameters: fc.oneof(fc.constant(undefined), fc.constant(null), fc.record({ bucketName: plain('requestParameters.bucketName') })),
      resources: fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.constant({}), scalarFor(patternsOf('resources.ARN')).map((ARN) => ({ ARN }))), { maxLength: 3 })),
    })
    .map((r) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
      return out;
    });
}

let ruleNumber = 0;

/** The case as a Sigma rule document (JSON is YAML), loaded the way rule files are. */
function loadCase(c: Case) {
  const detection: Record<string, unknown> = {};
  for (const [name, sel] of c.selections) {
    const maps = sel.map((alt) => Object.fromEntries(alt.map((f) => [fieldKey(f), f.values.length === 1 ? f.values[0] : f.values])));
    detection[name] = maps.length === 1 && !c.asList.get(name) ? maps[0] : maps;
  }
  detection.condition = c.text;
  ruleNumber++;
  const doc = { title: 'property', id: `00000000-0000-4000-8000-${ruleNumber.toString(16).padStart(12, '0')}`, level: 'medium', logsource: { product: 'aws', service: 'cloudtrail' }, detection };
  const text = JSON.stringify(doc, null, 1);
  const { rules, issues } = parseRuleText(text, 'property.yml');
  assert.deepEqual(issues, [], `the rule should load:\n${text}`);
  assert.equal(rules.length, 1);
  return { rule: rules[0], text };
}

function reference(c: Case, raw: Record<string, unknown>): boolean {
  const names = [...c.selections.keys()];
  const sel = (name: string) => c.selections.get(name)!.some((alt) => alt.every((f) => refField(f, raw)));
  return refCond(c.condition, sel, names);
}

// ---------------------------------------------------------------------------------------------

describe('property: compiled detections agree with the reference evaluator', () => {
  it('equals / contains / startswith / endswith, wildcards, escapes, cased, all, null, and/or/not/of', () => {
    fc.assert(
      fc.property(ruleCase.chain((c) => fc.tuple(fc.constant(c), fc.array(recordFor(c), { minLength: 1, maxLength: 6 }))), ([c, records]) => {
        const { rule, text } = loadCase(c);
        const set = compileRuleSet([rule]);
        const alone = compileRule(rule);
        for (const raw of records) {
          const want = reference(c, raw);
          const event = ev(raw);
          const got = set.process(event).length > 0;
          assert.equal(alone(event), want, `compileRule: ${JSON.stringify(raw)} against\n${text}`);
          assert.equal(got, want, `rule set (index): ${JSON.stringify(raw)} against\n${text}`);
        }
      }),
      runs(200),
    );
  });

  it('the reference itself: wildcards and escapes as the docs describe', () => {
    // Guards the reference, so that agreeing with it means something.
    assert.equal(valueMatches('Get*Policy?', 'eq', false, 'getbucketpolicyX'), true);
    assert.equal(valueMatches('Get*Policy?', 'eq', false, 'GetBucketPolicy'), false);
    assert.equal(valueMatches('a\\*b\\?', 'eq', false, 'a*b?'), true);
    assert.equal(valueMatches('a\\*b\\?', 'eq', false, 'axxb?'), false);
    assert.equal(valueMatches('a\\\\*', 'eq', false, 'a\\bc'), true);
    assert.equal(valueMatches('a\\b', 'eq', false, 'a\\b'), true);
    assert.equal(valueMatches('x.y', 'contains', false, 'AX.YB'), true);
    assert.equal(valueMatches('x.y', 'contains', false, 'AXzYB'), false);
    assert.equal(valueMatches('Ab', 'startswith', true, 'abc'), false);
    assert.equal(valueMatches('?', 'eq', true, '\n'), true);
  });
});

describe('property: loading and compiling never fail with anything but a rule issue', () => {
  /** Keys: field names with modifiers, known, unsupported and unknown. */
  const key = fc
    .tuple(
      fc.constantFrom('eventName', 'a.b.c', '', 'mamori.intel', 'x', '日本', 'constructor'),
      fc.array(fc.constantFrom('contains', 'startswith', 'endswith', 're', 'i', 'm', 's', 'cidr', 'all', 'exists', 'gt', 'gte', 'lt', 'lte', 'cased', 'base64', 'windash', 'nope', ''), { maxLength: 3 }),
    )
    .map(([f, mods]) => [f, ...mods].join('|'));
  const scalar = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('10.0.0.0/8', '::1/128', '1.2.3.4/33', '(a|b)', '[', '(?i)x', '*', '\\*'), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), scalar, { maxKeys: 2 }));
  const selectionValue = fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(key, value, { maxKeys: 3 }) },
    { weight: 2, arbitrary: fc.array(fc.dictionary(key, value, { maxKeys: 3 }), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
  const conditionWord = fc.constantFrom('sel', 'other', 'and', 'or', 'not', '(', ')', '1', 'all', 'of', 'them', 'sel*', '|', 'near', 'x?', '2', '0');
  const detection = fc.record({
    selections: fc.dictionary(fc.constantFrom('sel', 'other', 'sel2', 'condition', 'timeframe', '__proto__'), selectionValue, { maxKeys: 3 }),
    condition: fc.oneof(fc.array(conditionWord, { maxLength: 7 }).map((w) => w.join(' ')), fc.jsonValue({ maxDepth: 1 }), fc.array(fc.array(conditionWord, { maxLength: 4 }).map((w) => w.join(' ')), { maxLength: 2 })),
  });
  const records = fc.array(fc.dictionary(fc.constantFrom('eventName', 'a', 'x', '日本', 'mamori'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), { maxLength: 3 });

  it('compileDetection: a predicate that runs on any record, or a RuleCompileError with one line', () => {
    fc.assert(
      fc.property(detection, records, ({ selections, condition }, raws) => {
        const block: Record<string, unknown> = { ...selections, condition };
        let compiled;
        try {
          compiled = compileDetection(block, 'property');
        } catch (err) {
          if (!(err instanceof RuleCompileError)) throw err;
          assertOneLine(err.message);
          return;
        }
        const match = compiled.match;
        for (const raw of raws) assert.equal(typeof match(ev(raw), { intel: true }), 'boolean');
        compiled.requires('eventName');
      }),
      runs(600),
    );
  });

  it('parseRuleText: rules or issues with file and line for any text, never an exception', () => {
    const yamlish = fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '-', '|', '&', '*', '!', '{', '}', '[', ']', '"', "'", '#', '%', 'title', 'detection', 'condition', 'sel', 'logsource', '---', '\t'), maxLength: 60 });
    const document = fc.record({
      title: fc.oneof(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
      id: fc.oneof(fc.uuid(), fc.string({ maxLength: 5 })),
      level: fc.constantFrom('low', 'high', 'bogus'),
      logsource: fc.oneof(fc.constant({ product: 'aws', service: 'cloudtrail' }), fc.constant({ product: 'gcp', service: 'gcp.audit' }), fc.jsonValue({ maxDepth: 1 })),
      detection,
      tests: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
      aggregation: fc.oneof(fc.constant(undefined), fc.record({ timespan: fc.constantFrom('10m', '0s', 'x'), count: fc.jsonValue({ maxDepth: 1 }) })),
      correlation: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
    }, { requiredKeys: [] }).map((d) => {
      const { detection: det, ...rest } = d;
      return JSON.stringify({ ...rest, ...(det ? { detection: { ...det.selections, condition: det.condition } } : {}) });
    });
    fc.assert(
      fc.property(fc.oneof(yamlish, document), (text) => {
        const { rules, issues } = parseRuleText(text, 'prop.yml');
        for (const i of issues) {
          assert.equal(i.file, 'prop.yml');
          assertOneLine(i.message);
        }
        for (const r of rules) if (r.detection) compileRule(r);
      }),
      runs(300),
    );
  });

  it('null with an operation or |all is refused with a rule issue', () => {
    fc.assert(
      fc.property(fc.constantFrom('eventName|contains', 'eventName|startswith', 'eventName|all', 'eventName|endswith|cased'), (k) => {
        assert.throws(() => compileDetection({ sel: { [k]: [null, 'a'] }, condition: 'sel' }), RuleCompileError);
      }),
      runs(8),
    );
  });
});

describe('property: hostile rules (issue #11)', () => {
  it('a deeply nested condition is a RuleCompileError, not a stack overflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2_000, max: 20_000 }), fc.constantFrom('not', 'paren'), (depth, kind) => {
        const condition = kind === 'not' ? `${'not '.repeat(depth)}sel` : `${'('.repeat(depth)}sel${')'.repeat(depth)}`;
        try {
          const c = compileDetection({ sel: { eventName: 'a' }, condition }, 'deep');
          assert.equal(typeof c.match(ev({ eventName: 'a' })), 'boolean');
        } catch (err) {
          if (!(err instanceof RuleCompileError)) throw err;
        }
      }),
      runs(4),
    );
  });

  it('a field the record does not have reads as missing, whatever its name', () => {
    fc.assert(
      fc.property(fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'requestParameters.constructor'), (field) => {
        const exists = compileDetection({ sel: { [`${field}|exists`]: true }, condition: 'sel' }).match;
        const missing = compileDetection({ sel: { [field]: null }, condition: 'sel' }).match;
        const raw = { eventName: 'x', requestParameters: {} };
        assert.equal(exists(ev(raw)), false, `${field}|exists: true on ${JSON.stringify(raw)}`);
        assert.equal(missing(ev(raw)), true, `${field}: null on ${JSON.stringify(raw)}`);
        // A record that does have the field (JSON.parse makes even __proto__ an own key) matches.
        const holding = JSON.parse(field.includes('.') ? `{"requestParameters":{"constructor":"v"}}` : `{${JSON.stringify(field)}:"v"}`);
        assert.equal(exists(ev(holding)), true, `${field}|exists: true on a record holding it`);
        assert.equal(compileDetection({ sel: { [field]: 'v' }, condition: 'sel' }).match(ev(holding)), true, `${field}: v`);
      }),
      runs(6),
    );
  });
});
