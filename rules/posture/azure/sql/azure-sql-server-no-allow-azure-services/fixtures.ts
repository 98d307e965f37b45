import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

const AZURE = { name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' };
export const fixtures: RuleFixture[] = [
  { name: 'AllowAllWindowsAzureIps, public access at its default', expect: 'FAIL', target: sqlServerUid('sql-azure'), resources: [sqlServer('sql-azure', { publicNetworkAccess: undefined, firewallRules: [AZURE] })] },
  { name: 'office address only', expect: 'PASS', target: sqlServerUid('sql-office'), resources: [sqlServer('sql-office', { publicNetworkAccess: 'Enabled', firewallRules: [{ name: 'office', startIpAddress: '203.0.113.10', endIpAddress: '203.0.113.10' }] })] },
  { name: 'public access disabled', expect: 'PASS', target: sqlServerUid('sql-private'), resources: [sqlServer('sql-private', { publicNetworkAccess: 'Disabled', firewallRules: [AZURE] })] },
];
