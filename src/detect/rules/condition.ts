/**
 * Sigma condition parser: selection names, `and`, `or`, `not`, parentheses, `1 of x*`,
 * `all of x*`, `1 of them`, `all of them`. Precedence: not > and > or; and/or are left-associative.
 *
 * Rule files come from anywhere: the parser checks the condition's length, its number of tokens
 * and the depth of its parentheses and `not`s before it recurses, so no condition can exhaust the
 * stack (which would end the whole detection run rather than refuse one rule).
 */
import { compileGlob, globMatch } from './glob.js';
import { MAX_CONDITION_DEPTH, MAX_CONDITION_LENGTH, MAX_CONDITION_TOKENS } from './limits.js';

export type ConditionNode =
  | { type: 'sel'; name: string }
  | { type: 'and'; items: ConditionNode[] }
  | { type: 'or'; items: ConditionNode[] }
  | { type: 'not'; item: ConditionNode }
  /** `N of pattern` (N = 'all' for `all of`); pattern `them` means every selection. */
  | { type: 'of'; count: number | 'all'; pattern: string };

export class ConditionError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

interface Token {
  kind: 'word' | '(' | ')';
  text: string;
  pos: number;
}

const WORD_CHAR = /[A-Za-z0-9_*?.\-]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (tokens.length >= MAX_CONDITION_TOKENS) throw new ConditionError('invalid', `more than ${MAX_CONDITION_TOKENS.toLocaleString('en')} words and parentheses (the limit)`);
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c, text: c, pos: i });
      i++;
    } else if (c === '|') {
      throw new ConditionError('unsupported', `Sigma v1 aggregation in the condition ("| ${text.slice(i + 1).trim()}"); use a correlation rule or mamori \`aggregation:\``);
    } else {
      const start = i;
      while (i < text.length && WORD_CHAR.test(text[i])) i++;
      if (i === start) throw new ConditionError('invalid', `unexpected character "${c}" at column ${i + 1} of the condition`);
      tokens.push({ kind: 'word', text: text.slice(start, i), pos: start });
    }
  }
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'of', 'them']);

/** Parses a condition into a tree. Throws ConditionError. */
export function parseCondition(text: string): ConditionNode {
  if (text.length > MAX_CONDITION_LENGTH) throw new ConditionError('invalid', `${text.length.toLocaleString('en')} characters, more than the limit of ${MAX_CONDITION_LENGTH.toLocaleString('en')}`);
  const tokens = tokenize(text);
  let p = 0;
  /** Open parentheses around the current token. */
  let depth = 0;
  const peek = (): Token | undefined => tokens[p];
  const isWord = (t: Token | undefined, w: string): boolean => t !== undefined && t.kind === 'word' && t.text.toLowerCase() === w;
  const where = (t: Token | undefined) => (t ? `"${t.text}" at column ${t.pos + 1}` : 'the end');
  const tooDeep = () => new ConditionError('invalid', `parentheses and "not"s nested more than ${MAX_CONDITION_DEPTH} levels deep (the limit), at ${where(peek())}`);

  function parseOr(): ConditionNode {
    const items = [parseAnd()];
    while (isWord(peek(), 'or')) {
      p++;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0] : { type: 'or', items };
  }
  function parseAnd(): ConditionNode {
    const items = [parseNot()];
    while (isWord(peek(), 'and')) {
      p++;
      items.push(parseNot());
    }
    return items.length === 1 ? items[0] : { type: 'and', items };
  }
  function parseNot(): ConditionNode {
    // Counted in a loop rather than by recursion; each `not` is a level of the tree that later
    // steps walk, so it counts towards the depth like a parenthesis.
    let nots = 0;
    while (isWord(peek(), 'not')) {
      p++;
      nots++;
      if (depth + nots > MAX_CONDITION_DEPTH) throw tooDeep();
    }
    depth += nots;
    let node = parsePrimary();
    depth -= nots;
    for (let i = 0; i < nots; i++) node = { type: 'not', item: node };
    return node;
  }
  function parsePrimary(): ConditionNode {
    const t = peek();
    if (!t) throw new ConditionError('invalid', 'condition ends where a selection name was expected');
    if (t.kind === '(') {
      if (++depth > MAX_CONDITION_DEPTH) throw tooDeep();
      p++;
      const inner = parseOr();
      if (peek()?.kind !== ')') throw new ConditionError('invalid', `expected ")" but found ${where(peek())}`);
      p++;
      depth--;
      return inner;
    }
    if (t.kind === ')') throw new ConditionError('invalid', `unexpected ")" at column ${t.pos + 1}`);
    const lower = t.text.toLowerCase();
    if (lower === 'near') throw new ConditionError('unsupported', 'the `near` operator is not supported');
    if (isWord(tokens[p + 1], 'of')) {
      let count: number | 'all';
      if (lower === 'all') count = 'all';
      else if (/^[1-9][0-9]*$/.test(lower)) count = Number(lower);
      else throw new ConditionError('invalid', `expected "1 of" or "all of", found ${where(t)}`);
      p += 2;
      const target = peek();
      if (!target || target.kind !== 'word' || (KEYWORDS.has(target.text.toLowerCase()) && target.text.toLowerCase() !== 'them')) {
        throw new ConditionError('invalid', `expected a selection pattern or "them" after "${t.text} of", found ${where(target)}`);
      }
      p++;
      return { type: 'of', count, pattern: target.text.toLowerCase() === 'them' ? 'them' : target.text };
    }
    if (KEYWORDS.has(lower)) throw new ConditionError('invalid', `expected a selection name, found ${where(t)}`);
    if (/[*?]/.test(t.text)) throw new ConditionError('invalid', `wildcard "${t.text}" is only allowed after "1 of" / "all of"`);
    p++;
    return { type: 'sel', name: t.text };
  }

  if (tokens.length === 0) throw new ConditionError('invalid', 'empty condition');
  if (tokens.some((t) => t.kind === 'word' && t.text.toLowerCase() === 'near')) throw new ConditionError('unsupported', 'the `near` operator is not supported');
  const node = parseOr();
  if (p < tokens.length) throw new ConditionError('invalid', `unexpected ${where(tokens[p])} in the condition`);
  return node;
}

/** Selection names an `of` pattern refers to. `them` excludes names starting with `_` (Sigma). */
export function expandPattern(pattern: string, names: readonly string[]): string[] {
  if (pattern === 'them') return names.filter((n) => !n.startsWith('_'));
  const glob = compileGlob(pattern, true, false, false);
  if (!glob) return names.filter((n) => n === pattern);
  return names.filter((n) => globMatch(n, glob));
}
