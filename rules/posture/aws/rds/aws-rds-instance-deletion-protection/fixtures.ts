import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'mysql without deletion protection', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { DeletionProtection: false })] },
  { name: 'mysql with deletion protection', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
  { name: 'aurora member is covered by the cluster', expect: 'NOT_APPLICABLE', target: dbUid('aurora-main-1'), resources: [dbInstance('aurora-main-1', { Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-main', DeletionProtection: false })] },
];
