/**
 * Compiles a rule's `detection` block into a predicate over CloudEvents (Sigma semantics, see
 * docs/detection-rules.md). Everything that can be done once is done here: modifiers are resolved,
 * constants lower-cased, wildcard values and regexes compiled (both match in time linear in the
 * text, see glob.ts and regex.ts), paths split. A rule beyond one of the limits in limits.ts is refused.
 */
import type { CloudEvent } from '../../model/event.js';
import { ConditionError, expandPattern, parseCondition, type ConditionNode } from './condition.js';
import { compileGlob, globMatch } from './glob.js';
import { MAX_DETECTION_DEPTH, MAX_PATTERN_LENGTH, MAX_VALUES_PER_FIELD } from './limits.js';
import { compileRegex, RegexError } from './regex.js';
import { keywordMatcher, type KeywordTest } from './keywords.js';
import { TIME_MODIFIERS, TIME_PART_RANGE, timePart, type TimeModifier } from './timeparts.js';
import type { EventEnrichment } from './types.js';

export type Predicate = (event: CloudEvent, extra?: EventEnrichment) => boolean;

/** A detection block that cannot be compiled; `path` points into the rule document. */
export class RuleCompileError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'invalid',
    message: string,
    readonly path: (string | number)[] = [],
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Field access

const pathCache = new Map<string, string[]>();

/** `a.b.c` → ['a','b','c'], cached. */
export function splitPath(path: string): string[] {
  let parts = pathCache.get(path);
  if (!parts) {
    parts = path.split('.');
    if (pathCache.size < 10_000) pathCache.set(path, parts);
  }
  return parts;
}

function resolve(obj: unknown, parts: readonly string[], from: number): unknown {
  let cur = obj;
  for (let i = from; i < parts.length; i++) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) return collect(cur, parts, i);
    cur = (cur as Record<string, unknown>)[parts[i]];
  }
  return cur;
}

/** A path that crosses an array yields the values of every element (flattened). */
function collect(arr: readonly unknown[], parts: readonly string[], from: number): unknown[] {
  const out: unknown[] = [];
  for (const el of arr) {
    const v = resolve(el, parts, from);
    if (Array.isArray(v)) out.push(...v);
    else if (v !== undefined) out.push(v);
  }
  return out;
}

/**
 * Names every object inherits (constructor, toString, __proto__, ...). `raw.constructor` of a
 * parsed event is Object's constructor, not a field of the record, so `constructor|exists` would
 * match every event: paths with such a name read own properties only (resolveOwn), the others
 * keep the plain property reads of the hot path.
 */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const readsInheritedName = (parts: readonly string[]) => parts.some((p) => INHERITED_NAMES.has(p));

function resolveOwn(obj: unknown, parts: readonly string[], from: number): unknown {
  let cur = obj;
  for (let i = from; i < parts.length; i++) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      const out: unknown[] = [];
      for (const el of cur) {
        const v = resolveOwn(el, parts, i);
        if (Array.isArray(v)) out.push(...v);
        else if (v !== undefined) out.push(v);
      }
      return out;
    }
    if (!Object.hasOwn(cur, parts[i])) return undefined;
    cur = (cur as Record<string, unknown>)[parts[i]];
  }
  return cur;
}

/** resolve, or resolveOwn for a path through an inherited name. */
const resolverFor = (parts: readonly string[]) => (readsInheritedName(parts) ? resolveOwn : resolve);

/**
 * Value of a detection field: a dot path into `event.raw`, or with the `mamori.` prefix into the
 * enrichment object. A path through an array gives an array of the elements' values.
 */
export function getField(event: CloudEvent, extra: EventEnrichment | undefined, field: string): unknown {
  const fromExtra = field.startsWith('mamori.');
  const parts = splitPath(fromExtra ? field.slice(7) : field);
  return resolverFor(parts)(fromExtra ? extra : event.raw, parts, 0);
}

export type FieldGetter = (event: CloudEvent, extra: EventEnrichment | undefined) => unknown;

/** Generated getters by field (see getter). */
const getterCache = new Map<string, FieldGetter>();

/**
 * getField for one field, with the path split once. One- and two-part paths (most CloudTrail
 * fields: eventName, userIdentity.type; aggregations read them for every event they count) get a
 * generated function of their own that names the properties as constants, shared by the rules
 * that read the same field (see CodeGen for why).
 */
export function getter(field: string): FieldGetter {
  if (field.startsWith('mamori.')) {
    const parts = field.slice(7).split('.');
    const read = resolverFor(parts);
    return (_e, extra) => read(extra, parts, 0);
  }
  const parts = field.split('.');
  if (readsInheritedName(parts)) return (e) => resolveOwn(e.raw, parts, 0);
  const cached = getterCache.get(field);
  if (cached) return cached;
  if (parts.length <= 2 && getterCache.size < 1000) {
    const [a, b] = parts.map((p) => JSON.stringify(p));
    const body = parts.length === 1 ? `return e.raw[${a}];` : `const o = e.raw[${a}]; if (o === null || typeof o !== 'object') return undefined; return Array.isArray(o) ? collect(o, parts, 1) : o[${b}];`;
    const fn = new Function('collect', 'parts', `return function get(e) { ${body} };`)(collect, parts) as FieldGetter;
    getterCache.set(field, fn);
    return fn;
  }
  if (parts.length === 1) {
    const [a] = parts;
    return (e) => e.raw[a];
  }
  if (parts.length === 2) {
    const [a, b] = parts;
    return (e) => {
      const o = e.raw[a];
      if (o === null || typeof o !== 'object') return undefined;
      return Array.isArray(o) ? collect(o, parts, 1) : (o as Record<string, unknown>)[b];
    };
  }
  return (e) => resolve(e.raw, parts, 0);
}

/** A field value as text for the string comparisons; undefined for objects. */
function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

