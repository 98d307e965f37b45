/**
 * The Condition element of a statement, compiled once into a matcher.
 *
 * What this encodes (IAM User Guide):
 * - › Conditions with multiple context keys or values: operators are ANDed; the keys under one
 *   operator are ANDed; the values listed for one key are ORed — except for negated operators
 *   (StringNotEquals, StringNotEqualsIgnoreCase, StringNotLike, NumericNotEquals, DateNotEquals,
 *   NotIpAddress, ArnNotEquals, ArnNotLike), whose values are NORed: the request value must match
 *   none of them.
 * - › Condition operators (the "Important" note): a key absent from the request context does not
 *   match, so the condition is false — and for a negated operator the condition is true. `…IfExists`
 *   makes an absent key true; `Null` tests presence (`true`: absent, `false`: present).
 * - › Single-valued vs. multivalued context keys: `ForAllValues` is true when every request value
 *   matches (and also when the key is absent or its set is empty); `ForAnyValue` is true when at least
 *   one request value matches (false when the key is absent or empty). With a negated operator "a
 *   request value matches" means it equals none of the policy values. A request value of one empty
 *   string counts as an empty set (› Conditions with multiple context keys or values, note on empty
 *   data sets). Multivalued keys require a set operator: a bare operator applied to a key that holds
 *   several values matches nothing (positive and negated alike — the key is present, so neither the
 *   missing-key rule nor IfExists applies). A set operator applied to a single value treats it as a
 *   set of one.
 * - › Variables and tags: variables are allowed in String, Bool and ARN operators only. A variable
 *   that cannot be resolved makes the statement unusable for the request ("any attempt to match it
 *   fails"), so the key's test is false whatever the operator.
 *
 * Choices where AWS documents nothing: operator names are read case-insensitively (AWS rejects
 * unknown spellings when a policy is saved, so only valid ones reach us); a request value that cannot
 * be read for the operator (a non-number for Numeric, a non-IP for IpAddress, a non-ARN for Arn…)
 * makes the key's test false for positive and negated operators alike; an empty array in the request
 * context is treated as an absent key by bare operators and Null.
 */
import { maskV4, maskV6, parseCidr, parseIp, type Cidr } from '../../../detect/intel/ip.js';
import { MamoriError, quoteForError } from '../../../model/errors.js';
import type { RequestContextView } from './context.js';
import { compileGlob, compileTemplate, matchGlob, type CompiledTemplate } from './variables.js';

export type ConditionBlock = Record<string, Record<string, unknown>>;

/** Why a condition block did not match: the first key test that failed. */
export interface ConditionFailure {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The condition key as written. */
  key: string;
  /** The policy values as written. */
  expected: readonly string[];
  /** The request values, or undefined when the key is absent. */
  actual: readonly string[] | undefined;
  reason: { en: string; ja: string };
}

export interface CompiledConditions {
  /** True when the statement has no condition (it always matches). */
  readonly empty: boolean;
  /** The condition keys the block reads, as written. */
  readonly keys: readonly string[];
  matches(ctx: RequestContextView): boolean;
  /** The first failing key test, or null when the block matches. */
  explain(ctx: RequestContextView): ConditionFailure | null;
}

/** A policy document the engine cannot read (unknown operator, malformed block or value). */
export class PolicyError extends MamoriError {
  constructor(message: string, code = 'policy.invalid') {
    super(code, message);
    this.name = 'PolicyError';
  }
}

export interface ConditionOptions {
  /** False for policies in language version 2008-10-17 (no policy variables). Default true. */
  variables?: boolean;
}

// ---------------------------------------------------------------- per-value tests

const MATCH = 1;
const NO_MATCH = 0;
const INVALID = -1;
type Tri = typeof MATCH | typeof NO_MATCH | typeof INVALID;

/** Tests one request value against all the policy values of a key (positive sense: any matches). */
type ValueTest = (value: string) => Tri;
/** Resolves the policy values for a request; undefined when a policy variable cannot be resolved. */
type Prepare = (ctx: RequestContextView) => ValueTest | undefined;

type Builder = (values: readonly string[], opts: Required<ConditionOptions>, operator: string, key: string) => Prepare;

const constant = (test: ValueTest): Prepare => () => test;

