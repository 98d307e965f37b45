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

// ---------------------------------------------------------------------------------------------
// Google Cloud Audit Logs

export interface GcpAuditGenOptions {
  /** Entries in all. */
  entries: number;
  /** Entries per sink object (a sink shards an hour into several objects when it is busy). */
  perFile?: number;
  seed?: number;
  project?: string;
  /** Time of the first entry (default 2026-11-20T00:00:00Z); one object covers one hour. */
  start?: Date;
}

const GCP_USERS = ['alice@example.com', 'bob@example.com', 'carol@example.com', 'dave@example.com'];
const GCP_UAS = [
  'google-cloud-sdk gcloud/502.0.0 command/gcloud.compute.instances.list invocation-id/0b6f0b2d environment/None environment-version/None client-os/LINUX client-os-ver/6.8.0 client-pltf-arch/x86_64 interactive/True from-script/False python/3.12.3 term/xterm-256color,gzip(gfe)',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36,gzip(gfe)',
  'Terraform/1.9.8 (+https://www.terraform.io) Terraform-Plugin-SDK/2.33.0 terraform-provider-google/6.12.0,gzip(gfe)',
  'gl-python/3.11.2 grpc/1.67.1 gax/2.23.0 gapic/2.19.0 gccl/2.19.0,gzip(gfe)',
  'google-api-go-client/0.5 gcloud-golang-storage/1.43.0,gzip(gfe)',
];

interface GcpCall {
  log: 'activity' | 'data_access';
  service: string;
  method: string;
  type: string;
  perm: string;
  resource: (r: Rand, p: string) => string;
  request?: (r: Rand, p: string) => Record<string, unknown>;
  extra?: (r: Rand, p: string) => Record<string, unknown>;
  labels?: (r: Rand, p: string) => Record<string, string>;
}

