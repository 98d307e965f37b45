import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aksCluster, aksUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'kubenet without a policy engine', expect: 'FAIL', target: aksUid('aks-dev'), resources: [aksCluster('aks-dev', { networkProfile: { networkPlugin: 'kubenet' } })] },
  { name: "networkPolicy 'none'", expect: 'FAIL', target: aksUid('aks-none'), resources: [aksCluster('aks-none', { networkProfile: { networkPlugin: 'azure', networkPolicy: 'none' } })] },
  { name: 'Cilium', expect: 'PASS', target: aksUid('aks-prod'), resources: [aksCluster('aks-prod')] },
];
