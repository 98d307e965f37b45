import type { RuleFixture } from '../../../../../src/model/rule.js';
import { cluster, clusterUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'external IPs', expect: 'FAIL', target: clusterUid('legacy'), resources: [cluster('legacy', { gceClusterConfig: { internalIpOnly: false } })] },
  { name: 'internal IP only', expect: 'PASS', target: clusterUid('private'), resources: [cluster('private', { gceClusterConfig: { internalIpOnly: true } })] },
  { name: 'setting not reported', expect: 'NOT_ASSESSED', target: clusterUid('unknown'), resources: [cluster('unknown', {})] },
];
