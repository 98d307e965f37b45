import type { RuleFixture } from '../../../../../src/model/rule.js';
import { MYSQL_HARDENED_PARAMETERS, mysqlServer, mysqlUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'require_secure_transport OFF', expect: 'FAIL', target: mysqlUid('mysql-legacy'), resources: [mysqlServer('mysql-legacy', { configurations: { ...MYSQL_HARDENED_PARAMETERS, require_secure_transport: 'OFF' } })] },
  { name: 'TLS 1.0 and 1.1 allowed (5.7 style)', expect: 'FAIL', target: mysqlUid('mysql-57'), resources: [mysqlServer('mysql-57', { configurations: { ...MYSQL_HARDENED_PARAMETERS, tls_version: 'TLSv1,TLSv1.1,TLSv1.2' } })] },
  { name: 'ON with TLS 1.2 and 1.3', expect: 'PASS', target: mysqlUid('mysql-prod'), resources: [mysqlServer('mysql-prod')] },
  { name: 'parameters missing', expect: 'NOT_ASSESSED', target: mysqlUid('mysql-partial'), resources: [mysqlServer('mysql-partial', { configurations: {} })] },
];
