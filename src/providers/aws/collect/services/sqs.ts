import { GetQueueAttributesCommand, ListQueueTagsCommand, paginateListQueues, SQSClient } from '@aws-sdk/client-sqs';
import { parsePolicyText } from '../policy.js';
import type { PolicyDocument } from '../../model/s3.js';
import { SQS_QUEUE_TYPE, sqsQueueArn, type SqsQueueConfig } from '../../model/sqs.js';
import type { Relationship } from '../../../../model/types.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** A queue deleted between ListQueues and the attribute call is simply gone. */
const GONE = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];

/** Only what a security review reads: the access policy, encryption and the redrive target. */
const ATTRIBUTES = ['QueueArn', 'Policy', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'SqsManagedSseEnabled', 'FifoQueue', 'RedrivePolicy', 'CreatedTimestamp'] as const;

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

function deadLetterTarget(redrive: string | undefined): string | null {
  if (!redrive) return null;
  try {
    const arn = (JSON.parse(redrive) as { deadLetterTargetArn?: unknown }).deadLetterTargetArn;
    return typeof arn === 'string' ? arn : null;
  } catch {
    return null;
  }
}

/** SQS queues of the region with their access policy and server-side encryption. */
export const collector: ServiceCollector = {
  service: 'sqs',
  global: false,
  async collect(ctx) {
    const client = ctx.client(SQSClient);
    const urls = await ctx.list('ListQueues', [SQS_QUEUE_TYPE], async () => {
      const out: string[] = [];
      for await (const page of paginateListQueues({ client, pageSize: 1000 }, {})) out.push(...(page.QueueUrls ?? []));
      return out;
    });
    await mapPool(urls ?? [], 4, (url) => collectQueue(ctx, client, url));
  },
};

async function collectQueue(ctx: CollectContext, client: SQSClient, queueUrl: string) {
  const errors: Record<string, string> = {};
  const fallbackUid = sqsQueueArn(queueUrl, ctx.region, ctx.account, ctx.partition);
  const attrs = await ctx.detail(
    errors,
    fallbackUid,
    'policy',
    'GetQueueAttributes',
    async () => (await client.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: [...ATTRIBUTES] }))).Attributes ?? {},
    GONE,
  );
  if (attrs === null) return;
  // One call answers all three: a failure leaves each unknown.
  if (attrs === undefined) errors.encryption = errors.deadLetterTargetArn = errors.policy;
  const uid = attrs?.QueueArn ?? fallbackUid;
  const tagged = await ctx.detail(errors, uid, 'tags', 'ListQueueTags', async () => (await client.send(new ListQueueTagsCommand({ QueueUrl: queueUrl }))).Tags ?? {}, GONE);
  const name = uid.split(':').pop() ?? queueUrl;
  const created = num(attrs?.CreatedTimestamp);
  const config: SqsQueueConfig = {
    queueName: name,
    queueUrl,
    fifoQueue: attrs?.FifoQueue === 'true' || name.endsWith('.fifo'),
    policy: attrs === undefined ? undefined : parsePolicyText<PolicyDocument>(attrs.Policy, errors),
    encryption:
      attrs === undefined
        ? undefined
        : {
            kmsMasterKeyId: attrs.KmsMasterKeyId || null,
            kmsDataKeyReusePeriodSeconds: num(attrs.KmsDataKeyReusePeriodSeconds),
            sqsManagedSseEnabled: attrs.SqsManagedSseEnabled === 'true',
          },
    deadLetterTargetArn: attrs === undefined ? undefined : deadLetterTarget(attrs.RedrivePolicy),
    createdTimestamp: created === undefined ? undefined : new Date(created * 1000).toISOString(),
  };
  const relationships: Relationship[] = [];
  if (config.encryption?.kmsMasterKeyId) relationships.push({ type: 'encrypted-by', target: config.encryption.kmsMasterKeyId });
  if (config.deadLetterTargetArn) relationships.push({ type: 'dead-letters-to', target: config.deadLetterTargetArn });
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: SQS_QUEUE_TYPE,
    name,
    tags: tagged ?? {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationships.length ? relationships : undefined,
    errors: Object.keys(errors).length ? errors : undefined,
  });
}
