import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

const PUBLIC = { publicNetworkAccess: undefined };
export const fixtures: RuleFixture[] = [
  {
    name: 'AllowAll rule, public access left at its default',
    expect: 'FAIL',
    target: sqlServerUid('sql-open'),
    resources: [sqlServer('sql-open', { ...PUBLIC, firewallRules: [{ name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }] })],
  },
  {
    name: 'a /8 public range',
    expect: 'FAIL',
    target: sqlServerUid('sql-wide'),
    resources: [sqlServer('sql-wide', { publicNetworkAccess: 'Enabled', firewallRules: [{ name: 'partner', startIpAddress: '20.0.0.0', endIpAddress: '20.255.255.255' }] })],
  },
  {
    name: 'office addresses, Azure services and a private range only',
    expect: 'PASS',
    target: sqlServerUid('sql-office'),
    resources: [
      sqlServer('sql-office', {
        publicNetworkAccess: 'Enabled',
        firewallRules: [
          { name: 'office', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' },
          { name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' },
          { name: 'vnet', startIpAddress: '10.0.0.0', endIpAddress: '10.255.255.255' },
        ],
      }),
    ],
  },
  {
    name: 'public network access disabled',
    expect: 'PASS',
    target: sqlServerUid('sql-private'),
    resources: [sqlServer('sql-private', { publicNetworkAccess: 'Disabled', firewallRules: [{ name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }] })],
  },
  { name: 'firewall rules not collectable', expect: 'NOT_ASSESSED', target: sqlServerUid('sql-denied'), resources: [sqlServer('sql-denied', { publicNetworkAccess: 'Enabled' }, { firewallRules: 'AuthorizationFailed' })] },
];
