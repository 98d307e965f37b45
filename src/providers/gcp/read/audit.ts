/**
 * Google Cloud Audit Logs: a Cloud Logging `LogEntry` whose `protoPayload` is an `AuditLog`, as
 * it arrives from a log sink (Cloud Storage files of JSON lines, Pub/Sub messages), from
 * `gcloud logging read --format=json` or from the Logging API. Normalised lazily into a CloudEvent
 * like CloudTrail records: rules match on `raw` (the LogEntry's own field names,
 * `protoPayload.methodName`), so actor, src, api and resources are built on first read.
 *
 *   account   resource.labels.project_id, else the logName's `projects/<p>` (`organizations/<id>`,
 *             `folders/<id>`, `billingAccounts/<id>` for entries above projects)
 *   region    resource.labels.location / zone / region, else resourceLocation, else "global"
 *   actor     protoPayload.authenticationInfo (principalEmail, serviceAccountKeyName as the key,
 *             serviceAccountDelegationInfo as the impersonation chain, original caller first)
 *   src       protoPayload.requestMetadata (callerIp, callerSuppliedUserAgent)
 *   api       serviceName, methodName, status.code (google.rpc.Code names), read-only from the
 *             log type and the method's verb
 */
import type { ActorType, CloudEvent, EventActor, EventSource } from '../../../model/event.js';
import { capped, field, isoTime, parseTime, sha1 } from '../../../detect/read/values.js';
import { quoteForError } from '../../../model/errors.js';

type Json = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** google.rpc.Code → its name (status.code in an AuditLog). */
export const RPC_CODES: readonly string[] = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

const AUDIT_LOG_TYPE = 'type.googleapis.com/google.cloud.audit.AuditLog';

/** Whether a parsed JSON object is a Cloud Logging LogEntry (any payload). */
export function isLogEntry(v: Json): boolean {
  return typeof v.logName === 'string' && (typeof v.timestamp === 'string' || typeof v.receiveTimestamp === 'string') && ('protoPayload' in v || 'jsonPayload' in v || 'textPayload' in v);
}

/** Whether a LogEntry carries a Cloud Audit Log (protoPayload of type AuditLog). */
export function isAuditLogEntry(v: Json): boolean {
  const p = obj(v.protoPayload);
  if (!p) return false;
  const t = p['@type'];
  return t === undefined ? typeof p.methodName === 'string' || typeof p.serviceName === 'string' : t === AUDIT_LOG_TYPE;
}

/**
 * A Pub/Sub message around a LogEntry: a push subscription's request body
 * (`{"message":{"data":"<base64>",…},"subscription":…}`) or an element of a pull
 * (`{"ackId":…,"message":{…}}`). The decoded JSON text, or undefined when `v` is not one.
 */
export function pubsubData(v: Json): string | undefined {
  const m = obj(v.message);
  if (!m || typeof m.data !== 'string') return undefined;
  if (!('subscription' in v) && !('ackId' in v) && !('messageId' in m) && !('message_id' in m)) return undefined;
  return Buffer.from(m.data, 'base64').toString('utf8');
}

/** The project (or organizations/<id>, folders/<id>, billingAccounts/<id>) a LogEntry belongs to. */
export function gcpAccountOf(entry: Json): string {
  const labels = obj(obj(entry.resource)?.labels);
  const project = field(labels?.project_id);
  if (project) return project;
  const logName = str(entry.logName);
  if (logName) {
    const slash = logName.indexOf('/');
    const next = slash < 0 ? -1 : logName.indexOf('/', slash + 1);
    if (next > 0) {
      const kind = logName.slice(0, slash);
      const id = logName.slice(slash + 1, next);
      if (kind === 'projects') return capped(id);
      if (kind === 'organizations' || kind === 'folders' || kind === 'billingAccounts') return capped(`${kind}/${id}`);
    }
  }
  const org = str(labels?.organization_id);
  if (org) return capped(`organizations/${org}`);
  const folder = str(labels?.folder_id);
  if (folder) return capped(`folders/${folder}`);
  return '';
}

