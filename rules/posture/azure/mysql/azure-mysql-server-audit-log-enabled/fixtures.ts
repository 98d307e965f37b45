import type { RuleFixture } from '../../../../../src/model/rule.js';
import { MYSQL_HARDENED_PARAMETERS, mysqlServer, mysqlUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'audit log OFF (the default)', expect: 'FAIL', target: mysqlUid('mysql-dev'), resources: [mysqlServer('mysql-dev', { configurations: { ...MYSQL_HARDENED_PARAMETERS, audit_log_enabled: 'OFF' } })] },
  { name: 'ON without CONNECTION events', expect: 'FAIL', target: mysqlUid('mysql-ddl'), resources: [mysqlServer('mysql-ddl', { configurations: { ...MYSQL_HARDENED_PARAMETERS, audit_log_events: 'DDL' } })] },
  { name: 'ON with CONNECTION, DDL, DCL', expect: 'PASS', target: mysqlUid('mysql-prod'), resources: [mysqlServer('mysql-prod')] },
  { name: 'parameters missing', expect: 'NOT_ASSESSED', target: mysqlUid('mysql-partial'), resources: [mysqlServer('mysql-partial', { configurations: {} })] },
];
