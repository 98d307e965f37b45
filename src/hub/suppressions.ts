/**
 * Suppressions (the mutelist): findings that are known and accepted, with a reason and an
 * optional expiry. Pure: no I/O. The store asks matchSuppression on ingest; a finding matched
 * only by an expired entry is reported back so the store can re-open it.
 */
import { z } from 'zod';
import { MamoriError } from '../model/errors.js';
import { fromZodError, formatPath, issueMessages, looseString, moreProblems, oneOrMany, sortIssues, strictObject } from '../config/validate.js';
import type { HubFinding } from './model.js';

// Glob matching lives in glob.ts (the risk grid needs it without the schema).
export { globMatch, globToRegExp } from './glob.js';
import { globMatch } from './glob.js';

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

const isoDate = z.string({ error: (iss) => (iss.input === undefined ? 'required' : 'expected an ISO date (2026-12-31 or 2026-12-31T23:59:59Z)') }).refine(
  (s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s.trim()) && !Number.isNaN(Date.parse(s)),
  { message: 'expected an ISO date (2026-12-31 or 2026-12-31T23:59:59Z)' },
);

/** One suppression entry; one value or a list for rule/resource/account/region. */
export const SuppressionSchema = strictObject({
  rule: oneOrMany.optional(),
  resource: oneOrMany.optional(),
  account: oneOrMany.optional(),
  region: oneOrMany.optional(),
  tags: z.record(z.string(), looseString).optional(),
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

export const SuppressionsSchema = z.array(SuppressionSchema);

/** Validates a list of suppressions (e.g. from JSON); throws a one-line MamoriError. */
export function parseSuppressions(input: unknown): Suppression[] {
  const r = SuppressionsSchema.safeParse(input, { error: issueMessages });
  if (r.success) return r.data;
  const issues = sortIssues(fromZodError(r.error));
  const first = issues[0];
  throw new MamoriError('SUPPRESSION_INVALID', `suppressions${formatPath(first.path)}: ${first.message}${moreProblems(issues.length)}`);
}

// ---------------------------------------------------------------------------------------------
// Matching

function anyGlob(globs: string | string[], value: string): boolean {
  return typeof globs === 'string' ? globMatch(globs, value) : globs.some((g) => globMatch(g, value));
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
    for (const [k, v] of Object.entries(s.tags)) {
      const actual = finding.resourceTags?.[k];
      if (actual === undefined || !globMatch(v, actual)) return false;
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

/** The first active suppression that matches the finding; entries are tried in order. */
export function matchSuppression(finding: HubFinding, suppressions: readonly Suppression[], now: Date | string | number): SuppressionMatch {
  const t = now instanceof Date ? now.getTime() : typeof now === 'string' ? Date.parse(now) : now;
  if (Number.isNaN(t)) throw new MamoriError('BAD_TIME', `matchSuppression: invalid time ${String(now)}`);
  let expired: Suppression | undefined;
  for (const s of suppressions) {
    if (!suppressionMatches(finding, s)) continue;
    if (suppressionExpired(s, t)) expired ??= s;
    else return { suppressed: true, by: s };
  }
  return expired ? { suppressed: false, expired } : { suppressed: false };
}