/** The location of a LogEntry's resource ("global" when it names none). */
export function gcpRegionOf(entry: Json): string {
  const labels = obj(obj(entry.resource)?.labels);
  if (labels) {
    const l = field(labels.location) ?? field(labels.zone) ?? field(labels.region);
    if (l) return l;
  }
  const locations = obj(obj(entry.protoPayload)?.resourceLocation)?.currentLocations;
  if (Array.isArray(locations) && typeof locations[0] === 'string' && locations[0]) return capped(locations[0]);
  return 'global';
}

// Service agents: Google-managed identities acting for a service in the customer's project.
const AGENT_DOMAIN = /@(?:gcp-sa-[a-z0-9-]+\.iam\.gserviceaccount\.com|cloudservices\.gserviceaccount\.com|system\.gserviceaccount\.com|container-engine-robot\.iam\.gserviceaccount\.com|compute-system\.iam\.gserviceaccount\.com|gs-project-accounts\.iam\.gserviceaccount\.com|serverless-robot-prod\.iam\.gserviceaccount\.com|dataflow-service-producer-prod\.iam\.gserviceaccount\.com|[a-z0-9-]+\.google\.com\.iam\.gserviceaccount\.com)$/;

/** A Google-managed service agent (`service-<n>@gcp-sa-….iam.gserviceaccount.com`, `<n>@cloudservices.gserviceaccount.com`, …). */
export function isServiceAgent(email: string): boolean {
  return AGENT_DOMAIN.test(email) || (/^service-\d+@/.test(email) && email.endsWith('.gserviceaccount.com'));
}

/** The actor type of a Google Cloud principal email. */
export function gcpActorType(email: string | undefined): ActorType {
  if (!email) return 'Anonymous';
  if (email.startsWith('principal://') || email.startsWith('principalSet://')) return 'GcpFederated';
  if (email.startsWith('system:')) return email.startsWith('system:serviceaccount:') ? 'Unknown' : 'GcpServiceAgent';
  if (isServiceAgent(email)) return 'GcpServiceAgent';
  if (email.endsWith('.gserviceaccount.com')) return 'GcpServiceAccount';
  return email.includes('@') ? 'GcpUser' : 'Unknown';
}

function delegationChain(auth: Json): string[] | undefined {
  const info = auth.serviceAccountDelegationInfo;
  if (!Array.isArray(info) || info.length === 0) return undefined;
  const chain: string[] = [];
  for (const d of info) {
    const o = obj(d);
    const p = obj(o?.firstPartyPrincipal) ?? obj(o?.thirdPartyPrincipal);
    const who = field(p?.principalEmail) ?? field(o?.principalSubject) ?? field(obj(p?.thirdPartyClaims)?.sub);
    if (who) chain.push(who);
  }
  return chain.length ? chain : undefined;
}

export function gcpActorOf(entry: Json): EventActor | undefined {
  const p = obj(entry.protoPayload);
  if (!p) return undefined;
  const auth = obj(p.authenticationInfo);
  // Every value is cut to FIELD_LIMIT (field()): they become evidence, hub rows and baselines.
  const email = field(auth?.principalEmail) ?? field(auth?.principalSubject);
  const actor: EventActor = { type: gcpActorType(email) };
  if (email) {
    actor.email = email;
    actor.arn = email;
    const at = email.indexOf('@');
    if (at > 0) actor.userName = email.slice(0, at);
  }
  const key = field(auth?.serviceAccountKeyName);
  if (key) actor.accessKeyId = key;
  const chain = auth ? delegationChain(auth) : undefined;
  if (chain) actor.delegationChain = chain;
  return actor;
}

export function gcpSrcOf(entry: Json): CloudEvent['src'] {
  const meta = obj(obj(entry.protoPayload)?.requestMetadata);
  if (!meta) return undefined;
  const ip = field(meta.callerIp);
  const userAgent = field(meta.callerSuppliedUserAgent);
  if (!ip && !userAgent) return undefined;
  const src: NonNullable<CloudEvent['src']> = {};
  // "private" (a VPC caller with Private Google Access) and "gce-internal-ip" are not addresses.
  if (ip && ip !== 'private' && ip !== 'gce-internal-ip') src.ip = ip;
  if (userAgent) src.userAgent = userAgent;
  return src;
}

const READ_VERB = /^(get|list|search|query|read|lookup|aggregatedlist|batchget|testiampermissions|access|fetch|describe|watch|validate|check|export|preview)/;

