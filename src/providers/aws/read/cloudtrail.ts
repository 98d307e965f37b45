/**
 * AWS logs into the event model: CloudTrail records (S3 delivery, CloudTrail Lake, EventBridge
 * envelopes) and Route 53 Resolver query logs.
 */
import { isIP } from 'node:net';
import type { ActorType, CloudEvent, EventActor, EventSource } from '../../../model/event.js';
import { capped, field, isoTime, obj, parseTime, sha1, str, type Json } from '../../../detect/read/values.js';
import { quoteForError } from '../../../model/errors.js';

const ACTOR_TYPES = new Set<ActorType>(['Root', 'IAMUser', 'AssumedRole', 'FederatedUser', 'AWSService', 'AWSAccount', 'IdentityCenterUser']);

function actorOf(ui: Json | undefined): EventActor | undefined {
  if (!ui) return undefined;
  const rawType = str(ui.type);
  const type: ActorType = rawType && ACTOR_TYPES.has(rawType as ActorType) ? (rawType as ActorType) : 'Unknown';
  const actor: EventActor = { type };
  // Every value is cut to FIELD_LIMIT (field()): they become evidence, hub rows and baselines.
  const arn = field(ui.arn);
  if (arn) actor.arn = arn;
  const principalId = field(ui.principalId) ?? field(obj(ui.onBehalfOf)?.userId);
  if (principalId) actor.principalId = principalId;
  const userName = field(ui.userName);
  if (userName) actor.userName = userName;
  else if (type === 'FederatedUser' && arn) actor.userName = arn.slice(arn.lastIndexOf('/') + 1);
  const accessKeyId = field(ui.accessKeyId);
  if (accessKeyId) actor.accessKeyId = accessKeyId;
  const session = obj(ui.sessionContext);
  if (type === 'AssumedRole') {
    const roleArn = field(obj(session?.sessionIssuer)?.arn);
    if (roleArn) actor.roleArn = roleArn;
    if (arn) actor.sessionName = arn.slice(arn.lastIndexOf('/') + 1);
  }
  const mfa = obj(session?.attributes)?.mfaAuthenticated;
  if (mfa === 'true' || mfa === true) actor.mfa = true;
  else if (mfa === 'false' || mfa === false) actor.mfa = false;
  const invokedBy = field(ui.invokedBy);
  if (invokedBy) actor.invokedBy = invokedBy;
  return actor;
}

type Resource = CloudEvent['resources'][number];

const isArn = (s: string) => s.startsWith('arn:');

function partitionOf(record: Json): string {
  const arn = str(obj(record.userIdentity)?.arn);
  const p = arn?.split(':')[1];
  return p && p.startsWith('aws') ? p : 'aws';
}

/** Whether `out` already names `uid` (a linear scan: an event names a handful of resources at most). */
function hasUid(out: Resource[], uid: string): boolean {
  for (let i = 0; i < out.length; i++) if (out[i].uid === uid) return true;
  return false;
}

function addResource(out: Resource[], fullUid: string, type: string, fullName?: string): void {
  // Built from request parameters, which may be long: cut here, after building.
  const uid = capped(fullUid);
  if (hasUid(out, uid)) return;
  const name = fullName === undefined ? undefined : capped(fullName);
  out.push(name ? { uid, type, name } : { uid, type });
}

/**
 * Resources named in `resources[]` and in the common request parameters. Deliberately modest.
 * Runs for every record, so it avoids per-call Sets and closures and works out the partition only
 * when a request parameter needs an ARN built.
 */
