/**
 * The `|re` modifier on a linear-time engine (re2js, a port of RE2). V8's RegExp backtracks: a
 * rule with /^(a+)+$/ and one user agent of 41 characters kept a detection run busy for minutes.
 * RE2 takes time proportional to the text whatever the pattern, at the price of the two features
 * that need backtracking (backreferences and lookaround), which a rule is refused for.
 *
 * Sigma semantics: a search (not anchored unless the pattern says so), case-sensitive unless `|i`
 * or `(?i)`; `|m` makes ^ and $ match at line ends, `|s` lets `.` match a newline.
 */
import { RE2JS } from 're2js';

/** A pattern mamori cannot run; `unsupported` for a valid pattern that needs backtracking. */
export class RegexError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

/** A compiled `|re` pattern: `test` searches the text. */
export interface Regex {
  test(text: string): boolean;
}

const NEEDS_BACKTRACKING = 'which needs a backtracking engine; mamori runs rule regexes in linear time';

/**
 * The pattern in RE2 syntax: JavaScript's `\uXXXX` and `\u{X…}` become `\x{…}`; a backreference or
 * lookaround is a RegexError (found here, outside character classes, so the message names it rather
 * than RE2's "invalid escape sequence").
 */
function toRe2Syntax(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && ((next >= '1' && next <= '9') || (next === 'k' && source[i + 2] === '<'))) {
        throw new RegexError('unsupported', `uses a backreference (\\${next}${next === 'k' ? '<…>' : ''}), ${NEEDS_BACKTRACKING}`);
      }
      if (next === 'u') {
        const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(source.slice(i + 2, i + 10));
        const plain = braced ? null : /^[0-9A-Fa-f]{4}/.exec(source.slice(i + 2, i + 6));
        if (braced || plain) {
          out += `\\x{${braced ? braced[1] : plain![0]}}`;
          i += 1 + (braced ? braced[0].length : 4);
          continue;
        }
      }
      out += c + next;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal member, not the end of the class.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
    } else {
      if (c === '(' && source[i + 1] === '?') {
        const kind = source[i + 2] === '=' || source[i + 2] === '!' ? 'lookahead' : source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!') ? 'lookbehind' : undefined;
        if (kind) throw new RegexError('unsupported', `uses a ${kind} (${source.slice(i, i + (kind === 'lookahead' ? 3 : 4))}…), ${NEEDS_BACKTRACKING}`);
      }
      out += c;
    }
  }
  return out;
}

/**
 * A search for `pattern` (Sigma `|re`) with the flag modifiers given (`i`, `m`, `s`). A leading
 * `(?imsu)` group, which JavaScript rules used for flags, is read as flags too (`u` is always on in RE2).
 * Throws RegexError.
 */
export function compileRegex(pattern: string, flags: ReadonlySet<string>): Regex {
  let source = pattern;
  const wanted = new Set(flags);
  const inline = /^\(\?([imsu]+)\)/.exec(source);
  if (inline) {
    for (const f of inline[1]) wanted.add(f);
    source = source.slice(inline[0].length);
  }
  const re2Source = toRe2Syntax(source);
  let re: RE2JS;
  try {
    re = RE2JS.compile(re2Source, (wanted.has('i') ? RE2JS.CASE_INSENSITIVE : 0) | (wanted.has('m') ? RE2JS.MULTILINE : 0) | (wanted.has('s') ? RE2JS.DOTALL : 0));
  } catch (err) {
    throw new RegexError('invalid', (err as Error).message.replace(/^error parsing regexp: /, ''));
  }
  const literals = wanted.has('i') ? [] : requiredLiterals(re2Source);
  return literals.length ? new PrefilteredRegex(re, literals) : re;
}

/**
 * A regex with texts every match contains. Most values a rule reads lack one of them, and
 * `includes` answers for those in a few nanoseconds where re2js takes a hundred or more.
 */
class PrefilteredRegex implements Regex {
  constructor(
    private readonly re: RE2JS,
    readonly literals: readonly string[],
  ) {}

  test(text: string): boolean {
    const literals = this.literals;
    for (let i = 0; i < literals.length; i++) if (!text.includes(literals[i])) return false;
    return this.re.test(text);
  }
}

/** Literals checked before a regex: single characters are in most values, and a few say enough. */
const MIN_LITERAL = 2;
const MAX_LITERALS = 3;

const QUANTIFIER = /^(?:[*+?]|\{[0-9]+(?:,[0-9]*)?\})\??/;

/**
 * Runs of plain characters on the top level of a case-sensitive pattern (RE2 syntax) that no
 * quantifier applies to: every match contains each of them. The longest first, at least
 * MIN_LITERAL characters, at most MAX_LITERALS. None when the pattern has what this reading does
 * not follow (top-level `|`, flag groups, `\Q…\E`, `\x`/`\p` escapes, a `{` that is not a repeat):
 * the prefilter is an optimisation, so it is left out whenever in doubt.
 */
export function requiredLiterals(source: string): string[] {
  if (/\(\?(?![:P<])/.test(source)) return [];
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= MIN_LITERAL) runs.push(run);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let atom: string | undefined;
    let next: number;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(e)) {
        // \d \w \s \b \A \z …: a class or an anchor, two characters long; longer escapes are not followed.
        if ('xpPQEuUcCk0123456789'.includes(e)) return [];
        atom = undefined;
      } else {
        atom = e;
      }
      next = i + 2;
    } else if (c === '[') {
      next = endOfClass(source, i);
      if (next < 0) return [];
    } else if (c === '(') {
      next = endOfGroup(source, i);
      if (next < 0) return [];
    } else if (c === '.' || c === '^' || c === '$') {
      next = i + 1;
    } else if (c === '|' || c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
      return [];
    } else {
      atom = c;
      next = i + 1;
    }
    const q = QUANTIFIER.exec(source.slice(next, next + 24));
    if (q) {
      flush();
      next += q[0].length;
    } else if (atom === undefined) flush();
    else run += atom;
    i = next;
  }
  flush();
  return runs.sort((a, b) => b.length - a.length).slice(0, MAX_LITERALS);
}

/** The index after the `]` closing the class that opens at `at`; -1 if it is not closed. */
function endOfClass(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[' && source[i + 1] === ':') {
      const close = source.indexOf(':]', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (source[i] === ']') return i + 1;
  }
  return -1;
}

/** The index after the `)` closing the group that opens at `at`; -1 if it is not closed. */
function endOfGroup(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = endOfClass(source, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}
