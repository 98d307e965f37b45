/**
 * Policy variables and wildcard globs.
 *
 * IAM User Guide › IAM policy elements: Variables and tags:
 * - `${key}` is replaced by the value of that request-context key (key names are case-insensitive).
 * - `${key, 'default'}` gives a default used when the key has no value (a quote inside the default
 *   is written twice: `''`).
 * - `${*}`, `${?}`, `${$}` stand for a literal `*`, `?`, `$` — characters that would otherwise be
 *   read as wildcards or the start of a variable.
 * - A variable whose key is absent (and has no default) cannot be resolved: the policy element that
 *   holds it then matches nothing. Multivalued keys cannot be used as variables (IAM User Guide ›
 *   Single-valued vs. multivalued context keys), so a key with several values counts as absent.
 * - AWS substitutes once: text that comes from a value or a default is never parsed again.
 *
 * Convention for wildcard matching (Resource, StringLike, ArnLike…): a rendered *glob* is the
 * substituted text in which the wildcards the policy author typed are replaced by two private-use
 * sentinels, GLOB_STAR (U+E000) for `*` and GLOB_ONE (U+E001) for `?`. Every other character is
 * literal — including a `*` or `?` that came from `${*}`, `${?}`, a variable's value or a default.
 * Match a glob with `compileGlob` (once, for constant globs) or `matchGlob` (per request, no regexp
 * construction). A policy text that itself contains U+E000/U+E001 is not supported.
 */
import type { RequestContextView } from './context.js';

export const GLOB_STAR = '\uE000';
export const GLOB_ONE = '\uE001';
const STAR_CODE = 0xe000;
const ONE_CODE = 0xe001;

export interface CompiledTemplate {
  /** The text as written in the policy. */
  readonly source: string;
  /** True when the text references at least one request-context key (escapes alone do not count). */
  readonly hasVariables: boolean;
  /** Keys the text references, as written (case preserved). */
  readonly keys: readonly string[];
  /** When `hasVariables` is false: the plain text (escapes resolved). Undefined otherwise. */
  readonly plain: string | undefined;
  /** When `hasVariables` is false: the glob form (see the module comment). Undefined otherwise. */
  readonly glob: string | undefined;
  /** Substituted plain text for exact comparisons; undefined when a variable cannot be resolved. */
  render(ctx: RequestContextView): string | undefined;
  /** Substituted glob for wildcard matching; undefined when a variable cannot be resolved. */
  renderGlob(ctx: RequestContextView): string | undefined;
}

export interface TemplateOptions {
  /** False for policies in language version 2008-10-17, where `${…}` is plain text. Default true. */
  variables?: boolean;
}

type Part =
  | { kind: 'text'; plain: string; glob: string }
  | { kind: 'var'; key: string; folded: string; defaultValue: string | undefined };

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/** Text typed by the author → glob (wildcards become sentinels). */
function textToGlob(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out += c === '*' ? GLOB_STAR : c === '?' ? GLOB_ONE : c;
  }
  return out;
}

/**
 * Parses `${…}` at `start` (pointing at `$`). Returns the variable or escape and the index after
 * `}`, or undefined when the text there is not a well-formed variable (it is then plain text).
 */
function parseVariable(text: string, start: number): { part: Part; end: number } | undefined {
  let i = start + 2;
  let name = '';
  while (i < text.length && text[i] !== '}' && text[i] !== ',') name += text[i++];
  if (i >= text.length) return undefined;
  name = name.trim();
  if (!name) return undefined;
  let defaultValue: string | undefined;
  if (text[i] === ',') {
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== "'") return undefined;
    i++;
    let value = '';
    for (;;) {
      if (i >= text.length) return undefined;
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        i++;
        break;
      }
      value += text[i++];
    }
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== '}') return undefined;
    defaultValue = value;
  }
  const end = i + 1;
  const escaped = defaultValue === undefined ? ESCAPES[name] : undefined;
  if (escaped !== undefined) return { part: { kind: 'text', plain: escaped, glob: escaped }, end };
  return { part: { kind: 'var', key: name, folded: name.toLowerCase(), defaultValue }, end };
}