function resourcesOf(record: Json, account: string, region: string): Resource[] {
  const out: Resource[] = [];
  if (Array.isArray(record.resources)) {
    for (const r of record.resources) {
      const o = obj(r);
      const uid = field(o?.ARN) ?? field(o?.arn);
      if (!uid || hasUid(out, uid)) continue;
      const type = field(o?.type);
      out.push(type ? { uid, type } : { uid });
    }
  }
  const rp = obj(record.requestParameters);
  if (!rp) return out;
  let p: string | undefined;
  const partition = () => (p ??= partitionOf(record));
  const bucket = str(rp.bucketName);
  if (bucket) addResource(out, `arn:${partition()}:s3:::${bucket}`, 'AWS::S3::Bucket', bucket);
  const instanceId = str(rp.instanceId);
  if (instanceId) addResource(out, `arn:${partition()}:ec2:${region}:${account}:instance/${instanceId}`, 'AWS::EC2::Instance', instanceId);
  if (Array.isArray(rp.instanceIds)) {
    for (const id of rp.instanceIds) if (typeof id === 'string') addResource(out, `arn:${partition()}:ec2:${region}:${account}:instance/${id}`, 'AWS::EC2::Instance', id);
  }
  const items = obj(rp.instancesSet)?.items;
  if (Array.isArray(items)) for (const it of items) {
    const id = str(obj(it)?.instanceId);
    if (id) addResource(out, `arn:${partition()}:ec2:${region}:${account}:instance/${id}`, 'AWS::EC2::Instance', id);
    const image = str(obj(it)?.imageId);
    if (image) addResource(out, `arn:${partition()}:ec2:${region}::image/${image}`, 'AWS::EC2::Image', image);
  }
  const fn = str(rp.functionName);
  if (fn) addResource(out, isArn(fn) ? fn : `arn:${partition()}:lambda:${region}:${account}:function:${fn}`, 'AWS::Lambda::Function', fn.split(':').pop());
  const role = str(rp.roleName);
  if (role) addResource(out, `arn:${partition()}:iam::${account}:role/${role}`, 'AWS::IAM::Role', role);
  const roleArn = str(rp.roleArn);
  if (roleArn && isArn(roleArn)) addResource(out, roleArn, 'AWS::IAM::Role', roleArn.slice(roleArn.lastIndexOf('/') + 1));
  const user = str(rp.userName);
  if (user) addResource(out, `arn:${partition()}:iam::${account}:user/${user}`, 'AWS::IAM::User', user);
  const key = str(rp.keyId);
  if (key) {
    const uid = isArn(key) ? key : `arn:${partition()}:kms:${region}:${account}:${key.startsWith('alias/') ? key : `key/${key}`}`;
    addResource(out, uid, 'AWS::KMS::Key', key);
  }
  const group = str(rp.groupId);
  if (group) addResource(out, `arn:${partition()}:ec2:${region}:${account}:security-group/${group}`, 'AWS::EC2::SecurityGroup', group);
  const snapshot = str(rp.snapshotId);
  if (snapshot) addResource(out, `arn:${partition()}:ec2:${region}::snapshot/${snapshot}`, 'AWS::EC2::Snapshot', snapshot);
  const image = str(rp.imageId);
  if (image) addResource(out, `arn:${partition()}:ec2:${region}::image/${image}`, 'AWS::EC2::Image', image);
  return out;
}

function apiOf(record: Json): NonNullable<CloudEvent['api']> {
  const eventSource = String(record.eventSource);
  const dot = eventSource.indexOf('.');
  const api: NonNullable<CloudEvent['api']> = { service: capped(dot < 0 ? eventSource : eventSource.slice(0, dot)), operation: capped(String(record.eventName)) };
  const errorCode = field(record.errorCode);
  if (errorCode) api.errorCode = errorCode;
  const errorMessage = field(record.errorMessage);
  if (errorMessage) api.errorMessage = errorMessage;
  if (typeof record.readOnly === 'boolean') api.readOnly = record.readOnly;
  else if (record.readOnly === 'true' || record.readOnly === 'false') api.readOnly = record.readOnly === 'true';
  return api;
}

function cloudTrailActorOf(record: Json): EventActor | undefined {
  const actor = actorOf(obj(record.userIdentity));
  // Console sign-ins carry MFA use in additionalEventData rather than the session context.
  if (actor && actor.mfa === undefined && record.eventName === 'ConsoleLogin') {
    const used = obj(record.additionalEventData)?.MFAUsed;
    if (used === 'Yes' || used === 'No') actor.mfa = used === 'Yes';
  }
  return actor;
}

function srcOf(record: Json): CloudEvent['src'] {
  const ip = field(record.sourceIPAddress);
  const userAgent = field(record.userAgent);
  if (!ip && !userAgent) return undefined;
  const src: NonNullable<CloudEvent['src']> = {};
  if (ip) {
    src.ip = ip;
    // A service name ("ec2.amazonaws.com") or "AWS Internal" rather than an address.
    if (isIP(ip) === 0) src.awsService = true;
  }
  if (userAgent) src.userAgent = userAgent;
  return src;
}

// Bits of CloudTrailEvent.ready: which lazy fields hold their value.
const TIME = 1;
const ACTOR = 2;
const SRC = 4;
const API = 8;
const RESOURCES = 16;

/**
 * A CloudTrail record as a CloudEvent whose derived fields (time text, actor, src, api,
 * resources) are worked out on first read and then kept. Rules match on `raw`, so for nearly
 * every record only id, time and place are ever needed; building the rest for each of a hundred
 * thousand events a second cost more than the rules themselves. The fields read (and can be
 * assigned) like plain properties, and JSON.stringify gives the same object as an eager build.
 */
