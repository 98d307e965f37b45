/**
 * Canonical form of a Cloud Logging query (the filter of a log-based metric), so a metric's filter
 * can be compared with the exact filter a CIS recommendation prescribes without being fooled by
 * layout: whitespace and newlines, optional quotes around values, redundant parentheses, the
 * order of the operands of AND / OR, and implicit AND (juxtaposition) are ignored. Nothing else
 * is: a missing, changed or additional condition gives a different canonical form.
 *
 * Grammar of the Logging query language (https://cloud.google.com/logging/docs/view/logging-query-language):
 * NOT binds tightest, then OR, then AND (OR binds tighter than AND), and two expressions written
 * next to each other are ANDed.
 */

type Node =
  | { kind: 'and' | 'or'; children: Node[] }
  | { kind: 'not'; child: Node }
  /** `present`: the unquoted `*` of `field:*` (the field exists), unlike a quoted "*". */
  | { kind: 'cmp'; field: string; op: string; value: string; present?: boolean; group?: boolean }
  | { kind: 'term'; value: string };

type Token = { t: 'lp' } | { t: 'rp' } | { t: 'op'; v: string } | { t: 'word'; v: string } | { t: 'str'; v: string };

const OPERATORS = ['>=', '<=', '!=', '=~', '!~', '=', ':', '<', '>'];

function tokenize(input: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      out.push({ t: 'lp' });
      i++;
    } else if (c === ')') {
      out.push({ t: 'rp' });
      i++;
    } else if (c === '"') {
      let value = '';
      i++;
      while (i < input.length && input[i] !== '"') {
        if (input[i] === '\\' && i + 1 < input.length) i++;
        value += input[i];
        i++;
      }
      if (i >= input.length) return undefined; // unterminated string
      i++;
      out.push({ t: 'str', v: value });
    } else {
      const op = OPERATORS.find((o) => input.startsWith(o, i));
      if (op) {
        out.push({ t: 'op', v: op });
        i += op.length;
        continue;
      }
      let word = '';
      while (i < input.length && !/[\s()"=:<>!]/.test(input[i]!)) word += input[i++];
      if (!word) return undefined; // a lone '!' or similar
      out.push({ t: 'word', v: word });
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node | undefined {
    if (this.tokens.length === 0) return undefined;
    const node = this.and();
    return node && this.i === this.tokens.length ? node : undefined;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t?.t === 'word' && t.v === word;
  }

  private startsPrimary(): boolean {
    const t = this.peek();
    return !!t && (t.t === 'lp' || t.t === 'str' || (t.t === 'word' && t.v !== 'AND' && t.v !== 'OR'));
  }

  private and(): Node | undefined {
    const first = this.or();
    if (!first) return undefined;
    const children = [first];
    for (;;) {
      if (this.isKeyword('AND')) this.i++;
      else if (!this.startsPrimary()) break;
      const next = this.or();
      if (!next) return undefined;
      children.push(next);
    }
    return children.length === 1 ? first : { kind: 'and', children };
  }

  private or(): Node | undefined {
    const first = this.unary();
    if (!first) return undefined;
    const children = [first];
    while (this.isKeyword('OR')) {
      this.i++;
      const next = this.unary();
      if (!next) return undefined;
      children.push(next);
    }
    return children.length === 1 ? first : { kind: 'or', children };
  }

  private unary(): Node | undefined {
    if (this.isKeyword('NOT')) {
      this.i++;
      const child = this.unary();
      return child && { kind: 'not', child };
    }
    return this.primary();
  }

  private primary(): Node | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.t === 'lp') {
      this.i++;
      const inner = this.and();
      if (!inner || this.peek()?.t !== 'rp') return undefined;
      this.i++;
      return inner;
    }
    if (t.t !== 'word' && t.t !== 'str') return undefined;
    this.i++;
    const op = this.peek();
    if (op?.t !== 'op') return { kind: 'term', value: t.v };
    this.i++;
    const value = this.peek();
    if (value?.t === 'word' || value?.t === 'str') {
      this.i++;
      return { kind: 'cmp', field: t.v, op: op.v, value: value.v, present: value.t === 'word' && value.v === '*' };
    }
    if (value?.t === 'lp') {
      // field=("a" OR "b"): keep the value expression in canonical form.
      const inner = this.primary();
      return inner && { kind: 'cmp', field: t.v, op: op.v, value: canonical(inner), group: true };
    }
    return undefined;
  }
}

function canonical(node: Node): string {
  switch (node.kind) {
    case 'term':
      return JSON.stringify(node.value);
    case 'cmp':
      if (node.present) return `${node.field}${node.op}*`;
      return `${node.field}${node.op}${node.group ? `(${node.value})` : JSON.stringify(node.value)}`;
    case 'not':
      return `NOT ${canonical(node.child)}`;
    default: {
      // Flatten nested operators of the same kind (associativity) and sort operands (commutativity).
      const parts: string[] = [];
      const collect = (n: Node) => {
        if (n.kind === node.kind) (n as { children: Node[] }).children.forEach(collect);
        else parts.push(canonical(n));
      };
      node.children.forEach(collect);
      return `(${parts.sort().join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
    }
  }
}

const cache = new Map<string, string | null>();

/** The canonical form of a Logging query, or undefined when it is empty or cannot be parsed. */
export function canonicalLogFilter(filter: string): string | undefined {
  let hit = cache.get(filter);
  if (hit === undefined) {
    const tokens = tokenize(filter);
    const node = tokens && new Parser(tokens).parse();
    hit = node ? canonical(node) : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(filter, hit);
  }
  return hit ?? undefined;
}

/** True when two Logging queries select the same entries by the same conditions (layout aside). */
export function sameLogFilter(a: string, b: string): boolean {
  const ca = canonicalLogFilter(a);
  return ca !== undefined && ca === canonicalLogFilter(b);
}
