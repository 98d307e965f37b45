import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { ActorType, CloudEvent, EventActor } from '../../model/event.js';

type Json = Record<string, unknown>;

const ACTOR_TYPES = new Set<ActorType>(['Root', 'IAMUser', 'AssumedRole', 'FederatedUser', 'AWSService', 'AWSAccount', 'IdentityCenterUser']);

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** ISO-8601, or CloudTrail Lake's "2023-01-02 03:04:05.000" (UTC). NaN when unparseable. */
export function parseTime(v: unknown): number {
  if (typeof v !== 'string') return NaN;
  // CloudTrail's own "2024-05-01T00:00:00Z" is by far the most common: skip the Lake check.
  const lake = v.charCodeAt(10) === 32 && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(v);
  return Date.parse(lake ? `${v.replace(' ', 'T')}Z` : v);
}

/** ISO time as toISOString() writes it; CloudTrail's whole-second form is converted without a Date. */
export function isoTime(raw: unknown, ms: number): string {
  if (typeof raw === 'string' && raw.length === 20 && raw.charCodeAt(19) === 90 && raw.charCodeAt(10) === 84) return `${raw.slice(0, 19)}.000Z`;
  return new Date(ms).toISOString();
}

/** What a parsed JSON value is, so the reader knows how to normalise it. */
export type JsonKind = 'cloudtrail' | 'envelope' | 'dns' | 'records' | 'digest' | 'unknown';

export function classifyJson(v: Json): JsonKind {
  if (typeof v.eventSource === 'string' && typeof v.eventName === 'string') return 'cloudtrail';
  if (typeof v['detail-type'] === 'string' && obj(v.detail)) return 'envelope';
  if (typeof v.query_name === 'string' && 'query_timestamp' in v) return 'dns';
  if (Array.isArray(v.Records)) return 'records';
  if ('digestStartTime' in v && 'digestEndTime' in v) return 'digest';
  return 'unknown';
}