const GCP_ROUTINE: GcpCall[] = [
  { log: 'data_access', service: 'storage.googleapis.com', method: 'storage.objects.get', type: 'gcs_bucket', perm: 'storage.objects.get', resource: (r) => `projects/_/buckets/assets-${hex(r, 3)}/objects/img/${hex(r, 8)}.png`, labels: (r, p) => ({ bucket_name: `assets-${hex(r, 3)}`, location: 'asia-northeast1', project_id: p }) },
  { log: 'data_access', service: 'storage.googleapis.com', method: 'storage.objects.list', type: 'gcs_bucket', perm: 'storage.objects.list', resource: (r) => `projects/_/buckets/logs-${hex(r, 3)}`, labels: (r, p) => ({ bucket_name: `logs-${hex(r, 3)}`, location: 'asia-northeast1', project_id: p }) },
  { log: 'data_access', service: 'compute.googleapis.com', method: 'v1.compute.instances.list', type: 'gce_instance', perm: 'compute.instances.list', resource: (_r, p) => `projects/${p}/zones/asia-northeast1-b/instances`, request: () => ({ '@type': 'type.googleapis.com/compute.instances.list' }) },
  { log: 'data_access', service: 'compute.googleapis.com', method: 'v1.compute.instances.get', type: 'gce_instance', perm: 'compute.instances.get', resource: (r, p) => `projects/${p}/zones/asia-northeast1-b/instances/web-${Math.floor(r() * 20)}` },
  { log: 'data_access', service: 'secretmanager.googleapis.com', method: 'google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion', type: 'audited_resource', perm: 'secretmanager.versions.access', resource: (r) => `projects/418207375931/secrets/${pick(r, ['db-password', 'stripe-key', 'jwt-key'])}/versions/latest` },
  { log: 'data_access', service: 'cloudresourcemanager.googleapis.com', method: 'GetIamPolicy', type: 'project', perm: 'resourcemanager.projects.getIamPolicy', resource: (_r, p) => `projects/${p}`, request: (_r, p) => ({ resource: p, options: {}, '@type': 'type.googleapis.com/google.iam.v1.GetIamPolicyRequest' }) },
  { log: 'data_access', service: 'bigquery.googleapis.com', method: 'google.cloud.bigquery.v2.JobService.GetQueryResults', type: 'bigquery_project', perm: 'bigquery.jobs.get', resource: (r, p) => `projects/${p}/jobs/bquxjob_${hex(r, 8)}` },
  { log: 'data_access', service: 'container.googleapis.com', method: 'google.container.v1.ClusterManager.GetCluster', type: 'gke_cluster', perm: 'container.clusters.get', resource: (_r, p) => `projects/${p}/locations/asia-northeast1/clusters/prod` },
  { log: 'activity', service: 'compute.googleapis.com', method: 'v1.compute.instances.insert', type: 'gce_instance', perm: 'compute.instances.create', resource: (r, p) => `projects/${p}/zones/asia-northeast1-b/instances/batch-${hex(r, 6)}`, request: (_r, p) => ({ machineType: 'e2-standard-2', serviceAccounts: [{ email: `batch@${p}.iam.gserviceaccount.com`, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }], '@type': 'type.googleapis.com/compute.instances.insert' }) },
  { log: 'activity', service: 'compute.googleapis.com', method: 'v1.compute.instances.delete', type: 'gce_instance', perm: 'compute.instances.delete', resource: (r, p) => `projects/${p}/zones/asia-northeast1-b/instances/batch-${hex(r, 6)}` },
  { log: 'activity', service: 'storage.googleapis.com', method: 'storage.buckets.update', type: 'gcs_bucket', perm: 'storage.buckets.update', resource: (r) => `projects/_/buckets/assets-${hex(r, 3)}` },
  { log: 'activity', service: 'cloudresourcemanager.googleapis.com', method: 'SetIamPolicy', type: 'project', perm: 'resourcemanager.projects.setIamPolicy', resource: (_r, p) => `projects/${p}`, extra: (r) => ({ serviceData: { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/viewer', member: `user:${pick(r, GCP_USERS)}` }] } } }) },
  { log: 'activity', service: 'run.googleapis.com', method: 'google.cloud.run.v1.Services.ReplaceService', type: 'cloud_run_revision', perm: 'run.services.update', resource: (_r, p) => `namespaces/${p}/services/storefront` },
];

const GCP_RARE: GcpCall[] = [
  { log: 'activity', service: 'iam.googleapis.com', method: 'google.iam.admin.v1.CreateServiceAccountKey', type: 'service_account', perm: 'iam.serviceAccountKeys.create', resource: () => 'projects/-/serviceAccounts/112233445566778899001', request: (_r, p) => ({ name: `projects/-/serviceAccounts/deployer@${p}.iam.gserviceaccount.com`, private_key_type: 2 }) },
  { log: 'activity', service: 'compute.googleapis.com', method: 'v1.compute.firewalls.insert', type: 'gce_firewall_rule', perm: 'compute.firewalls.create', resource: (r, p) => `projects/${p}/global/firewalls/allow-${hex(r, 4)}`, request: () => ({ direction: 'INGRESS', alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }], sourceRanges: ['0.0.0.0/0'] }) },
  { log: 'activity', service: 'logging.googleapis.com', method: 'google.logging.v2.ConfigServiceV2.DeleteSink', type: 'logging_sink', perm: 'logging.sinks.delete', resource: (_r, p) => `projects/${p}/sinks/audit-to-siem` },
  { log: 'activity', service: 'cloudresourcemanager.googleapis.com', method: 'SetIamPolicy', type: 'project', perm: 'resourcemanager.projects.setIamPolicy', resource: (_r, p) => `projects/${p}`, extra: (r) => ({ serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: `user:backup${hex(r, 3)}@gmail.com` }] } } }) },
];

function gcpPrincipal(r: Rand, p: string): string {
  const x = r();
  if (x < 0.3) return pick(r, GCP_USERS);
  if (x < 0.85) return `${pick(r, ['orders-api', 'batch', 'terraform-ci', 'reporting'])}@${p}.iam.gserviceaccount.com`;
  return pick(r, ['service-418207375931@gcp-sa-logging.iam.gserviceaccount.com', '418207375931@cloudservices.gserviceaccount.com', 'service-418207375931@container-engine-robot.iam.gserviceaccount.com']);
}

