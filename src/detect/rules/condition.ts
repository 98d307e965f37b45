/**
 * Sigma condition parser: selection names, `and`, `or`, `not`, parentheses, `1 of x*`,
 * `all of x*`, `1 of them`, `all of them`. Precedence: not > and > or; and/or are left-associative.
 */

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

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c, text: c, pos: i });
      i++;
    } else if (c === '|') {
      throw new ConditionError('unsupported', `Sigma v1 aggregation in the condition ("| ${text.slice(i + 1).trim()}"); use a correlation rule or mamori \`aggregation:\``);
    } else {
      const m = /^[A-Za-z0-9_*?.\-]+/.exec(text.slice(i));
      if (!m) throw new ConditionError('invalid', `unexpected character "${c}" at column ${i + 1} of the condition`);
      tokens.push({ kind: 'word', text: m[0], pos: i });
      i += m[0].length;
    }
  }
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'of', 'them']);

/** Parses a condition into a tree. Throws ConditionError. */
export function parseCondition(text: string): ConditionNode {
  const tokens = tokenize(text);
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const isWord = (t: Token | undefined, w: string): boolean => t !== undefined && t.kind === 'word' && t.text.toLowerCase() === w;
  const where = (t: Token | undefined) => (t ? `"${t.text}" at column ${t.pos + 1}` : 'the end');

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
    if (isWord(peek(), 'not')) {
      p++;
      return { type: 'not', item: parseNot() };
    }
    return parsePrimary();
  }
  function parsePrimary(): ConditionNode {
    const t = peek();
    if (!t) throw new ConditionError('invalid', 'condition ends where a selection name was expected');
    if (t.kind === '(') {
      p++;
      const inner = parseOr();
      if (peek()?.kind !== ')') throw new ConditionError('invalid', `expected ")" but found ${where(peek())}`);
      p++;
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
  if (!/[*?]/.test(pattern)) return names.filter((n) => n === pattern);
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return names.filter((n) => re.test(n));
}