function actorOf(ui: Json | undefined): EventActor | undefined {
  if (!ui) return undefined;
  const rawType = str(ui.type);
  const type: ActorType = rawType && ACTOR_TYPES.has(rawType as ActorType) ? (rawType as ActorType) : 'Unknown';
  const actor: EventActor = { type };
  const arn = str(ui.arn);
  if (arn) actor.arn = arn;
  const principalId = str(ui.principalId) ?? str(obj(ui.onBehalfOf)?.userId);
  if (principalId) actor.principalId = principalId;
  const userName = str(ui.userName);
  if (userName) actor.userName = userName;
  else if (type === 'FederatedUser' && arn) actor.userName = arn.slice(arn.lastIndexOf('/') + 1);
  const accessKeyId = str(ui.accessKeyId);
  if (accessKeyId) actor.accessKeyId = accessKeyId;
  const session = obj(ui.sessionContext);
  if (type === 'AssumedRole') {
    const roleArn = str(obj(session?.sessionIssuer)?.arn);
    if (roleArn) actor.roleArn = roleArn;
    if (arn) actor.sessionName = arn.slice(arn.lastIndexOf('/') + 1);
  }
  const mfa = obj(session?.attributes)?.mfaAuthenticated;
  if (mfa === 'true' || mfa === true) actor.mfa = true;
  else if (mfa === 'false' || mfa === false) actor.mfa = false;
  const invokedBy = str(ui.invokedBy);
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

function addResource(out: Resource[], uid: string, type: string, name?: string): void {
  if (hasUid(out, uid)) return;
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
      const uid = str(o?.ARN) ?? str(o?.arn);
      if (!uid || hasUid(out, uid)) continue;
      const type = str(o?.type);
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

/** A CloudTrail record as a CloudEvent, or a reason it can't be one. */
export function fromCloudTrail(record: Json, fallback: { account?: string; region?: string } = {}): CloudEvent | string {
  const timeMs = parseTime(record.eventTime);
  if (Number.isNaN(timeMs)) return `eventTime ${JSON.stringify(record.eventTime)} is not a time`;
  const ui = obj(record.userIdentity);
  const account = str(record.recipientAccountId) ?? fallback.account ?? str(ui?.accountId) ?? '';
  const region = str(record.awsRegion) ?? fallback.region ?? '';
  const eventSource = String(record.eventSource);
  const dot = eventSource.indexOf('.');
  const api: NonNullable<CloudEvent['api']> = { service: dot < 0 ? eventSource : eventSource.slice(0, dot), operation: String(record.eventName) };
  const errorCode = str(record.errorCode);
  if (errorCode) api.errorCode = errorCode;
  const errorMessage = str(record.errorMessage);
  if (errorMessage) api.errorMessage = errorMessage;
  if (typeof record.readOnly === 'boolean') api.readOnly = record.readOnly;
  else if (record.readOnly === 'true' || record.readOnly === 'false') api.readOnly = record.readOnly === 'true';
  const event: CloudEvent = {
    id: str(record.eventID) ?? sha1(JSON.stringify(record)),
    source: 'cloudtrail',
    time: isoTime(record.eventTime, timeMs),
    timeMs,
    account,
    region,
    api,
    resources: resourcesOf(record, account, region),
    raw: record,
  };
  const actor = actorOf(ui);
  if (actor) {
    // Console sign-ins carry MFA use in additionalEventData rather than the session context.
    if (actor.mfa === undefined && record.eventName === 'ConsoleLogin') {
      const used = obj(record.additionalEventData)?.MFAUsed;
      if (used === 'Yes' || used === 'No') actor.mfa = used === 'Yes';
    }
    event.actor = actor;
  }
  const ip = str(record.sourceIPAddress);
  const userAgent = str(record.userAgent);
  if (ip || userAgent) {
    event.src = {};
    if (ip) {
      event.src.ip = ip;
      // A service name ("ec2.amazonaws.com") or "AWS Internal" rather than an address.
      if (isIP(ip) === 0) event.src.awsService = true;
    }
    if (userAgent) event.src.userAgent = userAgent;
  }
  return event;
}

/** An EventBridge "AWS API Call via CloudTrail" (or sign-in) envelope: the record is `detail`. */
export function fromEnvelope(envelope: Json): CloudEvent | string {
  const detail = obj(envelope.detail)!;
  if (classifyJson(detail) !== 'cloudtrail') return `EventBridge event "${String(envelope['detail-type'])}" does not carry a CloudTrail record`;
  return fromCloudTrail(detail, { account: str(envelope.account), region: str(envelope.region) });
}

/** A Route 53 Resolver query log record. */
export function fromDns(record: Json): CloudEvent | string {
  const timeMs = parseTime(record.query_timestamp);
  if (Number.isNaN(timeMs)) return `query_timestamp ${JSON.stringify(record.query_timestamp)} is not a time`;
  const dns: NonNullable<CloudEvent['dns']> = { query: String(record.query_name) };
  const type = str(record.query_type);
  if (type) dns.type = type;
  const rcode = str(record.rcode);
  if (rcode) dns.rcode = rcode;
  if (Array.isArray(record.answers)) {
    dns.answers = record.answers.map((a) => str(obj(a)?.Rdata)).filter((a): a is string => a !== undefined);
  }
  const vpcId = str(record.vpc_id);
  if (vpcId) dns.vpcId = vpcId;
  const event: CloudEvent = {
    id: sha1(JSON.stringify(record)),
    source: 'dns',
    time: new Date(timeMs).toISOString(),
    timeMs,
    account: str(record.account_id) ?? '',
    region: str(record.region) ?? '',
    dns,
    resources: vpcId ? [{ uid: vpcId, type: 'AWS::EC2::VPC' }] : [],
    raw: record,
  };
  const ip = str(record.srcaddr);
  const port = Number(record.srcport);
  if (ip || Number.isInteger(port)) {
    event.src = {};
    if (ip) event.src.ip = ip;
    if (record.srcport !== undefined && Number.isInteger(port)) event.src.port = port;
  }
  return event;
}