function asNumber(v: unknown, s: string): number | undefined {
  if (typeof v === 'number') return v;
  if (s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isNaN(n) ? undefined : n;
}

// ---------------------------------------------------------------------------------------------
// Modifiers and values

/** Modifiers this engine implements. */
export const SUPPORTED_MODIFIERS = ['contains', 'startswith', 'endswith', 're', 'i', 'm', 's', 'ignorecase', 'multiline', 'dotall', 'cidr', 'all', 'exists', 'gt', 'gte', 'lt', 'lte', 'neq', 'cased', 'base64', 'base64offset', 'windash', 'wide', 'utf16le', 'utf16be', 'utf16', 'fieldref', ...TIME_MODIFIERS] as const;
/** Sigma modifiers known and deliberately not supported, with the reason given to the rule's author. */
export const UNSUPPORTED_MODIFIERS: Readonly<Record<string, string>> = {
  expand: 'the |expand modifier needs the values of its placeholders (%name%) from the config: detection.placeholders: { name: [values] }',
};
const OPERATIONS = new Set(['contains', 'startswith', 'endswith', 're', 'cidr', 'exists', 'gt', 'gte', 'lt', 'lte', 'neq']);
/** pySigma's long names of the regular-expression flags. */
const FLAG_ALIASES: Readonly<Record<string, string>> = { ignorecase: 'i', multiline: 'm', dotall: 's' };

/**
 * (text, lower-cased text, original value) → matches. `lower` marks the tests that read the
 * lower-cased text; for the others it is not computed (it is an allocation per event and field).
 */
type ValueTest = ((s: string, l: string, v: unknown) => boolean) & { lower?: boolean; cost?: number; code?: InlineTest };

/**
 * The same test as JavaScript source over a string `s` (and its lower case `l`), for the rule
 * functions compileDetection generates; `g` names the values the source refers to.
 */
type InlineTest = (g: CodeGen) => string;

function withCode(t: ValueTest, code: InlineTest): ValueTest {
  t.code = code;
  return t;
}

function needsLower(t: ValueTest): ValueTest {
  t.lower = true;
  return t;
}

/** Distinct values whose case-insensitive test result a field remembers (then it starts again). */
const MEMO_SIZE = 4096;
/**
 * Longer values are tested each time rather than remembered: a field of policy documents would
 * otherwise hold thousands of them in memory, and long values seldom repeat.
 */
const MEMO_MAX_LENGTH = 1024;

/** A regular expression runs at every position of the text: far dearer than a comparison. */
const REGEX_COST = 5;
/** A wildcard value searches for each piece between its stars. */
const GLOB_COST = 2;

function withCost(t: ValueTest, cost: number): ValueTest {
  t.cost = cost;
  return t;
}

const isAscii = (c: string) => /^[\x00-\x7f]*$/.test(c);

/**
 * Whether s.toLowerCase() has `c` (lower case, ASCII only) at `at` — without lower-casing s when
 * the compared characters of s are ASCII. Otherwise (null) the caller lower-cases: characters such
 * as the Kelvin sign lower-case to ASCII and "İ" to two characters, and this must not differ from
 * toLowerCase.
 */
function asciiFoldEquals(s: string, at: number, c: string): boolean | null {
  for (let i = 0; i < c.length; i++) {
    let ch = s.charCodeAt(at + i);
    if (ch >= 128) return null;
    if (ch >= 65 && ch <= 90) ch += 32;
    if (ch !== c.charCodeAt(i)) return false;
  }
  return true;
}

/** A plain Sigma value without wildcards as the text it stands for (`\*`, `\?`, `\\` escape); undefined if it has wildcards. */
function literalOf(value: string): string | undefined {
  let literal = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const next = value[i + 1];
    if (c === '\\' && (next === '*' || next === '?' || next === '\\')) {
      literal += next;
      i++;
    } else if (c === '*' || c === '?') {
      return undefined;
    } else {
      literal += c;
    }
  }
  return literal;
}

function stringTest(value: string, op: 'eq' | 'contains' | 'startswith' | 'endswith', cased: boolean, literalOnly: boolean, path: (string | number)[]): ValueTest {
  const literal = literalOnly ? value : literalOf(value);
  if (literal !== undefined) {
    const c = cased ? literal : literal.toLowerCase();
    if (!cased && op !== 'contains' && isAscii(c)) {
      // Compared in place: a string whose lower case equals, starts or ends with an ASCII text
      // is at least as long as it (see asciiFoldEquals for the non-ASCII cases).
      const n = c.length;
      const C = JSON.stringify(c);
      switch (op) {
        case 'eq':
          return withCode((s) => s.length === n && (asciiFoldEquals(s, 0, c) ?? s.toLowerCase() === c), (g) => `(s.length === ${n} && (${g.ref(asciiFoldEquals)}(s, 0, ${C}) ?? s.toLowerCase() === ${C}))`);
        case 'startswith':
          return withCode((s) => s.length >= n && (asciiFoldEquals(s, 0, c) ?? s.toLowerCase().startsWith(c)), (g) => `(s.length >= ${n} && (${g.ref(asciiFoldEquals)}(s, 0, ${C}) ?? s.toLowerCase().startsWith(${C})))`);
        case 'endswith':
          return withCode((s) => s.length >= n && (asciiFoldEquals(s, s.length - n, c) ?? s.toLowerCase().endsWith(c)), (g) => `(s.length >= ${n} && (${g.ref(asciiFoldEquals)}(s, s.length - ${n}, ${C}) ?? s.toLowerCase().endsWith(${C})))`);
      }
    }
    const C = JSON.stringify(c);
    switch (op) {
      case 'eq':
        return cased ? withCode((s) => s === c, () => `s === ${C}`) : withCode(needsLower((_s, l) => l === c), () => `l === ${C}`);
      case 'contains':
        return cased ? withCode((s) => s.includes(c), () => `s.includes(${C})`) : withCode(needsLower((_s, l) => l.includes(c)), () => `l.includes(${C})`);
      case 'startswith':
        return cased ? withCode((s) => s.startsWith(c), () => `s.startsWith(${C})`) : withCode(needsLower((_s, l) => l.startsWith(c)), () => `l.startsWith(${C})`);
      case 'endswith':
        return cased ? withCode((s) => s.endsWith(c), () => `s.endsWith(${C})`) : withCode(needsLower((_s, l) => l.endsWith(c)), () => `l.endsWith(${C})`);
    }
  }
  if (value.length > MAX_PATTERN_LENGTH) throw new RuleCompileError('invalid', `a wildcard value of ${value.length.toLocaleString('en')} characters; the limit is ${MAX_PATTERN_LENGTH.toLocaleString('en')}`, path);
  const glob = compileGlob(value, cased, op === 'contains' || op === 'endswith', op === 'contains' || op === 'startswith')!;
  if (cased) return withCode(withCost((s) => globMatch(s, glob), GLOB_COST), (g) => `${g.ref(globMatch)}(s, ${g.ref(glob)})`);
  return withCode(withCost(needsLower((_s, l) => globMatch(l, glob)), GLOB_COST), (g) => `${g.ref(globMatch)}(l, ${g.ref(glob)})`);
}

function regexTest(value: string, flags: Set<string>, path: (string | number)[]): ValueTest {
  if (value.length > MAX_PATTERN_LENGTH) throw new RuleCompileError('invalid', `a regular expression of ${value.length.toLocaleString('en')} characters; the limit is ${MAX_PATTERN_LENGTH.toLocaleString('en')}`, path);
  try {
    const re = compileRegex(value, flags);
    return withCode(withCost((s) => re.test(s), REGEX_COST), (g) => `${g.ref(re)}.test(s)`);
  } catch (err) {
    if (!(err instanceof RegexError)) throw err;
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    throw new RuleCompileError(err.kind, err.kind === 'invalid' ? `invalid regular expression /${shown}/: ${err.message}` : `the regular expression /${shown}/ ${err.message}`, path);
  }
}

