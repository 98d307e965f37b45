import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
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
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPabCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/s3.js';
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  BUCKET_TYPE,
  type AccountPublicAccessBlockConfig,
  type BucketConfig,
} from '../../../../src/providers/aws/model/s3.js';
import type { Resource } from '../../../../src/model/types.js';
import { awsError, runCollector } from './harness.js';

const s3 = mockClient(S3Client);
const s3control = mockClient(S3ControlClient);
const ACCOUNT = '111111111111';
const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const created = new Date('2024-05-01T00:00:00Z');

const bucket = (res: Resource[], name: string) => {
  const r = res.find((x) => x.type === BUCKET_TYPE && x.name === name);
  assert.ok(r, `bucket ${name} emitted`);
  return r as unknown as Resource<BucketConfig>;
};

/** Every per-bucket call answers "not configured" unless a test overrides it. */
function defaults() {
  s3.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404));
  s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404));
  s3.on(GetBucketPolicyStatusCommand).rejects(awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404));
  s3.on(GetBucketAclCommand).resolves({
    Owner: { ID: OWNER },
    Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER }, Permission: 'FULL_CONTROL' }],
  });
  s3.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] },
  });
  s3.on(GetBucketVersioningCommand).resolves({});
  s3.on(GetBucketLoggingCommand).resolves({});
  s3.on(GetObjectLockConfigurationCommand).rejects(awsError('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', 404));
  s3.on(GetBucketOwnershipControlsCommand).rejects(awsError('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', 404));
  s3.on(GetBucketLifecycleConfigurationCommand).rejects(awsError('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404));
  s3.on(GetBucketNotificationConfigurationCommand).resolves({});
  s3.on(GetBucketTaggingCommand).rejects(awsError('NoSuchTagSet', 'The TagSet does not exist', 404));
}

describe('s3 collector', () => {
  beforeEach(() => {
    s3.reset();
    s3control.reset();
    s3control.on(GetAccountPabCommand).resolves({ PublicAccessBlockConfiguration: ALL_ON });
    defaults();
  });

  it('paginates ListBuckets (ContinuationToken) and records each bucket in its own region', async () => {
    s3.on(ListBucketsCommand)
      .resolvesOnce({
        Buckets: [{ Name: 'app-data', CreationDate: created, BucketRegion: 'us-east-1' }],
        Owner: { ID: OWNER },
        ContinuationToken: 'page2',
      })
      .resolvesOnce({ Buckets: [{ Name: 'tokyo-logs', CreationDate: created, BucketRegion: 'ap-northeast-1' }], Owner: { ID: OWNER } });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const calls = s3.commandCalls(ListBucketsCommand);
    assert.equal(calls.length, 2);
    assert.equal(calls[1].args[0].input.ContinuationToken, 'page2');

    const data = bucket(resources, 'app-data');
    assert.equal(data.uid, 'arn:aws:s3:::app-data');
    assert.equal(data.region, 'us-east-1');
    assert.equal(bucket(resources, 'tokyo-logs').region, 'ap-northeast-1');
    assert.equal(bucket(resources, 'tokyo-logs').config.bucketRegion, 'ap-northeast-1');
    assert.equal(data.config.creationDate, '2024-05-01T00:00:00.000Z');
  });

  it('maps "not configured" error codes to null and trims every setting', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'plain', CreationDate: created, BucketRegion: 'us-east-1' }] });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const b = bucket(resources, 'plain');
    assert.equal(b.errors, undefined);
    assert.equal(b.config.publicAccessBlock, null);
    assert.equal(b.config.policy, null);
    assert.equal(b.config.policyStatus, null);
    assert.equal(b.config.objectLock, null);
    assert.equal(b.config.ownershipControls, null);
    assert.equal(b.config.lifecycle, null);
    assert.equal(b.config.logging, null);
    assert.deepEqual(b.config.versioning, { status: 'Disabled', mfaDelete: 'Disabled' });
    assert.deepEqual(b.config.encryption, { rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: undefined, bucketKeyEnabled: false }] });
    assert.deepEqual(b.config.acl, { ownerId: OWNER, grants: [{ grantee: 'CanonicalUser', id: OWNER, uri: undefined, permission: 'FULL_CONTROL' }] });
    assert.deepEqual(b.config.notifications, { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: false });
    assert.deepEqual(b.tags, {});
  });

  it('collects a well-configured bucket: policy, ACL groups, SSE-KMS, versioning, logging, lock, ownership, lifecycle, tags', async () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyHttp',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::secure', 'arn:aws:s3:::secure/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'secure', CreationDate: created, BucketRegion: 'us-east-1' }] });
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: ALL_ON });
    s3.on(GetBucketPolicyCommand).resolves({ Policy: JSON.stringify(policy) });
    s3.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: { IsPublic: false } });
    s3.on(GetBucketAclCommand).resolves({
      Owner: { ID: OWNER },
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: OWNER }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' },
      ],
    });
    s3.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key }, BucketKeyEnabled: true }],
      },
    });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled', MFADelete: 'Enabled' });
    s3.on(GetBucketLoggingCommand).resolves({ LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'secure/' } });
    s3.on(GetObjectLockConfigurationCommand).resolves({
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } },
    });
    s3.on(GetBucketOwnershipControlsCommand).resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    s3.on(GetBucketLifecycleConfigurationCommand).resolves({
      Rules: [{ ID: 'expire-noncurrent', Status: 'Enabled', Filter: { Prefix: '' }, NoncurrentVersionExpiration: { NoncurrentDays: 90 } }],
    });
    s3.on(GetBucketNotificationConfigurationCommand).resolves({ EventBridgeConfiguration: {} });
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'mamori:criticality', Value: 'high' }] });

    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const b = bucket(resources, 'secure');
    assert.deepEqual(b.config.publicAccessBlock, ALL_ON);
    assert.deepEqual(b.config.policy, policy);
    assert.deepEqual(b.config.policyStatus, { isPublic: false });
    assert.deepEqual(
      b.config.acl?.grants.map((g) => `${g.grantee}:${g.permission}`),
      ['CanonicalUser:FULL_CONTROL', 'AllUsers:READ', 'LogDelivery:WRITE'],
    );
    assert.deepEqual(b.config.encryption, { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: key, bucketKeyEnabled: true }] });
    assert.deepEqual(b.config.versioning, { status: 'Enabled', mfaDelete: 'Enabled' });
    assert.deepEqual(b.config.logging, { targetBucket: 'access-logs', targetPrefix: 'secure/' });
    assert.deepEqual(b.config.objectLock, { enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 30, years: undefined } });
    assert.deepEqual(b.config.ownershipControls, { objectOwnership: 'BucketOwnerEnforced' });
    assert.deepEqual(b.config.lifecycle, { rules: [{ id: 'expire-noncurrent', status: 'Enabled' }] });
    assert.deepEqual(b.config.notifications, { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: true });
    assert.deepEqual(b.tags, { 'mamori:criticality': 'high' });
    assert.deepEqual(b.relationships, [
      { type: 'encrypted-with', target: key },
      { type: 'logs-to', target: 'arn:aws:s3:::access-logs' },
    ]);
  });

  it('records AccessDenied on one bucket call in Resource.errors and still emits every bucket', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'locked', CreationDate: created, BucketRegion: 'us-east-1' },
        { Name: 'open', CreationDate: created, BucketRegion: 'us-east-1' },
      ],
    });
    s3.on(GetBucketPolicyCommand, { Bucket: 'locked' }).rejects(awsError('AccessDenied', 'Access Denied', 403));

    const { resources, errors } = await runCollector(collector);
    const locked = bucket(resources, 'locked');
    assert.deepEqual(locked.errors, { policy: 'AccessDenied' });
    assert.equal(locked.config.policy, undefined);
    assert.equal(locked.config.encryption?.rules[0].sseAlgorithm, 'AES256');
    assert.equal(bucket(resources, 'open').errors, undefined);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'GetBucketPolicy');
    assert.equal(errors[0].resourceUid, 'arn:aws:s3:::locked');
    assert.equal(errors[0].code, 'AccessDenied');
  });

  it('falls back to GetBucketLocation when ListBuckets has no BucketRegion (null = us-east-1, EU = eu-west-1)', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'old-virginia', CreationDate: created },
        { Name: 'old-eu', CreationDate: created },
        { Name: 'frankfurt', CreationDate: created },
      ],
    });
    s3.on(GetBucketLocationCommand, { Bucket: 'old-virginia' }).resolves({});
    s3.on(GetBucketLocationCommand, { Bucket: 'old-eu' }).resolves({ LocationConstraint: 'EU' });
    s3.on(GetBucketLocationCommand, { Bucket: 'frankfurt' }).resolves({ LocationConstraint: 'eu-central-1' });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(bucket(resources, 'old-virginia').region, 'us-east-1');
    assert.equal(bucket(resources, 'old-eu').region, 'eu-west-1');
    assert.equal(bucket(resources, 'frankfurt').region, 'eu-central-1');
  });

  it("sends each bucket's calls to a client of the bucket's region; GetBucketLocation may follow redirects", async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'home', CreationDate: created, BucketRegion: 'us-east-1' },
        { Name: 'tokyo', CreationDate: created, BucketRegion: 'ap-northeast-1' },
        { Name: 'legacy', CreationDate: created },
      ],
    });
    const regionOf: Record<string, string> = {};
    s3.on(GetBucketVersioningCommand).callsFake(async (input: { Bucket: string }, getClient) => {
      regionOf[input.Bucket] = await getClient().config.region();
      return { Status: 'Enabled' };
    });
    let redirects: boolean | undefined;
    s3.on(GetBucketLocationCommand).callsFake(async (_input, getClient) => {
      redirects = (getClient().config as { followRegionRedirects?: boolean }).followRegionRedirects;
      return { LocationConstraint: 'eu-west-3' };
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.deepEqual(regionOf, { home: 'us-east-1', tokyo: 'ap-northeast-1', legacy: 'eu-west-3' });
    assert.equal(redirects, true);
    assert.equal(bucket(resources, 'legacy').region, 'eu-west-3');
    assert.equal(bucket(resources, 'tokyo').config.versioning?.status, 'Enabled');
  });

  it('emits the account-level Block Public Access; absent configuration gives null', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    let { resources } = await runCollector(collector);
    let acct = resources.find((r) => r.type === ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE) as unknown as Resource<AccountPublicAccessBlockConfig>;
    assert.equal(acct.uid, `arn:aws:mamori::${ACCOUNT}:s3-account-public-access-block`);
    assert.equal(acct.region, 'global');
    assert.deepEqual(acct.config.publicAccessBlock, ALL_ON);
    assert.equal(s3control.commandCalls(GetAccountPabCommand)[0].args[0].input.AccountId, ACCOUNT);

    s3control.reset();
    s3control.on(GetAccountPabCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 'not found', 404));
    ({ resources } = await runCollector(collector));
    acct = resources.find((r) => r.type === ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE) as unknown as Resource<AccountPublicAccessBlockConfig>;
    assert.equal(acct.config.publicAccessBlock, null);
    assert.equal(acct.errors, undefined);
  });

  it('account-level AccessDenied is a field error; a failed ListBuckets is a scope error for buckets', async () => {
    s3control.on(GetAccountPabCommand).rejects(awsError('AccessDenied', 'Access Denied', 403));
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 'Access Denied', 403));
    const { resources, errors } = await runCollector(collector);
    const acct = resources.find((r) => r.type === ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE)!;
    assert.deepEqual(acct.errors, { publicAccessBlock: 'AccessDenied' });
    assert.equal(resources.filter((r) => r.type === BUCKET_TYPE).length, 0);
    const list = errors.find((e) => e.operation === 'ListBuckets');
    assert.ok(list);
    assert.deepEqual(list.resourceTypes, [BUCKET_TYPE]);
    assert.equal(list.region, 'global');
  });
});