function stringEquals(ignoreCase: boolean): Builder {
  const fold = ignoreCase ? (v: string) => v.toLowerCase() : (v: string) => v;
  return (values, opts) => {
    const fixed = new Set<string>();
    const varying: CompiledTemplate[] = [];
    for (const v of values) {
      const t = compileTemplate(v, opts);
      if (t.hasVariables) varying.push(t);
      else fixed.add(fold(t.plain!));
    }
    if (varying.length === 0) return constant((v) => (fixed.has(fold(v)) ? MATCH : NO_MATCH));
    return (ctx) => {
      const rendered: string[] = [];
      for (const t of varying) {
        const r = t.render(ctx);
        if (r === undefined) return undefined;
        rendered.push(fold(r));
      }
      return (v) => {
        const f = fold(v);
        return fixed.has(f) || rendered.includes(f) ? MATCH : NO_MATCH;
      };
    };
  };
}

const stringLike: Builder = (values, opts) => {
  const fixed: ((v: string) => boolean)[] = [];
  const varying: CompiledTemplate[] = [];
  for (const v of values) {
    const t = compileTemplate(v, opts);
    if (t.hasVariables) varying.push(t);
    else fixed.push(compileGlob(t.glob!));
  }
  const fixedTest = (v: string) => {
    for (const m of fixed) if (m(v)) return true;
    return false;
  };
  if (varying.length === 0) return constant((v) => (fixedTest(v) ? MATCH : NO_MATCH));
  return (ctx) => {
    const globs: string[] = [];
    for (const t of varying) {
      const g = t.renderGlob(ctx);
      if (g === undefined) return undefined;
      globs.push(g);
    }
    return (v) => {
      if (fixedTest(v)) return MATCH;
      for (const g of globs) if (matchGlob(g, v)) return MATCH;
      return NO_MATCH;
    };
  };
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const parseNumber = (s: string): number | undefined => (NUMBER.test(s.trim()) ? Number(s) : undefined);

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const BASIC_DATE = /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(\d{2})([Zz]|[+-]\d{2}:?\d{2})?$/;
const EPOCH = /^-?\d+(\.\d+)?$/;

/**
 * Date condition values: W3C profiles of ISO 8601 (YYYY-MM, YYYY-MM-DD, with time and optional
 * fraction and zone; no zone means UTC), the basic form 20130930T231548Z, or epoch seconds (a plain
 * number — so a bare year like `2020` is read as epoch seconds). Returns epoch milliseconds.
 */
export function parseDate(input: string): number | undefined {
  const s = input.trim();
  if (EPOCH.test(s)) return Number(s) * 1000;
  const m = ISO_DATE.exec(s) ?? BASIC_DATE.exec(s);
  if (!m) return undefined;
  const basic = m.length === 8; // BASIC_DATE has no fraction group
  const [, year, month, day, hour, minute, second] = m;
  const fraction = basic ? undefined : m[7];
  const zone = basic ? m[7] : m[8];
  const mo = month ? Number(month) : 1;
  const d = day ? Number(day) : 1;
  const h = hour ? Number(hour) : 0;
  const mi = minute ? Number(minute) : 0;
  const sec = second ? Number(second) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return undefined;
  let ms = Date.UTC(Number(year), mo - 1, d, h, mi, sec) + (fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0);
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

/**
 * Request values such as aws:CurrentTime or aws:SourceIp repeat across the many requests of one
 * simulation: parse each distinct text once (bounded; cleared when full).
 */
function memoize<T>(parse: (s: string) => T, limit = 4096): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      v = parse(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
const parseDateCached = memoize(parseDate);
const parseIpCached = memoize((s: string) => parseIp(s.trim()));

type Compare = (request: number, policy: number) => boolean;
const COMPARE: Record<string, Compare> = {
  eq: (a, b) => a === b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
};

function ordered(parse: (s: string) => number | undefined, compare: Compare, family: string, parseRequest = parse): Builder {
  return (values, _opts, operator, key) => {
    const numbers = values.map((v) => {
      const n = parse(v);
      if (n === undefined) throw new PolicyError(`${operator} on ${key}: ${quoteForError(v)} is not a valid ${family} value`, 'policy.condition-value');
      return n;
    });
    return constant((v) => {
      const n = parseRequest(v);
      if (n === undefined) return INVALID;
      for (const p of numbers) if (compare(n, p)) return MATCH;
      return NO_MATCH;
    });
  };
}

const binaryEquals: Builder = (values) => {
  const fixed = new Set(values.map((v) => Buffer.from(v, 'base64').toString('latin1')));
  return constant((v) => (fixed.has(Buffer.from(v, 'base64').toString('latin1')) ? MATCH : NO_MATCH));
};

/** A policy IP value: a CIDR, or a bare address (IAM uses /32, or /128 for IPv6). */
function parsePolicyCidr(value: string): Cidr | undefined {
  const s = value.trim();
  if (s.includes('/')) return parseCidr(s);
  const ip = parseIp(s);
  if (!ip) return undefined;
  return ip.v === 4 ? { v: 4, n: ip.n, bits: 32 } : { v: 6, n: ip.n, bits: 128 };
}

const ipAddress: Builder = (values, _opts, operator, key) => {
  const cidrs = values.map((v) => {
    const c = parsePolicyCidr(v);
    if (!c) throw new PolicyError(`${operator} on ${key}: ${quoteForError(v)} is not an IP address or CIDR`, 'policy.condition-value');
    return c;
  });
  return constant((v) => {
    const ip = parseIpCached(v);
    if (!ip) return INVALID;
    for (const c of cidrs) {
      if (c.v === 4 && ip.v === 4 && maskV4(ip.n, c.bits) === c.n) return MATCH;
      if (c.v === 6 && ip.v === 6 && maskV6(ip.n, c.bits) === c.n) return MATCH;
    }
    return NO_MATCH;
  });
};

/** Splits an ARN into its six colon-delimited parts (the last keeps any further colons). */
export function splitArn(arn: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < 5; i++) {
    const at = arn.indexOf(':', from);
    if (at < 0) return undefined;
    parts.push(arn.slice(from, at));
    from = at + 1;
  }
  parts.push(arn.slice(from));
  return parts;
}

/** ArnEquals / ArnLike: each of the six parts matched on its own, case-sensitively, wildcards allowed. */
const arnLike: Builder = (values, opts) => {
  const fixed: ((parts: string[]) => boolean)[] = [];
  const varying: CompiledTemplate[] = [];
  for (const v of values) {
    const t = compileTemplate(v, opts);
    if (t.hasVariables) {
      varying.push(t);
      continue;
    }
    const globs = splitArn(t.glob!);
    if (!globs) continue; // not an ARN pattern: it matches nothing
    const matchers = globs.map((g) => compileGlob(g));
    fixed.push((parts) => matchers.every((m, i) => m(parts[i])));
  }
  const test = (extra: string[][] | undefined): ValueTest => (v) => {
    const parts = splitArn(v);
    if (!parts) return INVALID;
    for (const m of fixed) if (m(parts)) return MATCH;
    if (extra) for (const globs of extra) if (globs.every((g, i) => matchGlob(g, parts[i]))) return MATCH;
    return NO_MATCH;
  };
  if (varying.length === 0) return constant(test(undefined));
  return (ctx) => {
    const extra: string[][] = [];
    for (const t of varying) {
      const g = t.renderGlob(ctx);
      if (g === undefined) return undefined;
      const globs = splitArn(g);
      if (globs) extra.push(globs);
    }
    return test(extra);
  };
};

interface BaseOperator {
  name: string;
  negated: boolean;
  build: Builder;
}

const BASE_OPERATORS = new Map<string, BaseOperator>();
function define(name: string, negated: boolean, build: Builder): void {
  BASE_OPERATORS.set(name.toLowerCase(), { name, negated, build });
}
define('StringEquals', false, stringEquals(false));
define('StringNotEquals', true, stringEquals(false));
define('StringEqualsIgnoreCase', false, stringEquals(true));
define('StringNotEqualsIgnoreCase', true, stringEquals(true));
define('StringLike', false, stringLike);
define('StringNotLike', true, stringLike);
for (const [suffix, cmp] of [['Equals', 'eq'], ['LessThan', 'lt'], ['LessThanEquals', 'lte'], ['GreaterThan', 'gt'], ['GreaterThanEquals', 'gte']] as const) {
  define(`Numeric${suffix}`, false, ordered(parseNumber, COMPARE[cmp], 'numeric'));
  define(`Date${suffix}`, false, ordered(parseDate, COMPARE[cmp], 'date', parseDateCached));
}
define('NumericNotEquals', true, ordered(parseNumber, COMPARE.eq, 'numeric'));
define('DateNotEquals', true, ordered(parseDate, COMPARE.eq, 'date', parseDateCached));
define('Bool', false, stringEquals(true));
define('BinaryEquals', false, binaryEquals);
define('IpAddress', false, ipAddress);
define('NotIpAddress', true, ipAddress);
define('ArnEquals', false, arnLike);
define('ArnLike', false, arnLike);
define('ArnNotEquals', true, arnLike);
define('ArnNotLike', true, arnLike);

/** Operator families whose values may hold policy variables (IAM User Guide › Variables and tags). */
const VARIABLE_FAMILIES = /^(string|arn|bool)/;

// ---------------------------------------------------------------- key tests

const enum SetOp {
  None,
  Any,
  All,
}

const enum Outcome {
  Pass,
  Missing,
  Multivalued,
  Unresolved,
  Invalid,
  NoMatch,
  NegatedMatch,
  AnyEmpty,
  AllFailed,
  NullPresent,
  NullAbsent,
}

interface KeyTest {
  operator: string;
  key: string;
  /** The key lower-cased once, for the context lookup. */
  folded: string;
  expected: readonly string[];
  set: SetOp;
  ifExists: boolean;
  negated: boolean;
  /** For Null: the presence values listed (true = must be absent). */
  nullWants: boolean[] | undefined;
  prepare: Prepare;
}

function asValues(raw: unknown, operator: string, key: string): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((v) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw new PolicyError(`${operator} on ${key}: condition values must be strings, numbers or booleans`, 'policy.condition-value');
  });
}

