/**
 * Notification targets and filters. Plain data, as the config file produces it (src/config):
 * the filter fields sit on the target itself, next to its name and type.
 */
import type { Severity } from '../../model/types.js';
import type { RiskLevel } from '../model.js';

/** Lifecycle events a target can hear about. */
export const NOTIFY_EVENTS = ['new', 'reopened', 'resolved', 'escalated'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];
/** What a target hears when it says nothing. */
export const DEFAULT_NOTIFY_EVENTS: readonly NotifyEvent[] = ['new', 'reopened'];

/** Which findings a target hears about. Every field given must match. */
export interface NotifyFilter {
  /** Only findings whose risk level is at least this. */
  minRisk?: RiskLevel;
  /** Only findings whose effective severity is at least this. */
  minSeverity?: Severity;
  /** Events to send; default new and reopened. `any` means every event. */
  events?: readonly (NotifyEvent | 'any')[];
  /** Only findings in these accounts. */
  accounts?: readonly string[];
  /** Only findings of these rule ids; `*` matches any run of characters. */
  ruleIds?: readonly string[];
}

interface TargetBase extends NotifyFilter {
  /** Unique name: outbox rows refer to their target by it. */
  name: string;
}

/** Slack incoming webhook. The URL is a secret: it is never stored in the outbox or in errors. */
export interface SlackTarget extends TargetBase {
  type: 'slack';
  url: string;
}

/** Microsoft Teams incoming webhook (connector or Workflows). The URL is a secret. */
export interface TeamsTarget extends TargetBase {
  type: 'teams';
  url: string;
}

/** Any HTTP endpoint: POST of `{ event, finding }` as JSON. */
export interface WebhookTarget extends TargetBase {
  type: 'webhook';
  url: string;
  /** Shared secret: adds `X-Mamori-Signature: sha256=<hex HMAC-SHA256 of the raw body>`. */
  secret?: string;
}

/** Amazon SNS topic (Publish). */
export interface SnsTarget extends TargetBase {
  type: 'sns';
  topicArn: string;
  /** Region of the topic; default the region in the topic ARN. */
  region?: string;
}

/** Amazon EventBridge bus (PutEvents). */
export interface EventBridgeTarget extends TargetBase {
  type: 'eventbridge';
  /** Bus name or ARN; default `default`. */
  eventBusName?: string;
  /** Default: the AWS SDK's region (AWS_REGION, profile). */
  region?: string;
  /** Event source; default `mamori`. */
  source?: string;
}

export type NotifyTarget = SlackTarget | TeamsTarget | WebhookTarget | SnsTarget | EventBridgeTarget;
export type NotifyTargetType = NotifyTarget['type'];

/** Status of an outbox row. `sending` is a claim with a lease: it becomes due again when the lease ends. */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
