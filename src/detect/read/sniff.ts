/**
 * What the start of a file says about how to read it: whether its bytes are a binary file rather
 * than a log, and whether a JSON text is JSON lines (one record per line) or one document that
 * spans lines (a pretty-printed record, a `gcloud … --format=json` array). Both look at a sample
 * once per file, never at every record.
 */

/** Bytes at the start of a file that binary sniffing looks at. */
export const BINARY_SAMPLE = 512;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Whether the start of a file is binary content (an image, an archive, an executable) rather than
 * a log: `'png'`, `'binary'`, or undefined for text. One damaged record must not cost a log file
 * all its records, so a stray NUL or invalid UTF-8 sequence is not enough: binary formats are
 * full of NULs and other control bytes (headers, lengths, offsets) or are not UTF-8 at all.
 */
export function binaryKind(head: Uint8Array): 'png' | 'binary' | undefined {
  const n = Math.min(head.length, BINARY_SAMPLE);
  if (n >= PNG.length && PNG.every((b, i) => head[i] === b)) return 'png';
  let control = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    // Control bytes text does not hold: all below 0x20 but tab, line feed, vertical tab, form feed,
    // carriage return and escape (terminal colours in a captured log).
    if (b < 0x20 && (b < 9 || b > 13) && b !== 0x1b) control++;
    else if (b >= 0x80) high++;
  }
  // Shares of BINARY_SAMPLE bytes even when the sample is shorter: a first chunk of a few bytes
  // (a stream delivers what it has) is not judged by one damaged byte.
  // More than one in 16 control bytes: a NUL or two in a corrupted record is far below.
  if (control * 16 > BINARY_SAMPLE) return 'binary';
  if (high * 4 > BINARY_SAMPLE) {
    // Over a quarter of the sample outside ASCII: binary if half of that is not UTF-8.
    const text = new TextDecoder('utf-8').decode(head.subarray(0, n), { stream: true });
    let replaced = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
    if (replaced * 8 > BINARY_SAMPLE) return 'binary';
  }
  return undefined;
}

/** Lines after the first that the JSON-lines decision reads, when the first line alone does not tell. */
export const SAMPLE_LINES = 8;

/**
 * Whether a JSON text is JSON lines, from its start (`sample`): undefined while the sample is too
 * short to tell. `ended`: the sample is the whole text; `last`: no more of it is coming (decide on
 * the whole lines there are).
 *
 * The first non-blank line decides when it is a JSON value on its own: JSON lines. When it is not,
 * it is either the first line of a document that spans lines or a damaged record of JSON lines
 * (cut short, a byte changed); reading a damaged JSON-lines file as one document would lose every
 * record after the damage, and reading a document line by line would lose all of it. So the lines
 * after it decide: JSON lines when they do not join up into valid JSON, as a document's lines do,
 * and either one of them looks like a record of its own (looksLikeRecordLine) or the join fails at
 * column 0 of a later line (a new record where the line before left something open).
 */
export function isJsonLines(sample: string, ended: boolean, last: boolean): boolean | undefined {
  const stop = ended || last;
  // Only whole lines: the last one may be cut where the sample ends.
  const end = ended ? sample.length : sample.lastIndexOf('\n') + 1;
  let firstEnd = -1;
  let jsonStart = false;
  let evidence = false;
  let seen = 0;
  let at = 0;
  while (at < end && seen <= SAMPLE_LINES) {
    let nl = sample.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    const line = sample.slice(at, nl);
    at = nl + 1;
    const text = line.trim();
    if (text === '') continue;
    seen++;
    if (firstEnd < 0) {
      firstEnd = nl;
      jsonStart = text.charCodeAt(0) === 0x7b || text.charCodeAt(0) === 0x5b;
      const value = parsed(text);
      if (value !== NOT_JSON) return typeof value === 'object';
      continue;
    }
    if (!evidence && looksLikeRecordLine(line, text, jsonStart)) evidence = true;
  }
  if (firstEnd < 0) return stop ? false : undefined;
  // The lines looked at, as one text (the whole text when they reach its end).
  const checked = Math.min(at, sample.length);
  const error = jsonTextError(sample.slice(0, checked), ended && checked === sample.length);
  const joinsAtRecord = jsonStart && error > firstEnd && error < checked && sample.charCodeAt(error - 1) === 0x0a;
  // More lines can make a valid start invalid, never the other way round.
  if (error >= 0 && (evidence || joinsAtRecord)) return true;
  return stop || seen > SAMPLE_LINES ? false : undefined;
}

