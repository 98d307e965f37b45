/**
 * Reading a large config file (100,000 suppressions or automation rules) with js-yaml.
 *
 * The yaml library, which parse.ts keeps for its line and column positions, builds a syntax tree
 * of the whole document, some 50 bytes of heap per byte of text, and its garbage collection grows
 * with it: 25 MB of rules took 35 s and 2 GB before any validation. js-yaml builds only the value:
 * the same text in a few seconds and a few hundred MB, read whole (slices gained nothing).
 *
 * This is only a faster road to the same value. It declines (returns undefined) whenever the text
 * uses anything the two libraries treat differently or that needs the yaml library's limits
 * (anchors and aliases, tags, merge keys, explicit keys, directives, several documents), whenever
 * the text has a shape the yaml library rejects and js-yaml accepts (see DIFFERENCES and
 * `yamlLibraryRefuses`), and whenever js-yaml throws for any reason; the caller then parses
 * the whole document with the yaml library, which gives the exact error and its position.
 * test/config/large.test.ts checks the two roads give the same value on random documents.
 */
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';

// The schema parse.ts gives the yaml library: YAML 1.2 core, with integers with a leading zero
// kept as text so account ids survive. Each type below resolves plain scalars with the yaml
// library's own core-schema patterns: js-yaml's core int and float differ (0b101, 1_000 and 012
// are numbers there; -.5 and 1e400 are text), and its null and bool are not in its typings.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?(?:0|[1-9][0-9]*)$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

const configNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => NULL.test(text),
  construct: () => null,
});

const configBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => BOOL.test(text),
  construct: (text: string) => text[0] === 't' || text[0] === 'T',
});

const configInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => INT.test(text),
  construct: (text: string) => (text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
});

const configFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) => FLOAT.test(text),
  construct(text: string) {
    const last = text[text.length - 1];
    if (last === 'n' || last === 'N') return NaN;
    if (last === 'f' || last === 'F') return text[0] === '-' ? -Infinity : Infinity;
    return parseFloat(text);
  },
});

/** The config's schema for js-yaml: no timestamps, binary, sets or merge keys (core has none). */
export const CONFIG_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [configNull, configBool, configInt, configFloat] });

/**
 * Text the fast road declines. Each pattern does a fixed amount of work per position, or scans a
 * line once from its start, so the check is linear in the text.
 */
