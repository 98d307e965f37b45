import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'TLS 1.0 set explicitly', expect: 'FAIL', target: accountUid('stpartnerdrop'), resources: [storageAccount('stpartnerdrop', { minimumTlsVersion: 'TLS1_0' })] },
  { name: 'TLS 1.1', expect: 'FAIL', target: accountUid('stpartnerdrop'), resources: [storageAccount('stpartnerdrop', { minimumTlsVersion: 'TLS1_1' })] },
  { name: 'property absent (created with the CLI in 2019): TLS 1.0', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  { name: 'TLS 1.2', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod')] },
  { name: 'TLS 1.3', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod', { minimumTlsVersion: 'TLS1_3' })] },
];
