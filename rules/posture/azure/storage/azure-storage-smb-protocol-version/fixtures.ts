import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

const smb = (versions: string) => ({ shareDeleteRetentionPolicy: { enabled: true, days: 14 }, protocolSettings: { smb: { versions, channelEncryption: 'AES-256-GCM' } } });

export const fixtures: RuleFixture[] = [
  { name: 'SMB 3.0 and 3.1.1 allowed', expect: 'FAIL', target: accountUid('stprofiles'), resources: [storageAccount('stprofiles', { fileService: smb('SMB3.0;SMB3.1.1;') })] },
  { name: 'no versions set (maximum compatibility)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'SMB 3.1.1 only', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'BlobStorage account', expect: 'NOT_APPLICABLE', target: accountUid('stblobs'), resources: [storageAccount('stblobs', { kind: 'BlobStorage', fileService: undefined })] },
  { name: 'file service properties not collected', expect: 'NOT_ASSESSED', target: accountUid('stdenied'), resources: [storageAccount('stdenied', { fileService: undefined }, { errors: { fileService: 'AuthorizationFailed' } })] },
];
