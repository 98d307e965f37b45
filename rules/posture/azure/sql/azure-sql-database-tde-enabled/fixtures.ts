import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlDatabase, sqlDatabaseUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'TDE disabled', expect: 'FAIL', target: sqlDatabaseUid('sql-prod', 'orders'), resources: [sqlDatabase('sql-prod', 'orders', { transparentDataEncryption: { state: 'Disabled' } })] },
  { name: 'TDE enabled', expect: 'PASS', target: sqlDatabaseUid('sql-prod', 'customers'), resources: [sqlDatabase('sql-prod', 'customers')] },
  { name: 'master', expect: 'NOT_APPLICABLE', target: sqlDatabaseUid('sql-prod', 'master'), resources: [sqlDatabase('sql-prod', 'master', { transparentDataEncryption: { state: 'Disabled' } })] },
  { name: 'TDE state not collectable', expect: 'NOT_ASSESSED', target: sqlDatabaseUid('sql-prod', 'billing'), resources: [sqlDatabase('sql-prod', 'billing', {}, { transparentDataEncryption: 'AuthorizationFailed' })] },
];
