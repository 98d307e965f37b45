/**
 * Boxed text tables for the CLI, drawn exactly as cli-table3 0.6 draws them for the options mamori
 * uses (a head row, optional fixed column widths with word wrap, no colours on borders or head).
 *
 * Why not cli-table3 itself: for `mamori rules list` (300 rows) it spent most of the command's
 * time laying out the table. It measures every string with string-width, which runs a very large
 * emoji regular expression; it checks every cell against every other for row spans (quadratic);
 * and it measures each cell's whole text again for a debug message on every line it draws.
 * Here text is measured once, in one pass, with no regular expression.
 *
 * The output must stay byte-identical to cli-table3's (scripts and tests compare it), so the text
 * functions below are line-by-line ports of cli-table3's utils.js and cell.js. Widths are computed
 * for the characters whose width we can state exactly without string-width's emoji table: ASCII,
 * Latin, Greek, Cyrillic, general punctuation and the CJK ranges (Japanese). A table with any
 * other character (emoji, other escape sequences, astral planes) is handed to cli-table3, which is
 * loaded only then. test/cli/table.test.ts compares both renderers.
 */
import { createRequire } from 'node:module';
import { fitColumns, terminalColumns, type ColumnSpec, type FitOptions } from '../report/width.js';

export type TableCell = string | number | boolean | null | undefined;

export interface TableOptions {
  head: TableCell[];
  /** Fixed outer widths (padding included) per column; columns without one fit their content. */
  colWidths?: number[];
  /** With colWidths: wrap text at spaces instead of truncating it. */
  wordWrap?: boolean;
  /** Borders and head are drawn without colours (the only style mamori uses). */
  style?: { head: []; border: [] };
}

/** A cli-table3-compatible table: `new Table(options)`, `push(row…)`, `toString()`. */
export class Table {
  private readonly rows: TableCell[][] = [];
  constructor(private readonly options: TableOptions) {}

  push(...rows: TableCell[][]): number {
    this.rows.push(...rows);
    return this.rows.length;
  }

  get length(): number {
    return this.rows.length;
  }

  toString(): string {
    return renderTable(this.options, this.rows);
  }
}

export function renderTable(options: TableOptions, rows: readonly TableCell[][]): string {
  const all = [options.head, ...rows];
  const columns = options.head.length;
  const simple = columns > 0 && all.every((row) => row.length === columns && row.every(measurable));
  return simple ? drawFast(options, all) : drawWithCliTable3(options, rows);
}

// ---------------------------------------------------------------------------------------------
// Which text can be measured here

/** cli-table3's codeRegex(): the SGR colour codes it understands and skips when measuring. */
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;

/**
 * Characters that string-width 4 measures without its emoji expression: none of them is, or can
 * start or join, an emoji (© ® ‼ ⁉ ™ ℹ and the arrows, 〰 〽 ㊗ ㊙ are left out; so are ZWJ,
 * the variation selectors, the keycap mark, escape characters and surrogates).
 */
function measurableChar(c: number): boolean {
  if (c < 0x7f) return c !== 0x1b;
  if (c < 0xa0) return false; // DEL and the C1 controls (0x9b starts an escape sequence)
  if (c < 0x2000) return c !== 0xa9 && c !== 0xae;
  if (c <= 0x2027) return c !== 0x200d;
  if (c < 0x2030) return false;
  if (c <= 0x205e) return c !== 0x203c && c !== 0x2049;
  if (c < 0x3000) return false;
  if (c <= 0x30ff) return c !== 0x3030 && c !== 0x303d;
  if (c < 0x3400) return false;
  if (c <= 0x4dbf) return true;
  if (c < 0x4e00) return false;
  if (c <= 0x9fff) return true;
  return c >= 0xff00 && c <= 0xffef;
}

function measurableText(text: string): boolean {
  const plain = text.replace(SGR, '');
  for (let i = 0; i < plain.length; i++) if (!measurableChar(plain.charCodeAt(i))) return false;
  return true;
}

function measurable(cell: TableCell): boolean {
  return (cell === null || typeof cell !== 'object') && measurableText(cellText(cell));
}

/** Columns the text takes in a terminal (its widest line), or undefined when only cli-table3 can tell. */
export function displayWidth(text: string): number | undefined {
  return measurableText(text) ? strlen(text) : undefined;
}

/** cli-table3's Cell: primitives become text, null and undefined an empty cell. */
function cellText(cell: TableCell): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

// ---------------------------------------------------------------------------------------------
// Ports of string-width 4 (for measurable text) and cli-table3's utils.js

