/**
 * Synthetic CloudTrail as S3 delivers it, for benchmarks and memory tests: gzip files of
 * `{"Records":[…]}` in the AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/ layout, with a mix of
 * API calls and identity types. The same seed gives byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CloudTrailGenOptions {
  files: number;
  recordsPerFile: number;
  seed?: number;
  account?: string;
  region?: string;
  /** Time of the first event (default 2024-05-01T00:00:00Z); events are 1 s apart. */
  start?: Date;
  /**
   * 'stress' (default): every call equally likely, so about a third of the records are
   * suspicious. 'realistic': routine reads dominate and suspicious calls and root use are rare
   * (well under 1%), as in a real account's trail.
   */
  mix?: 'stress' | 'realistic';
}

const RARE = new Set(['PutBucketPolicy', 'AuthorizeSecurityGroupIngress', 'AttachRolePolicy', 'StopLogging', 'CreateUser', 'RunInstances']);

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const hex = (r: Rand, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return s;
};
const uuid = (r: Rand) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const upper = (r: Rand, n: number) => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = '';
  for (let i = 0; i < n; i++) s += abc[Math.floor(r() * abc.length)];
  return s;
};

const CALLS: { source: string; name: string; readOnly: boolean; params?: (r: Rand, acct: string) => Record<string, unknown> | null }[] = [
  { source: 's3', name: 'ListBuckets', readOnly: true },
  { source: 's3', name: 'GetBucketAcl', readOnly: true, params: (r) => ({ bucketName: `data-${hex(r, 4)}`, Host: 's3.amazonaws.com', acl: '' }) },
  { source: 's3', name: 'PutBucketPolicy', readOnly: false, params: (r) => ({ bucketName: `data-${hex(r, 4)}`, bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] } }) },
  { source: 'ec2', name: 'DescribeInstances', readOnly: true, params: () => ({ instancesSet: {}, filterSet: {} }) },
  { source: 'ec2', name: 'RunInstances', readOnly: false, params: (r) => ({ instancesSet: { items: [{ imageId: `ami-${hex(r, 17)}`, minCount: 1, maxCount: 1 }] }, instanceType: 't3.micro' }) },
  { source: 'ec2', name: 'AuthorizeSecurityGroupIngress', readOnly: false, params: (r) => ({ groupId: `sg-${hex(r, 17)}`, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } }) },
  { source: 'iam', name: 'CreateUser', readOnly: false, params: (r) => ({ userName: `user-${hex(r, 5)}` }) },
  { source: 'iam', name: 'AttachRolePolicy', readOnly: false, params: (r) => ({ roleName: `role-${hex(r, 4)}`, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }) },
  { source: 'sts', name: 'AssumeRole', readOnly: true, params: (r, acct) => ({ roleArn: `arn:aws:iam::${acct}:role/deploy`, roleSessionName: `s-${hex(r, 6)}` }) },
  { source: 'sts', name: 'GetCallerIdentity', readOnly: true, params: () => null },
  { source: 'kms', name: 'Decrypt', readOnly: true, params: (r) => ({ encryptionAlgorithm: 'SYMMETRIC_DEFAULT', keyId: uuid(r) }) },
  { source: 'lambda', name: 'GetFunction20150331v2', readOnly: true, params: (r) => ({ functionName: `fn-${hex(r, 4)}` }) },
  { source: 'cloudtrail', name: 'StopLogging', readOnly: false, params: (r, acct) => ({ name: `arn:aws:cloudtrail:us-east-1:${acct}:trail/main-${hex(r, 2)}` }) },
  { source: 'signin', name: 'ConsoleLogin', readOnly: false, params: () => null },
];

const AGENTS = [
  'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.amzn.2023 prompt/off command/s3.ls',
  'Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.12.2 Botocore/1.34.69',
  'aws-sdk-js/3.540.0 ua/2.0 os/linux#6.1.0 lang/js md/nodejs#20.11.1 api/s3#3.540.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36',
  'Terraform/1.7.5 (+https://www.terraform.io) terraform-provider-aws/5.42.0',
];

function identity(r: Rand, acct: string): { ui: Record<string, unknown>; ip: string } {
  const ip = `${pick(r, [203, 198, 52, 34, 81])}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${Math.floor(r() * 254) + 1}`;
  const x = r();
  if (x < 0.05) {
    return { ui: { type: 'Root', principalId: acct, arn: `arn:aws:iam::${acct}:root`, accountId: acct, accessKeyId: `ASIA${upper(r, 16)}` }, ip };
  }
  if (x < 0.3) {
    const userName = pick(r, ['alice', 'bob', 'ci-deployer', 'carol']);
    return { ui: { type: 'IAMUser', principalId: `AIDA${upper(r, 17)}`, arn: `arn:aws:iam::${acct}:user/${userName}`, accountId: acct, accessKeyId: `AKIA${upper(r, 16)}`, userName }, ip };
  }
  if (x < 0.85) {
    const role = pick(r, ['Admin', 'ReadOnly', 'deploy', 'AWSReservedSSO_PowerUser_0123456789abcdef']);
    const session = pick(r, ['alice@example.com', 'bob@example.com', `i-${hex(r, 17)}`, 'terraform']);
    const roleId = `AROA${upper(r, 17)}`;
    return {
      ui: {
        type: 'AssumedRole',
        principalId: `${roleId}:${session}`,
        arn: `arn:aws:sts::${acct}:assumed-role/${role}/${session}`,
        accountId: acct,
        accessKeyId: `ASIA${upper(r, 16)}`,
        sessionContext: {
          sessionIssuer: { type: 'Role', principalId: roleId, arn: `arn:aws:iam::${acct}:role/${role}`, accountId: acct, userName: role },
          webIdFederationData: {},
          attributes: { creationDate: '2024-05-01T00:00:00Z', mfaAuthenticated: r() < 0.5 ? 'true' : 'false' },
        },
      },
      ip,
    };
  }
  const service = pick(r, ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'cloudformation.amazonaws.com', 'config.amazonaws.com']);
  return { ui: { type: 'AWSService', invokedBy: service }, ip: service };
}

