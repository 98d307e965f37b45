/**
 * Config shapes of AWS Security Hub resources in the snapshot (contract between the securityhub
 * collector and the securityhub rules).
 *
 * A region where Security Hub is not enabled (DescribeHub: InvalidAccessException "not subscribed")
 * has no AWS::SecurityHub::Hub resource. The region-level rule is evaluated on AWS::Region.
 */

/** uid: HubArn (`arn:<partition>:securityhub:<region>:<account>:hub/default`). */
export const SECURITYHUB_HUB_TYPE = 'AWS::SecurityHub::Hub';

/** Which well-known standard a standards ARN is. */
export type SecurityHubStandardKey = 'fsbp' | 'cis' | 'pci-dss' | 'nist-800-53' | 'nist-800-171' | 'tagging' | 'other';

export interface SecurityHubStandard {
  StandardsArn: string;
  /** PENDING, READY, FAILED, DELETING or INCOMPLETE. */
  StandardsStatus: string;
  key: SecurityHubStandardKey;
  /** Version from the ARN, e.g. "3.0.0". */
  version?: string;
}

export interface SecurityHubHubConfig {
  SubscribedAt?: string;
  AutoEnableControls?: boolean;
  ControlFindingGenerator?: string;
  /** GetEnabledStandards. Absent: not collected (errors.standards). */
  standards?: SecurityHubStandard[];
}

/** Classifies a standards ARN such as arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0. */
export function classifyStandard(arn: string): { key: SecurityHubStandardKey; version?: string } {
  const m = /(?:standards|ruleset)\/([^/]+)\/v\/([^/]+)$/.exec(arn);
  const name = m?.[1] ?? '';
  const version = m?.[2];
  if (name === 'aws-foundational-security-best-practices') return { key: 'fsbp', version };
  if (name === 'cis-aws-foundations-benchmark') return { key: 'cis', version };
  if (name === 'pci-dss') return { key: 'pci-dss', version };
  if (name === 'nist-800-53') return { key: 'nist-800-53', version };
  if (name === 'nist-800-171') return { key: 'nist-800-171', version };
  if (name === 'aws-resource-tagging-standard') return { key: 'tagging', version };
  return { key: 'other', version };
}
