import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'auto minor upgrade off', expect: 'FAIL', target: dbUid('legacy-db'), resources: [dbInstance('legacy-db', { AutoMinorVersionUpgrade: false })] },
  { name: 'auto minor upgrade on', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
];