/** is-fullwidth-code-point 3, for the ranges measurableChar admits. */
function isFullwidth(c: number): boolean {
  return (
    c >= 0x1100 &&
    (c <= 0x115f ||
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
      (c >= 0xffe0 && c <= 0xffe6))
  );
}

/** string-width: control and combining characters take no column, wide ones two. */
function stringWidth(s: string): number {
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) continue;
    if (c >= 0x300 && c <= 0x36f) continue;
    width += isFullwidth(c) ? 2 : 1;
  }
  return width;
}

/** Width of the widest line, colour codes skipped. */
function strlen(str: string): number {
  // Most text has neither colour codes nor line breaks: measure it as it is.
  if (!str.includes('\u001b') && !str.includes('\n')) return stringWidth(str);
  const lines = str.replace(SGR, '').split('\n');
  let max = 0;
  for (const line of lines) max = Math.max(max, stringWidth(line));
  return max;
}

function repeat(str: string, times: number): string {
  return times > 0 ? str.repeat(times) : '';
}

/** Pads on the right (cli-table3's default alignment); text wider than len + 1 is left alone. */
function pad(str: string, len: number): string {
  const length = strlen(str);
  return len + 1 >= length ? str + repeat(' ', len - length) : str;
}

type AnsiState = Record<string, boolean | string | undefined> & { lastForegroundAdded?: string; lastBackgroundAdded?: string };

const CODE_CACHE: Record<string, { set: string; to: boolean } | { on: string; off: string }> = {};
for (const [name, on, off] of [
  ['bold', 1, 22],
  ['italics', 3, 23],
  ['underline', 4, 24],
  ['inverse', 7, 27],
  ['strikethrough', 9, 29],
] as const) {
  CODE_CACHE[`\u001b[${on}m`] = { set: name, to: true };
  CODE_CACHE[`\u001b[${off}m`] = { set: name, to: false };
  CODE_CACHE[name] = { on: `\u001b[${on}m`, off: `\u001b[${off}m` };
}

function updateState(state: AnsiState, controlChars: RegExpExecArray): void {
  const controlCode = controlChars[1] ? Number.parseInt(controlChars[1].split(';')[0]) : 0;
  if ((controlCode >= 30 && controlCode <= 39) || (controlCode >= 90 && controlCode <= 97)) {
    state.lastForegroundAdded = controlChars[0];
    return;
  }
  if ((controlCode >= 40 && controlCode <= 49) || (controlCode >= 100 && controlCode <= 107)) {
    state.lastBackgroundAdded = controlChars[0];
    return;
  }
  if (controlCode === 0) {
    for (const key of Object.keys(state)) delete state[key];
    return;
  }
  const info = CODE_CACHE[controlChars[0]];
  if (info && 'set' in info) state[info.set] = info.to;
}

function readState(line: string): AnsiState {
  const code = /\u001b\[((?:\d*;){0,5}\d*)m/g;
  const state: AnsiState = {};
  for (let m = code.exec(line); m !== null; m = code.exec(line)) updateState(state, m);
  return state;
}

function unwindState(state: AnsiState, ret: string): string {
  const { lastBackgroundAdded, lastForegroundAdded } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) ret += (CODE_CACHE[key] as { off: string }).off;
  if (lastBackgroundAdded && lastBackgroundAdded !== '\u001b[49m') ret += '\u001b[49m';
  if (lastForegroundAdded && lastForegroundAdded !== '\u001b[39m') ret += '\u001b[39m';
  return ret;
}

function rewindState(state: AnsiState, ret: string): string {
  const { lastBackgroundAdded, lastForegroundAdded } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) ret = (CODE_CACHE[key] as { on: string }).on + ret;
  if (lastBackgroundAdded && lastBackgroundAdded !== '\u001b[49m') ret = lastBackgroundAdded + ret;
  if (lastForegroundAdded && lastForegroundAdded !== '\u001b[39m') ret = lastForegroundAdded + ret;
  return ret;
}

/** Carries bold/italic/… and colours over line breaks, so every line is self-contained. */
function colorizeLines(input: string[]): string[] {
  let state: AnsiState = {};
  const output: string[] = [];
  for (const l of input) {
    // No codes open and none in the line: rewinding, reading and unwinding would change nothing.
    if (Object.keys(state).length === 0 && !l.includes('\u001b')) {
      output.push(l);
      continue;
    }
    const line = rewindState(state, l);
    state = readState(line);
    output.push(unwindState({ ...state }, line));
  }
  return output;
}

