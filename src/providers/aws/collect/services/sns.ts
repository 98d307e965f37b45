import { GetTopicAttributesCommand, paginateListSubscriptionsByTopic, paginateListTopics, SNSClient } from '@aws-sdk/client-sns';
import { TOPIC_TYPE, type TopicConfig, type TopicSubscription } from '../../model/sns.js';
import type { PolicyDocument } from '../../model/s3.js';
import { parsePolicyText } from '../policy.js';
import type { ServiceCollector } from '../types.js';

/** Protocols whose endpoint is an AWS resource ARN, safe to keep. E-mail, SMS and HTTP(S) endpoints are never stored. */
const ARN_PROTOCOLS = new Set(['sqs', 'lambda', 'firehose', 'sns']);

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

/** SNS topics of the region with encryption and subscription state (protocol + confirmed only). */
export const collector: ServiceCollector = {
  service: 'sns',
  global: false,
  async collect(ctx) {
    const client = ctx.client(SNSClient);
    const topicArns: string[] = [];
    await ctx.list('sns:ListTopics', [TOPIC_TYPE], async () => {
      for await (const page of paginateListTopics({ client }, {})) {
        for (const t of page.Topics ?? []) if (t.TopicArn) topicArns.push(t.TopicArn);
      }
    });

    for (const uid of topicArns) {
      const errors: Record<string, string> = {};
      const attrs = await ctx.detail(
        errors,
        uid,
        'attributes',
        'sns:GetTopicAttributes',
        async () => (await client.send(new GetTopicAttributesCommand({ TopicArn: uid }))).Attributes ?? {},
        ['NotFoundException', 'NotFound'],
      );
      if (attrs === undefined) errors.policy = errors.attributes;
      const subscriptions = await ctx.detail(
        errors,
        uid,
        'subscriptions',
        'sns:ListSubscriptionsByTopic',
        async () => {
          const out: TopicSubscription[] = [];
          for await (const page of paginateListSubscriptionsByTopic({ client }, { TopicArn: uid })) {
            for (const s of page.Subscriptions ?? []) {
              const protocol = s.Protocol ?? 'unknown';
              const confirmed = !!s.SubscriptionArn && s.SubscriptionArn.startsWith('arn:');
              out.push({
                protocol,
                confirmed,
                endpointArn: ARN_PROTOCOLS.has(protocol) && s.Endpoint?.startsWith('arn:') ? s.Endpoint : undefined,
              });
            }
          }
          return out;
        },
        ['NotFoundException', 'NotFound'],
      );
      const config: TopicConfig = {
        topicName: uid.split(':').pop() ?? uid,
        kmsMasterKeyId: attrs?.KmsMasterKeyId || undefined,
        subscriptionsConfirmed: num(attrs?.SubscriptionsConfirmed),
        subscriptionsPending: num(attrs?.SubscriptionsPending),
        policy: attrs === undefined ? undefined : parsePolicyText<PolicyDocument>(attrs?.Policy, errors),
        subscriptions: subscriptions === null ? [] : subscriptions,
      };
      const relationships = [
        ...(config.kmsMasterKeyId ? [{ type: 'encrypted-by', target: config.kmsMasterKeyId }] : []),
        ...(config.subscriptions ?? []).filter((s) => s.endpointArn).map((s) => ({ type: 'delivers-to', target: s.endpointArn! })),
      ];
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: TOPIC_TYPE,
        name: config.topicName,
        tags: {},
        config: config as unknown as Record<string, unknown>,
        relationships: relationships.length ? relationships : undefined,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }
  },
};
