/**
 * External access, as IAM Access Analyzer defines it: which grants of a resource-based policy (or a
 * snapshot / AMI share) reach principals outside the resource's zone of trust — the organisation
 * when it is known, else the owning account and the accounts scanned with it.
 *
 * Candidates come from the Allow statements' Principal elements; the ENGINE decides each one. For
 * every candidate an outsider's request is built — the candidate principal, the resource's ARN, an
 * action of the resource type, and a context in which the outsider satisfies every condition it
 * controls (TLS, tags, headers…) but none that ties access to the owner: aws:PrincipalOrgID,
 * aws:PrincipalAccount, aws:SourceVpc(e), private aws:SourceIp ranges, aws:SourceAccount / SourceArn
 * / SourceOrgID and the like get the outsider's own values unless the policy names an outside value
 * for them. The resource policy is then evaluated alone (the outsider's own account is assumed to
 * grant its side), so a grant that holds only under owner-restricting conditions, or that a Deny
 * statement cancels, is not external.
 *
 * Limits: CanonicalUser principals are not analysed; federated (OIDC / SAML) trusts are listed with
 * kind `federated` but judged by the caller; VPC and VPC-endpoint conditions without wildcards are
 * taken as the owner's networks.
 */
import type { EvaluationContext } from '../../../model/rule.js';
import type { LocalizedText, Resource } from '../../../model/types.js';
import { ACCOUNT_TYPE } from '../../../model/pseudo.js';
import { asList, ROLE_TYPE, statements, type PolicyDocument, type PolicyStatement } from '../model/iam.js';
import { MEMBERSHIP_TYPE, ORGANIZATION_TYPE, type MembershipConfig, type OrganizationConfig } from '../model/organizations.js';
import { ACCESS_POINT_TYPE, BUCKET_TYPE } from '../model/s3.js';
import { compilePolicySet, type CompiledPolicySet } from './evaluate.js';
import { PolicyError } from './policy.js';
import type { ContextValue, NamedPolicy } from './types.js';

// ---------------------------------------------------------------- the zone of trust

/** Who counts as "inside" for one owning account. */
export interface TrustZone {
  account: string;
  /** The owner's organisation id, when known. */
  organizationId: string | null;
  /** Accounts known to be inside: the owner, the organisation's accounts (or, without one, the scanned accounts). */
  accounts: ReadonlySet<string>;
  /** True when the organisation's account list was collected: an account not in it is certainly outside. */
  membershipKnown: boolean;
}

export const TRUST_ZONE_TYPES = [ORGANIZATION_TYPE, MEMBERSHIP_TYPE, ACCOUNT_TYPE] as const;

const zones = new WeakMap<EvaluationContext, Map<string, TrustZone>>();

/** The zone of trust of `account`, computed once per assessment (memoised on the context). */
export function trustZoneOf(ctx: EvaluationContext, account: string): TrustZone {
  let perCtx = zones.get(ctx);
  if (!perCtx) zones.set(ctx, (perCtx = new Map()));
  let zone = perCtx.get(account);
  if (!zone) perCtx.set(account, (zone = buildTrustZone(ctx, account)));
  return zone;
}

function buildTrustZone(ctx: EvaluationContext, account: string): TrustZone {
  const memberships = ctx.resources<MembershipConfig>(MEMBERSHIP_TYPE);
  const orgs = ctx.resources<OrganizationConfig>(ORGANIZATION_TYPE).map((r) => r.config);
  const own = memberships.find((m) => m.account === account)?.config;
  let org = orgs.find((o) => o.accounts?.some((a) => a.id === account)) ?? null;
  const organizationId = org?.id ?? (own?.inOrganization ? (own.organizationId ?? null) : null);
  if (!org && organizationId) org = orgs.find((o) => o.id === organizationId) ?? null;
  const accounts = new Set<string>([account]);
  if (org?.accounts) {
    for (const a of org.accounts) accounts.add(a.id);
    return { account, organizationId, accounts, membershipKnown: true };
  }
  if (organizationId) {
    // Scanned accounts that say they belong to the same organisation.
    for (const m of memberships) if (m.config.organizationId === organizationId) accounts.add(m.account);
  } else {
    // No organisation known: the scan scope is the zone (as the EBS snapshot sharing rule does).
    for (const a of ctx.resources(ACCOUNT_TYPE)) accounts.add(a.account);
    for (const m of memberships) accounts.add(m.account);
  }
  return { account, organizationId, accounts, membershipKnown: false };
}

