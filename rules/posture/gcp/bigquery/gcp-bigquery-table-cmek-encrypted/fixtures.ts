import type { RuleFixture } from '../../../../../src/model/rule.js';
import { KMS_KEY, table, tableUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'Google-managed key', expect: 'FAIL', target: tableUid('sales', 'orders'), resources: [table('sales', 'orders')] },
  { name: 'materialized view without CMEK', expect: 'FAIL', target: tableUid('sales', 'daily'), resources: [table('sales', 'daily', { type: 'MATERIALIZED_VIEW' })] },
  { name: 'CMEK', expect: 'PASS', target: tableUid('sales', 'payments'), resources: [table('sales', 'payments', { encryptionConfiguration: { kmsKeyName: KMS_KEY } })] },
  { name: 'logical view', expect: 'NOT_APPLICABLE', target: tableUid('sales', 'v_orders'), resources: [table('sales', 'v_orders', { type: 'VIEW' })] },
  { name: 'external table', expect: 'NOT_APPLICABLE', target: tableUid('sales', 'gcs_import'), resources: [table('sales', 'gcs_import', { type: 'EXTERNAL' })] },
];
