import type { RuleFixture } from '../../../../../src/model/rule.js';
import { armId } from '../../testing.js';
import { cosmosAccount, cosmosUid } from '../testing.js';

const SUBNET = `${armId('Microsoft.Network/virtualNetworks', 'vnet-app')}/subnets/snet-app`;
export const fixtures: RuleFixture[] = [
  { name: 'all networks (no rules, access left at its default)', expect: 'FAIL', target: cosmosUid('cosmos-open'), resources: [cosmosAccount('cosmos-open', { publicNetworkAccess: undefined, isVirtualNetworkFilterEnabled: undefined, ipRules: undefined, virtualNetworkRules: undefined })] },
  { name: 'Azure datacenters (0.0.0.0)', expect: 'FAIL', target: cosmosUid('cosmos-azure'), resources: [cosmosAccount('cosmos-azure', { publicNetworkAccess: 'Enabled', ipRules: [{ ipAddressOrRange: '0.0.0.0' }, { ipAddressOrRange: '203.0.113.10' }] })] },
  { name: 'VNet rules defined but the filter off', expect: 'FAIL', target: cosmosUid('cosmos-filter-off'), resources: [cosmosAccount('cosmos-filter-off', { publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: false, virtualNetworkRules: [{ id: SUBNET }] })] },
  { name: 'selected networks', expect: 'PASS', target: cosmosUid('cosmos-app'), resources: [cosmosAccount('cosmos-app', { publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: true, virtualNetworkRules: [{ id: SUBNET }], ipRules: [{ ipAddressOrRange: '203.0.113.0/28' }] })] },
  { name: 'public access disabled', expect: 'PASS', target: cosmosUid('cosmos-prod'), resources: [cosmosAccount('cosmos-prod')] },
];
