import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no private endpoint', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  {
    name: 'only a pending connection',
    expect: 'FAIL',
    target: accountUid('stappdata'),
    resources: [storageAccount('stappdata', { privateEndpointConnections: [{ name: 'pe-blob.1f2e', privateLinkServiceConnectionState: { status: 'Pending', description: 'Please approve', actionRequired: 'None' } }] })],
  },
  { name: 'approved blob endpoint', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
];
