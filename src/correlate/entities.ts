/**
 * Entity resolution: which actor or workload is behind a signal. Correlation joins signals that
 * share an entity key, so the keys decide what counts as "the same attacker":
 *
 *   akid:<access key id>             the credentials themselves (an ASIA… session key or an AKIA… user key)
 *   host:<account>:<instance id>     an EC2 instance — its role sessions are named after it, and its
 *                                    private/public addresses (from the inventory) tie flow and DNS signals to it
 *   fn:<function ARN>                a Lambda function — its role sessions are named after it, and
 *                                    findings about it with no principal (GuardDuty Lambda Protection) are its
 *   user:<ARN> / session:<ARN> / root:<account>   any other principal
 *   ip:<account>:<address>           an internal address the inventory does not know
 *   gcp:<email>                      a Google Cloud principal (user, service account, federated
 *                                    subject), and each principal of its impersonation chain
 *                                    (serviceAccountDelegationInfo), so the original caller and the
 *                                    impersonated service account join; a signal about minting
 *                                    credentials for a service account (keys, access tokens,
 *                                    signed JWTs: ATT&CK T1098.001, T1550) also names that account
 *   sakey:<key name>                 a Google Cloud service-account key (serviceAccountKeyName): one
 *                                    stolen key's activity groups together
 *
 * Deliberately not keys: roles (every session of a role is not one attacker), external IP
 * addresses (an office NAT is shared by many people) and buckets (many writers). Calls an AWS
 * service makes with a role (invokedBy) are the service's, not an attacker's, so they give no
 * actor key either; such a signal can still join through the S3 object it consumes (a deployment
 * of an artifact joins the signal that last wrote the artifact).
 */
import type { HubFinding } from '../hub/model.js';
import type { Signal } from '../model/signal.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Severity } from '../model/types.js';
import { isPrivateAddress } from '../detect/intel/ip.js';
import { guardDutyTactics } from './tactics.js';

/** One signal as correlation needs it: times, ATT&CK, who and what. From mamori or an imported tool. */
export interface CorrelationSignal {
  id: string;
  source: string;
  ruleId: string;
  title: string;
  severity: Severity;
  /** Epoch milliseconds. */
  firstMs: number;
  lastMs: number;
  account: string;
  region: string;
  tactics: string[];
  techniques: string[];
  actor?: Signal['actor'];
  sourceIps: string[];
  /** User agents of the calls (CloudTrail), when the source gives them. */
  userAgents?: string[];
  /** Resource uids (ARNs) the signal names. */
  resources: string[];
  /** S3 objects the signal's action consumed (deployed or built from), as ARNs. */
  consumes: string[];
  count: number;
  /** The cloud (absent: AWS). */
  provider?: 'aws' | 'gcp' | 'azure';
  /** Google Cloud: members outside the organisation a policy change granted a role to. */
  grantees?: string[];
}

/** The outside members a Google Cloud policy change granted roles to, from the signal's dedup key. */
function granteesOf(dedupKey: Record<string, unknown> | undefined): string[] | undefined {
  const v = dedupKey?.['mamori.gcp.external_members'];
  if (typeof v === 'string' && v) return v.split(',');
  // Azure role assignments: the object id the role went to.
  const azure = dedupKey?.['mamori.azure.principal_id'];
  return typeof azure === 'string' && azure ? [`azure:${azure}`] : undefined;
}

/** A service account named in a Google Cloud resource uid (…/serviceAccounts/<email>). */
const GCP_SERVICE_ACCOUNT = /\/serviceAccounts\/([^/@]+@[^/]+\.gserviceaccount\.com)$/;
/** Techniques of minting credentials for another identity: additional cloud credentials, alternate authentication material. */
const CREDENTIAL_TECHNIQUE = /^T(1098\.001|1550)(\.|$)/;

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
/** A Lambda function's ARN, with a version or alias qualifier or not: the unqualified ARN is group 1. */
const LAMBDA_FUNCTION = /^(arn:aws[a-z-]*:lambda:[^:]+:\d{12}:function:[^:]+)(?::[^:]+)?$/;
const S3_OBJECT = /^arn:aws[a-z-]*:s3:::[^/]+\/.+/;
const WRITER_TECHNIQUE = /^T(1195|1565|1105|1608)(\.|$)/;

