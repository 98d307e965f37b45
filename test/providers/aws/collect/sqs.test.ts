import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GetQueueAttributesCommand, ListQueuesCommand, ListQueueTagsCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { collector } from '../../../../src/providers/aws/collect/services/sqs.js';
import type { SqsQueueConfig } from '../../../../src/providers/aws/model/sqs.js';
import { awsError, runCollector } from './harness.js';

const sqs = mockClient(SQSClient);
const ACCOUNT = '111111111111';
const url = (name: string) => `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`;
const arn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

// Amazon SQS Developer Guide › Basic examples of Amazon SQS policies: a queue policy letting another account send.
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Id: 'orders-policy',
  Statement: [{ Sid: 'partner-send', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sqs:SendMessage', Resource: arn('orders') }],
});

describe('sqs collector', () => {
  afterEach(() => sqs.reset());

  it('paginates ListQueues; keeps the queue policy, SSE-KMS / SSE-SQS and the dead-letter target', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [url('orders')], NextToken: 'q2' });
    sqs.on(ListQueuesCommand, { NextToken: 'q2' }).resolves({ QueueUrls: [url('orders-dlq'), url('events.fifo')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('orders') }).resolves({
      Attributes: {
        QueueArn: arn('orders'),
        Policy: POLICY,
        KmsMasterKeyId: 'alias/orders',
        KmsDataKeyReusePeriodSeconds: '300',
        SqsManagedSseEnabled: 'false',
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: arn('orders-dlq'), maxReceiveCount: 5 }),
        CreatedTimestamp: '1767225600',
      },
    });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('orders-dlq') }).resolves({ Attributes: { QueueArn: arn('orders-dlq'), SqsManagedSseEnabled: 'true' } });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('events.fifo') }).resolves({ Attributes: { QueueArn: arn('events.fifo'), FifoQueue: 'true', SqsManagedSseEnabled: 'false' } });
    sqs.on(ListQueueTagsCommand).resolves({ Tags: {} });
    sqs.on(ListQueueTagsCommand, { QueueUrl: url('orders') }).resolves({ Tags: { team: 'payments' } });

    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(errors, []);
    assert.equal(sqs.commandCalls(ListQueuesCommand).length, 2);
    const byName = (n: string) => resources.find((r) => r.uid === arn(n))!;
    const orders = byName('orders').config as unknown as SqsQueueConfig;
    assert.deepEqual(orders.policy, JSON.parse(POLICY));
    assert.deepEqual(orders.encryption, { kmsMasterKeyId: 'alias/orders', kmsDataKeyReusePeriodSeconds: 300, sqsManagedSseEnabled: false });
    assert.equal(orders.deadLetterTargetArn, arn('orders-dlq'));
    assert.equal(orders.createdTimestamp, '2026-01-01T00:00:00.000Z');
    assert.deepEqual(byName('orders').tags, { team: 'payments' });
    assert.ok(byName('orders').relationships?.some((r) => r.type === 'dead-letters-to' && r.target === arn('orders-dlq')));
    const dlq = byName('orders-dlq').config as unknown as SqsQueueConfig;
    assert.equal(dlq.policy, null, 'no Policy attribute: no queue policy');
    assert.deepEqual(dlq.encryption, { kmsMasterKeyId: null, kmsDataKeyReusePeriodSeconds: undefined, sqsManagedSseEnabled: true });
    assert.equal((byName('events.fifo').config as unknown as SqsQueueConfig).fifoQueue, true);
  });

  it('AccessDenied on one queue\'s attributes marks policy and encryption of that queue only; a deleted queue is skipped', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [url('denied'), url('fine'), url('gone')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('denied') }).rejects(awsError('AccessDenied', 'Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied.', 403));
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('fine') }).resolves({ Attributes: { QueueArn: arn('fine'), SqsManagedSseEnabled: 'true' } });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('gone') }).rejects(awsError('QueueDoesNotExist', 'The specified queue does not exist.'));
    sqs.on(ListQueueTagsCommand).resolves({ Tags: {} });
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    assert.deepEqual(resources.map((r) => r.uid).sort(), [arn('denied'), arn('fine')]);
    const denied = resources.find((r) => r.uid === arn('denied'))!;
    assert.deepEqual(denied.errors, { policy: 'AccessDenied', encryption: 'AccessDenied', deadLetterTargetArn: 'AccessDenied' });
    assert.equal((denied.config as unknown as SqsQueueConfig).policy, undefined);
    assert.equal(resources.find((r) => r.uid === arn('fine'))!.errors, undefined);
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceUid]), [['GetQueueAttributes', arn('denied')]]);
  });
});
