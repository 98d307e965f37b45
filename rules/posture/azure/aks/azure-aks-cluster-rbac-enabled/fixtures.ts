import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aksCluster, aksUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'RBAC disabled', expect: 'FAIL', target: aksUid('aks-legacy'), resources: [aksCluster('aks-legacy', { enableRbac: false, aadProfile: undefined })] },
  { name: 'RBAC enabled', expect: 'PASS', target: aksUid('aks-prod'), resources: [aksCluster('aks-prod')] },
];
