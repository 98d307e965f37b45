import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'copy tags off', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { CopyTagsToSnapshot: false })] },
  { name: 'copy tags on', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
];
