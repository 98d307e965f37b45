import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/sns.js';
import type { TopicConfig } from '../../../../src/providers/aws/model/sns.js';
import { awsError, runCollector } from './harness.js';

const sns = mockClient(SNSClient);
const ACCOUNT = '111111111111';
const ALERTS = `arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`;
const OTHER = `arn:aws:sns:us-east-1:${ACCOUNT}:app-events`;
// Amazon SNS Developer Guide › Access control: the topic policy, here granting another account Publish.
const CROSS_ACCOUNT_POLICY = JSON.stringify({
  Version: '2008-10-17',
  Id: '__default_policy_ID',
  Statement: [
    { Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:Publish'], Resource: ALERTS, Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } } },
    { Sid: 'partner-publish', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'SNS:Publish', Resource: ALERTS },
  ],
});

describe('sns collector', () => {
  afterEach(() => sns.reset());

  it('paginates topics and subscriptions; stores protocol + confirmed, never e-mail or URL endpoints', async () => {
    sns.on(ListTopicsCommand).resolvesOnce({ Topics: [{ TopicArn: ALERTS }], NextToken: 'p2' });
    sns.on(ListTopicsCommand, { NextToken: 'p2' }).resolves({ Topics: [{ TopicArn: OTHER }] });
    sns.on(GetTopicAttributesCommand, { TopicArn: ALERTS }).resolves({
      Attributes: { TopicArn: ALERTS, KmsMasterKeyId: 'alias/aws/sns', SubscriptionsConfirmed: '1', SubscriptionsPending: '1', Policy: CROSS_ACCOUNT_POLICY },
    });
    sns.on(GetTopicAttributesCommand, { TopicArn: OTHER }).resolves({ Attributes: { TopicArn: OTHER, SubscriptionsConfirmed: '1', SubscriptionsPending: '0' } });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: ALERTS }).resolvesOnce({
      Subscriptions: [
        { SubscriptionArn: `${ALERTS}:0b8c2d3e-1111-2222-3333-444455556666`, Owner: ACCOUNT, Protocol: 'email', Endpoint: 'secops@example.com', TopicArn: ALERTS },
      ],
      NextToken: 's2',
    });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: ALERTS, NextToken: 's2' }).resolves({
      Subscriptions: [
        { SubscriptionArn: 'PendingConfirmation', Owner: ACCOUNT, Protocol: 'https', Endpoint: 'https://hooks.example.com/T0/B0/secret-token', TopicArn: ALERTS },
      ],
    });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: OTHER }).resolves({
      Subscriptions: [{ SubscriptionArn: `${OTHER}:abc`, Protocol: 'sqs', Endpoint: `arn:aws:sqs:us-east-1:${ACCOUNT}:events`, TopicArn: OTHER }],
    });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.map((r) => r.uid), [ALERTS, OTHER]);
    const alerts = resources[0]!.config as unknown as TopicConfig;
    assert.equal(alerts.kmsMasterKeyId, 'alias/aws/sns');
    assert.equal(alerts.subscriptionsConfirmed, 1);
    assert.deepEqual(alerts.policy, JSON.parse(CROSS_ACCOUNT_POLICY), 'the topic policy is kept, parsed');
    assert.equal((resources[1]!.config as unknown as TopicConfig).policy, null, 'no Policy attribute: null');
    assert.deepEqual(alerts.subscriptions, [
      { protocol: 'email', confirmed: true, endpointArn: undefined },
      { protocol: 'https', confirmed: false, endpointArn: undefined },
    ]);
    const serialized = JSON.stringify(resources);
    assert.ok(!serialized.includes('secops@example.com') && !serialized.includes('secret-token'), 'no e-mail or URL endpoint is stored');
    const other = resources[1]!.config as unknown as TopicConfig;
    assert.equal(other.kmsMasterKeyId, undefined);
    assert.deepEqual(other.subscriptions, [{ protocol: 'sqs', confirmed: true, endpointArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:events` }]);
  });

  it('AccessDenied on one topic\'s subscriptions is recorded; the other topic is complete', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: ALERTS }, { TopicArn: OTHER }] });
    sns.on(GetTopicAttributesCommand).resolves({ Attributes: { SubscriptionsConfirmed: '0' } });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: ALERTS }).rejects(awsError('AuthorizationError', 'not authorized', 403));
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: OTHER }).resolves({ Subscriptions: [] });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.equal(resources.length, 2);
    assert.deepEqual(resources[0]!.errors, { subscriptions: 'AccessDenied' });
    assert.equal((resources[0]!.config as unknown as TopicConfig).subscriptions, undefined);
    assert.deepEqual((resources[1]!.config as unknown as TopicConfig).subscriptions, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.resourceUid, ALERTS);
  });

  it('a topic deleted between listing and detail (NotFound) gives empty data, not an error', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: ALERTS }] });
    sns.on(GetTopicAttributesCommand).rejects(awsError('NotFoundException', 'Topic does not exist', 404));
    sns.on(ListSubscriptionsByTopicCommand).rejects(awsError('NotFoundException', 'Topic does not exist', 404));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.equal(resources[0]!.errors, undefined);
    assert.deepEqual((resources[0]!.config as unknown as TopicConfig).subscriptions, []);
  });

  it('AccessDenied on GetTopicAttributes leaves the policy unknown (errors.policy), never "no policy"', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: ALERTS }] });
    sns.on(GetTopicAttributesCommand).rejects(awsError('AuthorizationError', 'User is not authorized to perform: SNS:GetTopicAttributes', 403));
    sns.on(ListSubscriptionsByTopicCommand).resolves({ Subscriptions: [] });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.equal((resources[0]!.config as unknown as TopicConfig).policy, undefined);
    assert.deepEqual(resources[0]!.errors, { attributes: 'AccessDenied', policy: 'AccessDenied' });
    assert.deepEqual((resources[0]!.config as unknown as TopicConfig).subscriptions, []);
    assert.equal(errors.length, 1);
  });
});
