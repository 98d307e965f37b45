import { parsePolicyText } from '../policy.js';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
  type Grant,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  accountPublicAccessBlockUid,
  bucketArn,
  BUCKET_TYPE,
  type AccountPublicAccessBlockConfig,
  type AclGrant,
  type BucketConfig,
  type PolicyDocument,
  type PublicAccessBlock,
} from '../../model/s3.js';
import { kmsKeyArn } from '../../model/kms.js';
import { GLOBAL_REGION, type Relationship } from '../../../../model/types.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const NO_PAB = ['NoSuchPublicAccessBlockConfiguration'];

interface ListedBucket {
  name: string;
  region?: string;
  creationDate?: string;
}

/**
 * S3 is global: ListBuckets once per account, then per bucket its configuration, sent to a client
 * of the bucket's own region. Also the account-level Block Public Access (S3 Control).
 */
export const collector: ServiceCollector = {
  service: 's3',
  global: true,
  async collect(ctx) {
    await collectAccountPublicAccessBlock(ctx);

    const home = ctx.client(S3Client);
    const buckets: ListedBucket[] = [];
    const listed = await ctx.list('ListBuckets', [BUCKET_TYPE], async () => {
      for await (const page of paginateListBuckets({ client: home, pageSize: 1000 }, {})) {
        for (const b of page.Buckets ?? []) {
          if (b.Name) buckets.push({ name: b.Name, region: b.BucketRegion, creationDate: b.CreationDate?.toISOString() });
        }
      }
      return true;
    });
    if (!listed || buckets.length === 0) return;

    const homeRegion = await home.config.region();
    // Buckets whose region ListBuckets did not report: GetBucketLocation through the home-region
    // client, following S3's region redirect if needed (one at a time: a redirect briefly switches
    // the shared client's region).
    const errorsByBucket = new Map<string, Record<string, string>>();
    for (const b of buckets.filter((x) => !x.region)) {
      const errors: Record<string, string> = {};
      errorsByBucket.set(b.name, errors);
      const loc = await withRegionRedirects(home, () =>
        ctx.detail(errors, bucketArn(b.name, ctx.partition), 'bucketRegion', 'GetBucketLocation', () =>
          home.send(new GetBucketLocationCommand({ Bucket: b.name })),
        ),
      );
      // A bucket whose location is unknown is recorded (with the error) under the home region.
      b.region = loc ? locationToRegion(loc.LocationConstraint) : homeRegion;
    }

    // Per-bucket calls go to a client of the bucket's own region.
    await mapPool(buckets, 4, (b) => collectBucket(ctx, ctx.client(S3Client, b.region), b, errorsByBucket.get(b.name) ?? {}));
  },
};

async function withRegionRedirects<T>(s3: S3Client, fn: () => Promise<T>): Promise<T> {
  const config = s3.config as { followRegionRedirects?: boolean };
  const before = config.followRegionRedirects;
  config.followRegionRedirects = true;
  try {
    return await fn();
  } finally {
    config.followRegionRedirects = before;
  }
}

