import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlInstance, sqlUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'PostgreSQL with backups, PITR off', expect: 'FAIL', target: sqlUid('a'), resources: [sqlInstance('a', 'POSTGRES_16', { backupConfiguration: { enabled: true, pointInTimeRecoveryEnabled: false } })] },
  { name: 'backups off', expect: 'FAIL', target: sqlUid('b'), resources: [sqlInstance('b', 'SQLSERVER_2019_STANDARD', { backupConfiguration: { enabled: false } })] },
  { name: 'MySQL with backups, no binary log', expect: 'FAIL', target: sqlUid('c'), resources: [sqlInstance('c', 'MYSQL_8_0', { backupConfiguration: { enabled: true, binaryLogEnabled: false } })] },
  { name: 'PostgreSQL with PITR', expect: 'PASS', target: sqlUid('d'), resources: [sqlInstance('d', 'POSTGRES_16', { backupConfiguration: { enabled: true, pointInTimeRecoveryEnabled: true } })] },
  { name: 'MySQL with binary logging', expect: 'PASS', target: sqlUid('e'), resources: [sqlInstance('e', 'MYSQL_5_7', { backupConfiguration: { enabled: true, binaryLogEnabled: true } })] },
  {
    name: 'read replica',
    expect: 'NOT_APPLICABLE',
    target: sqlUid('f'),
    resources: [sqlInstance('f', 'POSTGRES_16', { backupConfiguration: { enabled: false } }, { instanceType: 'READ_REPLICA_INSTANCE' })],
  },
];
