import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'explicitly false, shared key allowed', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { defaultToOAuthAuthentication: false, allowSharedKeyAccess: true })] },
  { name: 'both properties absent', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'enabled', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'not set, but shared key disallowed', expect: 'PASS', target: accountUid('stnokeys'), resources: [storageAccount('stnokeys', { defaultToOAuthAuthentication: undefined, allowSharedKeyAccess: false })] },
];
