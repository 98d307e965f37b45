import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aksCluster, aksUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'public API server, no ranges', expect: 'FAIL', target: aksUid('aks-dev'), resources: [aksCluster('aks-dev', { apiServerAccessProfile: undefined, publicNetworkAccess: undefined })] },
  { name: 'authorized range 0.0.0.0/0', expect: 'FAIL', target: aksUid('aks-open'), resources: [aksCluster('aks-open', { apiServerAccessProfile: { enablePrivateCluster: false, authorizedIPRanges: ['0.0.0.0/0'] }, publicNetworkAccess: 'Enabled' })] },
  { name: 'authorized ranges', expect: 'PASS', target: aksUid('aks-stg'), resources: [aksCluster('aks-stg', { apiServerAccessProfile: { enablePrivateCluster: false, authorizedIPRanges: ['203.0.113.0/28'] } })] },
  { name: 'private cluster', expect: 'PASS', target: aksUid('aks-prod'), resources: [aksCluster('aks-prod')] },
];
