import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

const smb = (channelEncryption: string) => ({ shareDeleteRetentionPolicy: { enabled: true, days: 14 }, protocolSettings: { smb: { versions: 'SMB3.1.1', channelEncryption } } });

export const fixtures: RuleFixture[] = [
  { name: 'AES-128-GCM also allowed', expect: 'FAIL', target: accountUid('stprofiles'), resources: [storageAccount('stprofiles', { fileService: smb('AES-128-GCM;AES-256-GCM;') })] },
  { name: 'not set (every cipher)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'AES-256-GCM only', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'BlockBlobStorage account', expect: 'NOT_APPLICABLE', target: accountUid('stblockprem'), resources: [storageAccount('stblockprem', { kind: 'BlockBlobStorage', fileService: undefined })] },
];
