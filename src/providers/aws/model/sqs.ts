/**
 * Config shapes of Amazon SQS resources in the snapshot (contract between the sqs collector and the
 * rules / external-access analysis).
 *
 * - AWS::SQS::Queue (regional) uid: the QueueArn (arn:<p>:sqs:<region>:<account>:<name>).
 *   Relationships: `encrypted-by` → the KMS key (KmsMasterKeyId as given: key id, ARN or alias),
 *   `dead-letters-to` → the dead-letter queue ARN of the redrive policy.
 */
import type { PolicyDocument } from './s3.js';

export const SQS_QUEUE_TYPE = 'AWS::SQS::Queue';

/** arn:<p>:sqs:<region>:<account>:<name> from a queue URL (https://sqs.<region>.amazonaws.com/<account>/<name>). */
export function sqsQueueArn(queueUrl: string, region: string, account: string, partition = 'aws'): string {
  const parts = queueUrl.replace(/\/+$/, '').split('/');
  const name = parts[parts.length - 1] ?? queueUrl;
  const owner = /^\d{12}$/.test(parts[parts.length - 2] ?? '') ? parts[parts.length - 2] : account;
  return `arn:${partition}:sqs:${region}:${owner}:${name}`;
}

/** Server-side encryption of a queue (GetQueueAttributes). */
export interface SqsEncryption {
  /** SSE-KMS key (id, ARN or alias as configured); null when the queue does not use SSE-KMS. */
  kmsMasterKeyId: string | null;
  kmsDataKeyReusePeriodSeconds?: number;
  /** SSE-SQS (SQS-owned keys). */
  sqsManagedSseEnabled: boolean;
}

export interface SqsQueueConfig {
  queueName: string;
  queueUrl: string;
  fifoQueue: boolean;
  /**
   * The queue's access policy (GetQueueAttributes Policy), parsed. null: no policy (only the owner
   * account's IAM policies grant access). Absent: not collected (errors.policy).
   */
  policy?: PolicyDocument | null;
  /** Absent when GetQueueAttributes failed (errors.encryption). */
  encryption?: SqsEncryption;
  /** RedrivePolicy deadLetterTargetArn; null when the queue has no dead-letter queue. */
  deadLetterTargetArn?: string | null;
  createdTimestamp?: string;
}
