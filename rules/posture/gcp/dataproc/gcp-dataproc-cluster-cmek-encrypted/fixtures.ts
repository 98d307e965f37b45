import type { RuleFixture } from '../../../../../src/model/rule.js';
import { cluster, clusterUid, KMS_KEY } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no encryption configuration', expect: 'FAIL', target: clusterUid('etl'), resources: [cluster('etl', { gceClusterConfig: { internalIpOnly: true } })] },
  { name: 'empty encryption configuration', expect: 'FAIL', target: clusterUid('adhoc'), resources: [cluster('adhoc', { encryptionConfig: {} })] },
  { name: 'persistent disks under CMEK', expect: 'PASS', target: clusterUid('secure'), resources: [cluster('secure', { encryptionConfig: { gcePdKmsKeyName: KMS_KEY } })] },
  { name: 'cluster data key set', expect: 'PASS', target: clusterUid('secure2'), resources: [cluster('secure2', { encryptionConfig: { kmsKey: KMS_KEY } })] },
];
