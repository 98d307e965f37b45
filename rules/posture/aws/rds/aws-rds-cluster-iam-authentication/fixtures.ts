import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterUid, dbCluster } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'cluster with password auth only', expect: 'FAIL', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main', { IAMDatabaseAuthenticationEnabled: false })] },
  { name: 'cluster with IAM auth', expect: 'PASS', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main')] },
];
