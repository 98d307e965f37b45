import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterUid, dbCluster } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'aurora cluster without copy tags', expect: 'FAIL', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main', { CopyTagsToSnapshot: false })] },
  { name: 'aurora cluster with copy tags', expect: 'PASS', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main')] },
];
