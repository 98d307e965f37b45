/**
 * Bounds on what mamori keeps from its input. Log fields are attacker-controlled (a CloudTrail
 * user agent can be fifty megabytes), and whatever is kept whole is copied into signals, hub rows,
 * carried aggregation windows and every report. A value over its bound is cut with a marker that
 * says so and gives the original length, never silently, and never kept whole.
 *
 * Hot paths (normalising hundreds of thousands of events, ingesting findings) test lengths only:
 * nothing is allocated unless a value is over.
 */

/** One value: an identifier, ARN, address, user agent, error message, indicator description. */
export const FIELD_LIMIT = 4 * 1024;
/**
 * One string anywhere in a raw log record. Larger than FIELD_LIMIT because rules match on the raw
 * record and real values run long: S3 bucket policies up to 20 KB, KMS key policies up to 32 KB
 * (a whole CloudTrail record is at most 256 KB).
 */
export const RAW_STRING_LIMIT = 64 * 1024;
/** Nesting kept in a raw record or in evidence; deeper values become TOO_DEEP_MARKER. */
export const MAX_DEPTH = 32;
/** A finding's title. */
export const TITLE_LIMIT = 1024;
/** A finding's reason and description. */
export const TEXT_LIMIT = 16 * 1024;
/** A finding's evidence (and its tags, its framework mappings), measured as JSON. */
export const EVIDENCE_LIMIT = 64 * 1024;

/** What replaces a value nested deeper than MAX_DEPTH. */
export const TOO_DEEP_MARKER = '…[truncated, nested too deep]';

/** The marker appended to a cut value. */
export function truncationMarker(length: number): string {
  return `${MARKER_HEAD}${length}${MARKER_TAIL}`;
}

const MARKER_HEAD = '…[truncated, ';
const MARKER_TAIL = ' characters]';

/**
 * The length a value had before it was cut: the one its marker gives, else its own. A raw field
 * cut at RAW_STRING_LIMIT and then again for a normalised field or a message still tells the
 * length it came with.
 */
export function originalLength(text: string): number {
  if (!text.endsWith(MARKER_TAIL)) return text.length;
  const at = text.lastIndexOf(MARKER_HEAD);
  if (at < 0) return text.length;
  const n = Number(text.slice(at + MARKER_HEAD.length, text.length - MARKER_TAIL.length));
  return Number.isSafeInteger(n) && n > text.length ? n : text.length;
}

/**
 * `text` itself when it has at most `max` characters; otherwise its start and the marker, `max`
 * characters at most in all (the marker alone when `max` is smaller than it).
 */
export function truncated(text: string, max: number): string {
  if (text.length <= max) return text;
  const marker = truncationMarker(originalLength(text));
  let keep = max - marker.length;
  if (keep <= 0) return marker;
  // Never split a surrogate pair (half an emoji would become U+FFFD below).
  const c = text.charCodeAt(keep - 1);
  if (c >= 0xd800 && c <= 0xdbff) keep--;
  // A copy, not a slice: V8 keeps the whole original alive behind a slice of it, and the point is
  // to let the fifty megabytes go.
  return Buffer.from(text.slice(0, keep), 'utf8').toString('utf8') + marker;
}

/** An optional value bounded like `truncated`. */
export function bounded<T extends string | undefined>(text: T, max: number): T {
  return (text !== undefined && text.length > max ? truncated(text, max) : text) as T;
}

/**
 * Cuts every string (and property name) longer than `max` in a parsed JSON record, in place, and
 * replaces what is nested deeper than MAX_DEPTH. Returns whether anything changed. Meant for
 * freshly parsed input that nothing else holds yet; walks without allocating unless a value is over.
 */
export function boundStringsInPlace(record: Record<string, unknown> | unknown[], max: number): boolean {
  return boundNode(record, max, 0);
}

