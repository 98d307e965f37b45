import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'monitoring interval 0', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { MonitoringInterval: 0 })] },
  { name: 'monitoring every 60 seconds', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
];
