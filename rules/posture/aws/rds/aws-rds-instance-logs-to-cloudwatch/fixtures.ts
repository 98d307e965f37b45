import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'mysql exporting only error logs', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { EnabledCloudwatchLogsExports: ['error'] })] },
  { name: 'postgres without upgrade log', expect: 'FAIL', target: dbUid('reporting-db'), resources: [dbInstance('reporting-db', { Engine: 'postgres', EnabledCloudwatchLogsExports: ['postgresql'] })] },
  { name: 'mysql exporting all four logs', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
  { name: 'postgres exporting postgresql and upgrade', expect: 'PASS', target: dbUid('reporting-db'), resources: [dbInstance('reporting-db', { Engine: 'postgres', EnabledCloudwatchLogsExports: ['postgresql', 'upgrade'] })] },
];
