/**
 * What a resource policy written through CloudTrail grants, statement by statement, for the rules
 * (`mamori.aws.policy.*`). Text matching cannot tell `"Principal":"*"` limited by
 * `aws:PrincipalOrgID` in the same statement from an open statement beside a restricted one, nor
 * an account of the organisation from an outside one; reading the statements can.
 *
 * - `public`: an Allow statement grants `*` (or `{"AWS":"*"}`) without a condition that limits who
 *   or where (`aws:PrincipalOrgID`, `aws:SourceVpc`, `aws:SourceAccount`, …, or `aws:SourceIp` with
 *   fixed ranges: /8 or narrower for IPv4, /32 for IPv6, as S3 Block Public Access judges).
 * - `external_accounts`: accounts other than the event's own (`recipientAccountId`) that an Allow
 *   statement names as principals (`"123456789012"`, `arn:aws:iam::123456789012:root|role/…|user/…`),
 *   unless the statement limits them to the organisation (`aws:PrincipalOrgID` / `OrgPaths`).
 * - `federated`: federated principals (SAML/OIDC providers) an Allow statement trusts without any condition.
 * - `services`: AWS service principals granted.
 * Deny statements restrict and grant nothing. A policy that does not parse gives no fields.
 */

import { parseCidr, parseIp } from '../../../detect/intel/ip.js';

type Json = Record<string, unknown>;

export interface PolicyGrants {
  public: boolean;
  external: boolean;
  external_accounts: string[];
  federated: string[];
  services: string[];
  statements: number;
}

/** Where each API puts the policy it writes (requestParameters paths). */
const POLICY_PATHS: Readonly<Record<string, readonly string[][]>> = {
  PutBucketPolicy: [['bucketPolicy']],
  UpdateAssumeRolePolicy: [['policyDocument']],
  CreateRole: [['assumeRolePolicyDocument']],
  PutKeyPolicy: [['policy']],
  CreateKey: [['policy']],
  PutResourcePolicy: [['resourcePolicy'], ['policyInJson'], ['policy']],
  SetRepositoryPolicy: [['policyText']],
  SetRegistryPolicy: [['policyText']],
  SetTopicAttributes: [['attributeValue']],
  CreateTopic: [['attributes', 'Policy']],
  SetQueueAttributes: [['attributes', 'Policy']],
  CreateQueue: [['attributes', 'Policy']],
  PutFileSystemPolicy: [['policy']],
  SetVaultAccessPolicy: [['policy', 'policy'], ['policy']],
  UpdateDomainConfig: [['accessPolicies']],
  UpdateElasticsearchDomainConfig: [['accessPolicies']],
  CreateDomain: [['accessPolicies']],
  CreateElasticsearchDomain: [['accessPolicies']],
  PutAccessPointPolicy: [['policy']],
  PutMultiRegionAccessPointPolicy: [['details', 'policy']],
  PutBackupVaultAccessPolicy: [['policy']],
  PutRegistryPolicy: [['policy']],
};

/** Event names that carry a resource policy, for a cheap check before any parsing. */
export const POLICY_EVENT_NAMES: ReadonlySet<string> = new Set(Object.keys(POLICY_PATHS));

/** Condition keys that limit who may use an open (`*`) grant, or from where. */
const RESTRICTING_KEYS = new Set(
  [
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:principalaccount',
    'aws:principalarn',
    'aws:sourceaccount',
    'aws:sourcearn',
    'aws:sourceowner',
    'aws:sourceorgid',
    'aws:sourceorgpaths',
    'aws:sourcevpc',
    'aws:sourcevpce',
    'aws:userid',
    'aws:username',
    'aws:principalservicename',
    'kms:calleraccount',
    's3:dataaccesspointaccount',
    'aws:resourceaccount',
    'aws:resourceorgid',
  ].map((k) => k.toLowerCase()),
);

const ORG_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths']);

/** Policies above this size are not read (IAM's largest resource policy is 20 KB; SNS 30 KB). */
const MAX_POLICY_CHARS = 256 * 1024;

function policyAt(params: Json, path: readonly string[]): unknown {
  let v: unknown = params;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = Object.prototype.hasOwnProperty.call(v, k) ? (v as Json)[k] : undefined;
  }
  return v;
}

