import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterUid, dbCluster } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'unencrypted cluster', expect: 'FAIL', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main', { StorageEncrypted: false, KmsKeyId: undefined })] },
  { name: 'encrypted cluster', expect: 'PASS', target: clusterUid('aurora-main'), resources: [dbCluster('aurora-main')] },
];
