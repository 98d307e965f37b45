/**
 * Pure helpers to read resource policies (S3 bucket policies, KMS key policies) in rules.
 * Conservative by design: a statement counts as "public" unless a condition with fixed values
 * pins the caller to known accounts, organisations, networks or source resources — the same
 * idea as S3's own "is public" evaluation.
 */
import type { PolicyDocument, PolicyPrincipal, PolicyStatement } from '../../../../src/providers/aws/model/s3.js';

export const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function statements(doc: PolicyDocument | null | undefined): PolicyStatement[] {
  return doc ? asArray(doc.Statement) : [];
}

/** IAM-style wildcard match (`*`, `?`); actions are case-insensitive, resources are not. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  const esc = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${esc}$`, caseInsensitive ? 'i' : '').test(value);
}

/** Does the statement's Action (or NotAction) cover `action`? */
export function coversAction(s: PolicyStatement, action: string): boolean {
  if (s.Action !== undefined) return asArray(s.Action).some((p) => wildcardMatch(p, action, true));
  if (s.NotAction !== undefined) return !asArray(s.NotAction).some((p) => wildcardMatch(p, action, true));
  return false;
}

/** Does the statement's Resource (or NotResource) cover `arn`? */
export function coversResource(s: PolicyStatement, arn: string): boolean {
  if (s.Resource !== undefined) return asArray(s.Resource).some((p) => wildcardMatch(p, arn));
  if (s.NotResource !== undefined) return !asArray(s.NotResource).some((p) => wildcardMatch(p, arn));
  return false;
}

function principalValues(p: PolicyPrincipal | undefined, key: string): string[] {
  if (p === undefined) return [];
  if (p === '*') return ['*'];
  return asArray(p[key]);
}

/** Principal "*" or {"AWS": "*"} (or an Allow with NotPrincipal, which means "everyone but"). */
export function hasWildcardPrincipal(s: PolicyStatement): boolean {
  if (s.NotPrincipal !== undefined) return s.Effect === 'Allow';
  return principalValues(s.Principal, 'AWS').includes('*');
}

/** AWS account ids named in Principal.AWS (account ids, root or IAM ARNs). */
export function principalAccounts(s: PolicyStatement): string[] {
  const out = new Set<string>();
  for (const v of principalValues(s.Principal, 'AWS')) {
    if (/^\d{12}$/.test(v)) out.add(v);
    const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(v);
    if (m) out.add(m[1]);
  }
  return [...out];
}

/** Condition keys that, with fixed values and a positive operator, limit who can use a grant. */
const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:userid',
    'aws:username',
    'kms:CallerAccount',
    's3:DataAccessPointAccount',
    's3:DataAccessPointArn',
  ].map((k) => k.toLowerCase()),
);

const fixed = (v: unknown) => typeof v === 'string' && !v.includes('*') && !v.includes('?') && !v.includes('${');

/** True when some condition pins the caller (fixed values, non-negated operator). */
export function conditionRestrictsCaller(s: PolicyStatement): boolean {
  for (const [operator, block] of Object.entries(s.Condition ?? {})) {
    const op = operator.replace(/^ForAllValues:|^ForAnyValue:/, '').replace(/IfExists$/, '');
    if (/^(StringNot|ArnNot|NotIpAddress|Null)/.test(op)) continue;
    for (const [key, value] of Object.entries(block ?? {})) {
      if (!RESTRICTING_KEYS.has(key.toLowerCase())) continue;
      const values = asArray(value as unknown);
      if (values.length > 0 && values.every(fixed)) return true;
    }
  }
  return false;
}

/** Allow statements open to anyone: wildcard principal and no condition pinning the caller. */
export function publicAllowStatements(doc: PolicyDocument | null | undefined): PolicyStatement[] {
  return statements(doc).filter((s) => s.Effect === 'Allow' && hasWildcardPrincipal(s) && !conditionRestrictsCaller(s));
}

export const describeStatement = (s: PolicyStatement, i: number) => s.Sid ?? `#${i + 1}`;
