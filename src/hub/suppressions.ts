/**
 * Suppressions (the mutelist): findings that are known and accepted, with a reason and an
 * optional expiry. Pure: no I/O. The store asks matchSuppression on ingest; a finding matched
 * only by an expired entry is reported back so the store can re-open it.
 */
import { z } from 'zod';
import { MamoriError } from '../model/errors.js';
import { MAX_CONFIG_RULES } from '../config/limits.js';
import { fromZodError, formatPath, issueMessages, looseString, moreProblems, oneOrMany, pattern, sortIssues, strictObject } from '../config/validate.js';
import type { HubFinding } from './model.js';

// Glob matching lives in glob.ts (the risk grid needs it without the schema).
export { globMatch, globToRegExp } from './glob.js';
import { globMatch } from './glob.js';
import { exactKeys, globKeys, narrower, RuleIndex, TAG_SEPARATOR, type IndexKeys } from './rule-index.js';

// ---------------------------------------------------------------------------------------------
// Schema

export interface Suppression {
  /** Rule id, or a glob over rule ids; or a list (any). */
  rule?: string | string[];
  /** Resource uid glob; or a list (any). */
  resource?: string | string[];
  /** Account id; or a list (any). */
  account?: string | string[];
  /** Region; or a list (any). */
  region?: string | string[];
  /** Resource tags that must all be present with these values (values may be globs). */
  tags?: Record<string, string>;
  /** Why the findings are accepted. Required. */
  reason: string;
  /** ISO date or date-time from which the entry no longer applies (a bare date means 00:00 UTC). */
  expires?: string;
  createdBy?: string;
}

const MATCHERS = ['rule', 'resource', 'account', 'region', 'tags'] as const;

function hasMatcher(s: { rule?: unknown; resource?: unknown; account?: unknown; region?: unknown; tags?: Record<string, unknown> }): boolean {
  return s.rule !== undefined || s.resource !== undefined || s.account !== undefined || s.region !== undefined || (s.tags !== undefined && Object.keys(s.tags).length > 0);
}

export const isoDate = z.string({ error: (iss) => (iss.input === undefined ? 'required' : 'expected an ISO date (2026-12-31 or 2026-12-31T23:59:59Z)') }).refine(
  (s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s.trim()) && !Number.isNaN(Date.parse(s)),
  { message: 'expected an ISO date (2026-12-31 or 2026-12-31T23:59:59Z)' },
);

/** One suppression entry; one value or a list for rule/resource/account/region. */
export const SuppressionSchema = strictObject({
  rule: oneOrMany.optional(),
  resource: oneOrMany.optional(),
  account: oneOrMany.optional(),
  region: oneOrMany.optional(),
  tags: z.record(z.string(), pattern).optional(),
  reason: z.string().trim().min(1, { error: 'must not be empty (say why these findings are accepted)' }),
  expires: isoDate.optional(),
  createdBy: looseString.optional(),
})
  .superRefine((s, ctx) => {
    if (!hasMatcher(s)) {
      ctx.addIssue({ code: 'custom', message: `needs at least one of ${MATCHERS.join(', ')} (an entry without them would suppress everything)` });
    }
  })
  .transform((s): Suppression => {
    const out: Suppression = { reason: s.reason };
    for (const k of ['rule', 'resource', 'account', 'region'] as const) {
      const v = s[k];
      if (v !== undefined) out[k] = v.length === 1 ? v[0] : v;
    }
    if (s.tags) out.tags = s.tags;
    if (s.expires !== undefined) out.expires = s.expires.trim();
    if (s.createdBy !== undefined) out.createdBy = s.createdBy;
    return out;
  });

export const SuppressionsSchema = z.array(SuppressionSchema).max(MAX_CONFIG_RULES, { error: `more than ${MAX_CONFIG_RULES.toLocaleString('en')} suppressions` });

/** Validates a list of suppressions (e.g. from JSON); throws a one-line MamoriError. */
export function parseSuppressions(input: unknown): Suppression[] {
  // Counted before any entry is validated: a runaway list is refused at once.
  if (Array.isArray(input) && input.length > MAX_CONFIG_RULES) {
    throw new MamoriError('SUPPRESSION_INVALID', `suppressions: ${input.length.toLocaleString('en')} entries, more than ${MAX_CONFIG_RULES.toLocaleString('en')}`);
  }
  const r = SuppressionsSchema.safeParse(input, { error: issueMessages });
  if (r.success) return r.data;
  const issues = sortIssues(fromZodError(r.error));
  const first = issues[0];
  throw new MamoriError('SUPPRESSION_INVALID', `suppressions${formatPath(first.path)}: ${first.message}${moreProblems(issues.length)}`);
}

// ---------------------------------------------------------------------------------------------
// Matching

function anyGlob(globs: string | string[], value: string): boolean {
  if (typeof globs === 'string') return globMatch(globs, value);
  for (const g of globs) if (globMatch(g, value)) return true;
  return false;
}

function anyEqual(values: string | string[], value: string): boolean {
  return typeof values === 'string' ? values === value : values.includes(value);
}

