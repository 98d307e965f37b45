/**
 * Effective public access of a bucket for the public-read / public-write rules: what the bucket
 * policy and ACL grant to everyone, minus what Block Public Access (bucket or account level)
 * neutralises (IgnorePublicAcls, RestrictPublicBuckets).
 */
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  type AccountPublicAccessBlockConfig,
  type BucketConfig,
  type PublicAccessBlock,
} from '../../../../src/providers/aws/model/s3.js';
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { coversAction, describeStatement, publicAllowStatements, statements } from './policy.js';

export type Access = 'read' | 'write';

const SETTINGS: (keyof PublicAccessBlock)[] = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];
/** Block Public Access settings that are not on (all four when there is no configuration). */
export const offSettings = (pab: PublicAccessBlock | null | undefined) => SETTINGS.filter((k) => pab?.[k] !== true);

/** Representative S3 actions per kind; a public statement covering any of them counts. */
const ACTIONS: Record<Access, string[]> = {
  read: ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'],
  write: [
    's3:PutObject',
    's3:DeleteObject',
    's3:DeleteObjectVersion',
    's3:PutObjectAcl',
    's3:PutBucketPolicy',
    's3:PutBucketAcl',
    's3:DeleteBucket',
    's3:DeleteBucketPolicy',
    's3:PutLifecycleConfiguration',
  ],
};
const ACL_PERMISSIONS: Record<Access, string[]> = {
  read: ['READ', 'FULL_CONTROL'],
  write: ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'],
};

export interface Exposure {
  /** Grants to everyone that are in effect. */
  effective: string[];
  /** Grants to everyone that Block Public Access neutralises. */
  neutralised: string[];
  /** True when the account-level setting could not be read and it would decide the result. */
  accountUnknown: boolean;
}

export function accountBlock(bucket: Pick<Resource, 'account'>, ctx: EvaluationContext): { pab: PublicAccessBlock | null; unknown: boolean } {
  const acct = ctx.resources<AccountPublicAccessBlockConfig>(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, { account: bucket.account })[0];
  if (!acct) return { pab: null, unknown: false };
  if (acct.errors?.publicAccessBlock || acct.config.publicAccessBlock === undefined) return { pab: null, unknown: true };
  return { pab: acct.config.publicAccessBlock, unknown: false };
}

export function exposure(bucket: Resource<BucketConfig>, ctx: EvaluationContext, kind: Access): Exposure {
  const c = bucket.config;
  const acct = accountBlock(bucket, ctx);
  const ignoreAclsBucket = c.publicAccessBlock?.IgnorePublicAcls === true;
  const restrictBucket = c.publicAccessBlock?.RestrictPublicBuckets === true;
  const ignoreAcls = ignoreAclsBucket || acct.pab?.IgnorePublicAcls === true;
  const restrict = restrictBucket || acct.pab?.RestrictPublicBuckets === true;
  const aclsDisabled = c.ownershipControls?.objectOwnership === 'BucketOwnerEnforced';

  const effective: string[] = [];
  const neutralised: string[] = [];
  let accountDecides = false;

  const all = statements(c.policy);
  for (const s of publicAllowStatements(c.policy)) {
    const actions = ACTIONS[kind].filter((a) => coversAction(s, a));
    if (actions.length === 0) continue;
    const label = `bucket policy statement ${describeStatement(s, all.indexOf(s))} allows ${actions.join(', ')} to Principal "*"`;
    if (restrict) neutralised.push(label);
    else effective.push(label);
    if (!restrictBucket && acct.unknown) accountDecides = true;
  }
  for (const g of c.acl?.grants ?? []) {
    if (g.grantee !== 'AllUsers' && g.grantee !== 'AuthenticatedUsers') continue;
    if (!ACL_PERMISSIONS[kind].includes(g.permission)) continue;
    const label = `ACL grants ${g.permission} to ${g.grantee}`;
    if (ignoreAcls || aclsDisabled) neutralised.push(label);
    else effective.push(label);
    if (!ignoreAclsBucket && !aclsDisabled && acct.unknown) accountDecides = true;
  }
  return { effective, neutralised, accountUnknown: accountDecides };
}
