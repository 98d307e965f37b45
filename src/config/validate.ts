/**
 * Small validation helpers shared by the config file, automation rules and suppressions:
 * setting paths, "did you mean" suggestions and zod issues turned into one-line messages.
 * Pure: no I/O.
 */
import { z } from 'zod';
import { patternLengthProblem } from './limits.js';

export type PathKey = string | number;

/** One problem in a setting, located by its path (e.g. ['automation', 1, 'criteria', 'severty']). */
export interface ConfigIssue {
  path: PathKey[];
  message: string;
  /** The issue is an unknown key; its path ends with that key. Reported before other issues. */
  unknownField?: boolean;
}

/** `automation[1].criteria.severty`; keys that are not plain words are quoted: `criteria["resourceTags.env"]`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate to a mistyped word, if one is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3));
  return bestScore <= limit ? best : undefined;
}

export function unknownFieldMessage(key: string, known: readonly string[]): string {
  const hint = didYouMean(key, known);
  return hint ? `unknown field (did you mean "${hint}"?)` : `unknown field (expected one of: ${known.join(', ')})`;
}

const KEY_SEPARATOR = '\u0000';

/** A zod object that rejects unknown keys with a "did you mean" hint drawn from its own keys. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    // One message per unknown key, split again by fromZodError.
    error: (iss) => (iss.code === 'unrecognized_keys' ? iss.keys.map((k) => unknownFieldMessage(String(k), known)).join(KEY_SEPARATOR) : undefined),
  });
}

function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return 'text';
  return `a ${typeof input}`;
}

/** Error customiser for safeParse: short messages that never echo the offending value. */
export const issueMessages: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'required';
      const expected = iss.expected === 'object' ? 'a mapping' : iss.expected === 'array' ? 'a list' : iss.expected === 'string' ? 'text' : `a ${iss.expected}`;
      return `expected ${expected}, got ${describeType(iss.input)}`;
    }
    case 'invalid_value':
      return `must be one of: ${iss.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      if (iss.origin === 'array') return `needs at least ${iss.minimum} item${Number(iss.minimum) === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return 'must not be empty';
      return `must be at least ${iss.minimum}`;
    case 'too_big':
      return `must be at most ${iss.maximum}`;
    case 'invalid_union':
      return 'has an invalid value';
    default:
      return undefined;
  }
};

/** zod issues as ConfigIssues (unknown keys get the key appended to their path). */
export function fromZodError(error: z.ZodError, prefix: readonly PathKey[] = []): ConfigIssue[] {
  return error.issues.flatMap((iss): ConfigIssue[] => {
    const path = [...prefix, ...(iss.path as PathKey[])];
    if (iss.code === 'unrecognized_keys') {
      const messages = iss.message.split(KEY_SEPARATOR);
      return iss.keys.map((k, i) => ({ path: [...path, String(k)], message: messages[i] ?? messages[0], unknownField: true }));
    }
    return [{ path, message: iss.message, unknownField: /^unknown (field|operator)/.test(iss.message) }];
  });
}

/** Text from YAML, where a bare 12-digit account id or a version number arrives as a number. */
export const looseString = z.union([z.string(), z.number().transform((n) => String(n))], {
  error: (iss) => (iss.code === 'invalid_union' ? `expected text, got ${describeType(iss.input)}` : undefined),
});

/** Text that is matched against findings (a glob, an id, a tag value): at most MAX_PATTERN_LENGTH characters. */
export const pattern = looseString.superRefine((s, ctx) => {
  const problem = patternLengthProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** One value or a list of values (at least one), normalised to a list; each at most MAX_PATTERN_LENGTH characters. */
export const oneOrMany = z
  .union([looseString.transform((s) => [s]), z.array(looseString).min(1)], {
    error: (iss) => (iss.code === 'invalid_union' ? `expected text or a list of text, got ${describeType(iss.input)}` : undefined),
  })
  .superRefine((list, ctx) => {
    // Checked on the list, not in the union: a failed check inside a union reads as a wrong type.
    list.forEach((s, i) => {
      const problem = patternLengthProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', path: list.length > 1 ? [i] : [], message: problem });
    });
  });

/** A case-insensitive choice among fixed values, returned in canonical spelling. */
export function choice<const T extends readonly string[]>(values: T, what: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? 'required' : `expected ${what} (${values.join(', ')})`) }).transform((s, ctx) => {
    const hit = values.find((v) => v.toLowerCase() === s.trim().toLowerCase());
    if (hit === undefined) {
      const hint = didYouMean(s, values);
      ctx.addIssue({ code: 'custom', message: `unknown ${what} "${s}"${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${values.join(', ')})`}` });
      return z.NEVER;
    }
    return hit as T[number];
  });
}

const samePath = (a: readonly PathKey[], b: readonly PathKey[]) => a.length === b.length && a.every((k, i) => String(k) === String(b[i]));

/**
 * Drops problems that a misspelt key explains: `reason: required` next to an unknown `reasn`,
 * or `needs at least one action` on the object holding it.
 */
function withoutCascades(issues: ConfigIssue[]): ConfigIssue[] {
  const explained: PathKey[][] = [];
  for (const i of issues) {
    if (!i.unknownField) continue;
    const parent = i.path.slice(0, -1);
    explained.push(parent);
    const hint = /did you mean "([^"]+)"/.exec(i.message)?.[1];
    if (hint) explained.push([...parent, hint]);
  }
  return issues.filter((i) => i.unknownField || !explained.some((p) => samePath(p, i.path)));
}

/**
 * Issues in report order: unknown fields first (usually the root cause), then the rest, each in
 * input order; problems explained by a misspelt key are left out.
 */
export function sortIssues(issues: ConfigIssue[], position: (issue: ConfigIssue) => number = () => 0): ConfigIssue[] {
  return withoutCascades(issues)
    .map((issue, i) => ({ issue, i, pos: position(issue) }))
    .sort((a, b) => Number(!a.issue.unknownField) - Number(!b.issue.unknownField) || a.pos - b.pos || a.i - b.i)
    .map((x) => x.issue);
}

/** ` (and 2 more problems)` or nothing. */
export function moreProblems(total: number): string {
  return total > 1 ? ` (and ${total - 1} more problem${total > 2 ? 's' : ''})` : '';
}