// CIDR ----------------------------------------------------------------------------------------

/**
 * Dotted quad → number: four dot-separated groups of one to three digits, each at most 255.
 * Reads the characters in place: a parse allocates nothing, and is cheaper than a cache lookup.
 */
export function parseIPv4(s: string): number | undefined {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 46) {
      if (digits === 0 || part > 255 || ++dots > 3) return undefined;
      n = n * 256 + part;
      part = 0;
      digits = 0;
    } else if (ch >= 48 && ch <= 57) {
      if (++digits > 3) return undefined;
      part = part * 10 + (ch - 48);
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0 || part > 255) return undefined;
  return n * 256 + part;
}

function parseIPv6(s: string): bigint | undefined {
  let text = s;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (!text.includes(':')) return undefined;
  // Embedded IPv4 tail (::ffff:1.2.3.4)
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? head.length !== 8 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

function cidrTest(value: string, path: (string | number)[]): ValueTest {
  const [addr, bitsText, extra] = value.trim().split('/');
  const v4 = parseIPv4(addr);
  const max = v4 !== undefined ? 32 : 128;
  const bits = bitsText === undefined ? max : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (extra !== undefined || !(bits >= 0 && bits <= max)) throw new RuleCompileError('invalid', `invalid CIDR "${value}"`, path);
  if (v4 !== undefined) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    const net = (v4 & mask) >>> 0;
    return withCost((s) => {
      const ip = parseIPv4(s);
      return ip !== undefined && (ip & mask) >>> 0 === net;
    }, 1);
  }
  const v6 = parseIPv6(addr);
  if (v6 === undefined) throw new RuleCompileError('invalid', `invalid CIDR "${value}"`, path);
  const shift = BigInt(128 - bits);
  const net = v6 >> shift;
  return withCost((s) => {
    if (!s.includes(':')) return false;
    const ip = parseIPv6(s);
    return ip !== undefined && ip >> shift === net;
  }, 1);
}

// ---------------------------------------------------------------------------------------------
// Value-transforming modifiers (windash, wide/utf16*, base64, base64offset)
//
// As in pySigma, they rewrite each value, left to right, into one or more literal strings when the
// rule compiles; an event is then compared with those strings as with any plain value, so they cost
// a few more comparisons per event and nothing else.

/** The stage of each value-transforming modifier: a chain must give them in this order. */
const TRANSFORM_STAGE: Readonly<Record<string, number>> = { windash: 0, wide: 1, utf16le: 1, utf16be: 1, utf16: 1, base64: 2, base64offset: 2 };

/** pySigma's windash characters: hyphen-minus, slash, en dash, em dash, horizontal bar. */
export const WINDASH_CHARACTERS = ['-', '/', '\u2013', '\u2014', '\u2015'] as const;

/** Python's `\w` on text (pySigma's regexes): letters, numbers and the underscore. */
const WORD_CHARACTER = /^[\p{L}\p{N}_]$/u;

/**
 * Positions (in code points) where pySigma's windash puts its placeholder: `\B[-/]\b`, a `-` or
 * `/` not after a word character and before one (`-param` and ` /f` are options; `a-b`, `--x`,
 * `x/` are not). Wildcards and escapes are not word characters, as in pySigma, whose wildcards
 * split the value into parts.
 */
function windashPositions(chars: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '-' && chars[i] !== '/') continue;
    const before = i > 0 && WORD_CHARACTER.test(chars[i - 1]);
    const after = i + 1 < chars.length && WORD_CHARACTER.test(chars[i + 1]);
    if (!before && after) at.push(i);
  }
  return at;
}

/** The windash variants of a value: every option dash in each of the five forms, every combination (the value itself first). */
export function windashVariants(value: string): string[] {
  const chars = Array.from(value);
  const at = windashPositions(chars);
  let out = [''];
  let from = 0;
  for (const i of at) {
    const text = chars.slice(from, i).join('');
    out = out.flatMap((head) => WINDASH_CHARACTERS.map((dash) => head + text + dash));
    from = i + 1;
  }
  const rest = chars.slice(from).join('');
  return out.map((head) => head + rest);
}

export type Utf16Modifier = 'wide' | 'utf16le' | 'utf16be' | 'utf16';

/** The UTF-16 bytes of a text: little-endian (`wide`, `utf16le`), big-endian, or little-endian after the byte order mark FF FE (`utf16`). */
export function utf16Bytes(text: string, kind: Utf16Modifier): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (kind === 'utf16be') return Buffer.from(le).swap16();
  if (kind === 'utf16') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return le;
}

const BASE64_OFFSET_START = [0, 2, 3];
const BASE64_OFFSET_END = [undefined, -3, -2];

/**
 * pySigma's base64offset: the value's Base64 text when it starts 0, 1 or 2 bytes into the encoded
 * data, without the characters at either end that depend on the bytes around it. Each of the
 * three is a substring of the Base64 text of any data that holds the value at such an offset.
 */
