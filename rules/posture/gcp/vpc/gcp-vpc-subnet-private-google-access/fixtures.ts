import type { RuleFixture } from '../../../../../src/model/rule.js';
import { subnet, subnetUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'Private Google Access off', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app', { privateIpGoogleAccess: false })] },
  { name: 'Private Google Access unset', expect: 'FAIL', target: subnetUid('app'), resources: [subnet('app')] },
  { name: 'Private Google Access on', expect: 'PASS', target: subnetUid('app'), resources: [subnet('app', { privateIpGoogleAccess: true })] },
  { name: 'Private Service Connect subnet', expect: 'NOT_APPLICABLE', target: subnetUid('psc'), resources: [subnet('psc', { purpose: 'PRIVATE_SERVICE_CONNECT' })] },
];
