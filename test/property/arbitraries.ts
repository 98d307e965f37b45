/**
 * What the property tests share: how many runs (scaled by MAMORI_PROPERTY_RUNS for a longer soak),
 * the check that an error is one a user can act on, and arbitraries for the log records mamori reads.
 *
 * Every property file stays under ~10 s on a slow two-core machine with the default runs. For a
 * soak: `MAMORI_PROPERTY_RUNS=20 node --import tsx --import ./test/support/isolate.ts --test test/property/`.
 * A failing run prints its seed and path; `MAMORI_PROPERTY_SEED=<seed>` replays it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MamoriError } from '../../src/model/errors.js';

function positiveEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not ${JSON.stringify(text)}`);
  return n;
}

const MULTIPLIER = positiveEnv('MAMORI_PROPERTY_RUNS') ?? 1;
const SEED = process.env.MAMORI_PROPERTY_SEED ? Number.parseInt(process.env.MAMORI_PROPERTY_SEED, 10) : undefined;
if (SEED !== undefined && !Number.isInteger(SEED)) throw new Error(`MAMORI_PROPERTY_SEED must be an integer (fast-check prints it as "seed")`);

/** fast-check parameters: `numRuns` scaled by MAMORI_PROPERTY_RUNS, a seed when one is given to replay. */
export function runs<T = unknown>(numRuns: number, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  // The failing assertion's message in the report, not only the counterexample.
  const params: fc.Parameters<T> = { numRuns: Math.max(1, Math.round(numRuns * MULTIPLIER)), includeErrorInReport: true, ...extra };
  if (SEED !== undefined) params.seed = SEED;
  return params;
}

/**
 * Asserts that `err` is an error for the user: a MamoriError (or `also`, e.g. RuleCompileError)
 * with one non-empty line, and never a TypeError / RangeError / SyntaxError from a bug.
 */
export function assertUserError(err: unknown, also: (new (...args: never[]) => Error)[] = []): void {
  const known = err instanceof MamoriError || also.some((c) => err instanceof c);
  if (!known) {
    const e = err as Error;
    assert.fail(`expected a MamoriError, got ${e?.name ?? typeof err}: ${e?.message ?? String(err)}\n${e?.stack ?? ''}`);
  }
  assertOneLine((err as Error).message);
}

export function assertOneLine(message: string): void {
  assert.ok(message.trim().length > 0, 'the message is empty');
  assert.ok(!/[\r\n]/.test(message), `not one line: ${JSON.stringify(message.slice(0, 300))}`);
}

