/**
 * Demo resources for Amazon S3.
 *
 * prod (account-level Block Public Access OFF):
 *  - the public assets bucket, public through BOTH a "Principal": "*" s3:GetObject policy and an
 *    AllUsers READ ACL, with bucket-level Block Public Access off and ACLs enabled;
 *  - the CodePipeline artifact bucket (tagged purpose=codepipeline-artifacts, criticality high):
 *    SSE-S3 only, no versioning, no access logging, and its policy lost the DenyInsecureConnections
 *    statement CodePipeline creates — the bucket the attack chain writes a tampered appspec.yml to;
 *  - a well-configured orders data bucket (SSE-KMS, versioning, access logging, Block Public
 *    Access, ACLs disabled, HTTPS-only policy, lifecycle, Object Lock, EventBridge);
 *  - the access-log bucket those buckets log to, and the AWS Config history bucket.
 * mgmt (account-level Block Public Access ON):
 *  - the central CloudTrail bucket: Block Public Access, SSE-KMS (alias/cloudtrail), versioning,
 *    Object Lock, HTTPS-only — but NO server access logging (CIS 3.4);
 *  - the access-log bucket of the tools ALB (SSE-S3, as ALB log delivery requires);
 *  - the AWS Config history bucket in us-east-1.
 */
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  accountPublicAccessBlockUid,
  bucketArn,
  BUCKET_TYPE,
  type AccountPublicAccessBlockConfig,
  type BucketConfig,
  type PolicyStatement,
  type PublicAccessBlock,
} from '../../model/s3.js';
import type { Relationship } from '../../../../model/types.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';
import { KMS_DEMO_KEYS } from './kms.js';

const { prod, mgmt, mainRegion, names } = DEMO;

const ALL_ON: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
/** Canonical user ids of the two demo accounts (as GetBucketAcl reports the owner). */
const CANONICAL: Record<string, string> = {
  [prod]: '4f1c2a9d8e7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d',
  [mgmt]: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
};
const ACCESS_LOGS_PROD = 'mamori-demo-access-logs-prod';
const ORDERS_DATA = 'mamori-demo-orders-data';
const ALB_ACCESS_LOGS_MGMT = 'mamori-demo-alb-access-logs';
/** The Elastic Load Balancing account that delivers access logs in ap-northeast-1. */
const ELB_ACCOUNT_AP_NORTHEAST_1 = '582318560864';

