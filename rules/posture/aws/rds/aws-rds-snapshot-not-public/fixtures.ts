import type { RuleFixture } from '../../../../../src/model/rule.js';
import { OTHER_ACCOUNT } from '../../../testing.js';
import { clusterSnapshotUid, dbClusterSnapshot, dbSnapshot, snapshotUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'public DB snapshot', expect: 'FAIL', target: snapshotUid('orders-export'), resources: [dbSnapshot('orders-export', { restoreAccounts: ['all'], Encrypted: false })] },
  { name: 'public cluster snapshot', expect: 'FAIL', target: clusterSnapshotUid('aurora-copy'), resources: [dbClusterSnapshot('aurora-copy', { restoreAccounts: ['all'] })] },
  { name: 'private snapshot', expect: 'PASS', target: snapshotUid('orders-manual'), resources: [dbSnapshot('orders-manual')] },
  { name: 'shared with one account only', expect: 'PASS', target: snapshotUid('orders-dr'), resources: [dbSnapshot('orders-dr', { restoreAccounts: [OTHER_ACCOUNT] })] },
  { name: 'attributes not collectable', expect: 'NOT_ASSESSED', target: snapshotUid('orders-x'), resources: [dbSnapshot('orders-x', { restoreAccounts: undefined }, { restoreAccounts: 'AccessDenied' })] },
];