export function base64OffsetVariants(data: Buffer): string[] {
  return [0, 1, 2].map((i) => Buffer.concat([Buffer.alloc(i, 0x20), data]).toString('base64').slice(BASE64_OFFSET_START[i], BASE64_OFFSET_END[(data.length + i) % 3]));
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** A literal text as a Sigma value that stands for it (`*`, `?` and `\` escaped). */
const escapeSigma = (text: string) => text.replace(/[\\*?]/g, (c) => `\\${c}`);

/**
 * `wide`/`utf16*` without base64, as pySigma does it: the literal parts of the value become their
 * UTF-16 bytes read back as UTF-8 text (`cmd` → `c\0m\0d\0`), wildcards stay wildcards, and `utf16`
 * puts U+FEFF in front. Only text whose UTF-16 bytes are themselves UTF-8 text (ASCII) can be written so.
 */
function utf16AsText(value: string, kind: Utf16Modifier, field: string, path: (string | number)[]): string {
  let out = kind === 'utf16' ? '\ufeff' : '';
  let run = '';
  const flush = () => {
    if (!run) return;
    const bytes = utf16Bytes(run, kind === 'utf16' ? 'utf16le' : kind);
    try {
      out += escapeSigma(utf8Strict.decode(bytes));
    } catch {
      throw new RuleCompileError('invalid', `|${kind} without |base64 or |base64offset takes ASCII values only, as in pySigma (field "${field}")`, path);
    }
    run = '';
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const next = value[i + 1];
    if (c === '\\' && (next === '*' || next === '?' || next === '\\')) {
      run += next;
      i++;
    } else if (c === '*' || c === '?') {
      flush();
      out += c;
    } else {
      run += c;
    }
  }
  flush();
  return out;
}

/** The strings one value stands for after the value-transforming modifiers; `literal`: Base64 text, compared as it is and case-sensitively. */
interface Variants {
  texts: string[];
  literal: boolean;
}

/**
 * Applies `transforms` (in the order checked by checkTransforms) to one value. `room` is how many
 * strings the field may still have (MAX_VALUES_PER_FIELD): windash multiplies them by five per option.
 */
function transformValue(value: string, transforms: readonly string[], room: number, field: string, path: (string | number)[]): Variants {
  let texts = [value];
  let literal = false;
  const utf16 = transforms.find((m) => TRANSFORM_STAGE[m] === 1) as Utf16Modifier | undefined;
  for (const m of transforms) {
    if (m === 'windash') {
      const options = windashPositions(Array.from(value)).length;
      if (WINDASH_CHARACTERS.length ** options > room) throw new RuleCompileError('invalid', `|windash: field "${field}" would have more than ${MAX_VALUES_PER_FIELD.toLocaleString('en')} values (5 forms of each of ${options} option dashes); the limit is ${MAX_VALUES_PER_FIELD.toLocaleString('en')}`, path);
      texts = windashVariants(value);
    } else if (m === 'base64' || m === 'base64offset') {
      // As |base64 always did, the text is encoded as written (no wildcards: Base64 has none).
      const bytes = texts.map((t) => (utf16 ? utf16Bytes(t, utf16) : Buffer.from(t, 'utf8')));
      if (m === 'base64') {
        texts = bytes.map((b) => b.toString('base64'));
      } else {
        texts = bytes.flatMap((b) => base64OffsetVariants(b));
        if (texts.length > room) throw new RuleCompileError('invalid', `|base64offset: field "${field}" would have more than ${MAX_VALUES_PER_FIELD.toLocaleString('en')} values; the limit is ${MAX_VALUES_PER_FIELD.toLocaleString('en')}`, path);
        if (texts.some((t) => t === '')) throw new RuleCompileError('invalid', `|base64offset needs a value of at least 2 bytes: a shorter one has no Base64 characters of its own and would match any text (field "${field}")`, path);
      }
      literal = true;
    } else if (TRANSFORM_STAGE[m] === 1 && !transforms.some((t) => TRANSFORM_STAGE[t] === 2)) {
      texts = texts.map((t) => utf16AsText(t, m as Utf16Modifier, field, path));
    }
  }
  return { texts, literal };
}

/**
 * Checks the value-transforming modifiers of a field: each once, in Sigma's order (windash, then
 * one UTF-16 encoding, then base64 or base64offset), only with contains/startswith/endswith, and
 * base64offset only with contains (its strings are pieces of a longer Base64 text). Returns them in order.
 */
function checkTransforms(modifiers: readonly string[], op: string | undefined, field: string, path: (string | number)[]): string[] {
  const transforms = modifiers.filter((m) => m in TRANSFORM_STAGE);
  for (let i = 1; i < transforms.length; i++) {
    const [a, b] = [transforms[i - 1], transforms[i]];
    if (TRANSFORM_STAGE[a] === TRANSFORM_STAGE[b]) throw new RuleCompileError('invalid', a === b ? `modifier |${a} is given twice (field "${field}")` : `modifiers |${a} and |${b} cannot be combined (field "${field}")`, path);
    if (TRANSFORM_STAGE[a] > TRANSFORM_STAGE[b]) throw new RuleCompileError('invalid', `modifier |${b} must come before |${a}: Sigma applies modifiers from left to right (field "${field}")`, path);
  }
  for (const m of transforms) {
    if (op && !['contains', 'startswith', 'endswith'].includes(op)) throw new RuleCompileError('invalid', `modifier |${m} cannot be combined with |${op}`, path);
  }
  if (transforms.includes('base64offset') && op !== 'contains') throw new RuleCompileError('invalid', `|base64offset needs |contains: its values are pieces of a longer Base64 text (field "${field}")`, path);
  return transforms;
}

/** Any of the tests (the variants of one value); one inline expression when they all have one. */
function anyOf(tests: ValueTest[]): ValueTest {
  if (tests.length === 1) return tests[0];
  const t: ValueTest = (s, l, v) => {
    for (let i = 0; i < tests.length; i++) if (tests[i](s, l, v)) return true;
    return false;
  };
  if (tests.some((x) => x.lower === true)) t.lower = true;
  t.cost = tests.reduce((sum, x) => sum + (x.cost ?? 0.1), 0);
  if (tests.every((x) => x.code)) t.code = (g) => `(${tests.map((x) => x.code!(g)).join(' || ')})`;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Fields and selections

interface FieldSpec {
  field: string;
  modifiers: string[];
  values: unknown[];
  /** The body of the field's function `(e, r, x) => boolean` (r: e.raw, x: the enrichment). */
  body: (g: CodeGen) => string;
  /** A rough relative price of one call, to test cheap fields first (see cheapestFirst). */
  cost: number;
}

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function compileField(key: string, value: unknown, path: (string | number)[]): FieldSpec {
  const [field, ...written] = key.split('|');
  const modifiers = written.map((m) => FLAG_ALIASES[m] ?? m);
  for (const m of modifiers) {
    const where = field === '' ? 'keywords' : `field "${field}"`;
    if (UNSUPPORTED_MODIFIERS[m]) throw new RuleCompileError('unsupported', `${UNSUPPORTED_MODIFIERS[m]} (${where})`, path);
    if (!(SUPPORTED_MODIFIERS as readonly string[]).includes(m)) throw new RuleCompileError('unsupported', `unknown modifier |${m} (${where})`, path);
  }
  // `'|all': [a, b]`: keywords with modifiers (pySigma's keyword detection items).
  if (field === '') return keywordSpec(modifiers, value, path);
  const mods = new Set(modifiers);
  const ops = modifiers.filter((m) => OPERATIONS.has(m));
  if (ops.length > 1) throw new RuleCompileError('invalid', `modifiers |${ops.join(' and |')} cannot be combined`, path);
  const op = ops[0];
  for (const f of ['i', 'm', 's']) if (mods.has(f) && op !== 're') throw new RuleCompileError('invalid', `modifier |${f} is a regex flag and needs |re`, path);
  const transforms = op === 'exists' || mods.has('fieldref') ? [] : checkTransforms(modifiers, op, field, path);

  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) throw new RuleCompileError('invalid', `field "${field}" has an empty list of values`, path);
  if (values.length > MAX_VALUES_PER_FIELD) throw new RuleCompileError('invalid', `field "${field}" has ${values.length.toLocaleString('en')} values; the limit is ${MAX_VALUES_PER_FIELD.toLocaleString('en')}`, path);
  values.forEach((v, i) => {
    if (!isScalar(v)) throw new RuleCompileError('invalid', `field "${field}": values must be strings, numbers, booleans or null (use dots for nested fields)`, Array.isArray(value) ? [...path, i] : path);
  });
  const all = mods.has('all');
  const cased = mods.has('cased');
  const time = modifiers.filter((m): m is TimeModifier => (TIME_MODIFIERS as readonly string[]).includes(m));
  if (time.length) return timeSpec(field, modifiers, time, values, Array.isArray(value), op, all, path);

  if (op === 'exists') {
    if (values.length !== 1 || typeof values[0] !== 'boolean') throw new RuleCompileError('invalid', `|exists takes true or false (field "${field}")`, path);
    if (modifiers.length > 1) throw new RuleCompileError('invalid', `|exists cannot be combined with other modifiers (field "${field}")`, path);
    const want = values[0];
    return {
      field, modifiers, values, cost: 1,
      body: (g) => `${readValue(g, field)}\n  return (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) === ${want};`,
    };
  }

  if (mods.has('fieldref')) return fieldRefSpec(field, modifiers, values, op, cased, all, path);

  let nullCount = 0;
  const tests: ValueTest[] = [];
  let room = MAX_VALUES_PER_FIELD;
  values.forEach((v, i) => {
    const at = Array.isArray(value) ? [...path, i] : path;
    if (v === null) {
      if (op) throw new RuleCompileError('invalid', `null cannot be used with |${op} (field "${field}")`, at);
      nullCount++;
      return;
    }
    switch (op) {
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
      case 'neq': {
        const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
        if (Number.isNaN(n)) throw new RuleCompileError('invalid', `|${op} needs a number (field "${field}")`, at);
        // neq (pySigma's SigmaNotEqualModifier) is a numeric comparison too: a value that is not a
        // number, or a missing field, is not "not equal" to anything.
        const cmp = op === 'gt' ? (a: number) => a > n : op === 'gte' ? (a: number) => a >= n : op === 'lt' ? (a: number) => a < n : op === 'lte' ? (a: number) => a <= n : (a: number) => a !== n;
        tests.push((s, _l, raw) => {
          const a = asNumber(raw, s);
          return a !== undefined && cmp(a);
        });
        return;
      }
      case 'cidr':
        if (typeof v !== 'string') throw new RuleCompileError('invalid', `|cidr needs a CIDR string (field "${field}")`, at);
        tests.push(cidrTest(v, at));
        return;
      case 're': {
        if (typeof v !== 'string') throw new RuleCompileError('invalid', `|re needs a string (field "${field}")`, at);
        const flags = new Set(['i', 'm', 's'].filter((f) => mods.has(f)));
        tests.push(regexTest(v, flags, at));
        return;
      }
      default: {
        if (transforms.length) {
          // The variants of one value count as one value: with |all, each value must match by one of them.
          const { texts, literal } = transformValue(String(v), transforms, room, field, at);
          room -= texts.length;
          const how = (op as 'contains' | 'startswith' | 'endswith' | undefined) ?? 'eq';
          tests.push(anyOf(texts.map((t) => stringTest(t, how, literal || cased, literal, at))));
          return;
        }
        if (!op && typeof v === 'number') {
          const text = String(v);
          tests.push((s, _l, raw) => (typeof raw === 'number' ? raw === v : s === text || asNumber(raw, s) === v));
          return;
        }
        tests.push(stringTest(String(v), (op as 'contains' | 'startswith' | 'endswith' | undefined) ?? 'eq', cased, false, at));
      }
    }
  });
  if (all && nullCount > 0) throw new RuleCompileError('invalid', `null cannot be used with |all (field "${field}")`, path);

  const matchesMissing = nullCount > 0;
  const lower = tests.some((t) => t.lower === true);
  // Regular expressions and wildcards cost more than a memo lookup; the values they read (ARNs,
  // principals, method names) repeat.
  const memoize = lower || tests.some((t) => (t.cost ?? 0) >= GLOB_COST);
  const cost = 1 + (lower ? 1 : 0) + tests.reduce((sum, t) => sum + (t.cost ?? 0.1), 0);
  const any = (v: unknown): boolean => {
    const s = asText(v);
    if (s === undefined) return false;
    const l = lower ? s.toLowerCase() : s;
    for (let i = 0; i < tests.length; i++) if (tests[i](s, l, v)) return true;
    return false;
  };
  const one = (t: ValueTest, v: unknown): boolean => {
    const s = asText(v);
    return s !== undefined && t(s, t.lower === true ? s.toLowerCase() : s, v);
  };
  if (all) {
    const every = (v: unknown): boolean => {
      if (v === undefined || v === null) return false;
      if (Array.isArray(v)) return tests.every((t) => v.some((el) => one(t, el)));
      return tests.every((t) => one(t, v));
    };
    return { field, modifiers, values, cost, body: (g) => `${readValue(g, field)}\n  return ${g.ref(every)}(v);` };
  }
  // A string (nearly every value) is tested inline; numbers, booleans and arrays through `any`.
  const body = (g: CodeGen): string => {
    const inline = tests.map((t) => (t.code ? t.code(g) : `${g.ref(t)}(s, l, s)`));
    const test = inline.length ? inline.join(' || ') : 'false';
    // Lower-casing is the dear part of a case-insensitive `contains` (a copy of the string per event);
    // the values it is needed for (user agents, messages) repeat, so the answer is remembered per value.
    const strings = memoize
      ? [
          `  if (typeof v === 'string') {`,
          `    if (v.length > ${MEMO_MAX_LENGTH}) {`,
          `      const s = v;`,
          `      const l = ${lower ? 's.toLowerCase()' : 's'};`,
          `      return ${test};`,
          `    }`,
          `    const memo = ${g.ref(new Map<string, boolean>())};`,
          `    let hit = memo.get(v);`,
          `    if (hit === undefined) {`,
          `      const s = v;`,
          `      const l = ${lower ? 's.toLowerCase()' : 's'};`,
          `      hit = ${test};`,
          `      if (memo.size >= ${MEMO_SIZE}) memo.clear();`,
          `      memo.set(v, hit);`,
          `    }`,
          `    return hit;`,
          `  }`,
        ]
      : [`  if (typeof v === 'string') {`, `    const s = v;`, `    const l = s;`, `    return ${test};`, `  }`];
    return [
      readValue(g, field),
      `  if (v === undefined || v === null) return ${matchesMissing};`,
      ...strings,
      `  if (Array.isArray(v)) {`,
      `    if (v.length === 0) return ${matchesMissing};`,
      `    for (let i = 0; i < v.length; i++) if (${g.ref(any)}(v[i])) return true;`,
      `    return false;`,
      `  }`,
      `  return ${g.ref(any)}(v);`,
    ].join('\n');
  };
  return { field, modifiers, values, body, cost };
}

/**
 * `eventTime|hour|gte: 22` (Sigma's time modifiers, see timeparts.ts): the part of the field's
 * timestamp compared with the values as numbers, equal or with gt/gte/lt/lte. A value that is not a
 * timestamp (missing, malformed, out of range) never matches; arrays match by any element.
 */
function timeSpec(field: string, modifiers: string[], time: TimeModifier[], values: unknown[], list: boolean, op: string | undefined, all: boolean, path: (string | number)[]): FieldSpec {
  if (time.length > 1) throw new RuleCompileError('invalid', `modifiers |${time.join(' and |')} cannot be combined: a value is one part of a timestamp (field "${field}")`, path);
  const part = time[0];
  const other = modifiers.find((m) => m !== part && m !== 'all' && !['gt', 'gte', 'lt', 'lte', 'neq'].includes(m));
  if (other) throw new RuleCompileError('invalid', `modifier |${other} cannot be combined with the time modifier |${part} (field "${field}"; it takes gt, gte, lt, lte, neq and all)`, path);
  const [min, max] = TIME_PART_RANGE[part];
  const tests = values.map((v, i): ((n: number) => boolean) => {
    const at = list ? [...path, i] : path;
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new RuleCompileError('invalid', `|${part} needs a number (field "${field}")`, at);
    switch (op) {
      case 'gt':
        return (a) => a > n;
      case 'gte':
        return (a) => a >= n;
      case 'lt':
        return (a) => a < n;
      case 'lte':
        return (a) => a <= n;
      case 'neq':
        return (a) => a !== n;
      default:
        // An equal value outside the part's range (hour 24, month 0) is a mistake that would never match.
        if (!Number.isInteger(n) || n < min || n > max) throw new RuleCompileError('invalid', `|${part} is a whole number from ${min} to ${max}; ${String(v)} never matches (field "${field}")`, at);
        return (a) => a === n;
    }
  });
  const one = (v: unknown): number | undefined => timePart(v, part);
  const matches = (v: unknown): boolean => {
    const parts: number[] = [];
    for (const el of Array.isArray(v) ? v : [v]) {
      const p = one(el);
      if (p !== undefined) parts.push(p);
    }
    if (!parts.length) return false;
    return all ? tests.every((t) => parts.some(t)) : tests.some((t) => parts.some(t));
  };
  return { field, modifiers, values, cost: 3, body: (g) => `${readValue(g, field)}\n  return ${g.ref(matches)}(v);` };
}

/** Keyword-search modifiers: `all` (each keyword), `cased`, `contains` (what a keyword does anyway), `re` and its flags. */
const KEYWORD_MODIFIERS = new Set(['all', 'cased', 'contains', 're', 'i', 'm', 's']);
/** A keyword search reads every string of the record: dearer than any one field. */
const KEYWORD_COST = 20;

/**
 * A Sigma keyword search (a selection of plain values, or `'|modifiers': values`; see keywords.ts):
 * some string anywhere in the record contains the keyword, case-insensitively unless |cased, with
 * wildcards as in other values; |re searches with the expression instead.
 */
function keywordSpec(modifiers: string[], value: unknown, path: (string | number)[], positions?: number[]): FieldSpec {
  const other = modifiers.find((m) => !KEYWORD_MODIFIERS.has(m));
  if (other) throw new RuleCompileError('unsupported', `modifier |${other} is not supported in a keyword search (keywords take all, cased, contains and re)`, path);
  const mods = new Set(modifiers);
  const re = mods.has('re');
  for (const f of ['i', 'm', 's']) if (mods.has(f) && !re) throw new RuleCompileError('invalid', `modifier |${f} is a regex flag and needs |re`, path);
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) throw new RuleCompileError('invalid', 'empty list of keywords', path);
  if (values.length > MAX_VALUES_PER_FIELD) throw new RuleCompileError('invalid', `${values.length.toLocaleString('en')} keywords; the limit is ${MAX_VALUES_PER_FIELD.toLocaleString('en')}`, path);
  const flags = new Set(['i', 'm', 's'].filter((f) => mods.has(f)));
  const tests: KeywordTest[] = values.map((v, i) => {
    const at = Array.isArray(value) ? [...path, positions?.[i] ?? i] : path;
    if (typeof v !== 'string' && typeof v !== 'number') throw new RuleCompileError('invalid', 'keywords must be strings or numbers', at);
    const text = String(v);
    // An empty keyword (or one of stars only) is in every record: a rule of it would fire on everything.
    if (text.replace(/\*/g, '') === '') throw new RuleCompileError('invalid', `the keyword "${text}" matches every record`, at);
    if (re) return regexTest(text, flags, at);
    const cased = mods.has('cased');
    const test: KeywordTest = stringTest(text, 'contains', cased, false, at);
    const literal = literalOf(text);
    if (literal !== undefined) Object.assign(test, { literal: cased ? literal : literal.toLowerCase(), cased });
    return test;
  });
  const matches = keywordMatcher(tests, mods.has('all'));
  return { field: '', modifiers, values, cost: KEYWORD_COST, body: (g) => `  return ${g.ref(matches)}(r);` };
}

/**
 * `a|fieldref: b` (Sigma): the value of field a equals the value of field b, for any (or with |all
 * every) field named; with |contains, |startswith or |endswith, a contains / starts / ends with b's
 * value. Case-insensitive unless |cased, as Sigma's other string comparisons. A missing or empty
 * value on either side never matches (two absent fields are not "equal"); arrays match by any element.
 */
function fieldRefSpec(field: string, modifiers: string[], values: unknown[], op: string | undefined, cased: boolean, all: boolean, path: (string | number)[]): FieldSpec {
  if (op && !['contains', 'startswith', 'endswith'].includes(op)) throw new RuleCompileError('invalid', `|fieldref cannot be combined with |${op} (field "${field}")`, path);
  const transform = modifiers.find((m) => m in TRANSFORM_STAGE);
  if (transform) throw new RuleCompileError('invalid', `|fieldref cannot be combined with |${transform} (field "${field}")`, path);
  for (const v of values) if (typeof v !== 'string' || v === '') throw new RuleCompileError('invalid', `|fieldref takes field names (field "${field}")`, path);
  const refs = (values as string[]).map((name) => getter(name));
  const texts = (v: unknown): string[] => {
    const list = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const el of list) {
      const t = asText(el);
      if (t !== undefined && t !== '') out.push(cased ? t : t.toLowerCase());
    }
    return out;
  };
  const compare = op === 'contains' ? (a: string, b: string) => a.includes(b) : op === 'startswith' ? (a: string, b: string) => a.startsWith(b) : op === 'endswith' ? (a: string, b: string) => a.endsWith(b) : (a: string, b: string) => a === b;
  const matches = (v: unknown, e: CloudEvent, x: EventEnrichment | undefined): boolean => {
    const own = texts(v);
    if (!own.length) return false;
    const one = (ref: FieldGetter) => {
      const other = texts(ref(e, x));
      return other.some((b) => own.some((a) => compare(a, b)));
    };
    return all ? refs.every(one) : refs.some(one);
  };
  return { field, modifiers, values, cost: 3, body: (g) => `${readValue(g, field)}
  return ${g.ref(matches)}(v, e, x);` };
}

interface CompiledSelection {
  /** Alternatives (list of maps: any); each is a list of fields that must all match. */
  alternatives: FieldSpec[][];
  cost: number;
}

/** A boolean JavaScript expression over (e, r, x), and how dear it is to evaluate. */
interface Costed {
  code: string;
  cost: number;
}

/**
 * The parts, cheapest first. They are pure, so the order of an AND or an OR does not change its
 * result, only how soon it stops: a comparison that fails for most events (errorCode: …) then
 * spares the regular expression beside it.
 */
function cheapestFirst<T extends { cost: number }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.cost - b.item.cost || a.i - b.i)
    .map(({ item }) => item);
}

const totalCost = (items: { cost: number }[]) => items.reduce((sum, c) => sum + c.cost, 0);

function joined(items: Costed[], op: '&&' | '||'): Costed {
  if (items.length === 1) return items[0];
  return { code: `(${cheapestFirst(items).map((i) => i.code).join(` ${op} `)})`, cost: totalCost(items) };
}

/**
 * Source for one rule's predicate. Each field test becomes a small function of its own, called
 * from one expression for the whole condition: V8 then keeps type feedback per field (the property
 * names are constants, the record shapes each field sees are few) and inlines the calls, where a
 * tree of shared closures sent every rule's every field through the same megamorphic lookups.
 * Strings from the rule go into the source only as JSON string literals, and numbers as numbers;
 * every other value (regular expressions, helper functions, memo maps) is passed in as an argument
 * (`ref`), so no rule text can become code.
 */
export class CodeGen {
  private readonly values: unknown[] = [];
  private readonly functions: string[] = [];
  /** A prefix for the function names (from the rule's name), so that profiles and stacks say which rule. */
  private readonly prefix: string;

  constructor(name = '') {
    this.prefix = name.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_').slice(0, 60) || 'rule';
  }

  /** The name under which the generated code sees `value`. */
  ref(value: unknown): string {
    let i = this.values.indexOf(value);
    if (i < 0) i = this.values.push(value) - 1;
    return `$${i}`;
  }

  /** Declares a function `(e, r, x) => boolean` with `body`; returns a call of it. */
  call(body: string): string {
    const name = `${this.prefix}$f${this.functions.length}`;
    this.functions.push(`function ${name}(e, r, x) {\n${body}\n}`);
    return `${name}(e, r, x)`;
  }

  build(expression: string): Predicate {
    const names = this.values.map((_, i) => `$${i}`);
    const source = `"use strict";\n${this.functions.join('\n')}\nreturn function ${this.prefix}(e, x) {\n  const r = e.raw;\n  return ${expression};\n};`;
    return new Function(...names, source)(...this.values) as Predicate;
  }
}

/** Statements that set `v` to the value of `field` (see getField), with the property names as constants. */
function readValue(g: CodeGen, field: string): string {
  if (field.startsWith('mamori.')) {
    const parts = field.slice(7).split('.');
    return `  const v = ${g.ref(resolverFor(parts))}(x, ${g.ref(parts)}, 0);`;
  }
  const parts = field.split('.');
  if (readsInheritedName(parts)) return `  const v = ${g.ref(resolveOwn)}(r, ${g.ref(parts)}, 0);`;
  const lines = [`  let v = r[${JSON.stringify(parts[0])}];`];
  if (parts.length > 1) {
    // resolve() unrolled: a path through an array collects the elements' values and stops there.
    lines.push('  step: {');
    for (let i = 1; i < parts.length; i++) {
      lines.push(
        `    if (v === null || typeof v !== 'object') { v = undefined; break step; }`,
        `    if (Array.isArray(v)) { v = ${g.ref(collect)}(v, ${g.ref(parts)}, ${i}); break step; }`,
        `    v = v[${JSON.stringify(parts[i])}];`,
      );
    }
    lines.push('  }');
  }
  return lines.join('\n');
}

/** A selection as an expression: any alternative whose fields all match. */
function selectionCode(g: CodeGen, sel: CompiledSelection): Costed {
  const alts = sel.alternatives.map((fields) => joined(fields.map((f) => ({ code: g.call(f.body(g)), cost: f.cost })), '&&'));
  return joined(alts, '||');
}

function compileMap(map: Record<string, unknown>, path: (string | number)[]): FieldSpec[] {
  const keys = Object.keys(map);
  if (keys.length === 0) throw new RuleCompileError('invalid', 'empty selection', path);
  return keys.map((k) => compileField(k, map[k], [...path, k]));
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function compileSelection(name: string, def: unknown, path: (string | number)[]): CompiledSelection {
  let alternatives: FieldSpec[][];
  if (isMap(def)) {
    alternatives = [compileMap(def, path)];
  } else if (Array.isArray(def)) {
    if (def.length === 0) throw new RuleCompileError('invalid', `selection "${name}" is an empty list`, path);
    if (def.length > MAX_VALUES_PER_FIELD) throw new RuleCompileError('invalid', `selection "${name}" is a list of ${def.length.toLocaleString('en')} maps; the limit is ${MAX_VALUES_PER_FIELD.toLocaleString('en')}`, path);
    const positions = def.flatMap((item, i) => (isScalar(item) ? [i] : []));
    // Plain values are keywords: one alternative that any of them satisfies (Sigma's OR of a list).
    alternatives = positions.length ? [[keywordSpec([], positions.map((i) => def[i]), path, positions)]] : [];
    def.forEach((item, i) => {
      if (isMap(item)) alternatives.push(compileMap(item, [...path, i]));
      else if (!isScalar(item)) throw new RuleCompileError('invalid', `selection "${name}": list items must be maps of field: value, or keywords`, [...path, i]);
    });
  } else if (typeof def === 'string' || typeof def === 'number') {
    alternatives = [[keywordSpec([], def, path)]];
  } else if (isScalar(def)) {
    throw new RuleCompileError('invalid', `selection "${name}" must be a map of field: value, or keywords`, path);
  } else {
    throw new RuleCompileError('invalid', `selection "${name}" must be a map or a list of maps`, path);
  }
  return { alternatives, cost: totalCost(alternatives.map((fields) => ({ cost: totalCost(fields) }))) };
}

/**
 * The path to the first map or list deeper than `max` levels in `root` (itself level 1), or
 * undefined. Walks with a stack of its own, so no input can exhaust the call stack; a structure
 * that refers to itself (a YAML alias inside its own anchor) is too deep, not endless.
 */
function tooDeep(root: unknown, max: number): (string | number)[] | undefined {
  const stack: { value: unknown; depth: number; path: (string | number)[] }[] = [{ value: root, depth: 1, path: [] }];
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > max) return path;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [k, v] of entries) if (v !== null && typeof v === 'object') stack.push({ value: v, depth: depth + 1, path: [...path, k] });
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Conditions and the candidate index

/** Lower-cased values a field must equal for the rule to match; null = no such requirement. */
type Required = Set<string> | null;

function selectionRequires(sel: CompiledSelection, field: string): Required {
  const union = new Set<string>();
  for (const alt of sel.alternatives) {
    let found: Set<string> | null = null;
    for (const f of alt) {
      if (f.field !== field) continue;
      if (!f.modifiers.every((m) => m === 'cased')) continue;
      const vals = new Set<string>();
      let plain = true;
      for (const v of f.values) {
        const literal = typeof v === 'string' ? literalOf(v) : undefined;
        if (literal !== undefined) vals.add(literal.toLowerCase());
        else plain = false;
      }
      if (!plain) continue;
      found = found === null ? vals : keepCommon(found, vals);
    }
    if (!found) return null;
    for (const v of found) union.add(v);
  }
  return union;
}

function keepCommon(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const v of a) if (b.has(v)) out.add(v);
  return out;
}

function intersect(items: Required[]): Required {
  let out: Required = null;
  for (const r of items) {
    if (!r) continue;
    out = out === null ? r : keepCommon(out, r);
  }
  return out;
}

function unite(items: Required[]): Required {
  const out = new Set<string>();
  for (const r of items) {
    if (!r) return null;
    for (const v of r) out.add(v);
  }
  return out;
}

export interface CompiledDetection {
  match: Predicate;
  /** Necessary equality values (lower case) of a field, e.g. eventName; null if none. */
  requires(field: string): Set<string> | null;
}

/** Compiles a `detection:` block. Throws RuleCompileError with a path inside the rule document. */
export function compileDetection(detection: Record<string, unknown>, name?: string): CompiledDetection {
  const base: (string | number)[] = ['detection'];
  const deep = tooDeep(detection, MAX_DETECTION_DEPTH);
  if (deep) throw new RuleCompileError('invalid', `the detection nests maps and lists more than ${MAX_DETECTION_DEPTH} levels deep (the limit; selections are maps, or lists of maps, of field: value)`, [...base, ...deep]);
  if ('timeframe' in detection) throw new RuleCompileError('unsupported', '`timeframe` in a detection is not supported; use mamori `aggregation:` or a Sigma correlation rule', [...base, 'timeframe']);
  const cond = detection.condition;
  if (cond === undefined) throw new RuleCompileError('invalid', 'detection has no condition', base);
  const conditions = Array.isArray(cond) ? cond : [cond];
  if (conditions.length === 0 || !conditions.every((c) => typeof c === 'string')) throw new RuleCompileError('invalid', 'condition must be a string (or a list of strings)', [...base, 'condition']);

  const selections = new Map<string, CompiledSelection>();
  for (const [name, def] of Object.entries(detection)) {
    if (name === 'condition') continue;
    selections.set(name, compileSelection(name, def, [...base, name]));
  }
  const names = [...selections.keys()];

  const trees: ConditionNode[] = conditions.map((c, i) => {
    try {
      return parseCondition(c as string);
    } catch (err) {
      if (err instanceof ConditionError) throw new RuleCompileError(err.kind, `condition: ${err.message}`, Array.isArray(cond) ? [...base, 'condition', i] : [...base, 'condition']);
      throw err;
    }
  });
  const condPath = [...base, 'condition'];

  const expand = (pattern: string): CompiledSelection[] => {
    const found = expandPattern(pattern, names);
    if (found.length === 0) throw new RuleCompileError('invalid', `condition: "${pattern}" matches no selection`, condPath);
    return found.map((n) => selections.get(n)!);
  };
  const selection = (name: string): CompiledSelection => {
    const s = selections.get(name);
    if (!s) throw new RuleCompileError('invalid', `condition: unknown selection "${name}"`, condPath);
    return s;
  };

  // Names in the condition are checked now; the predicate is generated on first use (loading and
  // validating rules compile them too, without running them).
  const check = (node: ConditionNode): void => {
    if (node.type === 'sel') selection(node.name);
    else if (node.type === 'of') expand(node.pattern);
    else if (node.type === 'not') check(node.item);
    else node.items.forEach(check);
  };
  trees.forEach(check);
  const generate = (): Predicate => {
    const g = new CodeGen(name);
    const calls = new Map<CompiledSelection, Costed>();
    const sel = (s: CompiledSelection): Costed => {
      let c = calls.get(s);
      if (!c) calls.set(s, (c = { code: g.call(`  return ${selectionCode(g, s).code};`), cost: s.cost }));
      return c;
    };
    const build = (node: ConditionNode): Costed => {
      switch (node.type) {
        case 'sel':
          return sel(selection(node.name));
        case 'and':
          return joined(node.items.map(build), '&&');
        case 'or':
          return joined(node.items.map(build), '||');
        case 'not': {
          const inner = build(node.item);
          return { code: `!${inner.code}`, cost: inner.cost };
        }
        case 'of': {
          const items = expand(node.pattern).map(sel);
          if (node.count === 'all') return joined(items, '&&');
          if (node.count === 1) return joined(items, '||');
          return { code: `((${items.map((i) => `(${i.code} ? 1 : 0)`).join(' + ')}) >= ${node.count})`, cost: totalCost(items) };
        }
      }
    };
    return g.build(joined(trees.map(build), '||').code);
  };
  let generated: Predicate | undefined;

  const requiresOf = (node: ConditionNode, field: string): Required => {
    switch (node.type) {
      case 'sel':
        return selectionRequires(selection(node.name), field);
      case 'and':
        return intersect(node.items.map((n) => requiresOf(n, field)));
      case 'or':
        return unite(node.items.map((n) => requiresOf(n, field)));
      case 'not':
        return null;
      case 'of': {
        const reqs = expand(node.pattern).map((s) => selectionRequires(s, field));
        return node.count === 'all' ? intersect(reqs) : unite(reqs);
      }
    }
  };
  const cache = new Map<string, Required>();
  return {
    get match() {
      return (generated ??= generate());
    },
    requires(field) {
      if (!cache.has(field)) cache.set(field, unite(trees.map((t) => requiresOf(t, field))));
      return cache.get(field)!;
    },
  };
}
