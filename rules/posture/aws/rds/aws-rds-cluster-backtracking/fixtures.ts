import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterUid, dbCluster } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'aurora mysql without backtrack', expect: 'FAIL', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main', { BacktrackWindow: undefined })] },
  { name: 'aurora mysql with 24h backtrack', expect: 'PASS', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main')] },
  { name: 'aurora postgresql', expect: 'NOT_APPLICABLE', target: clusterUid('aurora-pg'), resources: [dbCluster('aurora-pg', { Engine: 'aurora-postgresql', BacktrackWindow: undefined })] },
];
