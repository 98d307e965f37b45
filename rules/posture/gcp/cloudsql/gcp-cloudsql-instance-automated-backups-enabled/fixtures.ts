import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlInstance, sqlUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'backups disabled', expect: 'FAIL', target: sqlUid('a'), resources: [sqlInstance('a', 'POSTGRES_16', { backupConfiguration: { enabled: false } })] },
  { name: 'no backup configuration', expect: 'FAIL', target: sqlUid('b'), resources: [sqlInstance('b', 'MYSQL_8_0')] },
  { name: 'backups enabled', expect: 'PASS', target: sqlUid('c'), resources: [sqlInstance('c', 'SQLSERVER_2019_STANDARD', { backupConfiguration: { enabled: true } })] },
  {
    name: 'read replica without backups',
    expect: 'NOT_APPLICABLE',
    target: sqlUid('d'),
    resources: [sqlInstance('d', 'MYSQL_8_0', { backupConfiguration: { enabled: false } }, { instanceType: 'READ_REPLICA_INSTANCE' })],
  },
];
