import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GetAccessPointCommand, GetAccessPointPolicyCommand, ListAccessPointsCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/s3control.js';
import type { AccessPointConfig } from '../../../../src/providers/aws/model/s3.js';
import { awsError, runCollector } from './harness.js';

const s3control = mockClient(S3ControlClient);
const ACCOUNT = '111111111111';
const apArn = (name: string) => `arn:aws:s3:us-east-1:${ACCOUNT}:accesspoint/${name}`;

// Amazon S3 User Guide › Configuring IAM policies for using access points: an access point policy
// granting another account read through the access point.
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 's3:GetObject', Resource: `${apArn('analytics')}/object/*` }],
});
const PAB = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

describe('s3control collector (access points)', () => {
  afterEach(() => s3control.reset());

  it('paginates ListAccessPoints; keeps network origin, the access point BPA and its policy', async () => {
    s3control.on(ListAccessPointsCommand).resolves({
      NextToken: 'ap2',
      AccessPointList: [{ Name: 'analytics', NetworkOrigin: 'Internet', Bucket: 'data-lake', AccessPointArn: apArn('analytics'), Alias: 'analytics-abc123-s3alias', BucketAccountId: '222222222222' }],
    });
    s3control.on(ListAccessPointsCommand, { NextToken: 'ap2' }).resolves({
      AccessPointList: [{ Name: 'internal', NetworkOrigin: 'VPC', VpcConfiguration: { VpcId: 'vpc-0aaa' }, Bucket: 'data-lake', AccessPointArn: apArn('internal'), BucketAccountId: ACCOUNT }],
    });
    s3control.on(GetAccessPointCommand, { Name: 'analytics' }).resolves({ Name: 'analytics', Bucket: 'data-lake', NetworkOrigin: 'Internet', PublicAccessBlockConfiguration: { ...PAB, BlockPublicPolicy: false } });
    s3control.on(GetAccessPointCommand, { Name: 'internal' }).resolves({ Name: 'internal', Bucket: 'data-lake', NetworkOrigin: 'VPC', PublicAccessBlockConfiguration: PAB });
    s3control.on(GetAccessPointPolicyCommand, { Name: 'analytics' }).resolves({ Policy: POLICY });
    s3control.on(GetAccessPointPolicyCommand, { Name: 'internal' }).rejects(awsError('NoSuchAccessPointPolicy', 'The specified accesspoint does not have an accesspoint policy', 404));

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    for (const call of s3control.commandCalls(ListAccessPointsCommand)) assert.equal(call.args[0].input.AccountId, ACCOUNT);
    const analytics = resources.find((r) => r.uid === apArn('analytics'))!;
    const a = analytics.config as unknown as AccessPointConfig;
    assert.deepEqual(a.policy, JSON.parse(POLICY));
    assert.equal(a.networkOrigin, 'Internet');
    assert.equal(a.bucketAccountId, '222222222222');
    assert.equal(a.publicAccessBlock?.BlockPublicPolicy, false);
    assert.ok(analytics.relationships?.some((r) => r.type === 'access-point-of' && r.target === 'arn:aws:s3:::data-lake'));
    const internal = resources.find((r) => r.uid === apArn('internal'))!.config as unknown as AccessPointConfig;
    assert.equal(internal.policy, null, 'NoSuchAccessPointPolicy: no policy');
    assert.equal(internal.vpcId, 'vpc-0aaa');
  });

  it('AccessDenied on one access point policy marks errors.policy of that access point only', async () => {
    s3control.on(ListAccessPointsCommand).resolves({
      AccessPointList: [
        { Name: 'analytics', NetworkOrigin: 'Internet', Bucket: 'data-lake', AccessPointArn: apArn('analytics') },
        { Name: 'internal', NetworkOrigin: 'VPC', Bucket: 'data-lake', AccessPointArn: apArn('internal') },
      ],
    });
    s3control.on(GetAccessPointCommand).resolves({ PublicAccessBlockConfiguration: PAB });
    s3control.on(GetAccessPointPolicyCommand, { Name: 'analytics' }).rejects(awsError('AccessDenied', 'Access Denied', 403));
    s3control.on(GetAccessPointPolicyCommand, { Name: 'internal' }).resolves({ Policy: POLICY });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    const denied = resources.find((r) => r.uid === apArn('analytics'))!;
    assert.deepEqual(denied.errors, { policy: 'AccessDenied' });
    assert.equal((denied.config as unknown as AccessPointConfig).policy, undefined);
    assert.deepEqual((denied.config as unknown as AccessPointConfig).publicAccessBlock, PAB);
    assert.equal(resources.find((r) => r.uid === apArn('internal'))!.errors, undefined);
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceUid]), [['GetAccessPointPolicy', apArn('analytics')]]);
  });
});
