import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'default action Allow, public access enabled', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { publicNetworkAccess: 'Enabled', networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Allow' } })] },
  { name: 'legacy account: public access and rules left at defaults', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'no network rule set at all', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb', { networkRuleSet: undefined })] },
  {
    name: 'default action Deny with a VNet rule',
    expect: 'PASS',
    target: accountUid('stappdata'),
    resources: [
      storageAccount('stappdata', {
        publicNetworkAccess: 'Enabled',
        networkRuleSet: {
          bypass: 'AzureServices',
          defaultAction: 'Deny',
          virtualNetworkRules: [{ virtualNetworkResourceId: '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-app/subnets/snet-app', action: 'Allow' }],
          ipRules: [],
        },
      }),
    ],
  },
  { name: 'public access disabled, default action left Allow', expect: 'PASS', target: accountUid('stprivate'), resources: [storageAccount('stprivate', { publicNetworkAccess: 'Disabled', networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Allow' } })] },
];
