import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'versioning off (property absent)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'versioning explicitly off', expect: 'FAIL', target: accountUid('stappdata'), resources: [storageAccount('stappdata', { blobService: { deleteRetentionPolicy: { enabled: true, days: 7 }, isVersioningEnabled: false } })] },
  { name: 'versioning on', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'Data Lake Storage account', expect: 'NOT_APPLICABLE', target: accountUid('stdatalake'), resources: [storageAccount('stdatalake', { isHnsEnabled: true, blobService: { deleteRetentionPolicy: { enabled: true, days: 7 } } })] },
  { name: 'general-purpose v1 account', expect: 'NOT_APPLICABLE', target: accountUid('stclassic'), resources: [legacyAccount('stclassic', { kind: 'Storage' })] },
  { name: 'blob service properties not collected', expect: 'NOT_ASSESSED', target: accountUid('stdenied'), resources: [storageAccount('stdenied', { blobService: undefined }, { errors: { blobService: 'AuthorizationFailed' } })] },
];