/** Whether the call reads (from the log type, then the method's verb). */
export function gcpReadOnly(entry: Json): boolean | undefined {
  const logName = str(entry.logName) ?? '';
  if (logName.endsWith('%2Factivity') || logName.endsWith('/activity') || logName.endsWith('%2Fsystem_event') || logName.endsWith('/system_event')) return false;
  const method = str(obj(entry.protoPayload)?.methodName);
  if (!method) return undefined;
  const verb = method.slice(method.lastIndexOf('.') + 1).toLowerCase();
  return READ_VERB.test(verb);
}

export function gcpApiOf(entry: Json): NonNullable<CloudEvent['api']> {
  const p = obj(entry.protoPayload) ?? {};
  const api: NonNullable<CloudEvent['api']> = { service: capped(String(p.serviceName ?? '')), operation: capped(String(p.methodName ?? '')) };
  const status = obj(p.status);
  const code = typeof status?.code === 'number' ? status.code : typeof status?.code === 'string' ? Number(status.code) : 0;
  if (code) api.errorCode = RPC_CODES[code] ?? capped(String(code));
  const message = field(status?.message);
  if (code && message) api.errorMessage = message;
  const readOnly = gcpReadOnly(entry);
  if (readOnly !== undefined) api.readOnly = readOnly;
  return api;
}

type Resource = CloudEvent['resources'][number];

export function gcpResourcesOf(entry: Json): Resource[] {
  const p = obj(entry.protoPayload);
  const name = str(p?.resourceName);
  const resource = obj(entry.resource);
  const type = field(resource?.type);
  const out: Resource[] = [];
  if (name) {
    const service = str(p?.serviceName);
    // Full resource names (//service/…) are unique across services; relative names get the service.
    const uid = capped(name.startsWith('//') ? name : service ? `//${service}/${name}` : name);
    const r: Resource = { uid, name: capped(name.slice(name.lastIndexOf('/') + 1)) };
    if (type) r.type = type;
    out.push(r);
  }
  // A service account is often named by its numeric id (projects/-/serviceAccounts/1144…); its
  // e-mail, which is how principals name it, is in the resource labels.
  const email = type === 'service_account' ? field(obj(resource?.labels)?.email_id) : undefined;
  if (email) {
    const project = str(obj(resource?.labels)?.project_id) ?? '-';
    const uid = capped(`//iam.googleapis.com/projects/${project}/serviceAccounts/${email}`);
    if (!out.some((r) => r.uid === uid)) out.push({ uid, type: 'service_account', name: email });
  }
  return out;
}

// Bits of GcpAuditEvent.ready.
const TIME = 1;
const ACTOR = 2;
const SRC = 4;
const API = 8;
const RESOURCES = 16;
const EMPTY_RESOURCES: Resource[] = [];

/** A Cloud Audit Log entry as a CloudEvent whose derived fields are worked out on first read (see CloudTrailEvent). */
class GcpAuditEvent implements CloudEvent {
  id: string;
  source: EventSource = 'gcpaudit';
  timeMs: number;
  account: string;
  region: string;
  raw: Json;
  origin?: { file: string; line?: number } = undefined;
  private ready = 0;
  private _time = '';
  private _actor: EventActor | undefined = undefined;
  private _src: CloudEvent['src'] = undefined;
  private _api: CloudEvent['api'] = undefined;
  private _resources: Resource[] = EMPTY_RESOURCES;

  constructor(id: string, timeMs: number, account: string, region: string, raw: Json) {
    this.id = id;
    this.timeMs = timeMs;
    this.account = account;
    this.region = region;
    this.raw = raw;
  }

  get time(): string {
    if (!(this.ready & TIME)) this.time = isoTime(this.raw.timestamp, this.timeMs);
    return this._time;
  }
  set time(v: string) {
    this._time = v;
    this.ready |= TIME;
  }

  get actor(): EventActor | undefined {
    if (!(this.ready & ACTOR)) this.actor = gcpActorOf(this.raw);
    return this._actor;
  }
  set actor(v: EventActor | undefined) {
    this._actor = v;
    this.ready |= ACTOR;
  }

