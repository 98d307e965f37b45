/** Config shapes of Amazon SNS resources in the snapshot (collector ↔ rules contract). */
import type { PolicyDocument } from './s3.js';

/** AWS::SNS::Topic; uid is the TopicArn. */
export const TOPIC_TYPE = 'AWS::SNS::Topic';

/**
 * One subscription of a topic. The endpoint is kept only when it is an AWS ARN (SQS, Lambda,
 * Firehose, another SNS topic): e-mail addresses, phone numbers and HTTP(S) URLs can carry
 * personal data or embedded tokens, so only their protocol is stored.
 */
export interface TopicSubscription {
  protocol: string;
  /** false while the SubscriptionArn is "PendingConfirmation" (or the subscription is being deleted). */
  confirmed: boolean;
  endpointArn?: string;
}

export interface TopicConfig {
  topicName: string;
  /** KMS key used for server-side encryption; undefined when SSE is off. */
  kmsMasterKeyId?: string;
  subscriptionsConfirmed?: number;
  subscriptionsPending?: number;
  /**
   * The topic's access policy (GetTopicAttributes Policy), parsed; every topic has one (SNS writes a
   * default owner-only policy). Absent when GetTopicAttributes failed (errors.policy and
   * errors.attributes).
   */
  policy?: PolicyDocument | null;
  /** ListSubscriptionsByTopic; undefined (errors.subscriptions set) when it failed. */
  subscriptions?: TopicSubscription[];
}