/** A zone built directly (tests, callers outside an assessment). */
export function trustZone(account: string, options: { organizationId?: string | null; accounts?: Iterable<string>; membershipKnown?: boolean } = {}): TrustZone {
  return {
    account,
    organizationId: options.organizationId ?? null,
    accounts: new Set([account, ...(options.accounts ?? [])]),
    membershipKnown: options.membershipKnown ?? false,
  };
}

// ---------------------------------------------------------------- results

export type ExternalKind =
  /** Anyone, unauthenticated requests included. */
  | 'public'
  /** Any principal of any AWS account (signed requests only). */
  | 'any-account'
  /** A whole named outside account (`:root` or the account id). */
  | 'account'
  /** A named user or role of an outside account. */
  | 'principal'
  /** An AWS service acting for any account (no aws:SourceAccount / SourceArn tying it to yours). */
  | 'service'
  /** A web identity or SAML provider's users (role trust policies). */
  | 'federated';

export interface ConditionSummary {
  operator: string;
  key: string;
  values: string[];
}

export interface ExternalGrant {
  /** `*`, an account id, a user / role ARN, a service principal or a federated provider. */
  principal: string;
  kind: ExternalKind;
  /** The outside account, when the grant names one. */
  account?: string;
  /** True when the organisation's account list was read and the account is not in it. */
  outsideOrganization?: boolean;
  /** Actions the engine allowed to the outsider (of the resource type's actions and the statements' own). */
  actions: string[];
  /** Sids (or `#<index>`) of the statements the access rests on. */
  via: string[];
  /** Conditions of those statements (none of them ties the access to the owner). */
  conditions: ConditionSummary[];
}

/** A grant to an outside principal that does not hold for an outsider, and why. */
export interface RestrictedGrant {
  principal: string;
  via: string[];
  conditions: ConditionSummary[];
  /** Deny statements that cancel it, when a Deny is the reason. */
  deniedBy: string[];
}

export type ExternalAnalysis =
  | { status: 'not-collected' }
  | { status: 'invalid'; error: string }
  | { status: 'analysed'; grants: ExternalGrant[]; restricted: RestrictedGrant[] };

// ---------------------------------------------------------------- actions probed per resource type

const OBJECT_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:DeleteObject', 's3:PutObjectAcl'];

/** Representative actions of each resource type: read, write, and permission management. */
export const PROBE_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  [BUCKET_TYPE]: ['s3:ListBucket', ...OBJECT_ACTIONS, 's3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy', 's3:PutBucketAcl', 's3:DeleteBucket'],
  [ACCESS_POINT_TYPE]: ['s3:ListBucket', ...OBJECT_ACTIONS],
  'AWS::KMS::Key': ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:CreateGrant', 'kms:DescribeKey', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey'],
  'AWS::SQS::Queue': ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:SetQueueAttributes', 'sqs:PurgeQueue', 'sqs:AddPermission'],
  'AWS::SNS::Topic': ['sns:Publish', 'sns:Subscribe', 'sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:AddPermission', 'sns:DeleteTopic'],
  'AWS::Lambda::Function': ['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl', 'lambda:GetFunction', 'lambda:UpdateFunctionCode', 'lambda:AddPermission'],
  'AWS::ECR::Repository': ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability', 'ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:CompleteLayerUpload', 'ecr:SetRepositoryPolicy', 'ecr:DeleteRepository'],
  'AWS::SecretsManager::Secret': ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecret', 'secretsmanager:PutResourcePolicy', 'secretsmanager:DeleteSecret'],
  [ROLE_TYPE]: ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML', 'sts:TagSession'],
};

const OBJECT_ACTION_SET = new Set(OBJECT_ACTIONS.map((a) => a.toLowerCase()));

// ---------------------------------------------------------------- condition keys that tie access to the owner

type Restriction = 'org-id' | 'org-path' | 'account' | 'arn' | 'network' | 'ip';

