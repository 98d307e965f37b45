import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlInstance, sqlUid } from '../testing.js';

const withNetworks = (name: string, authorizedNetworks: { value: string; name?: string }[], ipv4Enabled = true) =>
  sqlInstance(name, 'MYSQL_8_0', { ipConfiguration: { ipv4Enabled, authorizedNetworks } });

export const fixtures: RuleFixture[] = [
  { name: '0.0.0.0/0 authorized', expect: 'FAIL', target: sqlUid('a'), resources: [withNetworks('a', [{ value: '203.0.113.0/24' }, { value: '0.0.0.0/0', name: 'anywhere' }])] },
  { name: '0.0.0.0/0 authorized, public IP off', expect: 'FAIL', target: sqlUid('b'), resources: [withNetworks('b', [{ value: '0.0.0.0/0' }], false)] },
  { name: 'specific ranges only', expect: 'PASS', target: sqlUid('c'), resources: [withNetworks('c', [{ value: '203.0.113.0/24', name: 'office' }, { value: '198.51.100.7/32' }])] },
  { name: 'no authorized networks', expect: 'PASS', target: sqlUid('d'), resources: [sqlInstance('d', 'POSTGRES_16')] },
];