/** `count` realistic Cloud Audit Log entries (routine reads dominate; suspicious calls are rare), deterministic for a seed. */
export function* gcpAuditEntries(count: number, options: { seed?: number; project?: string; start?: Date; stepMs?: number } = {}): Generator<Record<string, unknown>> {
  const r = rng(options.seed ?? 1);
  const p = options.project ?? 'prod-app-7';
  const t0 = (options.start ?? new Date('2026-11-20T00:00:00Z')).getTime();
  const step = options.stepMs ?? 900;
  for (let i = 0; i < count; i++) {
    const call = r() < 0.003 ? pick(r, GCP_RARE) : pick(r, GCP_ROUTINE);
    const who = gcpPrincipal(r, p);
    const denied = r() < 0.04;
    const time = new Date(t0 + i * step).toISOString().replace('Z', `${String(Math.floor(r() * 1000)).padStart(3, '0')}Z`);
    const resource = call.resource(r, p);
    const auth: Record<string, unknown> = { principalEmail: who };
    if (who.endsWith('.iam.gserviceaccount.com') && !who.startsWith('service-') && r() < 0.2) auth.serviceAccountKeyName = `//iam.googleapis.com/projects/${p}/serviceAccounts/${who}/keys/${hex(r, 40)}`;
    const payload: Record<string, unknown> = {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      status: denied ? { code: 7, message: 'PERMISSION_DENIED' } : {},
      authenticationInfo: auth,
      requestMetadata: {
        callerIp: who.includes('gserviceaccount') && r() < 0.7 ? `10.146.${Math.floor(r() * 256)}.${Math.floor(r() * 254) + 1}` : `${pick(r, [203, 198, 34, 35])}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${Math.floor(r() * 254) + 1}`,
        callerSuppliedUserAgent: pick(r, GCP_UAS),
        requestAttributes: { time, auth: {} },
        destinationAttributes: {},
      },
      serviceName: call.service,
      methodName: call.method,
      authorizationInfo: [{ resource, permission: call.perm, granted: !denied, resourceAttributes: {}, permissionType: call.log === 'activity' ? 'ADMIN_WRITE' : 'DATA_READ' }],
      resourceName: resource,
      ...(call.request ? { request: call.request(r, p) } : {}),
      ...(call.extra ? call.extra(r, p) : {}),
    };
    yield {
      protoPayload: payload,
      insertId: `${hex(r, 12)}`,
      resource: { type: call.type, labels: call.labels ? call.labels(r, p) : { project_id: p } },
      timestamp: time,
      severity: denied ? 'ERROR' : call.log === 'activity' ? 'NOTICE' : 'INFO',
      logName: `projects/${p}/logs/cloudaudit.googleapis.com%2F${call.log}`,
      receiveTimestamp: time,
    };
  }
}

/**
 * Writes Cloud Audit Log entries as a Cloud Logging sink writes them to Cloud Storage, gzipped:
 * dir/cloudaudit.googleapis.com/<log>/YYYY/MM/DD/HH:00:00_HH:59:59_S<n>.json.gz, one JSON LogEntry
 * per line, an hour per group of objects (the activity and data_access logs apart).
 */
export async function writeGcpAuditFiles(dir: string, options: GcpAuditGenOptions): Promise<{ paths: string[]; entries: number; bytes: number }> {
  const perFile = options.perFile ?? 4000;
  const p = options.project ?? 'prod-app-7';
  const t0 = (options.start ?? new Date('2026-11-20T00:00:00Z')).getTime();
  const paths: string[] = [];
  let bytes = 0;
  const hours = Math.ceil(options.entries / perFile);
  let left = options.entries;
  for (let h = 0; h < hours; h++) {
    const n = Math.min(perFile, left);
    left -= n;
    const start = new Date(t0 + h * 3_600_000);
    const byLog: Record<string, string[]> = { activity: [], data_access: [] };
    for (const e of gcpAuditEntries(n, { seed: (options.seed ?? 1) * 100_003 + h, project: p, start, stepMs: Math.floor(3_600_000 / n) })) {
      const log = String(e.logName).endsWith('activity') ? 'activity' : 'data_access';
      byLog[log].push(JSON.stringify(e));
    }
    const iso = start.toISOString();
    const hh = iso.slice(11, 13);
    for (const [log, lines] of Object.entries(byLog)) {
      if (!lines.length) continue;
      const folder = join(dir, 'cloudaudit.googleapis.com', log, iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
      await mkdir(folder, { recursive: true });
      const path = join(folder, `${hh}:00:00_${hh}:59:59_S0.json.gz`);
      const body = gzipSync(lines.join('\n') + '\n');
      await writeFile(path, body);
      bytes += body.length;
      paths.push(path);
    }
  }
  paths.sort();
  return { paths, entries: options.entries, bytes };
}