/** Keys (lower-case) whose values, when they name the owner's side, keep outsiders out. */
const RESTRICTING: Readonly<Record<string, Restriction>> = {
  'aws:principalorgid': 'org-id',
  'aws:sourceorgid': 'org-id',
  'aws:principalorgpaths': 'org-path',
  'aws:sourceorgpaths': 'org-path',
  'aws:principalaccount': 'account',
  'aws:sourceaccount': 'account',
  'aws:sourceowner': 'account',
  'kms:calleraccount': 'account',
  's3:datapointaccount': 'account',
  's3:dataaccesspointaccount': 'account',
  'aws:principalarn': 'arn',
  'aws:sourcearn': 'arn',
  's3:dataaccesspointarn': 'arn',
  'lambda:functionarn': 'arn',
  'aws:sourcevpc': 'network',
  'aws:sourcevpce': 'network',
  'aws:sourcevpcarn': 'network',
  'aws:vpcsourceip': 'network',
  'aws:sourceip': 'ip',
};

/**
 * The Elastic Load Balancing accounts that write access logs to S3 in Regions opened before August
 * 2022 (Elastic Load Balancing User Guide › "Enable access logs" › step 2, the bucket policy's principal
 * per Region; newer Regions use the logdelivery.elasticloadbalancing.amazonaws.com service principal).
 */
export const ELB_LOG_DELIVERY_ACCOUNTS: ReadonlySet<string> = new Set([
  '127311923021', // us-east-1
  '033677994240', // us-east-2
  '027434742980', // us-west-1
  '797873946194', // us-west-2
  '098369216593', // af-south-1
  '754344448648', // ap-east-1
  '718504428378', // ap-south-1
  '383597477331', // ap-northeast-3
  '600734575887', // ap-northeast-2
  '114774131450', // ap-southeast-1
  '783225319266', // ap-southeast-2
  '582318560864', // ap-northeast-1
  '985666609251', // ca-central-1
  '054676820928', // eu-central-1
  '156460612806', // eu-west-1
  '652711504416', // eu-west-2
  '635631232127', // eu-south-1
  '009996457667', // eu-west-3
  '897822967062', // eu-north-1
  '076674570225', // me-south-1
  '507241528517', // sa-east-1
  '048591011584', // us-gov-west-1
  '190560391635', // us-gov-east-1
]);

const PROBE_ACCOUNT = '000000000000';
const PROBE_ORG = 'o-mamoriprobe';
const PROBE_IP = '203.0.113.77';

const PRIVATE_V4: [number, number][] = [
  [0x0a000000, 8],
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0x64400000, 10],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
];

