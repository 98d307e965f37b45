/**
 * CloudTrail record construction: identities shaped per userIdentity type and records with the
 * fields in the order CloudTrail writes them.
 */
import { DEMO } from '../scenario.js';
import { Rng } from './rng.js';

export type Json = Record<string, unknown>;

/** "2026-11-19T13:05:11Z" (CloudTrail's eventTime has no milliseconds). */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** responseElements.credentials.expiration as STS logs it: "Nov 19, 2026, 6:51:07 PM". */
export function stsExpiration(ms: number): string {
  const d = new Date(ms);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${mon} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The same ids as the demo snapshot's IAM area (src/providers/aws/demo/aws/iam.ts). */
export const userId = (name: string) => `AIDA${name.replace(/[^a-z]/gi, '').toUpperCase().padEnd(17, 'X').slice(0, 17)}`;
export const roleId = (name: string) => `AROA${name.toUpperCase().replace(/[^A-Z]/g, '').padEnd(17, 'X').slice(0, 17)}`;

export interface RoleRef {
  account: string;
  name: string;
  path?: string;
}
export const roleArn = (r: RoleRef) => `arn:aws:iam::${r.account}:role${r.path ?? '/'}${r.name}`;

export function iamUser(account: string, name: string, accessKeyId?: string, console?: { creationDate: string; mfa: boolean }): Json {
  const id: Json = { type: 'IAMUser', principalId: userId(name), arn: `arn:aws:iam::${account}:user/${name}`, accountId: account };
  if (accessKeyId) id.accessKeyId = accessKeyId;
  id.userName = name;
  if (console) {
    id.sessionContext = { sessionIssuer: {}, webIdFederationData: {}, attributes: { creationDate: console.creationDate, mfaAuthenticated: String(console.mfa) } };
  }
  return id;
}

export function roleSession(
  role: RoleRef,
  session: string,
  accessKeyId: string,
  creationDate: string,
  opts: { invokedBy?: string; ec2RoleDelivery?: '1.0' | '2.0' } = {},
): Json {
  const sessionContext: Json = {
    sessionIssuer: { type: 'Role', principalId: roleId(role.name), arn: roleArn(role), accountId: role.account, userName: role.name },
    webIdFederationData: {},
    attributes: { creationDate, mfaAuthenticated: 'false' },
  };
  if (opts.ec2RoleDelivery) sessionContext.ec2RoleDelivery = opts.ec2RoleDelivery;
  const id: Json = {
    type: 'AssumedRole',
    principalId: `${roleId(role.name)}:${session}`,
    arn: `arn:aws:sts::${role.account}:assumed-role/${role.name}/${session}`,
    accountId: role.account,
    accessKeyId,
    sessionContext,
  };
  if (opts.invokedBy) id.invokedBy = opts.invokedBy;
  return id;
}

export const awsService = (invokedBy: string): Json => ({ type: 'AWSService', invokedBy });

export interface CtSpec {
  t: number;
  account: string;
  region: string;
  who: Json;
  src: string;
  name: string;
  ip: string;
  ua: string;
  req?: unknown;
  resp?: unknown;
  error?: { code: string; message: string };
  additional?: Json;
  readOnly?: boolean;
  eventType?: 'AwsApiCall' | 'AwsConsoleSignIn' | 'AwsServiceEvent';
  data?: boolean;
  resources?: Json[];
  shared?: boolean;
  /** Host header for tlsDetails; null for calls made by AWS services (no tlsDetails). Default: `<service>.<region>.amazonaws.com`. */
  host?: string | null;
  console?: boolean;
  apiVersion?: string;
  serviceEventDetails?: Json;
  /** Attack step this record belongs to (ground truth; not written to the record). */
  step?: number;
}

export interface CtRecord {
  t: number;
  account: string;
  region: string;
  step?: number;
  rec: Json;
}

const S3_LIKE = new Set(['s3.amazonaws.com']);
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384'];

/** Builds CloudTrail records; one instance per generator so that each draws from its own seeded stream. */
export class Trail {
  readonly records: CtRecord[] = [];
  constructor(readonly rng: Rng) {}

  add(s: CtSpec): Json {
    const rng = this.rng;
    const service = s.src.replace('.amazonaws.com', '');
    const isS3 = S3_LIKE.has(s.src);
    const fromService = s.ip.endsWith('.amazonaws.com') || s.ip === 'AWS Internal';
    const eventType = s.eventType ?? 'AwsApiCall';
    const rec: Json = {
      eventVersion: eventType === 'AwsApiCall' ? '1.10' : '1.09',
      userIdentity: s.who,
      eventTime: iso(s.t),
      eventSource: s.src,
      eventName: s.name,
      awsRegion: s.region,
      sourceIPAddress: s.ip,
      userAgent: s.ua,
    };
    if (s.error) {
      rec.errorCode = s.error.code;
      rec.errorMessage = s.error.message;
    }
    rec.requestParameters = s.req === undefined ? null : s.req;
    rec.responseElements = s.resp === undefined ? null : s.resp;
    if (isS3 && eventType === 'AwsApiCall') {
      rec.additionalEventData = {
        SignatureVersion: 'SigV4',
        CipherSuite: 'TLS_AES_128_GCM_SHA256',
        bytesTransferredIn: 0,
        AuthenticationMethod: 'AuthHeader',
        'x-amz-id-2': rng.base64(76),
        bytesTransferredOut: 0,
        ...(s.additional ?? {}),
      };
    } else if (s.additional) {
      rec.additionalEventData = s.additional;
    }
    if (eventType === 'AwsApiCall') rec.requestID = isS3 ? rng.upperHex(16) : rng.uuid();
    rec.eventID = rng.uuid();
    rec.readOnly = s.readOnly ?? /^(Describe|List|Get|Lookup|Head|Search|Select|BatchGet|Filter)/.test(s.name);
    if (s.resources) rec.resources = s.resources;
    rec.eventType = eventType;
    if (s.apiVersion) rec.apiVersion = s.apiVersion;
    rec.managementEvent = !s.data;
    rec.recipientAccountId = s.account;
    if (s.shared) rec.sharedEventID = rng.uuid();
    if (s.serviceEventDetails) rec.serviceEventDetails = s.serviceEventDetails;
    rec.eventCategory = s.data ? 'Data' : 'Management';
    const host = s.host === undefined ? `${service}.${s.region}.amazonaws.com` : s.host;
    if (!fromService && host) {
      rec.tlsDetails = { tlsVersion: 'TLSv1.3', cipherSuite: rng.pick(TLS13), clientProvidedHostHeader: host };
    }
    if (s.console) rec.sessionCredentialFromConsole = 'true';
    this.records.push({ t: s.t, account: s.account, region: s.region, step: s.step, rec });
    return rec;
  }

  /** An AssumeRole call made by an AWS service for one of its roles (Lambda, EC2, Config, EKS…). */
  serviceAssumeRole(t: number, service: string, role: RoleRef, session: string, accessKeyId: string, region: string = DEMO.mainRegion, step?: number): Json {
    const arn = roleArn(role);
    return this.add({
      t,
      account: role.account,
      region,
      who: awsService(service),
      src: 'sts.amazonaws.com',
      name: 'AssumeRole',
      ip: service,
      ua: service,
      req: { roleArn: arn, roleSessionName: session },
      resp: {
        credentials: { accessKeyId, sessionToken: `IQoJb3JpZ2luX2Vj${this.rng.base64(96)}`, expiration: stsExpiration(t + 6 * 3600_000) },
        assumedRoleUser: { assumedRoleId: `${roleId(role.name)}:${session}`, arn: `arn:aws:sts::${role.account}:assumed-role/${role.name}/${session}` },
      },
      readOnly: true,
      resources: [{ accountId: role.account, type: 'AWS::IAM::Role', ARN: arn }],
      shared: true,
      host: null,
      step,
    });
  }
}

/** Request parameters and resources of S3 calls. */
export function s3Bucket(account: string, bucket: string, region: string, extra: Json = {}) {
  return {
    req: { bucketName: bucket, Host: `${bucket}.s3.${region}.amazonaws.com`, ...extra },
    resources: [{ accountId: account, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }],
    host: `${bucket}.s3.${region}.amazonaws.com`,
  };
}

export function s3Object(account: string, bucket: string, key: string, region: string, extra: Json = {}) {
  return {
    req: { bucketName: bucket, Host: `${bucket}.s3.${region}.amazonaws.com`, key, ...extra },
    resources: [
      { type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${bucket}/${key}` },
      { accountId: account, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` },
    ],
    host: `${bucket}.s3.${region}.amazonaws.com`,
  };
}