const denyHttp = (name: string): PolicyStatement => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [bucketArn(name), `${bucketArn(name)}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

const ownerOnlyAcl = (account: string) => ({
  ownerId: CANONICAL[account],
  grants: [{ grantee: 'CanonicalUser' as const, id: CANONICAL[account], permission: 'FULL_CONTROL' as const }],
});

const sseS3 = { rules: [{ sseAlgorithm: 'AES256', bucketKeyEnabled: false }] };
const sseKms = (key: string) => ({ rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: key, bucketKeyEnabled: true }] });
const noNotifications = { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: false };

function bucket(demo: DemoBuilder, account: string, config: BucketConfig, tags: Record<string, string> = {}) {
  const relationships: Relationship[] = [];
  for (const r of config.encryption?.rules ?? []) if (r.kmsMasterKeyId) relationships.push({ type: 'encrypted-with', target: r.kmsMasterKeyId });
  if (config.logging) relationships.push({ type: 'logs-to', target: bucketArn(config.logging.targetBucket) });
  demo.add({
    uid: bucketArn(config.name),
    account,
    region: config.bucketRegion,
    type: BUCKET_TYPE,
    name: config.name,
    config,
    tags,
    relationships: relationships.length ? relationships : undefined,
  });
}

function accountBlock(demo: DemoBuilder, account: string, config: AccountPublicAccessBlockConfig) {
  demo.add({
    uid: accountPublicAccessBlockUid(account),
    account,
    region: 'global',
    type: ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
    name: `${account} S3 Block Public Access`,
    config,
  });
}

export function addS3Demo(demo: DemoBuilder): void {
  accountBlock(demo, prod, { publicAccessBlock: null });
  accountBlock(demo, mgmt, { publicAccessBlock: ALL_ON });
  addProdBuckets(demo);
  addMgmtBuckets(demo);
}

function addProdBuckets(demo: DemoBuilder) {
  // Static assets for the web site: public through the policy AND the ACL.
  const assets = names.publicAssetsBucket;
  bucket(
    demo,
    prod,
    {
      name: assets,
      bucketRegion: mainRegion,
      creationDate: '2023-06-12T04:31:08.000Z',
      publicAccessBlock: null,
      policy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'PublicReadGetObject', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucketArn(assets)}/*` }],
      },
      policyStatus: { isPublic: true },
      acl: {
        ownerId: CANONICAL[prod],
        grants: [
          { grantee: 'CanonicalUser', id: CANONICAL[prod], permission: 'FULL_CONTROL' },
          { grantee: 'AllUsers', uri: undefined, permission: 'READ' },
        ],
      },
      encryption: sseS3,
      versioning: { status: 'Disabled', mfaDelete: 'Disabled' },
      logging: { targetBucket: ACCESS_LOGS_PROD, targetPrefix: `${assets}/` },
      objectLock: null,
      ownershipControls: { objectOwnership: 'ObjectWriter' },
      lifecycle: null,
      notifications: noNotifications,
    },
    { purpose: 'static-website', app: 'web' },
  );

  // CodePipeline artifact store: the tampering target of the attack chain.
  const artifacts = names.pipelineArtifactBucket;
  bucket(
    demo,
    prod,
    {
      name: artifacts,
      bucketRegion: mainRegion,
      creationDate: '2024-02-20T10:02:51.000Z',
      publicAccessBlock: ALL_ON,
      policy: {
        Version: '2012-10-17',
        Id: 'SSEAndSSLPolicy',
        Statement: [
          {
            Sid: 'DenyUnEncryptedObjectUploads',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:PutObject',
            Resource: `${bucketArn(artifacts)}/*`,
            Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
          },
        ],
      },
      policyStatus: { isPublic: false },
      acl: ownerOnlyAcl(prod),
      encryption: sseS3,
      versioning: { status: 'Disabled', mfaDelete: 'Disabled' },
      logging: null,
      objectLock: null,
      ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
      lifecycle: null,
      notifications: noNotifications,
    },
    { purpose: 'codepipeline-artifacts', 'mamori:criticality': 'high', app: 'web' },
  );

  // Well-configured data bucket: passes every bucket rule except MFA Delete (not applicable with lifecycle).
  bucket(
    demo,
    prod,
    {
      name: ORDERS_DATA,
      bucketRegion: mainRegion,
      creationDate: '2025-02-18T01:10:42.000Z',
      publicAccessBlock: ALL_ON,
      policy: { Version: '2012-10-17', Statement: [denyHttp(ORDERS_DATA)] },
      policyStatus: { isPublic: false },
      acl: ownerOnlyAcl(prod),
      encryption: sseKms(KMS_DEMO_KEYS.ordersData),
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: { targetBucket: ACCESS_LOGS_PROD, targetPrefix: `${ORDERS_DATA}/` },
      objectLock: { enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 35 } },
      ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
      lifecycle: { rules: [{ id: 'expire-noncurrent-versions', status: 'Enabled' }, { id: 'abort-incomplete-uploads', status: 'Enabled' }] },
      notifications: { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: true },
    },
    { app: 'orders', 'data-classification': 'confidential', 'mamori:criticality': 'high' },
  );

  // Server access log destination (SSE-S3 is what S3 log delivery supports).
  bucket(
    demo,
    prod,
    {
      name: ACCESS_LOGS_PROD,
      bucketRegion: mainRegion,
      creationDate: '2023-06-12T04:20:00.000Z',
      publicAccessBlock: ALL_ON,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'S3ServerAccessLogsPolicy',
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: `${bucketArn(ACCESS_LOGS_PROD)}/*`,
            Condition: { StringEquals: { 'aws:SourceAccount': prod } },
          },
          denyHttp(ACCESS_LOGS_PROD),
        ],
      },
      policyStatus: { isPublic: false },
      acl: ownerOnlyAcl(prod),
      encryption: sseS3,
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: null,
      objectLock: null,
      ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
      lifecycle: { rules: [{ id: 'expire-after-400-days', status: 'Enabled' }] },
      notifications: noNotifications,
    },
    { purpose: 'access-logs' },
  );

  configBucket(demo, prod, mainRegion);
}

