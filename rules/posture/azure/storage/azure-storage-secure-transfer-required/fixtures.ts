import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'secure transfer disabled', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb', { enableHttpsTrafficOnly: false })] },
  { name: 'secure transfer enabled', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'property not reported', expect: 'NOT_ASSESSED', target: accountUid('stunknown'), resources: [storageAccount('stunknown', { enableHttpsTrafficOnly: undefined })] },
];
