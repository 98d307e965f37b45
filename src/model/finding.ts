import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import type { FrameworkMappings, ResultStatus } from './rule.js';
import type { LocalizedText, Severity, Text } from './types.js';

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
  provider: 'aws';
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

// crypto.hash (Node ≥ 20.12) hashes a string in one call, several times faster than a Hash object.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function findingId(ruleId: string, resourceUid: string): string {
  const input = `${ruleId}\0${resourceUid}`;
  const hex = oneShot ? oneShot('sha256', input, 'hex') : createHash('sha256').update(input).digest('hex');
  return 'mamori-' + hex.slice(0, 32);
}