function compileKeyTest(operator: string, key: string, raw: unknown, opts: Required<ConditionOptions>): KeyTest {
  const values = asValues(raw, operator, key);
  let name = operator;
  let set = SetOp.None;
  const colon = name.indexOf(':');
  if (colon >= 0) {
    const prefix = name.slice(0, colon).toLowerCase();
    if (prefix === 'foranyvalue') set = SetOp.Any;
    else if (prefix === 'forallvalues') set = SetOp.All;
    else throw new PolicyError(`Unknown condition set operator in ${quoteForError(operator)}`, 'policy.condition-operator');
    name = name.slice(colon + 1);
  }
  let lower = name.toLowerCase();
  if (lower === 'null') {
    const nullWants = values.map((v) => {
      const l = v.toLowerCase();
      if (l !== 'true' && l !== 'false') throw new PolicyError(`Null on ${key}: value must be true or false, not ${quoteForError(v)}`, 'policy.condition-value');
      return l === 'true';
    });
    return { operator, key, folded: key.toLowerCase(), expected: values, set: SetOp.None, ifExists: false, negated: false, nullWants, prepare: constant(() => NO_MATCH) };
  }
  let ifExists = false;
  if (lower.endsWith('ifexists')) {
    ifExists = true;
    lower = lower.slice(0, -'ifexists'.length);
  }
  const base = BASE_OPERATORS.get(lower);
  if (!base) throw new PolicyError(`Unknown condition operator ${quoteForError(operator)}`, 'policy.condition-operator');
  const variables = opts.variables && VARIABLE_FAMILIES.test(lower);
  const prepare = base.build(values, { variables }, operator, key);
  return { operator, key, folded: key.toLowerCase(), expected: values, set, ifExists, negated: base.negated, nullWants: undefined, prepare };
}