function truncateWidth(str: string, desiredLength: number): string {
  if (str.length === strlen(str)) return str.substr(0, desiredLength);
  while (strlen(str) > desiredLength) str = str.slice(0, -1);
  return str;
}

function truncateWidthWithAnsi(str: string, desiredLength: number): string {
  const code = /\u001b\[((?:\d*;){0,5}\d*)m/g;
  const split = str.split(/\u001b\[(?:\d*;){0,5}\d*m/g);
  let splitIndex = 0;
  let retLen = 0;
  let ret = '';
  const state: AnsiState = {};
  while (retLen < desiredLength) {
    const myArray = code.exec(str);
    let toAdd = split[splitIndex];
    splitIndex++;
    if (retLen + strlen(toAdd) > desiredLength) toAdd = truncateWidth(toAdd, desiredLength - retLen);
    ret += toAdd;
    retLen += strlen(toAdd);
    if (retLen < desiredLength) {
      if (!myArray) break; // full-width characters may leave a column that cannot be filled
      ret += myArray[0];
      updateState(state, myArray);
    }
  }
  return unwindState(state, ret);
}

/** Cuts text to a width, ending it with "…". (cli-table3's hyperlink handling needs escape codes we never measure here.) */
function truncate(str: string, desiredLength: number, truncateChar = '…'): string {
  if (strlen(str) <= desiredLength) return str;
  return truncateWidthWithAnsi(str, desiredLength - strlen(truncateChar)) + truncateChar;
}

/** Wraps at whitespace; a word wider than the column stays whole (and is truncated when drawn). */
function wordWrap(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i];
    let newLength = lineLength + strlen(word);
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = strlen(word);
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Layout and drawing (cli-table3's table.js, layout-manager.js and cell.js without spans)

function drawFast(options: TableOptions, rows: TableCell[][]): string {
  const colWidths = options.colWidths ?? [];
  const contents = rows.map((row) => row.map(cellText));
  const lines = contents.map((row) =>
    row.map((content, x) => {
      const fixed = colWidths[x];
      if (fixed && options.wordWrap) return colorizeLines(content.split('\n').flatMap((l) => wordWrap(fixed - 2, l)));
      return colorizeLines(content.split('\n'));
    }),
  );
  const widths = options.head.map((_, x) =>
    typeof colWidths[x] === 'number' ? colWidths[x] : Math.max(1, ...contents.map((row) => strlen(row[x]) + 2)),
  );
  const out: string[] = [];
  const border = (left: string, mid: string, right: string) => left + widths.map((w) => repeat('─', w)).join(mid) + right;
  lines.forEach((cells, y) => {
    out.push(y === 0 ? border('┌', '┬', '┐') : border('├', '┼', '┤'));
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      const parts = cells.map((cellLines, x) => {
        const w = widths[x];
        if (i >= cellLines.length) return '│' + repeat(' ', w);
        return '│ ' + pad(truncate(cellLines[i], w - 2), w - 2) + ' ';
      });
      out.push(parts.join('') + '│');
    }
  });
  out.push(border('└', '┴', '┘'));
  return out.join('\n');
}

type CliTable3 = new (options: object) => { push(...rows: unknown[]): number; toString(): string };

function drawWithCliTable3(options: TableOptions, rows: readonly TableCell[][]): string {
  // Loaded synchronously (toString is synchronous) and only for text we cannot measure here.
  const CliTable = createRequire(import.meta.url)('cli-table3') as CliTable3;
  const table = new CliTable({ style: { head: [], border: [] }, ...options });
  table.push(...rows);
  return table.toString();
}

// ---------------------------------------------------------------------------------------------
// Tables that fit the terminal

/**
 * A table whose columns share the terminal's width (src/report/width.ts decides the widths and
 * wraps or cuts the cells; the table above draws them). `wide` draws every column at full width.
 */
export class FitTable {
  private readonly rows: (string | number)[][] = [];
  constructor(
    private readonly columns: readonly ColumnSpec[],
    private readonly options: FitOptions = { width: terminalColumns() },
  ) {}

  push(...rows: (string | number)[][]): number {
    this.rows.push(...rows);
    return this.rows.length;
  }

  get length(): number {
    return this.rows.length;
  }

  toString(): string {
    const fitted = fitColumns(this.columns, this.rows, this.options);
    return renderTable({ head: fitted.head, colWidths: fitted.colWidths, style: { head: [], border: [] } }, fitted.rows);
  }
}
