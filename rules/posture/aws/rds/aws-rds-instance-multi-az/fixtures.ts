import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'single-AZ instance', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { MultiAZ: false })] },
  { name: 'Multi-AZ instance', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
  { name: 'Aurora cluster member', expect: 'NOT_APPLICABLE', target: dbUid('aurora-main-1'), resources: [dbInstance('aurora-main-1', { Engine: 'aurora-mysql', MultiAZ: false, DBClusterIdentifier: 'aurora-main' })] },
];