  get src(): CloudEvent['src'] {
    if (!(this.ready & SRC)) this.src = gcpSrcOf(this.raw);
    return this._src;
  }
  set src(v: CloudEvent['src']) {
    this._src = v;
    this.ready |= SRC;
  }

  get api(): CloudEvent['api'] {
    if (!(this.ready & API)) this.api = gcpApiOf(this.raw);
    return this._api;
  }
  set api(v: CloudEvent['api']) {
    this._api = v;
    this.ready |= API;
  }

  get resources(): Resource[] {
    if (!(this.ready & RESOURCES)) this.resources = gcpResourcesOf(this.raw);
    return this._resources;
  }
  set resources(v: Resource[]) {
    this._resources = v;
    this.ready |= RESOURCES;
  }

  toJSON(): CloudEvent {
    const out: CloudEvent = { id: this.id, source: this.source, time: this.time, timeMs: this.timeMs, account: this.account, region: this.region, api: this.api, resources: this.resources, raw: this.raw };
    if (this.actor) out.actor = this.actor;
    if (this.src) out.src = this.src;
    if (this.origin) out.origin = this.origin;
    return out;
  }
}

/** A Cloud Audit Log LogEntry as a CloudEvent, or a reason it can't be one. */
export function fromGcpAudit(entry: Json): CloudEvent | string {
  const timeMs = parseTime(entry.timestamp ?? entry.receiveTimestamp);
  if (Number.isNaN(timeMs)) return `timestamp ${quoteForError(entry.timestamp)} is not a time`;
  const insertId = field(entry.insertId);
  // insertId is unique per log and time; the log name keeps ids of different logs apart.
  const id = insertId ?? sha1(JSON.stringify(entry));
  return new GcpAuditEvent(id, timeMs, gcpAccountOf(entry), gcpRegionOf(entry), entry);
}

/**
 * The time a Cloud Logging sink's Cloud Storage object covers, from its path
 * (`cloudaudit.googleapis.com/activity/2026/11/20/00:00:00_00:59:59_S0.json` → `20261120T0000Z`),
 * in the form deliveryTime gives AWS names; undefined when the path is not one.
 */
