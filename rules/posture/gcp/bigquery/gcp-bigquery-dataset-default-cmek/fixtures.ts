import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dataset, datasetUid, KMS_KEY } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no default key', expect: 'FAIL', target: datasetUid('sales'), resources: [dataset('sales')] },
  { name: 'empty encryption configuration', expect: 'FAIL', target: datasetUid('raw'), resources: [dataset('raw', { defaultEncryptionConfiguration: {} })] },
  { name: 'default CMEK', expect: 'PASS', target: datasetUid('finance'), resources: [dataset('finance', { defaultEncryptionConfiguration: { kmsKeyName: KMS_KEY } })] },
];
