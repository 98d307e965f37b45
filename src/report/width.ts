/**
 * Terminal tables that fit the terminal: how many columns text takes (East Asian wide characters
 * take two, colour codes none), wrapping that also breaks Japanese (which has no spaces between
 * words), truncation in the middle for ARNs (the account and the name are what a reader needs),
 * and a column planner that shares the width between the columns that can give some up.
 *
 * The planner only decides widths and rewrites cell text so that every line fits its column; the
 * table renderer then draws it (src/cli/table.ts or cli-table3) without cutting anything further.
 */

/** The SGR colour codes picocolors writes (the only escape codes left in cells after safeText). */
const SGR = /\u001b\[[0-9;]*m/g;
const SGR_AT = /^\u001b\[[0-9;]*m/;

/** Columns one code point takes: 0 for controls and combining marks, 2 for East Asian wide and full-width characters and emoji. */
export function codePointWidth(c: number): number {
  if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return 0;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3) return 0;
  if (c < 0x1100) return 1;
  if (
    c <= 0x115f ||
    c === 0x2329 ||
    c === 0x232a ||
    (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
    (c >= 0x3250 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0xa4c6) ||
    (c >= 0xa960 && c <= 0xa97c) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe10 && c <= 0xfe19) ||
    (c >= 0xfe30 && c <= 0xfe6b) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Columns the widest line of the text takes in a terminal (colour codes skipped). */
export function textWidth(text: string): number {
  let max = 0;
  for (const line of text.replace(SGR, '').split('\n')) {
    let w = 0;
    for (const ch of line) w += codePointWidth(ch.codePointAt(0)!);
    if (w > max) max = w;
  }
  return max;
}

/** A line as drawn pieces: colour codes (no width) and single characters (code points). */
function pieces(line: string): { text: string; width: number; code?: boolean }[] {
  const out: { text: string; width: number; code?: boolean }[] = [];
  let i = 0;
  while (i < line.length) {
    const m = line.charCodeAt(i) === 0x1b ? SGR_AT.exec(line.slice(i)) : null;
    if (m) {
      out.push({ text: m[0], width: 0, code: true });
      i += m[0].length;
      continue;
    }
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    out.push({ text: ch, width: codePointWidth(cp) });
    i += ch.length;
  }
  return out;
}

/** Closing punctuation a Japanese line should not start with (kinsoku): kept with the character before. */
const NO_LINE_START = new Set([...'、。，．・：；？！）」』】〕〉》ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]}']);

/**
 * Wraps one line to a width: at spaces, after "-", "/", ":" and "@" (ids, ARNs, e-mail
 * addresses), and between wide characters (Japanese); a word wider than the column is split.
 * Colour codes are kept (the renderer carries them over line breaks).
 */
export function wrapLine(line: string, width: number): string[] {
  if (width < 1) width = 1;
  if (textWidth(line) <= width) return [line];
  // Tokens: runs that must stay together, each with whether a break may follow it.
  const tokens: { text: string; width: number; space: boolean }[] = [];
  let cur = { text: '', width: 0, space: false };
  const flush = () => {
    if (cur.text) tokens.push(cur);
    cur = { text: '', width: 0, space: false };
  };
  for (const p of pieces(line)) {
    if (p.code) {
      cur.text += p.text;
      continue;
    }
    const isSpace = p.text === ' ' || p.text === '\t';
    if (isSpace !== cur.space && cur.width > 0) flush();
    if (!isSpace && p.width === 2 && cur.width > 0 && !NO_LINE_START.has(p.text)) flush();
    if (NO_LINE_START.has(p.text) && cur.width === 0 && tokens.length && !tokens[tokens.length - 1].space) {
      // Closing punctuation joins the token before it.
      cur = tokens.pop()!;
    }
    cur.space = isSpace;
    cur.text += p.text;
    cur.width += isSpace ? 1 : p.width;
    if (!isSpace && (p.width === 2 || '-/:@'.includes(p.text))) flush();
  }
  flush();
  const lines: string[] = [];
  let text = '';
  let used = 0;
  let pendingSpace = '';
  const newLine = () => {
    lines.push(text);
    text = '';
    used = 0;
    pendingSpace = '';
  };
  for (const t of tokens) {
    if (t.space) {
      if (used > 0) pendingSpace = t.text;
      continue;
    }
    const spaceWidth = pendingSpace.length;
    if (used > 0 && used + spaceWidth + t.width > width) newLine();
    if (used > 0) {
      text += pendingSpace;
      used += spaceWidth;
    }
    pendingSpace = '';
    if (t.width <= width - used) {
      text += t.text;
      used += t.width;
      continue;
    }
    // Wider than a whole line: split it character by character.
    for (const p of pieces(t.text)) {
      if (!p.code && used + p.width > width && used > 0) newLine();
      text += p.text;
      used += p.width;
    }
  }
  if (text || !lines.length) lines.push(text);
  // A colour code alone on a line would make an empty row: it joins the line before.
  const out: string[] = [];
  for (const l of lines) {
    if (out.length && l.replace(SGR, '') === '') out[out.length - 1] += l;
    else out.push(l);
  }
  return out;
}

/** Text cut to a width at its end, "…" marking the cut. */
export function truncateEnd(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  let open = false;
  for (const p of pieces(text)) {
    if (p.code) {
      out += p.text;
      open = !/^\u001b\[(0|22|39|49)?m$/.test(p.text);
      continue;
    }
    if (used + p.width > width - 1) break;
    out += p.text;
    used += p.width;
  }
  return out + '…' + (open ? '\u001b[0m' : '');
}

/** The first `width` columns of plain text. */
function head(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out;
}

/** The last `width` columns of plain text. */
function tail(text: string, width: number): string {
  const chars = [...text];
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = codePointWidth(chars[i].codePointAt(0)!);
    if (used + w > width) break;
    out = chars[i] + out;
    used += w;
  }
  return out;
}

/**
 * Text cut to a width in its middle. An ARN keeps its account and its name — what says whose and
 * which — and loses the middle of its path first (`arn:aws:sts::123456789012:…/i-0a1b2c3d4e5f6`),
 * then its partition and service; in a very narrow column the account and the name's end take a
 * line each. Other text keeps more of its start than of its end.
 */
export function truncateMiddle(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const plain = text.replace(SGR, '');
  if (width <= 1) return '…'.slice(0, width);
  const arn = /^(arn:[^:]*:[^:]*:[^:]*:)([^:]*:)(.*)$/.exec(plain);
  if (arn) {
    const [, prefix, account, rest] = arn;
    const name = rest.slice(Math.max(rest.lastIndexOf('/'), rest.lastIndexOf(':')) + 1);
    const start = prefix + account;
    // The whole start, "…", and as much of the end as fits (the name at least).
    if (textWidth(start) + 1 + textWidth(name) <= width) return start + '…' + tail(rest, width - textWidth(start) - 1);
    // The account, "…", the end of the name (the account still says whose).
    if (textWidth(account) + 1 + Math.min(8, textWidth(name)) <= width) return account + '…' + tail(rest, width - textWidth(account) - 1);
    // Too narrow for both on one line: the account on one, the end of the name on the next.
    if (textWidth(account) <= width) return `${account}\n…${tail(name, width - 1)}`;
    return '…' + tail(name, width - 1);
  }
  const keepEnd = Math.floor((width - 1) * 0.4);
  return head(plain, width - 1 - keepEnd) + '…' + tail(plain, keepEnd);
}

/** Flexible columns whose content is at most this wide are given their whole width first. */
const SHORT = 24;

/** How a column gives up width when the table does not fit. */
export type ColumnFit = 'wrap' | 'middle' | 'end' | 'none';

export interface ColumnSpec {
  head: string;
  /** wrap: text wraps (titles); middle: each line is cut in its middle (ARNs); end: each line is cut at its end; none: keeps its width (short values). */
  fit: ColumnFit;
  /** Narrowest content width (padding not included) the column shrinks to. */
  min?: number;
  /** Widest content width; longer lines wrap or are cut even when there is room (none: no limit). */
  max?: number;
  /** How much more than others this column gets of the room left (default 1; titles 2). */
  weight?: number;
}

export interface FitOptions {
  /** Total width of the table, borders included; undefined: no limit. */
  width?: number;
  /** All columns at full width, nothing cut (--wide). */
  wide?: boolean;
}

export interface FittedTable {
  head: string[];
  rows: string[][];
  /** Outer widths (padding included), as cli-table3's colWidths. */
  colWidths: number[];
}

/**
 * Shares the width among the columns and rewrites the cells so each line fits its column. A table
 * draws columns of content + 2 (padding) with a border before each column and one at the end.
 */
export function fitColumns(specs: readonly ColumnSpec[], rows: readonly (string | number)[][], options: FitOptions = {}): FittedTable {
  const cells = rows.map((r) => specs.map((_, x) => (r[x] === undefined || r[x] === null ? '' : String(r[x]))));
  const natural = specs.map((s, x) => Math.max(1, textWidth(s.head), ...cells.map((r) => textWidth(r[x]))));
  const overhead = specs.length * 3 + 1;
  let widths = natural.map((n, x) => (options.wide ? n : Math.min(n, specs[x].max ?? Infinity)));
  const limit = options.wide || options.width === undefined ? Infinity : options.width - overhead;
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  if (total(widths) > limit) {
    // Every flexible column starts at its minimum; the room left goes to the one missing most.
    const flexible = specs.map((s) => s.fit !== 'none');
    widths = widths.map((w, x) => (flexible[x] ? Math.min(w, specs[x].min ?? 8) : w));
    const want = natural.map((n, x) => Math.min(n, specs[x].max ?? Infinity));
    // Short values (times, addresses, tactic names) get their whole width first when there is room:
    // a few columns spent there save a wrapped line in every row.
    for (const x of specs.map((_, i) => i).sort((a, b) => want[a] - want[b])) {
      if (!flexible[x] || want[x] > SHORT || want[x] - widths[x] > limit - total(widths)) continue;
      widths[x] = want[x];
    }
    let room = limit - total(widths);
    // Still too wide at the minimums: the widest flexible columns give up more, down to half their minimum.
    while (room < 0) {
      let widest = -1;
      for (let x = 0; x < specs.length; x++) {
        const floor = Math.max(4, Math.ceil((specs[x].min ?? 8) / 2));
        if (flexible[x] && widths[x] > floor && (widest < 0 || widths[x] > widths[widest])) widest = x;
      }
      if (widest < 0) break;
      widths[widest]--;
      room++;
    }
    while (room > 0) {
      let best = -1;
      let bestNeed = 0;
      for (let x = 0; x < specs.length; x++) {
        const need = flexible[x] ? ((want[x] - widths[x]) / want[x]) * (specs[x].weight ?? 1) : 0;
        if (need > bestNeed) [best, bestNeed] = [x, need];
      }
      if (best < 0) break;
      widths[best]++;
      room--;
    }
  }
  const fitCell = (text: string, x: number): string => {
    const w = widths[x];
    if (textWidth(text) <= w) return text;
    const fit = specs[x].fit;
    return text
      .split('\n')
      .flatMap((line) => (fit === 'middle' ? [truncateMiddle(line, w)] : fit === 'end' ? [truncateEnd(line, w)] : wrapLine(line, w)))
      .join('\n');
  };
  return {
    head: specs.map((s, x) => wrapLine(s.head, widths[x]).join('\n')),
    rows: cells.map((r) => r.map(fitCell)),
    colWidths: widths.map((w) => w + 2),
  };
}

/**
 * The width terminal tables should fit: COLUMNS when set (so a pipe or a test can ask for a
 * width), else the terminal's own; undefined — no limit — when the output is not a terminal (a
 * file, a pipe, a CI log): nothing is cut there, so a script or grep sees every ARN whole, and
 * titles still wrap at their column's maximum so the table stays readable.
 */
export function terminalColumns(stream: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(fromEnv) && fromEnv >= 40) return fromEnv;
  if (stream.isTTY && stream.columns && stream.columns >= 40) return stream.columns;
  return undefined;
}
