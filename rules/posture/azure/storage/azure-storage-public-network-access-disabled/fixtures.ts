import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'enabled from all networks', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { publicNetworkAccess: 'Enabled', networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Allow' } })] },
  {
    name: 'enabled from selected networks',
    expect: 'FAIL',
    target: accountUid('stappdata'),
    resources: [storageAccount('stappdata', { publicNetworkAccess: 'Enabled', networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [{ iPAddressOrRange: '203.0.113.0/24', action: 'Allow' }] } })],
  },
  { name: 'property absent, firewall open', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'disabled', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'secured by perimeter', expect: 'PASS', target: accountUid('stnsp'), resources: [storageAccount('stnsp', { publicNetworkAccess: 'SecuredByPerimeter' })] },
];
