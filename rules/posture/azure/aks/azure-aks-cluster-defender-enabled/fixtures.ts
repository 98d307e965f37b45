import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aksCluster, aksUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'securityProfile left out', expect: 'FAIL', target: aksUid('aks-dev'), resources: [aksCluster('aks-dev', { securityProfile: undefined })] },
  { name: 'monitoring disabled', expect: 'FAIL', target: aksUid('aks-off'), resources: [aksCluster('aks-off', { securityProfile: { defender: { securityMonitoring: { enabled: false } } } })] },
  { name: 'Defender sensor on', expect: 'PASS', target: aksUid('aks-prod'), resources: [aksCluster('aks-prod')] },
];
