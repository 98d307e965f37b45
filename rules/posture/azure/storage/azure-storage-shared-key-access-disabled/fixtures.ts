import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'shared key explicitly allowed', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { allowSharedKeyAccess: true })] },
  { name: 'property absent: allowed', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'null: allowed', expect: 'FAIL', target: accountUid('stnull'), resources: [storageAccount('stnull', { allowSharedKeyAccess: null as unknown as boolean })] },
  { name: 'disallowed', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
];