const NOT_JSON = Symbol('not JSON');

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Pretty printers indent every line but the outermost brackets. */
const OUTER_BRACKETS = new Set(['{', '}', '[', ']', '},', '],']);

/**
 * Whether a line after the first looks like a record of its own: a JSON object alone, or one cut
 * or damaged. In a text that starts as JSON, that is any line at column 0 but a bracket (printers
 * indent the rest); in one that does not (a first line of other text), a line starting `{`.
 */
function looksLikeRecordLine(line: string, trimmed: string, jsonStart: boolean): boolean {
  const c = line.charCodeAt(0);
  if (jsonStart ? c !== 0x20 && c !== 0x09 && !OUTER_BRACKETS.has(trimmed) : c === 0x7b && trimmed.length > 1) return true;
  if (trimmed.charCodeAt(0) !== 0x7b) return false;
  const value = parsed(trimmed);
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// What may come next in jsonTextError.
const VALUE = 0; // a value (after ':', after ',' in an array)
const KEY = 1; // a property name (after ',' in an object)
const COLON = 2;
const NEXT = 3; // ',' or the container's end, after a value
const TOP = 4; // at the top level: a value or ','

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where `text` stops being JSON values one after another (separated by blank space or commas, as
 * the streaming splitter reads them): the index of the first character that cannot be there, its
 * length when `complete` and it ends inside a value, or -1 when it is such values (or, unless
 * `complete`, the start of them cut at a line end).
 */
export function jsonTextError(text: string, complete: boolean): number {
  /** Open containers: 0x7b for an object, 0x5b for an array. */
  const open: number[] = [];
  let expect = TOP;
  /** Just after '{' or '[': the container may close at once. */
  let empty = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    const inside = open.length ? open[open.length - 1] : 0;
    if (expect === NEXT || (expect === TOP && c === 0x2c)) {
      if (c === 0x2c /* , */) {
        expect = inside === 0x7b ? KEY : inside === 0x5b ? VALUE : TOP;
        i++;
        continue;
      }
      if ((c === 0x7d && inside === 0x7b) || (c === 0x5d && inside === 0x5b)) {
        open.pop();
        expect = open.length ? NEXT : TOP;
        i++;
        continue;
      }
      if (inside !== 0) return i;
      expect = TOP; // the next top-level value, after blank space alone
    }
    if (empty && ((c === 0x7d && inside === 0x7b) || (c === 0x5d && inside === 0x5b))) {
      empty = false;
      open.pop();
      expect = open.length ? NEXT : TOP;
      i++;
      continue;
    }
    empty = false;
    if (expect === COLON) {
      if (c !== 0x3a) return i;
      expect = VALUE;
      i++;
      continue;
    }
    if (c === 0x22 /* " */) {
      const after = stringEnd(text, i + 1);
      if (after < 0) return -1 - after;
      i = after;
      expect = expect === KEY ? COLON : NEXT;
      continue;
    }
    if (expect === KEY) return i;
    // A value.
    if (c === 0x7b || c === 0x5b) {
      open.push(c);
      expect = c === 0x7b ? KEY : VALUE;
      empty = true;
      i++;
      continue;
    }
    const literal = text.startsWith('true', i) ? 4 : text.startsWith('null', i) ? 4 : text.startsWith('false', i) ? 5 : 0;
    if (literal) {
      i += literal;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    expect = NEXT;
  }
  return !complete || open.length === 0 ? -1 : n;
}

/**
 * The index after a string's closing quote (`at` is just after the opening one); when the string
 * is not valid, -1 - the index where it goes wrong (the text's length when it does not end).
 */
function stringEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    // A raw control character (a line break above all) never stands in a JSON string.
    if (c < 0x20) return -1 - i;
    if (c === 0x5c /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75 /* u */) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -1 - i;
        i += 5;
      } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        i++;
      } else return -1 - i;
    }
  }
  return -1 - text.length;
}
