import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'firewall denies, bypass None', expect: 'FAIL', target: accountUid('stbackups'), resources: [storageAccount('stbackups', { networkRuleSet: { bypass: 'None', defaultAction: 'Deny' } })] },
  { name: 'firewall denies, only Logging and Metrics', expect: 'FAIL', target: accountUid('stbackups'), resources: [storageAccount('stbackups', { networkRuleSet: { bypass: 'Logging, Metrics', defaultAction: 'Deny' } })] },
  { name: 'firewall denies, AzureServices bypassed', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'firewall allows all networks', expect: 'NOT_APPLICABLE', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
];
