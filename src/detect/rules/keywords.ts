/**
 * Sigma keyword searches for JSON logs: a selection of plain values with no field names matches
 * when any string anywhere in the record holds one of them. A record's strings are gathered once per
 * event (the last record's are kept, so the keyword selections of every rule share one walk) and
 * the walk is bounded: MAX_DEPTH levels of nesting, MAX_KEYWORD_STRINGS strings and
 * MAX_KEYWORD_CHARACTERS characters per record. What lies beyond a bound is not searched: a record
 * built to be huge can make a keyword rule miss, never fire.
 */
import { MAX_DEPTH } from '../../model/limits.js';

/** Strings of one record a keyword search reads (a CloudTrail record has a few dozen to a few hundred). */
export const MAX_KEYWORD_STRINGS = 10_000;
/** Characters of one record a keyword search reads (a CloudTrail record is at most 256 KB). */
export const MAX_KEYWORD_CHARACTERS = 1024 * 1024;

interface Leaves {
  raw: unknown;
  texts: string[];
  lower: string[] | undefined;
  /** The texts joined by NUL (which no literal keyword holds, so none is found across two strings), and its lower case. */
  joined: string | undefined;
  joinedLower: string | undefined;
}

const SEPARATOR = '\u0000';

/** The last record's strings (records are not changed once read, so its identity is its key). */
let last: Leaves = { raw: undefined, texts: [], lower: undefined, joined: undefined, joinedLower: undefined };

/** The string values in `raw` (property names are not values), in document order, within the bounds above. */
export function stringLeaves(raw: unknown): string[] {
  const walk: Walk = { out: [], chars: 0 };
  if (typeof raw === 'string') add(walk, raw);
  else if (raw !== null && typeof raw === 'object') visit(walk, raw, 0);
  return walk.out;
}

interface Walk {
  out: string[];
  chars: number;
}

function add(walk: Walk, s: string): void {
  if (walk.out.length >= MAX_KEYWORD_STRINGS || walk.chars + s.length > MAX_KEYWORD_CHARACTERS) return;
  walk.out.push(s);
  walk.chars += s.length;
}

/**
 * Recursion is bounded by MAX_DEPTH (as in boundStringsInPlace, root = 0), so no record can exhaust
 * the call stack, and a structure that refers to itself ends there.
 */
function visit(walk: Walk, node: object, depth: number): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i];
      if (typeof v === 'string') add(walk, v);
      else if (v !== null && typeof v === 'object' && depth < MAX_DEPTH) visit(walk, v, depth + 1);
    }
    return;
  }
  const o = node as Record<string, unknown>;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    const v = o[k];
    if (typeof v === 'string') add(walk, v);
    else if (v !== null && typeof v === 'object' && depth < MAX_DEPTH) visit(walk, v, depth + 1);
  }
}

function leavesOf(raw: unknown): Leaves {
  if (last.raw !== raw) last = { raw, texts: stringLeaves(raw), lower: undefined, joined: undefined, joinedLower: undefined };
  return last;
}

/**
 * A keyword test over one string and its lower case (see ValueTest in compile.ts). `literal`: the
 * keyword is this plain text (lower case unless `cased`), searched in all strings at once.
 */
export type KeywordTest = ((s: string, l: string, v: unknown) => boolean) & { lower?: boolean; literal?: string; cased?: boolean };

/**
 * Whether the record holds the keywords: any of them (or with `all` each of them) in some string.
 * A record without strings holds none.
 */
export function keywordMatcher(tests: readonly KeywordTest[], all: boolean): (raw: unknown) => boolean {
  const lower = tests.some((t) => t.lower === true && t.literal === undefined);
  let leaves = last;
  let lows: string[] = [];
  const found = (t: KeywordTest): boolean => {
    const literal = t.literal;
    if (literal !== undefined && !literal.includes(SEPARATOR)) {
      const text = t.cased ? (leaves.joined ??= leaves.texts.join(SEPARATOR)) : (leaves.joinedLower ??= (leaves.joined ??= leaves.texts.join(SEPARATOR)).toLowerCase());
      return text.includes(literal);
    }
    const texts = leaves.texts;
    for (let i = 0; i < texts.length; i++) if (t(texts[i], lows[i], texts[i])) return true;
    return false;
  };
  return (raw) => {
    leaves = leavesOf(raw);
    lows = lower ? (leaves.lower ??= leaves.texts.map((s) => s.toLowerCase())) : leaves.texts;
    return all ? tests.every(found) : tests.some(found);
  };
}
