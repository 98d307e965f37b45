import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DBA_GROUP_ID, sqlServer, sqlServerUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'Entra admin but SQL authentication allowed', expect: 'FAIL', target: sqlServerUid('sql-mixed'), resources: [sqlServer('sql-mixed', { administrators: { administratorType: 'ActiveDirectory', login: 'sql-admins', sid: DBA_GROUP_ID, azureADOnlyAuthentication: false } })] },
  { name: 'no Entra administrator', expect: 'FAIL', target: sqlServerUid('sql-legacy'), resources: [sqlServer('sql-legacy', { administrators: undefined })] },
  { name: 'Entra-only authentication', expect: 'PASS', target: sqlServerUid('sql-prod'), resources: [sqlServer('sql-prod')] },
];
