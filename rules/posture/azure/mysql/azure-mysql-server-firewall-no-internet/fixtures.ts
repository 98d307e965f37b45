import type { RuleFixture } from '../../../../../src/model/rule.js';
import { mysqlServer, mysqlUid } from '../testing.js';

const PUBLIC = { network: { publicNetworkAccess: 'Enabled' } };
export const fixtures: RuleFixture[] = [
  { name: 'AllowAll 0.0.0.0–255.255.255.255', expect: 'FAIL', target: mysqlUid('mysql-open'), resources: [mysqlServer('mysql-open', { ...PUBLIC, firewallRules: [{ name: 'AllowAll_2025-3-14_10-2-33', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }] })] },
  { name: 'network left out, any Azure service', expect: 'FAIL', target: mysqlUid('mysql-azure'), resources: [mysqlServer('mysql-azure', { network: undefined, firewallRules: [{ name: 'AllowAllAzureServicesAndResourcesWithinAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }] })] },
  { name: 'office range only', expect: 'PASS', target: mysqlUid('mysql-office'), resources: [mysqlServer('mysql-office', { ...PUBLIC, firewallRules: [{ name: 'office', startIpAddress: '198.51.100.0', endIpAddress: '198.51.100.255' }] })] },
  { name: 'public access disabled', expect: 'PASS', target: mysqlUid('mysql-prod'), resources: [mysqlServer('mysql-prod')] },
];
