/**
 * Sigma wildcard values (`*` any run of characters, `?` any one) matched without a regular
 * expression. A backtracking RegExp such as /^.*a.*a.*a.*b$/ takes time to the power of the number
 * of stars on a long field; here each piece between stars is searched once, left to right, so a
 * match costs at most (field length × pattern length) and usually one `indexOf` per piece.
 *
 * Why leftmost is enough: the pieces have fixed lengths, so taking the earliest place for each
 * piece leaves the most room for the ones after it; if that fails, no other placement succeeds.
 */

/** Stands for `?` inside a piece; its positions are kept apart, so a literal U+0000 stays literal. */
const ANY = '\u0000';

/** A text between stars; `any` lists the positions of `?` in it (null when there is none). */
interface Piece {
  text: string;
  any: number[] | null;
}

/** A wildcard value, ready to match (see compileGlob). */
export interface Glob {
  /** The value has a `*`: `head` must start the text, `tail` end it, `middle` come between in order. */
  star: boolean;
  head: Piece;
  middle: Piece[];
  tail: Piece;
  /** The shortest text that can match. */
  min: number;
}

function piece(text: string, any: number[]): Piece {
  return { text, any: any.length ? any : null };
}

/**
 * A Sigma value with wildcards (`\*`, `\?` and `\\` are literal), lower-cased unless `cased`, with
 * a `*` added at the start and/or end (for `endswith`/`contains`, `startswith`/`contains`).
 * Undefined when the value has no wildcard (compare it as a literal).
 */
export function compileGlob(value: string, cased: boolean, starBefore: boolean, starAfter: boolean): Glob | undefined {
  const pieces: Piece[] = [];
  let text = '';
  let any: number[] = [];
  let stars = 0;
  let wild = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const next = value[i + 1];
    if (c === '\\' && (next === '*' || next === '?' || next === '\\')) {
      text += next;
      i++;
    } else if (c === '*') {
      wild = true;
      stars++;
      pieces.push(piece(text, any));
      text = '';
      any = [];
    } else if (c === '?') {
      wild = true;
      any.push(text.length);
      text += ANY;
    } else {
      // Character by character, so that the `?` positions stay right when lower case is longer ("İ").
      text += cased ? c : c.toLowerCase();
    }
  }
  if (!wild) return undefined;
  pieces.push(piece(text, any));
  if (starBefore) pieces.unshift(piece('', []));
  if (starAfter) pieces.push(piece('', []));
  const star = stars > 0 || starBefore || starAfter;
  const head = pieces[0];
  const tail = star ? pieces[pieces.length - 1] : piece('', []);
  const middle = star ? pieces.slice(1, -1).filter((p) => p.text.length > 0) : [];
  let min = head.text.length + tail.text.length;
  for (const p of middle) min += p.text.length;
  return { star, head, middle, tail, min };
}

/** Whether `p` is in `s` at `at` (`at` + its length within `s`). */
function pieceAt(s: string, at: number, p: Piece): boolean {
  const any = p.any;
  if (any === null) return s.startsWith(p.text, at);
  const t = p.text;
  let next = 0;
  for (let i = 0; i < t.length; i++) {
    if (next < any.length && any[next] === i) {
      next++;
      continue;
    }
    if (s.charCodeAt(at + i) !== t.charCodeAt(i)) return false;
  }
  return true;
}

/** The first place at or after `from` where `p` lies wholly before `end`; -1 if none. */
function findPiece(s: string, p: Piece, from: number, end: number): number {
  const last = end - p.text.length;
  if (p.any === null) {
    const at = s.indexOf(p.text, from);
    return at >= 0 && at <= last ? at : -1;
  }
  for (let at = from; at <= last; at++) if (pieceAt(s, at, p)) return at;
  return -1;
}

/** Whether the whole of `s` matches `g` (lower-case `s` first for a glob compiled without `cased`). */
export function globMatch(s: string, g: Glob): boolean {
  const n = s.length;
  if (!g.star) return n === g.head.text.length && pieceAt(s, 0, g.head);
  if (n < g.min) return false;
  const end = n - g.tail.text.length;
  if (!pieceAt(s, 0, g.head) || !pieceAt(s, end, g.tail)) return false;
  let at = g.head.text.length;
  const middle = g.middle;
  for (let i = 0; i < middle.length; i++) {
    const found = findPiece(s, middle[i], at, end);
    if (found < 0) return false;
    at = found + middle[i].text.length;
  }
  return true;
}
