import { hexDigest } from './hash.js';
import type { FrameworkMappings, ResultStatus } from './rule.js';
import type { LocalizedText, Provider, Severity, Text } from './types.js';

/** The resource a finding is about, copied so a finding stands alone without its snapshot. */
export interface FindingResource {
  uid: string;
  type: string;
  name: string;
  account: string;
  region: string;
  tags: Record<string, string>;
}

/** One rule × resource evaluation. FAIL results are the actionable findings; the others prove coverage. */
export interface PostureFinding {
  /** Stable: the same rule and resource give the same id in every scan. */
  id: string;
  kind: 'posture';
  provider: Provider;
  ruleId: string;
  status: ResultStatus;
  severity: Severity;
  title: LocalizedText;
  reason: Text;
  evidence?: Record<string, unknown>;
  resource: FindingResource;
  frameworks: FrameworkMappings;
  snapshotId: string;
  observedAt: string;
}

export function findingId(ruleId: string, resourceUid: string): string {
  return 'mamori-' + hexDigest('sha256', `${ruleId}\0${resourceUid}`).slice(0, 32);
}
