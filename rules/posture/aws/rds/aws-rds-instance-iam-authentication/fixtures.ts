import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'mysql with password auth only', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { IAMDatabaseAuthenticationEnabled: false })] },
  { name: 'mysql with IAM auth', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
  { name: 'oracle is out of scope', expect: 'NOT_APPLICABLE', target: dbUid('erp-db'), resources: [dbInstance('erp-db', { Engine: 'oracle-ee', IAMDatabaseAuthenticationEnabled: false })] },
];
