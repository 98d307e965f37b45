/**
 * Sigma's time modifiers (`minute`, `hour`, `day`, `week`, `month`, `year`): the part of a
 * timestamp a field holds, as a number, in UTC. The Sigma specification leaves time zones and
 * formats to the log ("not designed to handle timezone or format conversions"); mamori reads the
 * forms cloud logs use and nothing else: ISO 8601 text in the extended format (CloudTrail's
 * `eventTime` `2026-11-20T03:14:15Z`, with fractions of a second or an offset such as `+09:00`,
 * which is converted to UTC; a date alone is midnight; no zone means UTC), and epoch time as a
 * number or a string of digits (seconds below 1e11, milliseconds from there: 1e11 seconds is the
 * year 5138, 1e11 milliseconds 1973). Anything else is not a timestamp and matches no value.
 */

export const TIME_MODIFIERS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type TimeModifier = (typeof TIME_MODIFIERS)[number];

/** The range of each part (`week`: ISO 8601 week of the year, 1 to 53). */
export const TIME_PART_RANGE: Readonly<Record<TimeModifier, readonly [number, number]>> = {
  minute: [0, 59],
  hour: [0, 23],
  day: [1, 31],
  week: [1, 53],
  month: [1, 12],
  year: [-271_821, 275_760],
};

/** Milliseconds JavaScript dates can hold (±100,000,000 days around 1970). */
const MAX_TIME_MS = 8.64e15;
/** Epoch numbers below this are seconds, from it milliseconds. */
const MS_FROM = 1e11;
/** Longer text is not a timestamp (the longest form, with nine digits of fraction and an offset, has 36 characters). */
const MAX_TIMESTAMP_LENGTH = 64;

const ISO = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const DIGITS = /^-?\d{9,16}(?:\.\d+)?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO 8601 text → epoch milliseconds; undefined unless every part is in range (no Feb 30, no hour 25). */
export function parseIsoTimestamp(text: string): number | undefined {
  if (text.length < 10 || text.length > MAX_TIMESTAMP_LENGTH) return undefined;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1])) return undefined;
  // 24:00 (the end of a day) and leap seconds are refused rather than guessed at.
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMin = 0;
  const zone = m[8];
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return undefined;
    offsetMin = sign * (oh * 60 + om);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  const t = date.getTime() - offsetMin * 60_000;
  return Number.isFinite(t) && Math.abs(t) <= MAX_TIME_MS ? t : undefined;
}

/** Epoch seconds or milliseconds → milliseconds; undefined when not a finite time a date can hold. */
function epochMs(n: number): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  const t = Math.abs(n) < MS_FROM ? n * 1000 : n;
  return Math.abs(t) <= MAX_TIME_MS ? Math.floor(t) : undefined;
}

/** A field value as epoch milliseconds: ISO 8601 text, or epoch seconds/milliseconds; undefined for anything else. */
export function timestampMs(v: unknown): number | undefined {
  if (typeof v === 'number') return epochMs(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (DIGITS.test(s)) return epochMs(Number(s));
  return parseIsoTimestamp(s);
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(d: Date): number {
  const thursday = new Date(d.getTime());
  thursday.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const yearStart = new Date(0);
  yearStart.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((thursday.getTime() - yearStart.getTime()) / 86_400_000);
  return Math.floor(dayOfYear / 7) + 1;
}

/** The part of a timestamp (UTC) a time modifier takes, or undefined when `v` is not a timestamp. */
export function timePart(v: unknown, part: TimeModifier): number | undefined {
  const t = timestampMs(v);
  if (t === undefined) return undefined;
  const d = new Date(t);
  switch (part) {
    case 'minute':
      return d.getUTCMinutes();
    case 'hour':
      return d.getUTCHours();
    case 'day':
      return d.getUTCDate();
    case 'week':
      return isoWeek(d);
    case 'month':
      return d.getUTCMonth() + 1;
    case 'year':
      return d.getUTCFullYear();
  }
}
