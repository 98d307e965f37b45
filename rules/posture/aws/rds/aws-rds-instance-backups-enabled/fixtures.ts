import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dbInstance, dbUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'backups disabled', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { BackupRetentionPeriod: 0 })] },
  { name: 'retention 1 day', expect: 'FAIL', target: dbUid('orders-db'), resources: [dbInstance('orders-db', { BackupRetentionPeriod: 1 })] },
  { name: 'retention 7 days', expect: 'PASS', target: dbUid('orders-db'), resources: [dbInstance('orders-db')] },
  { name: 'read replica without backups', expect: 'NOT_APPLICABLE', target: dbUid('orders-replica'), resources: [dbInstance('orders-replica', { BackupRetentionPeriod: 0, ReadReplicaSourceDBInstanceIdentifier: 'orders-db' })] },
];
