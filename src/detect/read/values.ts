/**
 * Small value readers every log normaliser shares (AWS and Google Cloud alike): times as logs
 * write them, hashes for event ids, strings (bounded for normalised fields) and objects out of parsed JSON.
 */
import { hexDigest } from '../../model/hash.js';
import { FIELD_LIMIT, truncated } from '../../model/limits.js';

export type Json = Record<string, unknown>;

export function sha1(text: string): string {
  return hexDigest('sha1', text);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A string value for a normalised event field: as str(), cut to FIELD_LIMIT with a marker when longer. */
export function field(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? (v.length > FIELD_LIMIT ? truncated(v, FIELD_LIMIT) : v) : undefined;
}

/** A built value (an ARN put together from request parameters) cut to FIELD_LIMIT with a marker when longer. */
export function capped(v: string): string {
  return v.length > FIELD_LIMIT ? truncated(v, FIELD_LIMIT) : v;
}

export function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** The digit at `i` of `s` as a number, or NaN. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

let hourKey = NaN;
let hourMs = NaN;

/**
 * CloudTrail's own "2024-05-01T00:00:00Z", read digit by digit; undefined for anything else and
 * for values Date.parse treats specially (days past the 28th, hour 24, two-digit years), which
 * go to Date.parse. Consecutive events fall in the same hour, whose start is remembered.
 */
function wholeSecondUtc(v: string): number | undefined {
  // Cloud Logging writes fractions of a second (…:15.123456789Z): the milliseconds are its first three digits.
  let frac = 0;
  if (v.length > 21 && v.charCodeAt(19) === 46) {
    const end = v.length - 1;
    if (v.charCodeAt(end) !== 90 || v.charCodeAt(10) !== 84 || end > 30) return undefined;
    let scale = 100;
    for (let i = 20; i < end; i++) {
      const d = digit(v, i);
      if (Number.isNaN(d)) return undefined;
      frac += d * scale;
      scale /= 10;
    }
    frac = Math.floor(frac);
  } else if (v.length !== 20 || v.charCodeAt(19) !== 90 || v.charCodeAt(10) !== 84) return undefined;
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return undefined;
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const mo = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  const h = digit(v, 11) * 10 + digit(v, 12);
  const mi = digit(v, 14) * 10 + digit(v, 15);
  const sec = digit(v, 17) * 10 + digit(v, 18);
  // NaN (a non-digit) fails every comparison.
  if (!(y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h <= 23 && mi <= 59 && sec <= 59)) return undefined;
  const key = ((y * 16 + mo) * 32 + d) * 32 + h;
  if (key !== hourKey) {
    hourMs = Date.UTC(y, mo - 1, d, h);
    hourKey = key;
  }
  return hourMs + mi * 60_000 + sec * 1000 + frac;
}

/** ISO-8601, or CloudTrail Lake's "2023-01-02 03:04:05.000" (UTC). NaN when unparseable. */
export function parseTime(v: unknown): number {
  if (typeof v !== 'string') return NaN;
  const fast = wholeSecondUtc(v);
  if (fast !== undefined) return fast;
  // CloudTrail's own "2024-05-01T00:00:00Z" is by far the most common: skip the Lake check.
  const lake = v.charCodeAt(10) === 32 && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(v);
  return Date.parse(lake ? `${v.replace(' ', 'T')}Z` : v);
}

/** ISO time as toISOString() writes it; CloudTrail's whole-second form is converted without a Date. */
export function isoTime(raw: unknown, ms: number): string {
  if (typeof raw === 'string' && raw.length === 20 && raw.charCodeAt(19) === 90 && raw.charCodeAt(10) === 84) return `${raw.slice(0, 19)}.000Z`;
  return new Date(ms).toISOString();
}