/** Whether the entry's matchers all apply to the finding (expiry not considered). */
export function suppressionMatches(finding: HubFinding, s: Suppression): boolean {
  if (s.rule !== undefined && !anyGlob(s.rule, finding.ruleId)) return false;
  if (s.resource !== undefined && !anyGlob(s.resource, finding.resourceUid)) return false;
  if (s.account !== undefined && !anyEqual(s.account, finding.account)) return false;
  if (s.region !== undefined && !anyEqual(s.region, finding.region)) return false;
  if (s.tags) {
    for (const k in s.tags) {
      if (!Object.hasOwn(s.tags, k)) continue;
      // Own tags only: a tag named like an Object method (constructor, toString) is not inherited.
      const tags = finding.resourceTags;
      const actual = tags && Object.hasOwn(tags, k) ? tags[k] : undefined;
      if (actual === undefined || !globMatch(s.tags[k], actual)) return false;
    }
  }
  // An entry without any matcher never matches (the schema rejects it; be safe with raw input).
  return hasMatcher(s);
}

/** Whether the entry has expired at `now` (an unparsable expiry counts as expired). */
export function suppressionExpired(s: Suppression, now: number): boolean {
  if (s.expires === undefined) return false;
  const at = Date.parse(s.expires);
  return Number.isNaN(at) || now >= at;
}

export interface SuppressionMatch {
  suppressed: boolean;
  /** The first active entry that matches. */
  by?: Suppression;
  /**
   * Set only when the finding is not suppressed but an expired entry matches it: the store
   * re-opens findings it had suppressed because of that entry.
   */
  expired?: Suppression;
}

// ---------------------------------------------------------------------------------------------
// Index

const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : [v]);

/** The narrowest condition an entry cannot match without; undefined when it has none. */
function suppressionKeys(s: Suppression): IndexKeys | undefined {
  let best: IndexKeys | undefined;
  if (s.rule !== undefined) best = narrower(best, globKeys('ruleId', listOf(s.rule) as string[]));
  if (s.resource !== undefined) best = narrower(best, globKeys('resourceUid', listOf(s.resource) as string[]));
  if (s.account !== undefined) best = narrower(best, exactKeys('account', listOf(s.account)));
  if (s.region !== undefined) best = narrower(best, exactKeys('region', listOf(s.region)));
  if (s.tags && typeof s.tags === 'object') {
    for (const k in s.tags) {
      if (Object.hasOwn(s.tags, k)) best = narrower(best, globKeys('tag', [s.tags[k]], k + TAG_SEPARATOR));
    }
  }
  return best;
}

const INDEXED = Symbol('mamori.suppressionIndex');

/** Suppressions with an index by rule, resource, account, region and tags; build once, match many findings. */
export interface SuppressionIndex {
  readonly [INDEXED]: true;
  readonly entries: readonly Suppression[];
  readonly index: RuleIndex;
}

/** Indexes suppressions (kept in their order) for matchSuppression. */
export function indexSuppressions(entries: readonly Suppression[]): SuppressionIndex {
  const index = new RuleIndex();
  for (let i = 0; i < entries.length; i++) {
    const s = entries[i];
    // An entry without matchers never matches: no need to file it anywhere.
    if (s && hasMatcher(s)) index.add(i, suppressionKeys(s));
  }
  return { [INDEXED]: true, entries, index };
}

/** Below this many entries a plain scan costs less than building an index. */
const INDEX_FROM = 32;
const indexes = new WeakMap<readonly Suppression[], SuppressionIndex>();

function indexOf(entries: readonly Suppression[]): SuppressionIndex {
  let idx = indexes.get(entries);
  // A list that changed length since it was indexed is indexed again.
  if (!idx || idx.entries.length !== entries.length) {
    idx = indexSuppressions(entries);
    indexes.set(entries, idx);
  }
  return idx;
}

/**
 * The first active suppression that matches the finding; entries are tried in order. Pass an
 * index (indexSuppressions) when matching many findings; a long plain list is indexed once and
 * the index kept with it (do not change the list's entries after passing it).
 */
export function matchSuppression(finding: HubFinding, suppressions: readonly Suppression[] | SuppressionIndex, now: Date | string | number): SuppressionMatch {
  const t = now instanceof Date ? now.getTime() : typeof now === 'string' ? Date.parse(now) : now;
  if (Number.isNaN(t)) throw new MamoriError('BAD_TIME', `matchSuppression: invalid time ${String(now)}`);
  let expired: Suppression | undefined;
  if (Array.isArray(suppressions) && suppressions.length < INDEX_FROM) {
    for (const s of suppressions as readonly Suppression[]) {
      if (!suppressionMatches(finding, s)) continue;
      if (suppressionExpired(s, t)) expired ??= s;
      else return { suppressed: true, by: s };
    }
    return expired ? { suppressed: false, expired } : { suppressed: false };
  }
  const { entries, index } = INDEXED in suppressions ? (suppressions as SuppressionIndex) : indexOf(suppressions as readonly Suppression[]);
  const candidates = index.candidates(finding);
  for (let i = 0; i < candidates.length; i++) {
    const s = entries[candidates[i]];
    if (!suppressionMatches(finding, s)) continue;
    if (suppressionExpired(s, t)) expired ??= s;
    else return { suppressed: true, by: s };
  }
  return expired ? { suppressed: false, expired } : { suppressed: false };
}
