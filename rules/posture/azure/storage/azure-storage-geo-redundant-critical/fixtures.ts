import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, storageAccount } from '../testing.js';

const critical = { tags: { 'mamori:criticality': 'high', app: 'billing' } };

export const fixtures: RuleFixture[] = [
  { name: 'critical account on ZRS', expect: 'FAIL', target: accountUid('stbilling'), resources: [storageAccount('stbilling', { sku: { name: 'Standard_ZRS', tier: 'Standard' } }, critical)] },
  { name: 'critical account on LRS (tag name in other case)', expect: 'FAIL', target: accountUid('stbilling'), resources: [storageAccount('stbilling', { sku: { name: 'Standard_LRS', tier: 'Standard' } }, { tags: { 'Mamori:Criticality': 'Critical' } })] },
  { name: 'critical account on RA-GZRS', expect: 'PASS', target: accountUid('stbilling'), resources: [storageAccount('stbilling', { sku: { name: 'Standard_RAGZRS', tier: 'Standard' } }, critical)] },
  { name: 'critical account on GRS', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod', {}, critical)] },
  { name: 'untagged LRS account', expect: 'NOT_APPLICABLE', target: accountUid('stscratch'), resources: [storageAccount('stscratch', { sku: { name: 'Standard_LRS', tier: 'Standard' } })] },
];
