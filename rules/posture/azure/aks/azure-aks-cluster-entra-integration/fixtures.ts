import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aksCluster, aksUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no aadProfile', expect: 'FAIL', target: aksUid('aks-dev'), resources: [aksCluster('aks-dev', { aadProfile: undefined })] },
  { name: 'AKS-managed Entra with Azure RBAC', expect: 'PASS', target: aksUid('aks-prod'), resources: [aksCluster('aks-prod')] },
];
