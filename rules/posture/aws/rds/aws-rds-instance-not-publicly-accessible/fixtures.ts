import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'publicly accessible instance', expect: 'FAIL', target: dbUid('reporting-db'), resources: [dbInstance('reporting-db', { Engine: 'postgres', PubliclyAccessible: true })] },
  { name: 'private instance', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
];