const DIFFERENCES: readonly RegExp[] = [
  // Anchors (&a), aliases (*a) and tags (!t) at the start of a token (the yaml library applies its
  // alias limits); explicit keys (`? `); directives (%YAML) and document markers (--- / ...).
  /(?:^|[\s[{,])(?:[&*][^\s,[\]{}]|!)|(?:^|[\s[{,])\?(?:\s|$)|^(?:%|---|\.\.\.)/m,
  // Merge keys (`<<:`): the core schema has none, but a reader may expect them; leave them to the yaml library.
  /<<["']?[ \t]*:/,
  // A flow collection as a key: js-yaml makes `[a, b]: c` the key "a,b", the yaml library "[ a, b ]".
  /[\]}][ \t]*:/,
  // A line break that is a lone CR: only js-yaml reads it as one.
  /\r(?!\n)/,
  // An escaped line break followed by an empty line in a double-quoted scalar: js-yaml drops the
  // empty line, the yaml library reads it as a space.
  /\\\r?\n[ \t]*\r?\n/,
  // An empty block sequence item (`-` and nothing after it): in a sequence nested on its parent's
  // line (`- - x`), js-yaml puts the parent's next items into the nested sequence.
  /^[ \t]*(?:-[ \t]+)*-[ \t]*(?:#.*)?\r?$/m,
  // A \U escape beyond U+10FFFF: an error for the yaml library, nonsense from js-yaml.
  /\\U(?!000|0010)/,
];

// A `:` that may end a key: before a space, a line end or a flow indicator, or straight after a
// quoted or flow key. (A `:` inside arn:aws:… is not one.)
const KEY_END = /:(?:[\s,[\]{}]|$)|["'\]}]:/;

/**
 * Whether a `:` that may end a key is more than 1,000 characters into its line: the yaml library
 * refuses keys over 1,024 characters, js-yaml does not. Lines are found with indexOf and only long
 * ones are searched (a regular expression over the whole text took ten times as long).
 */
function mayHaveLongKey(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > 1000 && KEY_END.test(text.slice(start + 999, end))) return true;
    start = end + 1;
  }
  return false;
}

/**
 * The value `parseDocument(text, options).toJS()` gives with parse.ts's options, or undefined
 * when the text is not plain enough for js-yaml to be trusted with it (or has an error: the
 * whole-document parse reports it).
 */
export function parseLargeConfig(text: string, filename: string): Record<string, unknown> | undefined {
  for (const pattern of DIFFERENCES) if (pattern.test(text)) return undefined;
  if (mayHaveLongKey(text)) return undefined;

  // js-yaml reports each node when it opens and closes: each flow collection and quoted scalar is
  // checked for what only the yaml library refuses (see `yamlLibraryRefuses`).
  // `starts` holds where each open node starts (as deep as js-yaml nests, 100 by default).
  const starts: number[] = [];
  let declined = false;
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      starts.push(state.position);
      return;
    }
    const start = starts.pop()!;
    if (!declined && yamlLibraryRefuses(text, start, state.position, state.kind)) declined = true;
  };

  let value: unknown;
  try {
    value = load(text, { schema: CONFIG_SCHEMA, filename, json: false, listener });
  } catch {
    return undefined;
  }
  if (declined || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (hasNullKey(value)) return undefined;
  return value as Record<string, unknown>;
}

/**
 * Whether the node js-yaml read from `from` to `to` is a flow collection, quoted scalar or block
 * scalar that the yaml library refuses and js-yaml accepts (block scalars: see
 * `overindentedLeadingLine`). Flow collections and quoted scalars:
 * - followed straight by a comment (`[a]#c`: a comment needs a space before it);
 * - with later lines not indented past the enclosing block collection, as the yaml library
 *   requires (js-yaml accepts any indentation). Where that collection starts is known only
 *   roughly here, so the test is stricter than the yaml library's. Lines of nothing but spaces
 *   are left out (a quoted scalar may hold them).
 */
function yamlLibraryRefuses(text: string, from: number, to: number, kind: string | null): boolean {
  // The node's content starts after the spaces, line breaks and comments js-yaml skipped.
  let at = from;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) at++;
    else if (c === 0x23 && (at === 0 || isSpace(text.charCodeAt(at - 1)))) {
      const eol = text.indexOf('\n', at);
      at = eol < 0 ? text.length : eol;
    } else break;
  }
  const c = text.charCodeAt(at);
  if (kind === 'scalar' && (c === 0x7c || c === 0x3e)) return overindentedLeadingLine(text, at);
  const flowOrQuoted = kind === 'scalar' ? c === 0x22 || c === 0x27 : (c === 0x5b && kind === 'sequence') || (c === 0x7b && kind === 'mapping');
  if (!flowOrQuoted) return false;
  // Checked on the node that ends at its closing character (js-yaml may report a node around it
  // that also takes the spaces after).
  const closer = c === 0x5b ? 0x5d : c === 0x7b ? 0x7d : c;
  if (text.charCodeAt(to - 1) === closer && text.charCodeAt(to) === 0x23) return true;
  // Searched only up to the node's end: a line may hold many short quoted scalars.
  let eol = at;
  while (eol < to && text.charCodeAt(eol) !== 0x0a) eol++;
  if (eol >= to) return false;

  // The enclosing block collection starts at the first content of the node's line (after any
  // `- ` markers) when that is a key before the node, and left of it when the node is that first
  // content: later lines must be indented past the key, or at least as far as the node.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let column = lineStart;
  while (column < at) {
    const d = text.charCodeAt(column);
    if (d === 0x20 || (d === 0x2d && text.charCodeAt(column + 1) === 0x20)) column++;
    else break;
  }
  const required = column === at ? column - lineStart - 1 : column - lineStart;
  while (eol >= 0 && eol < to) {
    let i = eol + 1;
    while (text.charCodeAt(i) === 0x20) i++;
    const next = text.charCodeAt(i);
    const blank = next === 0x0a || (next === 0x0d && text.charCodeAt(i + 1) === 0x0a) || i >= text.length;
    if (!blank && i - eol - 1 <= required) return true;
    eol = text.indexOf('\n', eol + 1);
  }
  return false;
}

/**
 * Whether a block scalar (`|` or `>` at `at`) starts with a blank line longer than the indentation
 * of the first line with content: the yaml library refuses it, js-yaml may read that line as a
 * comment after the scalar instead.
 */
function overindentedLeadingLine(text: string, at: number): boolean {
  let longest = 0;
  for (let start = text.indexOf('\n', at) + 1; start > 0 && start < text.length; start = text.indexOf('\n', start) + 1) {
    let i = start;
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
    const next = text.charCodeAt(i);
    if (next === 0x0a || next === 0x0d || i >= text.length) {
      longest = Math.max(longest, i - start);
      continue;
    }
    let indent = start;
    while (text.charCodeAt(indent) === 0x20) indent++;
    return longest > indent - start;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** js-yaml makes a null key ("~:" or "null:") the key "null", the yaml library "": any key "null" declines. */
function hasNullKey(value: object): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object' && hasNullKey(item)) return true;
    return false;
  }
  if (Object.hasOwn(value, 'null')) return true;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (item !== null && typeof item === 'object' && hasNullKey(item)) return true;
  }
  return false;
}