function ipv4(addr: string): number | null {
  const parts = addr.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    const v = Number(p);
    if (!/^\d{1,3}$/.test(p) || v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

/** True for RFC 1918 / shared / loopback / link-local IPv4 ranges and IPv6 ULA / link-local / loopback. */
export function isPrivateCidr(cidr: string): boolean {
  const [addr, lenText] = cidr.split('/');
  if (addr.includes(':')) return /^(f[cd]|fe[89ab])/i.test(addr) || addr === '::1';
  const n = ipv4(addr);
  if (n === null) return false;
  const len = lenText === undefined ? 32 : Number(lenText);
  return PRIVATE_V4.some(([base, bits]) => len >= bits && n >>> (32 - bits) === base >>> (32 - bits));
}

const hasGlob = (v: string) => /[*?]/.test(v);
const witnessOf = (v: string) => v.replace(/[*?]/g, 'x');
const arnAccountOf = (arn: string): string | undefined => arn.split(':')[4] || undefined;

/** Whether a condition value names the owner's side (so an outsider cannot meet it). */
function internalValue(kind: Restriction, value: string, zone: TrustZone): boolean {
  switch (kind) {
    case 'org-id':
      // Without the owner's organisation id, a fixed id is taken as the owner's own.
      return zone.organizationId ? value.toLowerCase() === zone.organizationId.toLowerCase() : !hasGlob(value);
    case 'org-path':
      return zone.organizationId ? value.toLowerCase().startsWith(`${zone.organizationId.toLowerCase()}/`) : /^o-[a-z0-9]+\//i.test(value);
    case 'account':
      return zone.accounts.has(value);
    case 'arn': {
      const account = arnAccountOf(value);
      // arn:aws:s3:::bucket (no account field) names a bucket: taken as the owner's.
      return account === undefined ? !hasGlob(value) : zone.accounts.has(account);
    }
    case 'network':
      return !hasGlob(value);
    case 'ip':
      return isPrivateCidr(value);
  }
}

// ---------------------------------------------------------------- the outsider's context

type Ctx = Map<string, { key: string; value: ContextValue }>;

function setKey(ctx: Ctx, key: string, value: ContextValue): void {
  ctx.set(key.toLowerCase(), { key, value });
}

function baseContext(principal: Probe, now: Date): Ctx {
  const ctx: Ctx = new Map();
  setKey(ctx, 'aws:SecureTransport', true);
  setKey(ctx, 'aws:CurrentTime', now.toISOString());
  setKey(ctx, 'aws:EpochTime', Math.floor(now.getTime() / 1000));
  setKey(ctx, 'aws:SourceIp', PROBE_IP);
  setKey(ctx, 'aws:ViaAWSService', false);
  if (principal.kind === 'service') {
    setKey(ctx, 'aws:PrincipalIsAWSService', true);
    setKey(ctx, 'aws:PrincipalServiceName', principal.arn);
    setKey(ctx, 'aws:SourceAccount', PROBE_ACCOUNT);
    setKey(ctx, 'aws:SourceArn', `arn:aws:${principal.arn.split('.')[0]}:us-east-1:${PROBE_ACCOUNT}:mamori-probe`);
    setKey(ctx, 'aws:SourceOrgID', PROBE_ORG);
    setKey(ctx, 'aws:SourceOrgPaths', [`${PROBE_ORG}/r-probe/`]);
  } else if (principal.account) {
    setKey(ctx, 'aws:PrincipalIsAWSService', false);
    setKey(ctx, 'aws:PrincipalAccount', principal.account);
    setKey(ctx, 'aws:PrincipalArn', principal.arn);
    setKey(ctx, 'aws:PrincipalOrgID', PROBE_ORG);
    setKey(ctx, 'aws:PrincipalOrgPaths', [`${PROBE_ORG}/r-probe/`]);
    setKey(ctx, 'aws:PrincipalType', principal.arn.endsWith(':root') ? 'Account' : principal.arn.includes(':user/') ? 'User' : 'AssumedRole');
    setKey(ctx, 'kms:CallerAccount', principal.account);
  }
  return ctx;
}

interface ConditionEntry {
  operator: string;
  /** The operator without ForAnyValue:/ForAllValues: and IfExists, lower-cased. */
  base: string;
  negated: boolean;
  setOp: boolean;
  key: string;
  values: string[];
}

function conditionEntries(s: PolicyStatement): ConditionEntry[] {
  const out: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!block || typeof block !== 'object') continue;
    let base = operator.toLowerCase();
    const setOp = /^for(any|all)value:/.test(base);
    base = base.replace(/^for(any|all)value:/, '').replace(/ifexists$/, '');
    const negated = /not/.test(base) && base !== 'null';
    for (const [key, raw] of Object.entries(block)) {
      const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== null && v !== undefined).map(String);
      out.push({ operator, base, negated, setOp, key, values });
    }
  }
  return out;
}

/** A value that makes the condition true (`satisfy`) or false; undefined: leave the key absent. */
function valueFor(c: ConditionEntry, satisfy: boolean): ContextValue | undefined {
  const first = c.values[0] ?? '';
  const want = satisfy !== c.negated; // a value that the positive operator matches
  const b = c.base;
  if (b === 'null') {
    // Null "true": the key must be absent. To satisfy "true", leave it out; otherwise give one.
    const absentWanted = (first.toLowerCase() === 'true') === satisfy;
    return absentWanted ? undefined : 'mamori-probe';
  }
  if (b === 'bool') return want ? first : first.toLowerCase() === 'true' ? 'false' : 'true';
  if (b.startsWith('numeric')) {
    const v = Number(first);
    if (!Number.isFinite(v)) return undefined;
    const eq = b.includes('equals') && !b.endsWith('notequals');
    const less = b.includes('lessthan');
    const greater = b.includes('greaterthan');
    if (less) return want ? (eq ? v : v - 1) : v + 1;
    if (greater) return want ? (eq ? v : v + 1) : v - 1;
    return want ? v : v + 1;
  }
  if (b.startsWith('date')) {
    const t = Date.parse(first) || Number(first) * 1000;
    if (!Number.isFinite(t)) return undefined;
    const iso = (ms: number) => new Date(ms).toISOString();
    if (b.includes('lessthan')) return want ? iso(t - 1000) : iso(t + 1000);
    if (b.includes('greaterthan')) return want ? iso(t + 1000) : iso(t - 1000);
    return want ? iso(t) : iso(t + 1000);
  }
  if (b === 'ipaddress' || b === 'notipaddress') return want ? first.split('/')[0] : PROBE_IP;
  // String, Arn, Binary operators.
  return want ? witnessOf(first) : 'mamori-probe-other';
}