const isEmptySet = (values: readonly string[]) => values.length === 0 || (values.length === 1 && values[0] === '');

function runKeyTest(t: KeyTest, ctx: RequestContextView): Outcome {
  const values = ctx.lookup(t.key, t.folded);
  if (t.nullWants) {
    const absent = values === undefined || values.length === 0;
    for (const wantsAbsent of t.nullWants) if (wantsAbsent === absent) return Outcome.Pass;
    return absent ? Outcome.NullAbsent : Outcome.NullPresent;
  }
  if (t.set === SetOp.None) {
    if (values === undefined || values.length === 0) return t.ifExists || t.negated ? Outcome.Pass : Outcome.Missing;
    if (values.length > 1) return Outcome.Multivalued;
    const test = t.prepare(ctx);
    if (!test) return Outcome.Unresolved;
    const r = test(values[0]);
    if (r === INVALID) return Outcome.Invalid;
    if (t.negated) return r === MATCH ? Outcome.NegatedMatch : Outcome.Pass;
    return r === MATCH ? Outcome.Pass : Outcome.NoMatch;
  }
  if (values === undefined || isEmptySet(values)) {
    if (t.set === SetOp.All || t.ifExists) return Outcome.Pass;
    return Outcome.AnyEmpty;
  }
  const test = t.prepare(ctx);
  if (!test) return Outcome.Unresolved;
  // A request value "satisfies" the base operator: for a negated operator, it matches no policy value.
  const want = t.negated ? NO_MATCH : MATCH;
  if (t.set === SetOp.All) {
    for (const v of values) {
      const r = test(v);
      if (r === INVALID) return Outcome.Invalid;
      if (r !== want) return Outcome.AllFailed;
    }
    return Outcome.Pass;
  }
  let invalid = false;
  for (const v of values) {
    const r = test(v);
    if (r === want) return Outcome.Pass;
    if (r === INVALID) invalid = true;
  }
  return invalid ? Outcome.Invalid : t.negated ? Outcome.NegatedMatch : Outcome.NoMatch;
}

