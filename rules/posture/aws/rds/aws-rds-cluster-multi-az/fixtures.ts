import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterUid, dbCluster } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'writer only', expect: 'FAIL', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main', { MultiAZ: false, members: ['aurora-main-1'] })] },
  { name: 'writer and reader in two AZs', expect: 'PASS', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main')] },
];
