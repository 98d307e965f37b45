import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'minimal TLS 1.0', expect: 'FAIL', target: sqlServerUid('sql-old'), resources: [sqlServer('sql-old', { minimalTlsVersion: '1.0' })] },
  { name: "'None' (never set)", expect: 'FAIL', target: sqlServerUid('sql-none'), resources: [sqlServer('sql-none', { minimalTlsVersion: 'None' })] },
  { name: 'left out (never set)', expect: 'FAIL', target: sqlServerUid('sql-legacy'), resources: [sqlServer('sql-legacy', { minimalTlsVersion: undefined })] },
  { name: 'TLS 1.2', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod')] },
];