const PRINCIPAL_KEY = /^(aws:principal|aws:userid$|aws:username$|aws:multifactorauth|kms:calleraccount$)/;

/** The context in which the outsider meets what it controls in `s` and in the policy's Deny statements. */
function outsiderContext(principal: Probe, s: PolicyStatement, denies: PolicyStatement[], zone: TrustZone, now: Date, withhold: ReadonlySet<string>): Ctx {
  const ctx = baseContext(principal, now);
  const fixed = new Set<string>();
  const apply = (c: ConditionEntry, satisfy: boolean) => {
    const lower = c.key.toLowerCase();
    if (withhold.has(lower)) return;
    // Keys that describe an IAM caller do not exist for anonymous callers and services.
    if (!principal.account && PRINCIPAL_KEY.test(lower)) return;
    const restriction = RESTRICTING[lower];
    let value: ContextValue | undefined;
    if (restriction) {
      // Only a value naming an outside party is the outsider's to use.
      const outside = c.values.find((v) => !internalValue(restriction, v, zone));
      if (outside === undefined || c.base === 'null' || c.base === 'bool') return;
      // Positive operators are met with the outside value; negated ones are not met by it.
      if (c.negated === satisfy) return;
      value = restriction === 'ip' ? outside.split('/')[0] : witnessOf(outside);
    } else {
      if (fixed.has(lower)) return;
      value = valueFor(c, satisfy);
    }
    fixed.add(lower);
    if (value === undefined) ctx.delete(lower);
    else setKey(ctx, c.key, c.setOp && !Array.isArray(value) ? [value as string] : value);
  };
  for (const c of conditionEntries(s)) apply(c, true);
  for (const d of denies) for (const c of conditionEntries(d)) apply(c, false);
  for (const key of withhold) if (!fixed.has(key)) ctx.delete(key);
  return ctx;
}

const toRecord = (ctx: Ctx): Record<string, ContextValue> => {
  const out: Record<string, ContextValue> = {};
  for (const { key, value } of ctx.values()) out[key] = value;
  return out;
};

// ---------------------------------------------------------------- candidates

interface Probe {
  /** The request principal: `anonymous`, a root / user / role ARN, a service principal, a provider ARN. */
  arn: string;
  kind: ExternalKind;
  account?: string;
  /** What the grant is reported as. */
  label: string;
}

const ACCOUNT_ID = /^\d{12}$/;

function awsPrincipalProbe(value: string, partition: string): Probe | null {
  if (ACCOUNT_ID.test(value)) return { arn: `arn:${partition}:iam::${value}:root`, kind: 'account', account: value, label: value };
  const m = /^arn:([^:]+):(iam|sts)::(\d{12}):(.+)$/.exec(value);
  if (!m) return null;
  const [, , , account, rest] = m;
  if (rest === 'root') return { arn: value, kind: 'account', account, label: value };
  return { arn: value, kind: 'principal', account, label: value };
}

/** Accounts an otherwise-open statement is tied to by a condition naming them (aws:PrincipalAccount = X). */
function namedAccounts(s: PolicyStatement, zone: TrustZone): string[] {
  const out: string[] = [];
  for (const c of conditionEntries(s)) {
    if (c.negated || c.base === 'null') continue;
    const kind = RESTRICTING[c.key.toLowerCase()];
    if (kind === 'account') for (const v of c.values) if (ACCOUNT_ID.test(v) && !zone.accounts.has(v)) out.push(v);
    if (kind === 'arn' && c.key.toLowerCase() === 'aws:principalarn') for (const v of c.values) {
      const a = arnAccountOf(v);
      if (a && ACCOUNT_ID.test(a) && !zone.accounts.has(a)) out.push(a);
    }
  }
  return [...new Set(out)];
}

// ---------------------------------------------------------------- analysis

export interface ResourcePolicyInput {
  /** The resource's ARN (bucket, access point, key, queue, topic, function, repository, secret, role). */
  arn: string;
  type: string;
  account: string;
  /** The policy; null: the resource has none; undefined: not collected. */
  policy: PolicyDocument | string | null | undefined;
}

export interface AnalyseOptions {
  /** The assessment time (aws:CurrentTime of the outsider's requests). */
  now?: Date;
  /** Condition keys the outsider never supplies (the role-trust check withholds sts:ExternalId and MFA). */
  withhold?: readonly string[];
  /** Actions to probe instead of the resource type's. */
  actions?: readonly string[];
}

const ALLOW_ALL: NamedPolicy = { name: 'outside account (assumed to allow its side)', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };

const compiledSets = new WeakMap<object, CompiledPolicySet>();

function compiledFor(doc: PolicyDocument, name: string): CompiledPolicySet {
  let set = compiledSets.get(doc);
  if (!set) {
    set = compilePolicySet({ resource: { name, policy: doc }, identity: [ALLOW_ALL] });
    compiledSets.set(doc, set);
  }
  return set;
}

/** Request resources for `action`: S3 object actions go to an object the statement's Resource names. */
function requestResources(input: ResourcePolicyInput, action: string, s: PolicyStatement): string[] {
  const lower = action.toLowerCase();
  if (input.type === BUCKET_TYPE && OBJECT_ACTION_SET.has(lower)) {
    const objects = asList(s.Resource as string | string[] | undefined).filter((r) => r.startsWith(`${input.arn}/`) || (hasGlob(r) && r.startsWith('arn:')));
    const list = objects.map((r) => (r.startsWith(`${input.arn}/`) ? witnessOf(r) : `${input.arn}/mamori-probe`));
    return list.length ? [...new Set(list)] : [`${input.arn}/mamori-probe`];
  }
  if (input.type === ACCESS_POINT_TYPE && OBJECT_ACTION_SET.has(lower)) {
    const objects = asList(s.Resource as string | string[] | undefined).filter((r) => r.startsWith(`${input.arn}/object/`));
    return objects.length ? [...new Set(objects.map(witnessOf))] : [`${input.arn}/object/mamori-probe`];
  }
  return [input.arn];
}

const actionGlobs = new Map<string, RegExp>();

