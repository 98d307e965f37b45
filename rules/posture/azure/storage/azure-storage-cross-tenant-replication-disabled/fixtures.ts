import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'cross-tenant replication allowed', expect: 'FAIL', target: accountUid('stpartnerdrop'), resources: [storageAccount('stpartnerdrop', { allowCrossTenantReplication: true })] },
  { name: 'property absent on a 2019 account', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'disallowed', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'FileStorage account', expect: 'NOT_APPLICABLE', target: accountUid('stfilesprem'), resources: [storageAccount('stfilesprem', { kind: 'FileStorage', allowCrossTenantReplication: undefined })] },
];