/** `count` realistic CloudTrail records, deterministic for a seed. */
export function* cloudTrailRecords(
  count: number,
  options: { seed?: number; account?: string; region?: string; start?: Date; mix?: 'stress' | 'realistic' } = {},
): Generator<Record<string, unknown>> {
  const realistic = options.mix === 'realistic';
  const routine = CALLS.filter((c) => !RARE.has(c.name));
  const rare = CALLS.filter((c) => RARE.has(c.name));
  const r = rng(options.seed ?? 1);
  const acct = options.account ?? '123456789012';
  const region = options.region ?? 'us-east-1';
  const t0 = (options.start ?? new Date('2024-05-01T00:00:00Z')).getTime();
  for (let i = 0; i < count; i++) {
    const call = realistic ? (r() < 0.003 ? pick(r, rare) : pick(r, routine)) : pick(r, CALLS);
    let { ui, ip } = identity(r, acct);
    // Root use is rare in a real trail: redraw most of it.
    while (realistic && ui.type === 'Root' && r() < 0.98) ({ ui, ip } = identity(r, acct));
    const denied = r() < 0.08;
    const record: Record<string, unknown> = {
      eventVersion: '1.09',
      userIdentity: ui,
      eventTime: new Date(t0 + i * 1000).toISOString().replace('.000Z', 'Z'),
      eventSource: `${call.source}.amazonaws.com`,
      eventName: call.name,
      awsRegion: call.source === 'iam' || call.source === 'signin' ? 'us-east-1' : region,
      sourceIPAddress: ip,
      userAgent: ui.type === 'AWSService' ? ip : pick(r, AGENTS),
      requestParameters: call.params ? call.params(r, acct) : null,
      responseElements: null,
      requestID: uuid(r),
      eventID: uuid(r),
      readOnly: call.readOnly,
      eventType: call.source === 'signin' ? 'AwsConsoleSignIn' : 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: acct,
      eventCategory: 'Management',
      tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${call.source}.amazonaws.com` },
    };
    if (denied) {
      record.errorCode = 'AccessDenied';
      record.errorMessage = `User is not authorized to perform: ${call.source}:${call.name}`;
    }
    if (call.source === 's3' && call.name !== 'ListBuckets') {
      const bucket = (record.requestParameters as Record<string, unknown>).bucketName;
      record.resources = [{ type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${String(bucket)}`, accountId: acct }];
    }
    yield record;
  }
}

/**
 * Writes `files` gzip files of `recordsPerFile` records each under dir/AWSLogs/…, five minutes of
 * delivery apart. Returns the file paths (sorted, as a directory walk reads them) and totals.
 */
export async function writeCloudTrailFiles(
  dir: string,
  options: CloudTrailGenOptions,
): Promise<{ paths: string[]; records: number; bytes: number }> {
  const acct = options.account ?? '123456789012';
  const region = options.region ?? 'us-east-1';
  const seed = options.seed ?? 1;
  const t0 = (options.start ?? new Date('2024-05-01T00:00:00Z')).getTime();
  const names = rng(seed ^ 0x9e3779b9);
  const paths: string[] = [];
  let bytes = 0;
  for (let f = 0; f < options.files; f++) {
    const start = new Date(t0 + f * options.recordsPerFile * 1000);
    const records = [...cloudTrailRecords(options.recordsPerFile, { seed: seed * 100_003 + f, account: acct, region, start, mix: options.mix })];
    const delivered = new Date(start.getTime() + options.recordsPerFile * 1000 + 5 * 60_000);
    const iso = delivered.toISOString();
    const folder = join(dir, 'AWSLogs', acct, 'CloudTrail', region, iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
    const path = join(folder, `${acct}_CloudTrail_${region}_${stamp}_${upper(names, 16)}.json.gz`);
    await mkdir(folder, { recursive: true });
    const body = gzipSync(JSON.stringify({ Records: records }));
    await writeFile(path, body);
    bytes += body.length;
    paths.push(path);
  }
  paths.sort();
  return { paths, records: options.files * options.recordsPerFile, bytes };
}
