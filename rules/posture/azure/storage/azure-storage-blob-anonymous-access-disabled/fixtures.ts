import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'anonymous access allowed, one container public',
    expect: 'FAIL',
    target: accountUid('stwebassets'),
    resources: [storageAccount('stwebassets', { allowBlobPublicAccess: true, containers: [{ name: 'images', publicAccess: 'Blob' }, { name: 'private', publicAccess: 'None' }] })],
  },
  { name: 'property absent on a 2019 account: allowed', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'disallowed', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'premium FileStorage has no blob service', expect: 'NOT_APPLICABLE', target: accountUid('stfilesprem'), resources: [storageAccount('stfilesprem', { kind: 'FileStorage', sku: { name: 'Premium_ZRS', tier: 'Premium' }, allowBlobPublicAccess: undefined })] },
];
