import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no SAS policy, shared key allowed (absent)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'SAS policy with Block', expect: 'PASS', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { allowSharedKeyAccess: true })] },
  { name: 'SAS policy with Log', expect: 'PASS', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { allowSharedKeyAccess: true, sasPolicy: { sasExpirationPeriod: '7.00:00:00', expirationAction: 'Log' } })] },
  { name: 'shared key disallowed', expect: 'NOT_APPLICABLE', target: accountUid('stnokeys'), resources: [storageAccount('stnokeys', { sasPolicy: undefined })] },
];