async function collectAccountPublicAccessBlock(ctx: CollectContext) {
  const uid = accountPublicAccessBlockUid(ctx.account, ctx.partition);
  const errors: Record<string, string> = {};
  const out = await ctx.detail(
    errors,
    uid,
    'publicAccessBlock',
    'GetPublicAccessBlock (account)',
    () => ctx.client(S3ControlClient).send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account })),
    NO_PAB,
  );
  const config: AccountPublicAccessBlockConfig = {
    publicAccessBlock: out === undefined ? undefined : out === null ? null : toPab(out.PublicAccessBlockConfiguration),
  };
  ctx.emit({
    uid,
    account: ctx.account,
    region: GLOBAL_REGION,
    type: ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
    name: `${ctx.account} S3 Block Public Access`,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

function locationToRegion(constraint: string | undefined): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

async function collectBucket(ctx: CollectContext, s3: S3Client, b: ListedBucket, errors: Record<string, string>) {
  const uid = bucketArn(b.name, ctx.partition);
  const Bucket = b.name;
  const d = <T>(field: string, op: string, call: () => Promise<T>, absent?: string[]) => ctx.detail(errors, uid, field, op, call, absent);

  const calls = {
    pab: () => d('publicAccessBlock', 'GetPublicAccessBlock', () => s3.send(new GetPublicAccessBlockCommand({ Bucket })), NO_PAB),
    policy: () => d('policy', 'GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket })), ['NoSuchBucketPolicy']),
    policyStatus: () =>
      d('policyStatus', 'GetBucketPolicyStatus', () => s3.send(new GetBucketPolicyStatusCommand({ Bucket })), ['NoSuchBucketPolicy']),
    acl: () => d('acl', 'GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket }))),
    encryption: () =>
      d('encryption', 'GetBucketEncryption', () => s3.send(new GetBucketEncryptionCommand({ Bucket })), [
        'ServerSideEncryptionConfigurationNotFoundError',
      ]),
    versioning: () => d('versioning', 'GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket }))),
    logging: () => d('logging', 'GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket }))),
    objectLock: () =>
      d('objectLock', 'GetObjectLockConfiguration', () => s3.send(new GetObjectLockConfigurationCommand({ Bucket })), [
        'ObjectLockConfigurationNotFoundError',
      ]),
    ownership: () =>
      d('ownershipControls', 'GetBucketOwnershipControls', () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket })), [
        'OwnershipControlsNotFoundError',
      ]),
    lifecycle: () =>
      d('lifecycle', 'GetBucketLifecycleConfiguration', () => s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket })), [
        'NoSuchLifecycleConfiguration',
      ]),
    notifications: () =>
      d('notifications', 'GetBucketNotificationConfiguration', () => s3.send(new GetBucketNotificationConfigurationCommand({ Bucket }))),
    tags: () => d('tags', 'GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket })), ['NoSuchTagSet']),
  };
  type Results = { [K in keyof typeof calls]: Awaited<ReturnType<(typeof calls)[K]>> };
  const r = {} as Results;
  const keys = Object.keys(calls) as (keyof typeof calls)[];
  const values = await Promise.all(keys.map((k) => calls[k]()));
  keys.forEach((k, i) => ((r as Record<string, unknown>)[k] = values[i]));

  const region = b.region!;
  const config: BucketConfig = {
    name: b.name,
    bucketRegion: region,
    creationDate: b.creationDate,
    publicAccessBlock: r.pab === undefined ? undefined : r.pab === null ? null : toPab(r.pab.PublicAccessBlockConfiguration),
    policy: r.policy === undefined ? undefined : r.policy === null ? null : parsePolicyText<PolicyDocument>(r.policy.Policy, errors),
    policyStatus:
      r.policyStatus === undefined ? undefined : r.policyStatus === null ? null : { isPublic: r.policyStatus.PolicyStatus?.IsPublic === true },
    acl: r.acl ? { ownerId: r.acl.Owner?.ID, grants: (r.acl.Grants ?? []).map(toGrant).filter((g): g is AclGrant => !!g) } : undefined,
    encryption:
      r.encryption === undefined
        ? undefined
        : r.encryption === null
          ? null
          : {
              rules: (r.encryption.ServerSideEncryptionConfiguration?.Rules ?? []).map((rule) => ({
                sseAlgorithm: rule.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? 'NONE',
                kmsMasterKeyId: rule.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID,
                bucketKeyEnabled: rule.BucketKeyEnabled,
              })),
            },
    versioning: r.versioning
      ? {
          status: (r.versioning.Status as 'Enabled' | 'Suspended' | undefined) ?? 'Disabled',
          mfaDelete: r.versioning.MFADelete === 'Enabled' ? 'Enabled' : 'Disabled',
        }
      : undefined,
    logging:
      r.logging === undefined
        ? undefined
        : r.logging?.LoggingEnabled?.TargetBucket
          ? { targetBucket: r.logging.LoggingEnabled.TargetBucket, targetPrefix: r.logging.LoggingEnabled.TargetPrefix || undefined }
          : null,
    objectLock:
      r.objectLock === undefined
        ? undefined
        : r.objectLock === null || !r.objectLock.ObjectLockConfiguration
          ? null
          : {
              enabled: r.objectLock.ObjectLockConfiguration.ObjectLockEnabled === 'Enabled',
              defaultRetention: r.objectLock.ObjectLockConfiguration.Rule?.DefaultRetention
                ? {
                    mode: r.objectLock.ObjectLockConfiguration.Rule.DefaultRetention.Mode,
                    days: r.objectLock.ObjectLockConfiguration.Rule.DefaultRetention.Days,
                    years: r.objectLock.ObjectLockConfiguration.Rule.DefaultRetention.Years,
                  }
                : undefined,
            },
    ownershipControls:
      r.ownership === undefined
        ? undefined
        : r.ownership?.OwnershipControls?.Rules?.[0]?.ObjectOwnership
          ? { objectOwnership: r.ownership.OwnershipControls.Rules[0].ObjectOwnership }
          : null,
    lifecycle:
      r.lifecycle === undefined
        ? undefined
        : r.lifecycle === null
          ? null
          : { rules: (r.lifecycle.Rules ?? []).map((rule) => ({ id: rule.ID, status: rule.Status ?? 'Disabled' })) },
    notifications: r.notifications
      ? {
          topics: r.notifications.TopicConfigurations?.length ?? 0,
          queues: r.notifications.QueueConfigurations?.length ?? 0,
          lambdaFunctions: r.notifications.LambdaFunctionConfigurations?.length ?? 0,
          eventBridge: r.notifications.EventBridgeConfiguration !== undefined,
        }
      : undefined,
  };

  const tags: Record<string, string> = {};
  for (const t of r.tags?.TagSet ?? []) if (t.Key) tags[t.Key] = t.Value ?? '';

  ctx.emit({
    uid,
    account: ctx.account,
    region,
    type: BUCKET_TYPE,
    name: b.name,
    tags,
    config: config as unknown as Record<string, unknown>,
    relationships: relationships(ctx, config, region),
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

function relationships(ctx: CollectContext, config: BucketConfig, region: string): Relationship[] | undefined {
  const out: Relationship[] = [];
  for (const rule of config.encryption?.rules ?? []) {
    const key = rule.kmsMasterKeyId;
    if (!key) continue;
    out.push({ type: 'encrypted-with', target: key.startsWith('arn:') ? key : kmsKeyArnFromId(ctx, region, key) });
  }
  if (config.logging) out.push({ type: 'logs-to', target: bucketArn(config.logging.targetBucket, ctx.partition) });
  return out.length ? out : undefined;
}

function kmsKeyArnFromId(ctx: CollectContext, region: string, key: string): string {
  if (key.startsWith('alias/')) return `arn:${ctx.partition}:kms:${region}:${ctx.account}:${key}`;
  return kmsKeyArn(ctx.account, region, key, ctx.partition);
}

function toPab(c: Partial<Record<keyof PublicAccessBlock, boolean | undefined>> | undefined): PublicAccessBlock {
  return {
    BlockPublicAcls: c?.BlockPublicAcls === true,
    IgnorePublicAcls: c?.IgnorePublicAcls === true,
    BlockPublicPolicy: c?.BlockPublicPolicy === true,
    RestrictPublicBuckets: c?.RestrictPublicBuckets === true,
  };
}

const GROUPS: Record<string, AclGrant['grantee']> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
  'http://acs.amazonaws.com/groups/s3/LogDelivery': 'LogDelivery',
};

function toGrant(g: Grant): AclGrant | undefined {
  if (!g.Permission || !g.Grantee) return undefined;
  const uri = g.Grantee.URI;
  const grantee = uri ? (GROUPS[uri] ?? 'Group') : g.Grantee.Type === 'AmazonCustomerByEmail' ? 'AmazonCustomerByEmail' : 'CanonicalUser';
  return { grantee, id: g.Grantee.ID, uri: grantee === 'Group' ? uri : undefined, permission: g.Permission as AclGrant['permission'] };
}

