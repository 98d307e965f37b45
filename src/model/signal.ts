import type { Severity } from './types.js';

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
  account: string;
  region: string;
  actor?: {
    arn?: string;
    type?: string;
    accessKeyId?: string;
    roleArn?: string;
    userName?: string;
    /** The AWS service that made the call with this principal's credentials (CloudTrail invokedBy). */
    invokedBy?: string;
  };
  sourceIps: string[];
  userAgents: string[];
  resources: string[];
  /** Up to 20 event ids, oldest first. */
  eventIds: string[];
  /** Values of the rule's dedup fields. */
  dedupKey: Record<string, string>;
  description?: string;
  evidence?: Record<string, unknown>;
}