function parsePolicy(v: unknown): Json | undefined {
  if (typeof v === 'string') {
    if (v.length > MAX_POLICY_CHARS || !v.includes('Statement')) return undefined;
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'Statement' in (v as Json) ? (v as Json) : undefined;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** The account id in a principal: a bare id or an IAM/STS ARN. */
function accountOf(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
}

/**
 * Whether `aws:SourceIp` values pin the grant to fixed networks. As S3 Block Public Access judges a
 * policy: an IPv4 range wider than /8 or an IPv6 range wider than /32 is as good as everyone.
 */
function isFixedRange(cidr: string): boolean {
  const t = cidr.trim();
  if (!t.includes('/')) return parseIp(t) !== undefined;
  const range = parseCidr(t);
  return range !== undefined && range.bits >= (range.v === 4 ? 8 : 32);
}

/** Whether a statement's condition limits an open grant (and whether it limits to the organisation). */
function conditionLimits(condition: unknown): { limits: boolean; org: boolean } {
  let limits = false;
  let org = false;
  if (condition === null || typeof condition !== 'object') return { limits, org };
  for (const [op, block] of Object.entries(condition as Json)) {
    if (block === null || typeof block !== 'object') continue;
    // A "…IfExists" or negated operator does not require the key: it limits nothing.
    const weak = /IfExists$/i.test(op) || /^String(Not|Like)?NotEquals|^ArnNot|NotLike|^Null$/i.test(op);
    for (const [key, value] of Object.entries(block as Json)) {
      const k = key.toLowerCase();
      if (weak) continue;
      if (RESTRICTING_KEYS.has(k)) {
        limits = true;
        if (ORG_KEYS.has(k)) org = true;
      } else if (k === 'aws:sourceip' && /^IpAddress$/i.test(op)) {
        const ranges = list(value).filter((x): x is string => typeof x === 'string');
        if (ranges.length && ranges.every(isFixedRange)) limits = true;
      }
    }
  }
  return { limits, org };
}

/** Reads a parsed policy document. */
export function grantsOfPolicy(policy: Json, ownAccount: string): PolicyGrants {
  const out: PolicyGrants = { public: false, external: false, external_accounts: [], federated: [], services: [], statements: 0 };
  const external = new Set<string>();
  const federated = new Set<string>();
  const services = new Set<string>();
  for (const st of list(policy.Statement)) {
    if (st === null || typeof st !== 'object') continue;
    const s = st as Json;
    out.statements++;
    if (String(s.Effect ?? '').toLowerCase() !== 'allow') continue;
    const { limits, org } = conditionLimits(s.Condition);
    const hasCondition = s.Condition !== null && typeof s.Condition === 'object' && Object.keys(s.Condition as Json).length > 0;
    const principal = s.Principal;
    const principals: { kind: string; value: string }[] = [];
    if (principal === '*') principals.push({ kind: 'AWS', value: '*' });
    else if (principal !== null && typeof principal === 'object') {
      for (const [kind, v] of Object.entries(principal as Json)) for (const x of list(v)) if (typeof x === 'string') principals.push({ kind, value: x });
    }
    // NotPrincipal with Allow grants everyone but the named: as open as "*".
    if (s.NotPrincipal !== undefined) principals.push({ kind: 'AWS', value: '*' });
    for (const { kind, value } of principals) {
      const k = kind.toLowerCase();
      if (k === 'service') services.add(value);
      else if (k === 'federated') {
        if (!hasCondition) federated.add(value);
      } else if (value === '*') {
        if (!limits) out.public = true;
      } else if (k === 'aws') {
        const account = accountOf(value);
        if (account && account !== ownAccount && !org) external.add(account);
      }
    }
  }
  out.external_accounts = [...external];
  out.external = external.size > 0;
  out.federated = [...federated];
  out.services = [...services];
  return out;
}

/**
 * The `mamori.aws.policy` fields of a CloudTrail record that writes a resource policy, or undefined
 * (another API, a failed call, or a policy that cannot be read).
 */
export function awsPolicyFields(raw: Json): PolicyGrants | undefined {
  const name = raw.eventName;
  if (typeof name !== 'string') return undefined;
  const paths = POLICY_PATHS[name];
  const params = raw.requestParameters;
  if (!paths || params === null || typeof params !== 'object') return undefined;
  if (name === 'SetTopicAttributes' && (params as Json).attributeName !== 'Policy') return undefined;
  for (const path of paths) {
    const policy = parsePolicy(policyAt(params as Json, path));
    if (policy) return grantsOfPolicy(policy, typeof raw.recipientAccountId === 'string' ? raw.recipientAccountId : '');
  }
  return undefined;
}