// ---------------------------------------------------------------------------------------------
// Log records

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
const account = fc.stringMatching(/^\d{12}$/);
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1', 'us-west-2');
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
/** Printable text with some non-ASCII (Japanese, accents, emoji), never a line break. */
export const text = fc.string({
  unit: fc.oneof(fc.constantFrom('a', 'Z', ' ', '-', '/', ':', '"', '\\', '{', '}', '[', ']', 'é', 'ß', '日', '本', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })).filter((c) => !/[\r\n]/.test(c)),
  maxLength: 20,
});
/** Seconds since the epoch between 2020 and 2030, whatever today's date is. */
const epochSeconds = fc.integer({ min: 1_577_836_800, max: 1_893_456_000 });
const isoSeconds = epochSeconds.map((s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z'));

/** A CloudTrail record with a unique eventID (made unique by the caller's index). */
export const cloudTrailRecord = fc.record({
  eventVersion: fc.constant('1.09'),
  userIdentity: fc.record({
    type: fc.constantFrom('Root', 'IAMUser', 'AssumedRole', 'AWSService', 'Nonsense'),
    arn: fc.oneof(account.map((a) => `arn:aws:iam::${a}:user/alice`), account.map((a) => `arn:aws:sts::${a}:assumed-role/r/s`)),
    accountId: account,
    userName: fc.option(text, { nil: undefined }),
  }, { requiredKeys: ['type'] }),
  eventTime: isoSeconds,
  eventSource: fc.constantFrom('iam.amazonaws.com', 's3.amazonaws.com', 'ec2.amazonaws.com', 'signin.amazonaws.com'),
  eventName: fc.constantFrom('CreateUser', 'GetObject', 'RunInstances', 'ConsoleLogin', 'PutBucketPolicy'),
  awsRegion: region,
  sourceIPAddress: fc.oneof(ipv4, fc.constant('ec2.amazonaws.com')),
  userAgent: text,
  requestParameters: fc.option(fc.record({ bucketName: text, instanceId: text, keyId: text }, { requiredKeys: [] }), { nil: null }),
  errorCode: fc.option(fc.constantFrom('AccessDenied', 'NoSuchKey'), { nil: undefined }),
  recipientAccountId: account,
}, { requiredKeys: ['eventTime', 'eventSource', 'eventName', 'awsRegion', 'userIdentity', 'recipientAccountId'] });

/** A Route 53 Resolver query log record. */
export const dnsRecord = fc.record({
  version: fc.constant('1.100000'),
  account_id: account,
  region,
  vpc_id: hex(17).map((h) => `vpc-${h}`),
  query_timestamp: isoSeconds,
  query_name: text.map((t) => `${t}.example.com.`),
  query_type: fc.constantFrom('A', 'AAAA', 'TXT'),
  rcode: fc.constantFrom('NOERROR', 'NXDOMAIN'),
  answers: fc.array(fc.record({ Rdata: ipv4, Type: fc.constant('A') }), { maxLength: 3 }),
  srcaddr: ipv4,
  srcport: fc.integer({ min: 1, max: 65535 }).map(String),
});

/** A Cloud Audit Log LogEntry. */
export const gcpAuditEntry = fc.record({
  protoPayload: fc.record({
    '@type': fc.constant('type.googleapis.com/google.cloud.audit.AuditLog'),
    status: fc.oneof(fc.constant({}), fc.record({ code: fc.integer({ min: 1, max: 16 }), message: text })),
    authenticationInfo: fc.record({ principalEmail: text.map((t) => `${t.replace(/@/g, '')}@example.com`) }),
    requestMetadata: fc.record({ callerIp: ipv4, callerSuppliedUserAgent: text }),
    serviceName: fc.constantFrom('iam.googleapis.com', 'compute.googleapis.com', 'storage.googleapis.com'),
    methodName: fc.constantFrom('google.iam.admin.v1.CreateServiceAccountKey', 'v1.compute.instances.list', 'storage.setIamPermissions'),
    resourceName: text,
  }),
  resource: fc.record({ type: fc.constant('gce_instance'), labels: fc.record({ project_id: fc.stringMatching(/^[a-z][a-z0-9-]{4,20}$/), zone: fc.constant('asia-northeast1-b') }) }),
  timestamp: isoSeconds,
  severity: fc.constantFrom('NOTICE', 'INFO', 'ERROR'),
  logName: fc.constantFrom('projects/p1/logs/cloudaudit.googleapis.com%2Factivity', 'projects/p1/logs/cloudaudit.googleapis.com%2Fdata_access'),
  receiveTimestamp: isoSeconds,
});

/** A VPC Flow Logs record in the default (version 2) format, never NODATA/SKIPDATA (those are skipped by design). */
export const flowLine = fc
  .tuple(account, hex(17), ipv4, ipv4, fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }), fc.constantFrom(6, 17, 1), fc.nat(1000), fc.nat(1_000_000), epochSeconds, fc.constantFrom('ACCEPT', 'REJECT'))
  .map(([acct, eni, src, dst, sport, dport, proto, packets, bytes, start, action]) => `2 ${acct} eni-${eni} ${src} ${dst} ${sport} ${dport} ${proto} ${packets} ${bytes} ${start} ${start + 60} ${action} OK`);

/** Splits `bytes` into chunks at the given cut points (as a stream would deliver them). */
export function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of points) {
    if (p > at) out.push(bytes.subarray(at, p));
    at = Math.max(at, p);
  }
  if (at < bytes.length || out.length === 0) out.push(bytes.subarray(at));
  return out;
}
