/**
 * The `detection:` section of the config file: per-rule allowlists and automation principals
 * (matching lives in src/detect/tuning.ts). Pure: no I/O.
 */
import { z } from 'zod';
import { isoDate } from '../hub/suppressions.js';
import { parseAddress, type AllowlistEntry, type AutomationPrincipal, type DetectionTuning } from '../detect/tuning.js';
import { oneOrMany, strictObject } from './validate.js';

/** Entries per list: each is checked for every match of the rules it names, so the lists are meant to stay short. */
export const MAX_DETECTION_ENTRIES = 10_000;

const CONDITIONS = ['principals', 'roles', 'accounts', 'sourceIps', 'userAgents', 'tags'] as const;

/** oneOrMany whose every value passes `ok` (the issue is on the value: its index when a list). */
function each(ok: (s: string) => boolean, message: string) {
  return oneOrMany.superRefine((list, ctx) => {
    list.forEach((s, i) => {
      if (!ok(s)) ctx.addIssue({ code: 'custom', path: list.length > 1 ? [i] : [], message });
    });
  });
}

const principals = each((s) => /^arn:[^:]*:(iam|sts)::/.test(s.trim()) || /^arn:\*/.test(s.trim()), 'expected an IAM or STS ARN glob (arn:aws:iam::111122223333:role/ci-*)');
const accounts = each((s) => /^\d{12}$/.test(s), 'expected a 12-digit AWS account id');
const sourceIps = each((s) => parseAddress(s) !== undefined, 'expected an IP address or a CIDR (203.0.113.7, 198.51.100.0/24, 2001:db8::/32)');
const note = z.string({ error: (iss) => (iss.input === undefined ? 'required (say why these matches are expected)' : 'expected text') }).trim().min(1, { error: 'must not be empty (say why these matches are expected)' });
const name = z.string().trim().min(1).optional();

/** Tag key → value globs (one value or a list; `*`: any value). */
const tags = z
  .record(z.string().trim().min(1).max(128), oneOrMany)
  .refine((t) => Object.keys(t).length > 0, { error: 'needs at least one tag key (key: value or [values]; "*" for any value)' });

const AllowlistEntrySchema = strictObject({
  name,
  rules: oneOrMany.optional(),
  principals: principals.optional(),
  roles: oneOrMany.optional(),
  accounts: accounts.optional(),
  sourceIps: sourceIps.optional(),
  userAgents: oneOrMany.optional(),
  tags: tags.optional(),
  expires: isoDate.optional(),
  note,
})
  .superRefine((e, ctx) => {
    if (e.rules === undefined) ctx.addIssue({ code: 'custom', path: ['rules'], message: 'required (rule names or ids, globs allowed; "*" for every rule)' });
    if (!CONDITIONS.some((k) => e[k] !== undefined)) {
      ctx.addIssue({ code: 'custom', message: `needs at least one of ${CONDITIONS.join(', ')} (an entry without them would silence the rule for everyone)` });
    }
  })
  .transform((e): AllowlistEntry => {
    const out: AllowlistEntry = { rules: e.rules!, note: e.note };
    if (e.name !== undefined) out.name = e.name;
    for (const k of CONDITIONS) if (e[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = e[k];
    if (e.expires !== undefined) out.expires = e.expires.trim();
    return out;
  });

const AutomationPrincipalSchema = strictObject({
  name,
  principals: principals.optional(),
  sourceIps: sourceIps.optional(),
  userAgents: oneOrMany.optional(),
  note,
})
  .superRefine((e, ctx) => {
    if (e.principals === undefined) ctx.addIssue({ code: 'custom', path: ['principals'], message: 'required (ARN globs of the CI/CD roles or users)' });
  })
  .transform((e): AutomationPrincipal => {
    const out: AutomationPrincipal = { principals: e.principals!, note: e.note };
    if (e.name !== undefined) out.name = e.name;
    if (e.sourceIps !== undefined) out.sourceIps = e.sourceIps;
    if (e.userAgents !== undefined) out.userAgents = e.userAgents;
    return out;
  });

function uniqueNames(list: { name?: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (e.name === undefined) return;
    if (seen.has(e.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate name "${e.name}"` });
    seen.add(e.name);
  });
}

const tooMany = (what: string) => ({ error: `more than ${MAX_DETECTION_ENTRIES.toLocaleString('en')} ${what}` });

/** Placeholder name → values, for Sigma rules' `|expand` (`%name%`). */
const placeholders = z
  .record(z.string(), z.array(z.string().min(1).max(4096)).min(1, { error: 'needs at least one value' }).max(MAX_DETECTION_ENTRIES, tooMany('values')))
  .superRefine((map, ctx) => {
    for (const key of Object.keys(map)) {
      if (!/^[A-Za-z0-9_.-]+$/.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'a placeholder name is letters, digits, _ . and - (written %name% in a rule)' });
    }
  });

export const DetectionSchema = strictObject({
  placeholders: placeholders.optional(),
  allowlists: z.array(AllowlistEntrySchema).max(MAX_DETECTION_ENTRIES, tooMany('allowlist entries')).default([]).superRefine(uniqueNames),
  automation: z.array(AutomationPrincipalSchema).max(MAX_DETECTION_ENTRIES, tooMany('automation principals')).default([]).superRefine(uniqueNames),
}).transform((d): DetectionTuning => d);
