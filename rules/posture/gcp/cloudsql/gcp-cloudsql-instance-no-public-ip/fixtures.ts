import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlInstance, sqlUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'public IP enabled', expect: 'FAIL', target: sqlUid('a'), resources: [sqlInstance('a', 'POSTGRES_16', { ipConfiguration: { ipv4Enabled: true } })] },
  {
    name: 'read replica with public IP',
    expect: 'FAIL',
    target: sqlUid('b'),
    resources: [sqlInstance('b', 'MYSQL_8_0', { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ value: '203.0.113.0/24' }] } }, { instanceType: 'READ_REPLICA_INSTANCE' })],
  },
  { name: 'private IP only', expect: 'PASS', target: sqlUid('c'), resources: [sqlInstance('c', 'SQLSERVER_2019_STANDARD')] },
  { name: 'IP configuration not reported', expect: 'NOT_ASSESSED', target: sqlUid('d'), resources: [sqlInstance('d', 'POSTGRES_16', { ipConfiguration: {} })] },
];