class CloudTrailEvent implements CloudEvent {
  id: string;
  source: EventSource = 'cloudtrail';
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
    if (!(this.ready & TIME)) this.time = isoTime(this.raw.eventTime, this.timeMs);
    return this._time;
  }
  set time(v: string) {
    this._time = v;
    this.ready |= TIME;
  }

  get actor(): EventActor | undefined {
    if (!(this.ready & ACTOR)) this.actor = cloudTrailActorOf(this.raw);
    return this._actor;
  }
  set actor(v: EventActor | undefined) {
    this._actor = v;
    this.ready |= ACTOR;
  }

  get src(): CloudEvent['src'] {
    if (!(this.ready & SRC)) this.src = srcOf(this.raw);
    return this._src;
  }
  set src(v: CloudEvent['src']) {
    this._src = v;
    this.ready |= SRC;
  }

  get api(): CloudEvent['api'] {
    if (!(this.ready & API)) this.api = apiOf(this.raw);
    return this._api;
  }
  set api(v: CloudEvent['api']) {
    this._api = v;
    this.ready |= API;
  }

  get resources(): Resource[] {
    if (!(this.ready & RESOURCES)) this.resources = resourcesOf(this.raw, this.account, this.region);
    return this._resources;
  }
  set resources(v: Resource[]) {
    this._resources = v;
    this.ready |= RESOURCES;
  }

  /** The plain object an eager normalisation gave, in the same key order. */
  toJSON(): CloudEvent {
    const out: CloudEvent = { id: this.id, source: this.source, time: this.time, timeMs: this.timeMs, account: this.account, region: this.region, api: this.api, resources: this.resources, raw: this.raw };
    if (this.actor) out.actor = this.actor;
    if (this.src) out.src = this.src;
    if (this.origin) out.origin = this.origin;
    return out;
  }
}

const EMPTY_RESOURCES: Resource[] = [];

/** A CloudTrail record as a CloudEvent (derived fields computed when first read), or a reason it can't be one. */
export function fromCloudTrail(record: Json, fallback: { account?: string; region?: string } = {}): CloudEvent | string {
  const timeMs = parseTime(record.eventTime);
  if (Number.isNaN(timeMs)) return `eventTime ${quoteForError(record.eventTime)} is not a time`;
  const account = field(record.recipientAccountId) ?? fallback.account ?? field(obj(record.userIdentity)?.accountId) ?? '';
  const region = field(record.awsRegion) ?? fallback.region ?? '';
  return new CloudTrailEvent(field(record.eventID) ?? sha1(JSON.stringify(record)), timeMs, account, region, record);
}

/** An EventBridge "AWS API Call via CloudTrail" (or sign-in) envelope: the record is `detail`. */
export function fromEnvelope(envelope: Json): CloudEvent | string {
  const detail = obj(envelope.detail)!;
  // The same test classifyJson makes for a CloudTrail record.
  if (typeof detail.eventSource !== 'string' || typeof detail.eventName !== 'string') return `EventBridge event ${quoteForError(envelope['detail-type'])} does not carry a CloudTrail record`;
  return fromCloudTrail(detail, { account: field(envelope.account), region: field(envelope.region) });
}

/** A Route 53 Resolver query log record. */
export function fromDns(record: Json): CloudEvent | string {
  const timeMs = parseTime(record.query_timestamp);
  if (Number.isNaN(timeMs)) return `query_timestamp ${quoteForError(record.query_timestamp)} is not a time`;
  const dns: NonNullable<CloudEvent['dns']> = { query: capped(String(record.query_name)) };
  const type = field(record.query_type);
  if (type) dns.type = type;
  const rcode = field(record.rcode);
  if (rcode) dns.rcode = rcode;
  if (Array.isArray(record.answers)) {
    dns.answers = record.answers.map((a) => field(obj(a)?.Rdata)).filter((a): a is string => a !== undefined);
  }
  const vpcId = field(record.vpc_id);
  if (vpcId) dns.vpcId = vpcId;
  const event: CloudEvent = {
    id: sha1(JSON.stringify(record)),
    source: 'dns',
    time: new Date(timeMs).toISOString(),
    timeMs,
    account: field(record.account_id) ?? '',
    region: field(record.region) ?? '',
    dns,
    resources: vpcId ? [{ uid: vpcId, type: 'AWS::EC2::VPC' }] : [],
    raw: record,
  };
  const ip = field(record.srcaddr);
  const port = Number(record.srcport);
  if (ip || Number.isInteger(port)) {
    event.src = {};
    if (ip) event.src.ip = ip;
    if (record.srcport !== undefined && Number.isInteger(port)) event.src.port = port;
  }
  return event;
}
