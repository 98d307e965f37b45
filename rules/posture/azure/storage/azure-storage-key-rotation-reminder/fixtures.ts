import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no key policy, shared key allowed (property absent)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'reminder every 365 days', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { allowSharedKeyAccess: true, keyPolicy: { keyExpirationPeriodInDays: 365 } })] },
  { name: 'reminder every 90 days', expect: 'PASS', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { allowSharedKeyAccess: true, keyPolicy: { keyExpirationPeriodInDays: 90 } })] },
  { name: 'shared key disallowed', expect: 'NOT_APPLICABLE', target: accountUid('stnokeys'), resources: [storageAccount('stnokeys', { keyPolicy: undefined })] },
];