export function sinkObjectTime(path: string): string | undefined {
  const m = /(\d{4})\/(\d{2})\/(\d{2})\/(\d{2}):(\d{2}):(\d{2})_\d{2}:\d{2}:\d{2}_S\d+(?:\.[a-z]+)*$/i.exec(path);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}Z` : undefined;
}

// ---------------------------------------------------------------------------------------------
// IAM policy changes: the `mamori.gcp.*` enrichment detection rules read

/** Free e-mail providers: a member there is never part of an organisation. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'yahoo.co.jp', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'mail.ru', 'yandex.ru', 'qq.com', '163.com']);

/** One binding added by an IAM policy change. */
export interface GcpGrant {
  role: string;
  member: string;
  /** user, group, serviceAccount, domain, public, principal, other */
  kind: string;
  /** The member's e-mail domain (users, groups) or the domain itself (domain:…). */
  domain?: string;
  /** Outside the organisation's domains (public members included). */
  external: boolean;
  public: boolean;
}

/** The `mamori.gcp` fields of an IAM policy change (see docs/detection-rules.md). */
export interface GcpPolicyFields {
  grants: GcpGrant[];
  /** Roles granted, to anyone / to a member outside the organisation / to allUsers or allAuthenticatedUsers. */
  added_roles: string[];
  external_roles: string[];
  public_roles: string[];
  /** Members those roles went to. */
  external_members: string[];
  public_members: string[];
  /** Where the grants were read: the change's delta, or (no delta logged) the whole new policy. */
  grants_from: 'delta' | 'policy';
  /** The organisation's domains the verdicts used (configured, or the caller's own when none are). */
  org_domains: string[];
}

function memberKindOf(member: string): { kind: string; id: string } {
  if (member === 'allUsers' || member === 'allAuthenticatedUsers') return { kind: 'public', id: member };
  const colon = member.indexOf(':');
  const prefix = colon < 0 ? '' : member.slice(0, colon);
  const id = colon < 0 ? member : member.slice(colon + 1).split('?')[0];
  switch (prefix) {
    case 'user':
    case 'group':
    case 'serviceAccount':
    case 'domain':
      return { kind: prefix, id };
    case 'principal':
    case 'principalSet':
      return { kind: 'principal', id: member };
    default:
      return { kind: 'other', id };
  }
}

function inDomains(domain: string, org: readonly string[]): boolean {
  for (const d of org) if (domain === d || domain.endsWith(`.${d}`)) return true;
  return false;
}

/** Judges one added binding against the organisation's domains. */
export function gcpGrant(role: string, member: string, orgDomains: readonly string[]): GcpGrant {
  const { kind, id } = memberKindOf(member);
  const grant: GcpGrant = { role, member, kind, external: false, public: kind === 'public' };
  if (kind === 'public') grant.external = true;
  else if (kind === 'user' || kind === 'group' || kind === 'domain') {
    const domain = (kind === 'domain' ? id : id.slice(id.lastIndexOf('@') + 1)).toLowerCase();
    grant.domain = domain;
    grant.external = CONSUMER_DOMAINS.has(domain) || (orgDomains.length > 0 && !inDomains(domain, orgDomains));
  }
  // Service accounts, federated principals and the rest are not judged by domain.
  return grant;
}

const IAM_METHOD = /(?:setiampolicy|setiampermissions)$/i; // SetIamPolicy, storage.setIamPermissions, iam's SetIAMPolicy

/**
 * For a SetIamPolicy-like entry (any service; Cloud Storage's storage.setIamPermissions): the
 * bindings it added (serviceData.policyDelta.bindingDeltas with action ADD, else the bindings of
 * the policy in the request) judged against `orgDomains` (none configured: the caller's own
 * domain when the caller is a person, and free e-mail providers always count as outside).
 * Undefined for other entries.
 */
export function gcpPolicyFields(entry: Json, orgDomains: readonly string[] | undefined): GcpPolicyFields | undefined {
  const p = obj(entry.protoPayload);
  const method = str(p?.methodName);
  if (!p || !method || !IAM_METHOD.test(method)) return undefined;
  let org = orgDomains?.length ? orgDomains.map((d) => d.toLowerCase()) : [];
  if (!org.length) {
    const email = str(obj(p.authenticationInfo)?.principalEmail);
    const domain = email?.slice(email.lastIndexOf('@') + 1).toLowerCase();
    if (email && domain && gcpActorType(email) === 'GcpUser' && !CONSUMER_DOMAINS.has(domain)) org = [domain];
  }
  const pairs: [string, string][] = [];
  let from: GcpPolicyFields['grants_from'] = 'delta';
  const deltas = obj(obj(p.serviceData)?.policyDelta)?.bindingDeltas ?? obj(obj(p.metadata)?.policyDelta)?.bindingDeltas;
  if (Array.isArray(deltas)) {
    for (const d of deltas) {
      const o = obj(d);
      if (o && o.action === 'ADD' && typeof o.role === 'string' && typeof o.member === 'string') pairs.push([o.role, o.member]);
    }
  } else {
    from = 'policy';
    const bindings = obj(obj(p.request)?.policy)?.bindings;
    if (Array.isArray(bindings)) {
      for (const b of bindings) {
        const o = obj(b);
        if (!o || typeof o.role !== 'string' || !Array.isArray(o.members)) continue;
        for (const m of o.members) if (typeof m === 'string') pairs.push([o.role, m]);
      }
    }
  }
  const fields: GcpPolicyFields = { grants: [], added_roles: [], external_roles: [], public_roles: [], external_members: [], public_members: [], grants_from: from, org_domains: org };
  const add = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v);
  };
  for (const [role, member] of pairs) {
    const g = gcpGrant(role, member, org);
    fields.grants.push(g);
    add(fields.added_roles, role);
    if (g.external) {
      add(fields.external_roles, role);
      add(fields.external_members, member);
    }
    if (g.public) {
      add(fields.public_roles, role);
      add(fields.public_members, member);
    }
  }
  return fields;
}

/** The organisation domains from MAMORI_GCP_ORG_DOMAINS (comma or space separated), if set. */
export function orgDomainsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const v = env.MAMORI_GCP_ORG_DOMAINS;
  if (!v) return undefined;
  const list = v.split(/[\s,]+/).map((d) => d.trim().toLowerCase()).filter(Boolean);
  return list.length ? list : undefined;
}