/** The S3 object a deployment revision names (CodeDeploy CreateDeployment `revision.s3Location`). */
function consumedObjects(dedupKey: Record<string, string> | undefined): string[] {
  if (!dedupKey) return [];
  const out: string[] = [];
  for (const [field, bucket] of Object.entries(dedupKey)) {
    if (!field.endsWith('s3Location.bucket')) continue;
    const key = dedupKey[field.slice(0, -'bucket'.length) + 'key'];
    if (bucket && key) out.push(`arn:aws:s3:::${bucket}/${key}`);
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A detection signal (this run's, before it reaches the hub). */
export function fromSignal(s: Signal): CorrelationSignal {
  return {
    id: s.id,
    source: 'mamori',
    ruleId: s.ruleId,
    title: s.title,
    severity: s.severity,
    firstMs: Date.parse(s.firstSeen),
    lastMs: Date.parse(s.lastSeen),
    account: s.account,
    region: s.region,
    tactics: s.tactics,
    techniques: s.techniques,
    actor: s.actor,
    sourceIps: s.sourceIps,
    userAgents: s.userAgents,
    resources: s.resources,
    consumes: consumedObjects(s.dedupKey),
    ...(granteesOf(s.dedupKey) ? { grantees: granteesOf(s.dedupKey) } : {}),
    count: s.count,
    ...(s.provider === 'gcp' ? { provider: 'gcp' as const } : s.provider === 'azure' ? { provider: 'azure' as const } : {}),
  };
}

/**
 * A threat finding of the hub: mamori's own signals (their evidence keeps actor, IPs, resources
 * and ATT&CK ids) and imported GuardDuty findings (tactics from the finding type; the access key,
 * the session's principal id and the instance or principal the finding is about).
 */
export function fromHubFinding(f: HubFinding): CorrelationSignal {
  const e = f.evidence ?? {};
  const firstMs = Date.parse(f.firstSeen);
  const lastMs = Date.parse(f.lastSeen);
  const base = {
    id: f.id,
    source: f.source,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    firstMs,
    lastMs: Math.max(firstMs, lastMs),
    account: f.account,
    region: f.region,
    count: typeof e.count === 'number' ? e.count : f.timesSeen,
  };
  if (f.source === 'mamori') {
    const actor = (e.actor && typeof e.actor === 'object' ? e.actor : undefined) as Signal['actor'];
    return {
      ...base,
      ...((f.provider as string) === 'gcp' ? { provider: 'gcp' as const } : (f.provider as string) === 'azure' ? { provider: 'azure' as const } : {}),
      tactics: strings(e.tactics),
      techniques: strings(e.techniques),
      actor,
      sourceIps: strings(e.sourceIps),
      userAgents: strings(e.userAgents),
      resources: strings(e.resources).length ? strings(e.resources) : [f.resourceUid],
      consumes: consumedObjects(e.dedupKey as Record<string, string> | undefined),
      ...(granteesOf(e.dedupKey as Record<string, unknown> | undefined) ? { grantees: granteesOf(e.dedupKey as Record<string, unknown>) } : {}),
    };
  }
  // GuardDuty (native or through Security Hub) and other tools' threat findings.
  const accessKeyId = str(e.accessKeyId);
  const principalId = str(e.principalId);
  const session = principalId?.includes(':') ? principalId.slice(principalId.indexOf(':') + 1) : undefined;
  let actor: Signal['actor'] | undefined;
  if (accessKeyId || f.resourceType === 'AWS::IAM::User' || f.resourceType === 'AWS::IAM::RootUser') {
    actor = { accessKeyId };
    if (f.resourceType === 'AWS::IAM::User') actor = { ...actor, arn: f.resourceUid, type: 'IAMUser' };
    else if (f.resourceType === 'AWS::IAM::RootUser') actor = { ...actor, arn: f.resourceUid, type: 'Root' };
    else if (f.resourceType === 'AWS::IAM::Role') {
      const roleName = f.resourceUid.split('/').pop();
      actor = {
        ...actor,
        type: 'AssumedRole',
        roleArn: f.resourceUid,
        arn: session && roleName ? `arn:aws:sts::${f.account}:assumed-role/${roleName}/${session}` : undefined,
      };
    }
  }
  const remoteIp = str(e.remoteIp);
  return {
    ...base,
    tactics: guardDutyTactics(f.ruleId),
    techniques: strings(e.techniques),
    actor,
    sourceIps: remoteIp ? [remoteIp] : [],
    resources: [f.resourceUid],
    consumes: [],
  };
}

/** What one account's inventory says about its workloads, as plain data (stored in the hub). */
export interface InventoryEntities {
  /** "<account>:<private ip>" or "*:<public ip>" → host key. */
  hosts: [string, string][];
  /** Role ARN → the Lambda functions that use it. */
  functions: [string, { name: string; arn: string }[]][];
  names: [string, string][];
  uids: [string, string][];
  /** `user:<account>:<name>` / `role:<account>:<name>` → the IAM user's or role's tags (inventories stored before this field have none). */
  principalTags?: [string, Record<string, string>][];
}

// What a snapshot says about workloads is read by each provider (src/providers/inventory.ts).
export { INVENTORY_TYPES, inventoryEntities } from '../providers/inventory.js';
import { inventoryEntities } from '../providers/inventory.js';

/**
 * What the inventory snapshot knows about workloads: instance addresses, and which role sessions
 * belong to which instance or function. Without a snapshot, instance role sessions still resolve
 * (EC2 names them after the instance) but flow and DNS signals stay on their address.
 */
export class EntityResolver {
  private readonly hostByIp = new Map<string, string>();
  /** Host key → its public addresses (the `*:<ip>` entries), for detection's instance source (WorkloadLookup). */
  private readonly publicIpsByHost = new Map<string, string[]>();
  private readonly functionsByRole = new Map<string, { name: string; arn: string }[]>();
  /** Display names: entity key → e.g. "web-1 (i-0a1b…)". */
  readonly names = new Map<string, string>();
  /** Resource uid of an entity key, for the sequence finding's resource. */
  readonly uids = new Map<string, string>();
  private readonly tagsByPrincipal = new Map<string, Readonly<Record<string, string>>>();

  static fromSnapshot(snapshot?: Snapshot): EntityResolver {
    return EntityResolver.fromInventories(snapshot ? [...inventoryEntities(snapshot).values()] : []);
  }

  /** From what snapshots said (per account; `mamori assess/scan/demo` keep the latest in the hub). */
  static fromInventories(inventories: readonly InventoryEntities[]): EntityResolver {
    const r = new EntityResolver();
    for (const inv of inventories) {
      for (const [ip, host] of inv.hosts ?? []) {
        r.hostByIp.set(ip, host);
        if (ip.startsWith('*:')) r.publicIpsByHost.set(host, [...(r.publicIpsByHost.get(host) ?? []), ip.slice(2)]);
      }
      for (const [role, fns] of inv.functions ?? []) r.functionsByRole.set(role, [...(r.functionsByRole.get(role) ?? []), ...fns]);
      for (const [key, name] of inv.names ?? []) r.names.set(key, name);
      for (const [key, uid] of inv.uids ?? []) r.uids.set(key, uid);
      for (const [key, tags] of inv.principalTags ?? []) r.tagsByPrincipal.set(key, tags);
    }
    return r;
  }

  /** Whether the inventory had any IAM user or role with tags (PrincipalTagLookup for detection allowlists). */
  get knowsPrincipalTags(): boolean {
    return this.tagsByPrincipal.size > 0;
  }

  /** The tags of `user:<account>:<name>` or `role:<account>:<name>`, if the inventory knows the principal. */
  tagsOf(principalKey: string): Readonly<Record<string, string>> | undefined {
    return this.tagsByPrincipal.get(principalKey);
  }

  /** The public addresses the inventory ties to an instance (`host:<account>:<instance id>`), if any. */
  publicAddressesOf(hostKey: string): readonly string[] | undefined {
    return this.publicIpsByHost.get(hostKey);
  }

  private hostOfIp(account: string, ip: string): string | undefined {
    return this.hostByIp.get(`${account}:${ip}`) ?? this.hostByIp.get(`*:${ip}`);
  }

  /** The entity keys of one signal (see the module comment). */
  keys(s: CorrelationSignal): string[] {
    if (s.provider === 'gcp') return gcpKeys(s);
    if (s.provider === 'azure') return azureKeys(s);
    const keys = new Set<string>();
    const a = s.actor;
    if (a && !a.invokedBy && a.type !== 'AWSService') {
      if (a.accessKeyId) keys.add(`akid:${a.accessKeyId}`);
      const arn = a.arn;
      if (a.type === 'Root' || arn?.endsWith(':root')) keys.add(`root:${s.account}`);
      else if (arn && (a.type === 'AssumedRole' || arn.includes(':assumed-role/'))) {
        const session = arn.slice(arn.lastIndexOf('/') + 1);
        const account = arn.split(':')[4] || s.account;
        const fn = a.roleArn ? this.functionsByRole.get(a.roleArn)?.find((f) => f.name === session) : undefined;
        if (INSTANCE_ID.test(session)) keys.add(`host:${account}:${session}`);
        else if (fn) keys.add(`fn:${fn.arn}`);
        else keys.add(`session:${arn}`);
      } else if (arn) keys.add(`user:${arn}`);
    }
    // A signal with no principal whose resource is a workload is about that workload (an actor's
    // resources are what it acted on, and never say who it is).
    for (const uid of a ? [] : s.resources) {
      const m = /^arn:aws[a-z-]*:ec2:[^:]*:(\d{12}):instance\/(i-[0-9a-f]+)$/.exec(uid);
      if (m) keys.add(`host:${m[1]}:${m[2]}`);
      const fn = LAMBDA_FUNCTION.exec(uid);
      if (fn) keys.add(`fn:${fn[1]}`);
    }
    // Network and DNS signals have no principal: the workload is the internal address.
    if (!a) {
      for (const ip of s.sourceIps) {
        const host = this.hostOfIp(s.account, ip);
        if (host) keys.add(host);
        else if (isPrivateAddress(ip)) keys.add(`ip:${s.account}:${ip}`);
      }
    }
    return [...keys];
  }

  /**
   * S3 objects a signal wrote that a later deployment could consume: only signals about changing
   * content (supply-chain compromise T1195, data manipulation T1565, tool transfer T1105, staging
   * T1608) count as writers — a signal that merely read an object must not become its author.
   */
  static objectsOf(s: CorrelationSignal): string[] {
    if (!s.resources.length || !s.techniques.some((t) => WRITER_TECHNIQUE.test(t))) return [];
    return s.resources.filter((r) => S3_OBJECT.test(r));
  }
}

/**
 * The entity keys of a Google Cloud signal: the principal (unless a Google service agent acting for
 * a product), the principals of its impersonation chain, the service-account key it used, and for a
 * signal about minting credentials, the service account they were minted for.
 */
export function gcpKeys(s: CorrelationSignal): string[] {
  const keys = new Set<string>();
  const a = s.actor;
  if (a && a.type !== 'GcpServiceAgent') {
    const email = a.email ?? a.arn;
    if (email) keys.add(`gcp:${email}`);
    for (const p of a.delegationChain ?? []) keys.add(`gcp:${p}`);
    if (a.accessKeyId) keys.add(`sakey:${a.accessKeyId}`);
  }
  // A role granted to an outside account (persistence, T1098) joins the grantor and what the
  // grantee does next: the owner an intruder adds is the intruder.
  if (s.grantees && s.techniques.some((t) => /^T1098(\.|$)/.test(t))) {
    for (const m of s.grantees) if (/^(user|serviceAccount|group):/.test(m)) keys.add(`gcp:${m.slice(m.indexOf(':') + 1)}`);
  }
  if (s.techniques.some((t) => CREDENTIAL_TECHNIQUE.test(t))) {
    for (const uid of s.resources) {
      const m = GCP_SERVICE_ACCOUNT.exec(uid);
      if (m) keys.add(`gcp:${m[1]}`);
    }
  }
  return [...keys];
}

/**
 * The entity keys of an Azure signal: the caller (unless Azure acting on its own) by its key (a
 * user's UPN, a service principal's app id, a managed identity's resource id) and by its object id,
 * so that a principal a role was granted to (named by object id) joins what it does next; for a
 * role granted (persistence, T1098), that grantee.
 */
export function azureKeys(s: CorrelationSignal): string[] {
  const keys = new Set<string>();
  const a = s.actor;
  if (a && a.type !== 'AzurePlatform') {
    if (a.arn) keys.add(`azure:${a.arn.toLowerCase()}`);
    if (a.principalId) keys.add(`azure:${a.principalId.toLowerCase()}`);
  }
  if (s.grantees && s.techniques.some((t) => /^T1098(\.|$)/.test(t))) {
    for (const m of s.grantees) if (m.startsWith('azure:')) keys.add(m.toLowerCase());
  }
  return [...keys];
}
