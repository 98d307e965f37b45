import type { RuleFixture } from '../../../../../src/model/rule.js';
import { network, networkUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'legacy network', expect: 'FAIL', target: networkUid('old-net'), resources: [network('old-net', { IPv4Range: '10.240.0.0/16' })] },
  { name: 'custom mode network', expect: 'PASS', target: networkUid('prod-vpc'), resources: [network('prod-vpc', { autoCreateSubnetworks: false })] },
  { name: 'auto mode network', expect: 'PASS', target: networkUid('default'), resources: [network('default', { autoCreateSubnetworks: true })] },
];
