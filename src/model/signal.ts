import type { LocalizedText, Severity } from './types.js';

/**
 * One suspicious thing a detection rule (or intel match, or baseline) saw: the unit that
 * correlation joins into attack sequences and that the hub stores as a threat finding.
 */
export interface Signal {
  /** Stable: the same rule and dedup key give the same id, so repeats count up one finding. */
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  /** MITRE ATT&CK tactic ids (TA0001…) and technique ids (T1078.004…). */
  tactics: string[];
  techniques: string[];
  /** First and last event time (ISO). */
  firstSeen: string;
  lastSeen: string;
  count: number;
  /** AWS account id, or Google Cloud project id (organizations/<id>, folders/<id> for entries above projects). */
  account: string;
  region: string;
  /** The cloud the events came from; absent means AWS (signals from before Google Cloud support). */
  provider?: 'aws' | 'gcp' | 'azure';
  actor?: {
    arn?: string;
    type?: string;
    accessKeyId?: string;
    roleArn?: string;
    userName?: string;
    /** The AWS service that made the call with this principal's credentials (CloudTrail invokedBy). */
    invokedBy?: string;
    /** Google Cloud: the principal's email (also in `arn`). */
    email?: string;
    /** Google Cloud impersonation: the delegating principals, original caller first (see EventActor). */
    delegationChain?: string[];
    /** Azure: the caller's object id (`arn` is its UPN, app id or managed identity). */
    principalId?: string;
  };
  sourceIps: string[];
  userAgents: string[];
  resources: string[];
  /** Up to 20 event ids, oldest first. */
  eventIds: string[];
  /** Values of the rule's dedup fields. */
  dedupKey: Record<string, string>;
  description?: string;
  /** The rule's title and description in every language it has (mamori rules with `title_ja`). */
  localized?: { title?: LocalizedText; description?: LocalizedText };
  /** The rule's references (ATT&CK pages, provider documentation). */
  references?: string[];
  evidence?: Record<string, unknown>;
}
