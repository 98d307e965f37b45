/**
 * Text from logs, snapshots, imports and config reaches the terminal through the table and text
 * renderers. A CloudTrail `userIdentity.arn` is attacker-controlled: raw escape sequences in it
 * could move the cursor, erase lines (hiding a signal), retitle the window, or reorder text with
 * bidi overrides. safeText() makes such characters visible instead, so what is printed is what
 * was read. Apply it to the data before styling: our own picocolors codes are added afterwards
 * and keep working. JSON, CSV and OCSF outputs are data and do not go through here.
 */

/**
 * Characters that change how a terminal draws text rather than being drawn: C0 controls, DEL, C1
 * controls (0x9b is a one-byte CSI), the bidi embeddings, overrides and isolates, the line and
 * paragraph separators, and the byte-order mark / zero-width no-break space.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same, but line breaks and tabs kept: for prose (reasons, documents) where they are layout. */
const UNSAFE_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One value as terminal-safe text on one line: `\x1b` → `\\x1b`, U+202E → `\\u202e`, a line break → `\\x0a`. */
export function safeText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(UNSAFE, escapeChar);
}

/** Like safeText, but keeps line breaks and tabs (multi-line prose a renderer lays out itself). */
export function safeLines(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(UNSAFE_KEEP_LINES, escapeChar);
}

/** A table cell: numbers stay numbers (cli-table3 prints them as they are), text is made safe. */
export function safeCell(value: unknown): string | number {
  return typeof value === 'number' ? value : safeText(value);
}
