/** Fixture builders for S3 (and KMS) rules: a well-configured bucket to override field by field. */
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  accountPublicAccessBlockUid,
  BUCKET_TYPE,
  type BucketConfig,
  type PolicyStatement,
  type PublicAccessBlock,
} from '../../../../src/providers/aws/model/s3.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
export const ALL_BLOCKED: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
export const NOTHING_BLOCKED: PublicAccessBlock = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};
export const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

export const bucketUid = (name: string) => `arn:aws:s3:::${name}`;

export const denyHttp = (name: string): PolicyStatement => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [bucketUid(name), `${bucketUid(name)}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

/** A bucket with every protection on; pass overrides for the field under test. */
export function bucket(name: string, overrides: Partial<BucketConfig> = {}, extra: Partial<Resource> = {}): Resource {
  const config: BucketConfig = {
    name,
    bucketRegion: REGION,
    creationDate: '2025-04-01T00:00:00.000Z',
    publicAccessBlock: ALL_BLOCKED,
    policy: { Version: '2012-10-17', Statement: [denyHttp(name)] },
    policyStatus: { isPublic: false },
    acl: { ownerId: OWNER_ID, grants: [{ grantee: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' }] },
    encryption: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY_ARN, bucketKeyEnabled: true }] },
    versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
    logging: { targetBucket: 'central-access-logs', targetPrefix: `${name}/` },
    objectLock: { enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 30 } },
    ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
    lifecycle: { rules: [{ id: 'expire-noncurrent', status: 'Enabled' }] },
    notifications: { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: true },
    ...overrides,
  };
  return resource({ type: BUCKET_TYPE, uid: bucketUid(name), name, config, ...extra });
}

export function accountPab(pab: PublicAccessBlock | null | undefined, opts: { account?: string; errors?: Record<string, string> } = {}) {
  const account = opts.account ?? ACCOUNT;
  return resource({
    type: ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
    uid: accountPublicAccessBlockUid(account),
    account,
    region: 'global',
    name: `${account} S3 Block Public Access`,
    config: { publicAccessBlock: pab },
    errors: opts.errors,
  });
}
