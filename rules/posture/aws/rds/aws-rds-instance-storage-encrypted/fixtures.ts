import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'unencrypted postgres instance', expect: 'FAIL', target: dbUid('reporting-db'), resources: [dbInstance('reporting-db', { Engine: 'postgres', StorageEncrypted: false, KmsKeyId: undefined })] },
  { name: 'instance encrypted with a KMS key', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
];