function boundNode(node: Record<string, unknown> | unknown[], max: number, depth: number): boolean {
  let changed = false;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v = node[i];
      if (typeof v === 'string') {
        if (v.length > max) {
          node[i] = truncated(v, max);
          changed = true;
        }
      } else if (v !== null && typeof v === 'object') {
        if (depth >= MAX_DEPTH) {
          node[i] = TOO_DEEP_MARKER;
          changed = true;
        } else if (boundNode(v as Record<string, unknown>, max, depth + 1)) changed = true;
      }
    }
    return changed;
  }
  for (const k in node) {
    const v = node[k];
    if (typeof v === 'string') {
      if (v.length > max) {
        node[k] = truncated(v, max);
        changed = true;
      }
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_DEPTH) {
        node[k] = TOO_DEEP_MARKER;
        changed = true;
      } else if (boundNode(v as Record<string, unknown>, max, depth + 1)) changed = true;
    }
    if (k.length > max) {
      renameKey(node, k, truncated(k, max));
      changed = true;
    }
  }
  return changed;
}

/** Moves a property to a new name (kept even when that name is `__proto__`, which JSON may carry as data). */
function renameKey(node: Record<string, unknown>, from: string, to: string): void {
  const v = node[from];
  delete node[from];
  Object.defineProperty(node, to, { value: v, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// JSON values measured as JSON (evidence, tags, framework mappings)

/** About the JSON length of a value, stopping as soon as it passes `limit` (then limit + 1). */
function jsonSizeUpTo(v: unknown, limit: number, depth = 0): number {
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number') return 24;
  if (typeof v === 'boolean') return 5;
  if (v === null || v === undefined || typeof v !== 'object') return 4;
  if (depth >= MAX_DEPTH) return limit + 1;
  let size = 2;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && size <= limit; i++) size += 1 + jsonSizeUpTo(v[i], limit - size, depth + 1);
  } else {
    const o = v as Record<string, unknown>;
    for (const k in o) {
      size += k.length + 4 + jsonSizeUpTo(o[k], limit - size, depth + 1);
      if (size > limit) break;
    }
  }
  return size > limit ? limit + 1 : size;
}

/** Whether a value's JSON is (about) `limit` characters or fewer. */
export function jsonWithin(v: unknown, limit: number): boolean {
  return jsonSizeUpTo(v, limit) <= limit;
}

/**
 * `value` itself when its JSON is within `limit` characters; otherwise a copy in which strings are
 * cut to FIELD_LIMIT, and once the budget is spent the remaining items and fields are replaced by
 * one marker saying how many were left out. Earlier fields are kept first.
 */
export function boundJson<T>(value: T, limit: number): T {
  if (jsonWithin(value, limit)) return value;
  const budget = { left: limit };
  return shrink(value, budget, 0) as T;
}

/** Room below which a container stops taking items and says how many it left out. */
const RESERVE = 64;

function shrink(v: unknown, budget: { left: number }, depth: number): unknown {
  if (typeof v === 'string') {
    const out = truncated(v, Math.max(Math.min(FIELD_LIMIT, budget.left - 2), 0));
    budget.left -= out.length + 2;
    return out;
  }
  if (v === null || typeof v !== 'object') {
    budget.left -= 24;
    return v;
  }
  if (depth >= MAX_DEPTH) {
    budget.left -= TOO_DEEP_MARKER.length + 2;
    return TOO_DEEP_MARKER;
  }
  budget.left -= 2;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      if (budget.left < RESERVE) {
        out.push(`…[truncated, ${v.length - i} more items]`);
        break;
      }
      out.push(shrink(v[i], budget, depth + 1));
      budget.left -= 1;
    }
    return out;
  }
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    if (budget.left < RESERVE) {
      out['…'] = `[truncated, ${keys.length - i} more fields]`;
      break;
    }
    const key = truncated(keys[i], FIELD_LIMIT);
    budget.left -= key.length + 4;
    const value = shrink(o[keys[i]], budget, depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}