function parseParts(text: string): Part[] {
  const parts: Part[] = [];
  let plain = '';
  let glob = '';
  const flush = () => {
    if (plain) parts.push({ kind: 'text', plain, glob });
    plain = '';
    glob = '';
  };
  for (let i = 0; i < text.length; ) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const parsed = parseVariable(text, i);
      if (parsed) {
        if (parsed.part.kind === 'text') {
          plain += parsed.part.plain;
          glob += parsed.part.glob;
        } else {
          flush();
          parts.push(parsed.part);
        }
        i = parsed.end;
        continue;
      }
    }
    const c = text[i++];
    plain += c;
    glob += c === '*' ? GLOB_STAR : c === '?' ? GLOB_ONE : c;
  }
  flush();
  return parts;
}

/** The single value of a key usable as a variable, or undefined (absent or multivalued). */
function variableValue(ctx: RequestContextView, part: Extract<Part, { kind: 'var' }>): string | undefined {
  const values = ctx.lookup(part.key, part.folded);
  if (values && values.length === 1) return values[0];
  return part.defaultValue;
}

const CONSTANT_RENDER = (value: string) => () => value;

export function compileTemplate(text: string, options: TemplateOptions = {}): CompiledTemplate {
  if (options.variables === false || !text.includes('${')) {
    const glob = textToGlob(text);
    return { source: text, hasVariables: false, keys: [], plain: text, glob, render: CONSTANT_RENDER(text), renderGlob: CONSTANT_RENDER(glob) };
  }
  const parts = parseParts(text);
  const keys = parts.flatMap((p) => (p.kind === 'var' ? [p.key] : []));
  if (keys.length === 0) {
    const plain = parts.map((p) => (p.kind === 'text' ? p.plain : '')).join('');
    const glob = parts.map((p) => (p.kind === 'text' ? p.glob : '')).join('');
    return { source: text, hasVariables: false, keys, plain, glob, render: CONSTANT_RENDER(plain), renderGlob: CONSTANT_RENDER(glob) };
  }
  const render = (ctx: RequestContextView, asGlob: boolean): string | undefined => {
    let out = '';
    for (const part of parts) {
      if (part.kind === 'text') {
        out += asGlob ? part.glob : part.plain;
      } else {
        const value = variableValue(ctx, part);
        if (value === undefined) return undefined;
        out += value; // substituted text is always literal
      }
    }
    return out;
  };
  return {
    source: text,
    hasVariables: true,
    keys,
    plain: undefined,
    glob: undefined,
    render: (ctx) => render(ctx, false),
    renderGlob: (ctx) => render(ctx, true),
  };
}

// ---------------------------------------------------------------- glob matching

/** True when the glob has a wildcard sentinel. */
export const globHasWildcards = (glob: string): boolean => glob.includes(GLOB_STAR) || glob.includes(GLOB_ONE);

/** Matches a glob against a value without building a regexp (linear in the common cases). */
export function matchGlob(glob: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? glob.toLowerCase() : glob;
  const s = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    const pc = pi < p.length ? p.charCodeAt(pi) : -1;
    if (pc === STAR_CODE) {
      star = pi++;
      mark = si;
    } else if (pc !== -1 && (pc === ONE_CODE || pc === s.charCodeAt(si))) {
      pi++;
      si++;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p.charCodeAt(pi) === STAR_CODE) pi++;
  return pi === p.length;
}

const REGEXP_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

/**
 * Compiles a glob once into the cheapest matcher: equality, prefix, suffix or an anchored regexp
 * (`*` and `?` match any character, newlines included).
 */
export function compileGlob(glob: string, ignoreCase = false): (value: string) => boolean {
  const g = ignoreCase ? glob.toLowerCase() : glob;
  const fold = ignoreCase ? (v: string) => v.toLowerCase() : (v: string) => v;
  if (!globHasWildcards(g)) return (v) => fold(v) === g;
  if (g === GLOB_STAR) return () => true;
  const stars = g.split(GLOB_STAR).length - 1;
  if (!g.includes(GLOB_ONE) && stars === 1) {
    if (g.endsWith(GLOB_STAR)) {
      const prefix = g.slice(0, -1);
      return (v) => fold(v).startsWith(prefix);
    }
    if (g.startsWith(GLOB_STAR)) {
      const suffix = g.slice(1);
      return (v) => fold(v).endsWith(suffix);
    }
  }
  let source = '';
  for (const c of g) {
    if (c === GLOB_STAR) source += '.*';
    else if (c === GLOB_ONE) source += '.';
    else source += c.replace(REGEXP_SPECIAL, '\\$&');
  }
  const re = new RegExp(`^${source}$`, 'su');
  return (v) => re.test(fold(v));
}
