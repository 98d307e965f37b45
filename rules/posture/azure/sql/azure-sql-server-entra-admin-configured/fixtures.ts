import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlServer, sqlServerUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no administrators (SQL authentication only)', expect: 'FAIL', target: sqlServerUid('sql-legacy'), resources: [sqlServer('sql-legacy', { administrators: undefined })] },
  { name: 'Entra group administrator', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod')] },
];
