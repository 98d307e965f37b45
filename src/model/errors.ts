import { originalLength } from './limits.js';

/**
 * Errors meant for the user: a code and one clear line. The CLI prints `message` without a
 * stack trace and exits non-zero; anything that is not a MamoriError is a bug and shows its stack
 * only with MAMORI_DEBUG=1.
 */
export class MamoriError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MamoriError';
  }
}

/** Characters of an input value an error message quotes. */
export const QUOTE_LIMIT = 120;

/**
 * An input value as an error message quotes it: JSON-quoted (control characters escaped), its
 * first `max` characters only, and its length when cut: `"AAAA…"…(100000 characters)`. Readers
 * quote values from hostile files, and a message must stay one readable line.
 */
export function quoteForError(value: unknown, max = QUOTE_LIMIT): string {
  let text: string;
  if (typeof value === 'string') {
    if (value.length <= max) return JSON.stringify(value);
    let keep = max;
    const c = value.charCodeAt(keep - 1);
    if (c >= 0xd800 && c <= 0xdbff) keep--;
    return `${JSON.stringify(value.slice(0, keep))}…(${originalLength(value)} characters)`;
  }
  if (value === undefined) return 'undefined';
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length} characters)`;
}
