import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'single encryption (property absent)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'explicitly false, sensitive tag', expect: 'FAIL', target: accountUid('stpii'), resources: [storageAccount('stpii', { encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: false } }, { tags: { 'data-classification': 'pii' } })] },
  { name: 'infrastructure encryption on', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
];
