/**
 * Config shapes of Amazon S3 resources in the snapshot (the contract between the S3 collector
 * and the S3 rules, and for other areas that look at buckets, e.g. the CloudTrail log bucket).
 *
 * A config field that is `null` means "AWS says this is not configured" (e.g. no bucket policy,
 * NoSuchPublicAccessBlockConfiguration). A field that is `undefined` and named in
 * `Resource.errors` could not be collected; rules that need it report NOT_ASSESSED.
 */

/** CloudFormation type of a general purpose bucket; uid `arn:<partition>:s3:::<name>`, region = the bucket's real region. */
export const BUCKET_TYPE = 'AWS::S3::Bucket';

/**
 * mamori pseudo type `AWS::S3::AccountPublicAccessBlock`: the account-level S3 Block Public Access
 * setting (S3 Control GetPublicAccessBlock). One per account, region `global`,
 * uid `arn:<partition>:mamori::<account>:s3-account-public-access-block`.
 */
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = 'AWS::S3::AccountPublicAccessBlock';

/**
 * AWS::S3::AccessPoint: an access point of a general purpose bucket (S3 Control ListAccessPoints in
 * each region); uid the AccessPointArn arn:<p>:s3:<region>:<account>:accesspoint/<name>. Relationship
 * `access-point-of` → the bucket (arn:<p>:s3:::<bucket>), which may belong to another account
 * (bucketAccountId).
 */
export const ACCESS_POINT_TYPE = 'AWS::S3::AccessPoint';

export const accountPublicAccessBlockUid = (account: string, partition = 'aws') =>
  `arn:${partition}:mamori::${account}:s3-account-public-access-block`;
export const bucketArn = (name: string, partition = 'aws') => `arn:${partition}:s3:::${name}`;

/** The four Block Public Access switches, as the S3 / S3 Control APIs name them. */
export interface PublicAccessBlock {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

/** An IAM-style policy document (bucket policy, key policy), parsed from the API's JSON string. */
export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement[] | PolicyStatement;
}

export type PolicyPrincipal = '*' | Record<string, string | string[]>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PolicyPrincipal;
  NotPrincipal?: PolicyPrincipal;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

/** One ACL grant. `grantee` is the predefined group name (AllUsers, AuthenticatedUsers, LogDelivery) or the grantee type. */
export interface AclGrant {
  grantee: 'AllUsers' | 'AuthenticatedUsers' | 'LogDelivery' | 'CanonicalUser' | 'AmazonCustomerByEmail' | 'Group';
  /** Canonical user id (CanonicalUser grants). */
  id?: string;
  /** Group URI (Group grants). */
  uri?: string;
  permission: 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP';
}

export interface BucketEncryptionRule {
  /** AES256 (SSE-S3), aws:kms (SSE-KMS), aws:kms:dsse (DSSE-KMS). */
  sseAlgorithm: string;
  /** Key id, key ARN or alias as configured (SSE-KMS only; absent = the AWS managed key aws/s3). */
  kmsMasterKeyId?: string;
  bucketKeyEnabled?: boolean;
}

/** AWS::S3::Bucket */
export interface BucketConfig {
  name: string;
  /** The bucket's region (ListBuckets BucketRegion or GetBucketLocation). */
  bucketRegion: string;
  creationDate?: string;
  /** Bucket-level Block Public Access; null = not configured (nothing blocked at bucket level). */
  publicAccessBlock?: PublicAccessBlock | null;
  /** Parsed bucket policy; null = no bucket policy. */
  policy?: PolicyDocument | null;
  /** GetBucketPolicyStatus: S3's own verdict on whether the policy is public; null = no policy. */
  policyStatus?: { isPublic: boolean } | null;
  /** GetBucketAcl. */
  acl?: { ownerId?: string; grants: AclGrant[] };
  /** Default encryption; null = no default encryption configuration. */
  encryption?: { rules: BucketEncryptionRule[] } | null;
  /** GetBucketVersioning; a bucket that never had versioning reports status 'Disabled'. */
  versioning?: { status: 'Enabled' | 'Suspended' | 'Disabled'; mfaDelete: 'Enabled' | 'Disabled' };
  /** Server access logging; null = disabled. */
  logging?: { targetBucket: string; targetPrefix?: string } | null;
  /** Object Lock; null = not configured. */
  objectLock?: { enabled: boolean; defaultRetention?: { mode?: string; days?: number; years?: number } } | null;
  /** Object Ownership; null = no ownership controls (ACLs enabled, ObjectWriter behaviour). */
  ownershipControls?: { objectOwnership: string } | null;
  /** Lifecycle rules; null = no lifecycle configuration. */
  lifecycle?: { rules: { id?: string; status: string }[] } | null;
  /** Event notification destinations configured (counts), EventBridge delivery on/off. */
  notifications?: { topics: number; queues: number; lambdaFunctions: number; eventBridge: boolean };
}

/** AWS::S3::AccountPublicAccessBlock (mamori pseudo type). */
export interface AccountPublicAccessBlockConfig {
  /** null = the account has no account-level Block Public Access configuration. */
  publicAccessBlock?: PublicAccessBlock | null;
}

/** AWS::S3::AccessPoint. */
export interface AccessPointConfig {
  name: string;
  bucket: string;
  /** Owner of the bucket; differs from the access point's account for cross-account access points. */
  bucketAccountId?: string;
  /** Internet or VPC (VPC access points accept requests only from that VPC). */
  networkOrigin: string;
  vpcId?: string;
  alias?: string;
  /**
   * The access point's own Block Public Access switches (GetAccessPoint). Absent when not collected
   * (errors.publicAccessBlock).
   */
  publicAccessBlock?: PublicAccessBlock | null;
  /** GetAccessPointPolicy, parsed. null: no access point policy. Absent: not collected (errors.policy). */
  policy?: PolicyDocument | null;
}
