import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no container retention policy (absent)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'explicitly disabled', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { blobService: { deleteRetentionPolicy: { enabled: true, days: 7 }, containerDeleteRetentionPolicy: { enabled: false } } })] },
  { name: 'enabled for 14 days', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'FileStorage account', expect: 'NOT_APPLICABLE', target: accountUid('stfilesprem'), resources: [storageAccount('stfilesprem', { kind: 'FileStorage', blobService: undefined })] },
  { name: 'blob service properties not collected', expect: 'NOT_ASSESSED', target: accountUid('stdenied'), resources: [storageAccount('stdenied', { blobService: undefined }, { errors: { blobService: 'AuthorizationFailed' } })] },
];
