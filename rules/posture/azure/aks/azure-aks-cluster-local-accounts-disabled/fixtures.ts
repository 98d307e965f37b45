import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aksCluster, aksUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'left out (enabled)', expect: 'FAIL', target: aksUid('aks-dev'), resources: [aksCluster('aks-dev', { disableLocalAccounts: undefined })] },
  { name: 'disabled', expect: 'PASS', target: aksUid('aks-prod'), resources: [aksCluster('aks-prod')] },
];
