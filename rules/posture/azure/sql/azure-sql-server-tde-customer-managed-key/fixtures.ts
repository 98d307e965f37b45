import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'service-managed key', expect: 'FAIL', target: sqlServerUid('sql-dev'), resources: [sqlServer('sql-dev', { encryptionProtector: { serverKeyType: 'ServiceManaged', serverKeyName: 'ServiceManaged' } })] },
  { name: 'Key Vault key', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod')] },
];