const quote = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function reasonFor(outcome: Outcome, t: KeyTest, actual: readonly string[] | undefined): { en: string; ja: string } {
  const k = t.key;
  const op = t.operator;
  const exp = quote(t.expected);
  const act = actual ? quote(actual) : '';
  switch (outcome) {
    case Outcome.Missing:
      return { en: `${op}: the request has no value for ${k}, so the condition is false.`, ja: `${op}: リクエストに ${k} の値がないため、条件は false です。` };
    case Outcome.Multivalued:
      return {
        en: `${op}: ${k} has several values (${act}); a multivalued key needs ForAnyValue or ForAllValues, so the condition is false.`,
        ja: `${op}: ${k} には複数の値 (${act}) があります。複数値キーには ForAnyValue または ForAllValues が必要なため、条件は false です。`,
      };
    case Outcome.Unresolved:
      return {
        en: `${op}: a policy variable in the values of ${k} has no value in this request, so the condition is false.`,
        ja: `${op}: ${k} の値に含まれるポリシー変数がこのリクエストでは解決できないため、条件は false です。`,
      };
    case Outcome.Invalid:
      return { en: `${op}: the request value of ${k} (${act}) cannot be compared by this operator.`, ja: `${op}: ${k} のリクエスト値 (${act}) はこの演算子では比較できません。` };
    case Outcome.NoMatch:
      return { en: `${op}: ${k} is ${act}, which matches none of ${exp}.`, ja: `${op}: ${k} の値 ${act} は ${exp} のいずれにも一致しません。` };
    case Outcome.NegatedMatch:
      return { en: `${op}: ${k} is ${act}, which matches one of ${exp}.`, ja: `${op}: ${k} の値 ${act} が ${exp} のいずれかに一致します。` };
    case Outcome.AnyEmpty:
      return { en: `${op}: the request has no values for ${k}, and ForAnyValue needs at least one.`, ja: `${op}: リクエストに ${k} の値がなく、ForAnyValue は少なくとも 1 つの値を必要とします。` };
    case Outcome.AllFailed:
      return { en: `${op}: not every value of ${k} (${act}) satisfies ${exp}.`, ja: `${op}: ${k} の値 (${act}) のすべてが ${exp} を満たしているわけではありません。` };
    case Outcome.NullPresent:
      return { en: `Null: ${k} is present in the request, but the condition requires it to be absent.`, ja: `Null: ${k} がリクエストに存在しますが、条件は存在しないことを求めています。` };
    case Outcome.NullAbsent:
      return { en: `Null: ${k} is absent from the request, but the condition requires it to be present.`, ja: `Null: ${k} がリクエストに存在しませんが、条件は存在することを求めています。` };
    default:
      return { en: `${op} on ${k} matched.`, ja: `${op} (${k}) は一致しました。` };
  }
}

const ALWAYS: CompiledConditions = { empty: true, keys: [], matches: () => true, explain: () => null };

export function compileConditions(block: ConditionBlock | undefined | null, options: ConditionOptions = {}): CompiledConditions {
  if (block === undefined || block === null) return ALWAYS;
  if (typeof block !== 'object' || Array.isArray(block)) throw new PolicyError('Condition must be an object of operators', 'policy.condition');
  const opts: Required<ConditionOptions> = { variables: options.variables ?? true };
  const tests: KeyTest[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    if (!keys || typeof keys !== 'object' || Array.isArray(keys)) throw new PolicyError(`Condition operator ${quoteForError(operator)} must map condition keys to values`, 'policy.condition');
    for (const [key, raw] of Object.entries(keys)) tests.push(compileKeyTest(operator, key, raw, opts));
  }
  if (tests.length === 0) return ALWAYS;
  const keys = [...new Set(tests.map((t) => t.key))];
  return {
    empty: false,
    keys,
    matches(ctx) {
      for (const t of tests) if (runKeyTest(t, ctx) !== Outcome.Pass) return false;
      return true;
    },
    explain(ctx) {
      for (const t of tests) {
        const outcome = runKeyTest(t, ctx);
        if (outcome === Outcome.Pass) continue;
        const actual = ctx.get(t.key);
        return { operator: t.operator, key: t.key, expected: t.expected, actual, reason: reasonFor(outcome, t, actual) };
      }
      return null;
    },
  };
}
