import type { RuleFixture } from '../../../../../src/model/rule.js';
import { clusterSnapshotUid, dbClusterSnapshot, dbSnapshot, snapshotUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'unencrypted DB snapshot', expect: 'FAIL', target: snapshotUid('orders-export'), resources: [dbSnapshot('orders-export', { Encrypted: false, KmsKeyId: undefined })] },
  { name: 'unencrypted cluster snapshot', expect: 'FAIL', target: clusterSnapshotUid('aurora-copy'), resources: [dbClusterSnapshot('aurora-copy', { StorageEncrypted: false })] },
  { name: 'encrypted DB snapshot', expect: 'PASS', target: snapshotUid('orders-manual'), resources: [dbSnapshot('orders-manual')] },
  { name: 'encrypted cluster snapshot', expect: 'PASS', target: clusterSnapshotUid('aurora-manual'), resources: [dbClusterSnapshot('aurora-manual')] },
];