function actionCovered(patterns: string[], negate: boolean, action: string): boolean {
  const a = action.toLowerCase();
  const hit = patterns.some((p) => {
    const lp = p.toLowerCase();
    if (!hasGlob(lp)) return lp === a;
    let re = actionGlobs.get(lp);
    if (!re) actionGlobs.set(lp, (re = new RegExp(`^${lp.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)));
    return re.test(a);
  });
  return negate ? !hit : hit;
}

/** The actions to probe for statement `s`: the type's actions it covers, plus its own exact actions. */
function probeActions(input: ResourcePolicyInput, s: PolicyStatement, override: readonly string[] | undefined): string[] {
  const negate = s.NotAction !== undefined;
  const patterns = asList((s.Action ?? s.NotAction) as string | string[] | undefined);
  const out = new Set<string>();
  for (const a of override ?? PROBE_ACTIONS[input.type] ?? []) if (actionCovered(patterns, negate, a)) out.add(a);
  if (!negate && !override) {
    const seen = new Set([...out].map((a) => a.toLowerCase()));
    for (const p of patterns) if (!hasGlob(p) && !seen.has(p.toLowerCase())) out.add(p);
  }
  return [...out];
}

const sidOf = (s: PolicyStatement, i: number) => (typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${i}`);

function summarise(s: PolicyStatement): ConditionSummary[] {
  return conditionEntries(s).map((c) => ({ operator: c.operator, key: c.key, values: c.values }));
}

/**
 * The grants of a resource-based policy that reach outside the zone of trust. Compiles the policy
 * once (cached by document object); PolicyError (an invalid document) is reported as `invalid`.
 */
export function analyseResourcePolicy(input: ResourcePolicyInput, zone: TrustZone, options: AnalyseOptions = {}): ExternalAnalysis {
  if (input.policy === undefined) return { status: 'not-collected' };
  if (input.policy === null) return { status: 'analysed', grants: [], restricted: [] };
  let doc: PolicyDocument;
  let set: CompiledPolicySet;
  try {
    doc = typeof input.policy === 'string' ? (JSON.parse(input.policy) as PolicyDocument) : input.policy;
    set = compiledFor(doc, `${input.arn} resource policy`);
  } catch (e) {
    return { status: 'invalid', error: e instanceof PolicyError || e instanceof SyntaxError ? e.message : String(e) };
  }
  const now = options.now ?? new Date();
  const withhold = new Set((options.withhold ?? []).map((k) => k.toLowerCase()));
  const partition = input.arn.split(':')[1] || 'aws';
  const all = statements(doc);
  const denies = all.filter((s) => s.Effect === 'Deny');
  const isRole = input.type === ROLE_TYPE;
  const grants = new Map<string, ExternalGrant>();
  const restricted = new Map<string, RestrictedGrant>();

  all.forEach((s, index) => {
    if (s.Effect !== 'Allow') return;
    const sid = sidOf(s, index);
    // Each group lists alternatives, widest first: the first that holds is reported.
    const groups: Probe[][] = [];
    const p = s.Principal ?? (s.NotPrincipal !== undefined ? '*' : undefined);
    const everyone = p === '*' || asList((p as Record<string, string | string[]> | undefined)?.AWS).includes('*');
    if (everyone) {
      const named = namedAccounts(s, zone);
      if (named.length) for (const a of named) groups.push([{ arn: `arn:${partition}:iam::${a}:root`, kind: 'account', account: a, label: a }]);
      else {
        const anyAccount: Probe = { arn: `arn:${partition}:iam::${PROBE_ACCOUNT}:root`, kind: 'any-account', account: PROBE_ACCOUNT, label: '*' };
        groups.push(isRole ? [anyAccount] : [{ arn: 'anonymous', kind: 'public', label: '*' }, anyAccount]);
      }
    }
    if (p && typeof p === 'object') {
      const map = p as Record<string, string | string[]>;
      for (const v of asList(map.AWS)) {
        if (v === '*') continue;
        const probe = awsPrincipalProbe(v, partition);
        // AWS's own Elastic Load Balancing accounts deliver access logs (the documented bucket policy
        // for Regions before August 2022): an AWS service, not an outside party.
        if (probe?.account && ELB_LOG_DELIVERY_ACCOUNTS.has(probe.account) && input.type === BUCKET_TYPE) continue;
        if (probe?.account && !zone.accounts.has(probe.account)) groups.push([probe]);
      }
      if (!isRole) for (const v of asList(map.Service)) groups.push([{ arn: v, kind: 'service', label: v }]);
      if (isRole) for (const v of asList(map.Federated)) groups.push([{ arn: v, kind: 'federated', label: v }]);
    }

    for (const group of groups) {
      let deniedBy = new Set<string>();
      let granted = false;
      for (const probe of group) {
        const context = toRecord(outsiderContext(probe, s, denies, zone, now, withhold));
        const allowed: string[] = [];
        deniedBy = new Set<string>();
        for (const action of probeActions(input, s, options.actions)) {
          for (const resource of requestResources(input, action, s)) {
            const result = set.evaluate({ principal: probe.arn, action, resource, resourceAccount: input.account, context });
            if (result.decision === 'Allow' && result.deciding.some((r) => r.layer === 'resource' && r.statement === sid)) {
              allowed.push(action);
              break;
            }
            if (result.decision === 'ExplicitDeny') for (const r of result.deciding) if (r.layer === 'resource') deniedBy.add(r.statement);
          }
        }
        if (!allowed.length) continue;
        const key = `${probe.kind}|${probe.label}`;
        const named = probe.account !== undefined && probe.kind !== 'any-account';
        const g = grants.get(key) ?? { principal: probe.label, kind: probe.kind, ...(named ? { account: probe.account, outsideOrganization: zone.membershipKnown } : {}), actions: [], via: [], conditions: [] };
        for (const a of allowed) if (!g.actions.includes(a)) g.actions.push(a);
        if (!g.via.includes(sid)) g.via.push(sid);
        g.conditions.push(...summarise(s));
        grants.set(key, g);
        granted = true;
        break;
      }
      if (granted) continue;
      const label = group[0].label;
      const r = restricted.get(label) ?? { principal: label, via: [], conditions: [], deniedBy: [] };
      if (!r.via.includes(sid)) r.via.push(sid);
      r.conditions.push(...summarise(s));
      for (const d of deniedBy) if (!r.deniedBy.includes(d)) r.deniedBy.push(d);
      restricted.set(label, r);
    }
  });
  // "Anyone" includes "any account": keep the wider grant only.
  if (grants.has('public|*')) grants.delete('any-account|*');
  for (const key of grants.keys()) restricted.delete(grants.get(key)!.principal);
  return { status: 'analysed', grants: [...grants.values()], restricted: [...restricted.values()] };
}

// ---------------------------------------------------------------- per resource, once per assessment

/** The config field that holds each resource type's resource-based policy. */
export const RESOURCE_POLICY_FIELD: Readonly<Record<string, string>> = {
  [BUCKET_TYPE]: 'policy',
  [ACCESS_POINT_TYPE]: 'policy',
  'AWS::KMS::Key': 'policy',
  'AWS::SQS::Queue': 'policy',
  'AWS::SNS::Topic': 'policy',
  'AWS::Lambda::Function': 'policy',
  'AWS::ECR::Repository': 'policy',
  'AWS::SecretsManager::Secret': 'policy',
  [ROLE_TYPE]: 'assumeRolePolicy',
};

const analyses = new WeakMap<EvaluationContext, Map<string, ExternalAnalysis>>();

/**
 * The external access of a snapshot resource, computed once per assessment and resource (rules
 * that look at the same policy share it). A field named in `resource.errors` reads as not collected.
 */
export function externalAccessOf(ctx: EvaluationContext, resource: Resource): ExternalAnalysis {
  let perCtx = analyses.get(ctx);
  if (!perCtx) analyses.set(ctx, (perCtx = new Map()));
  let result = perCtx.get(resource.uid);
  if (!result) {
    const field = RESOURCE_POLICY_FIELD[resource.type];
    const raw = field ? (resource.config as Record<string, unknown>)[field] : undefined;
    const policy = field && resource.errors?.[field] ? undefined : (raw as PolicyDocument | string | null | undefined);
    result = analyseResourcePolicy({ arn: resource.uid, type: resource.type, account: resource.account, policy }, trustZoneOf(ctx, resource.account), { now: ctx.now });
    perCtx.set(resource.uid, result);
  }
  return result;
}

// ---------------------------------------------------------------- snapshots and AMIs

export interface ShareGrant {
  /** `all` (public), an account id, an organisation or OU ARN. */
  principal: string;
  kind: 'public' | 'account' | 'organization' | 'organizational-unit';
  outsideOrganization?: boolean;
}

/**
 * Who outside the zone may restore or launch from a share list (EBS createVolumePermissions, RDS
 * restore attribute, AMI launchPermissions). Organisation / OU shares of another organisation count.
 */
export function analyseShares(entries: readonly { UserId?: string; Group?: string; OrganizationArn?: string; OrganizationalUnitArn?: string }[] | readonly string[], zone: TrustZone): ShareGrant[] {
  const out: ShareGrant[] = [];
  const ownOrg = (arn: string) => zone.organizationId !== null && arn.includes(`/${zone.organizationId}`);
  for (const e of entries) {
    if (typeof e === 'string') {
      if (e === 'all') out.push({ principal: 'all', kind: 'public' });
      else if (!zone.accounts.has(e)) out.push({ principal: e, kind: 'account', outsideOrganization: zone.membershipKnown });
      continue;
    }
    if (e.Group === 'all') out.push({ principal: 'all', kind: 'public' });
    else if (e.UserId && !zone.accounts.has(e.UserId)) out.push({ principal: e.UserId, kind: 'account', outsideOrganization: zone.membershipKnown });
    else if (e.OrganizationArn && !ownOrg(e.OrganizationArn)) out.push({ principal: e.OrganizationArn, kind: 'organization', outsideOrganization: zone.organizationId !== null });
    else if (e.OrganizationalUnitArn && !ownOrg(e.OrganizationalUnitArn)) out.push({ principal: e.OrganizationalUnitArn, kind: 'organizational-unit', outsideOrganization: zone.organizationId !== null });
  }
  return out;
}

// ---------------------------------------------------------------- wording

const KIND_TEXT: Record<ExternalKind, LocalizedText> = {
  public: { en: 'anyone (public)', ja: '誰でも（公開）' },
  'any-account': { en: 'any AWS account', ja: '任意の AWS アカウント' },
  account: { en: 'account', ja: 'アカウント' },
  principal: { en: 'principal', ja: 'プリンシパル' },
  service: { en: 'AWS service on behalf of any account', ja: '任意のアカウントのために動作する AWS サービス' },
  federated: { en: 'federated users of', ja: 'フェデレーションユーザー:' },
};

/** "account 999999999999 can s3:GetObject, s3:PutObject (via statement Partner)" in English and Japanese. */
export function describeGrant(g: ExternalGrant): LocalizedText {
  const who = g.kind === 'public' || g.kind === 'any-account' ? KIND_TEXT[g.kind] : { en: `${KIND_TEXT[g.kind].en} ${g.principal}`, ja: `${KIND_TEXT[g.kind].ja} ${g.principal}` };
  const actions = g.actions.join(', ');
  return {
    en: `${who.en} can ${actions} (statement ${g.via.join(', ')})`,
    ja: `${who.ja} が ${actions} を実行できます（ステートメント ${g.via.join('、')}）`,
  };
}
