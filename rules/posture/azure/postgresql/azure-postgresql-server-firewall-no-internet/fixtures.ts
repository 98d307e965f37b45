import type { RuleFixture } from '../../../../../src/model/rule.js';
import { pgServer, pgUid } from '../testing.js';

const PUBLIC = { network: { publicNetworkAccess: 'Enabled' } };
export const fixtures: RuleFixture[] = [
  { name: 'AllowAll 0.0.0.0–255.255.255.255', expect: 'FAIL', target: pgUid('psql-open'), resources: [pgServer('psql-open', { ...PUBLIC, firewallRules: [{ name: 'AllowAll_2025-3-14_10-2-33', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }] })] },
  {
    name: 'any Azure service',
    expect: 'FAIL',
    target: pgUid('psql-azure'),
    resources: [pgServer('psql-azure', { ...PUBLIC, firewallRules: [{ name: 'AllowAllAzureServicesAndResourcesWithinAzureIps_2025-3-14_10-2-33', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }] })],
  },
  { name: 'office address only', expect: 'PASS', target: pgUid('psql-office'), resources: [pgServer('psql-office', { ...PUBLIC, firewallRules: [{ name: 'office', startIpAddress: '203.0.113.10', endIpAddress: '203.0.113.20' }] })] },
  { name: 'private access (VNet integration)', expect: 'PASS', target: pgUid('psql-prod'), resources: [pgServer('psql-prod')] },
  { name: 'firewall rules not collectable', expect: 'NOT_ASSESSED', target: pgUid('psql-denied'), resources: [pgServer('psql-denied', PUBLIC, { firewallRules: 'AuthorizationFailed' })] },
];
