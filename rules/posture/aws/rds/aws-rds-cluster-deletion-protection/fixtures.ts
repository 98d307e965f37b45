import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterUid, dbCluster } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'cluster without deletion protection', expect: 'FAIL', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main', { DeletionProtection: false })] },
  { name: 'cluster with deletion protection', expect: 'PASS', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main')] },
];