function configBucket(demo: DemoBuilder, account: string, region: string) {
  const name = `config-history-${account}`;
  bucket(
    demo,
    account,
    {
      name,
      bucketRegion: region,
      creationDate: '2025-04-01T02:30:00.000Z',
      publicAccessBlock: ALL_ON,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AWSConfigBucketPermissionsCheck',
            Effect: 'Allow',
            Principal: { Service: 'config.amazonaws.com' },
            Action: ['s3:GetBucketAcl', 's3:ListBucket'],
            Resource: bucketArn(name),
            Condition: { StringEquals: { 'AWS:SourceAccount': account } },
          },
          {
            Sid: 'AWSConfigBucketDelivery',
            Effect: 'Allow',
            Principal: { Service: 'config.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: `${bucketArn(name)}/AWSLogs/${account}/Config/*`,
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'AWS:SourceAccount': account } },
          },
          denyHttp(name),
        ],
      },
      policyStatus: { isPublic: false },
      acl: ownerOnlyAcl(account),
      encryption: sseS3,
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: null,
      objectLock: null,
      ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
      lifecycle: { rules: [{ id: 'transition-to-glacier', status: 'Enabled' }] },
      notifications: noNotifications,
    },
    { purpose: 'aws-config' },
  );
}

function addMgmtBuckets(demo: DemoBuilder) {
  const trail = names.trailBucket;
  const orgTrailArn = `arn:aws:cloudtrail:${mainRegion}:${mgmt}:trail/${names.orgTrail}`;
  bucket(
    demo,
    mgmt,
    {
      name: trail,
      bucketRegion: mainRegion,
      creationDate: '2025-04-01T01:59:02.000Z',
      publicAccessBlock: ALL_ON,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AWSCloudTrailAclCheck',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:GetBucketAcl',
            Resource: bucketArn(trail),
            Condition: { StringEquals: { 'aws:SourceArn': orgTrailArn } },
          },
          {
            Sid: 'AWSCloudTrailWrite',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: [`${bucketArn(trail)}/AWSLogs/${mgmt}/*`, `${bucketArn(trail)}/AWSLogs/o-a1b2c3d4e5/*`, `${bucketArn(trail)}/prod-app/AWSLogs/${prod}/*`],
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
          },
          denyHttp(trail),
        ],
      },
      policyStatus: { isPublic: false },
      acl: ownerOnlyAcl(mgmt),
      encryption: sseKms(KMS_DEMO_KEYS.trail),
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: null,
      objectLock: { enabled: true, defaultRetention: { mode: 'COMPLIANCE', days: 365 } },
      ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
      lifecycle: { rules: [{ id: 'glacier-after-90-days', status: 'Enabled' }] },
      notifications: noNotifications,
    },
    { purpose: 'cloudtrail-logs', owner: 'platform-security', 'mamori:criticality': 'high' },
  );

  // Access logs of the tools ALB (data demo area). ALB log delivery supports SSE-S3 only; in
  // ap-northeast-1 the regional Elastic Load Balancing account writes them.
  const albLogs = ALB_ACCESS_LOGS_MGMT;
  bucket(
    demo,
    mgmt,
    {
      name: albLogs,
      bucketRegion: mainRegion,
      creationDate: '2025-07-08T03:15:00.000Z',
      publicAccessBlock: ALL_ON,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowELBAccessLogs',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ELB_ACCOUNT_AP_NORTHEAST_1}:root` },
            Action: 's3:PutObject',
            Resource: `${bucketArn(albLogs)}/tools-alb/AWSLogs/${mgmt}/*`,
          },
          denyHttp(albLogs),
        ],
      },
      policyStatus: { isPublic: false },
      acl: ownerOnlyAcl(mgmt),
      encryption: sseS3,
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: null,
      objectLock: null,
      ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
      lifecycle: { rules: [{ id: 'expire-after-400-days', status: 'Enabled' }] },
      // New log objects go to the SIEM through EventBridge.
      notifications: { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: true },
    },
    { purpose: 'alb-access-logs', owner: 'platform-security' },
  );

  configBucket(demo, mgmt, 'us-east-1');
}
