import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no share retention policy (absent on an old account)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'explicitly disabled', expect: 'FAIL', target: accountUid('stprofiles'), resources: [storageAccount('stprofiles', { kind: 'FileStorage', fileService: { shareDeleteRetentionPolicy: { enabled: false } } })] },
  { name: 'enabled for 14 days', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'BlockBlobStorage has no file service', expect: 'NOT_APPLICABLE', target: accountUid('stblockprem'), resources: [storageAccount('stblockprem', { kind: 'BlockBlobStorage', sku: { name: 'Premium_LRS', tier: 'Premium' }, fileService: undefined })] },
  { name: 'file service properties not collected', expect: 'NOT_ASSESSED', target: accountUid('stdenied'), resources: [storageAccount('stdenied', { fileService: undefined }, { errors: { fileService: 'AuthorizationFailed' } })] },
];
