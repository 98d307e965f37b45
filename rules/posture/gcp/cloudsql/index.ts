import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as mysqlAdminAccess } from './gcp-cloudsql-mysql-admin-access-restricted/rule.js';
import { rule as mysqlSkipShowDatabase } from './gcp-cloudsql-mysql-skip-show-database-on/rule.js';
import { rule as mysqlLocalInfile } from './gcp-cloudsql-mysql-local-infile-off/rule.js';
import { rule as postgresLogErrorVerbosity } from './gcp-cloudsql-postgres-log-error-verbosity/rule.js';
import { rule as postgresLogConnections } from './gcp-cloudsql-postgres-log-connections-on/rule.js';
import { rule as postgresLogDisconnections } from './gcp-cloudsql-postgres-log-disconnections-on/rule.js';
import { rule as postgresLogStatement } from './gcp-cloudsql-postgres-log-statement-ddl/rule.js';
import { rule as postgresLogMinMessages } from './gcp-cloudsql-postgres-log-min-messages/rule.js';
import { rule as postgresLogMinErrorStatement } from './gcp-cloudsql-postgres-log-min-error-statement/rule.js';
import { rule as postgresLogMinDuration } from './gcp-cloudsql-postgres-log-min-duration-disabled/rule.js';
import { rule as postgresPgaudit } from './gcp-cloudsql-postgres-pgaudit-enabled/rule.js';
import { rule as sqlserverExternalScripts } from './gcp-cloudsql-sqlserver-external-scripts-off/rule.js';
import { rule as sqlserverCrossDbChaining } from './gcp-cloudsql-sqlserver-cross-db-ownership-chaining-off/rule.js';
import { rule as sqlserverUserConnections } from './gcp-cloudsql-sqlserver-user-connections-unlimited/rule.js';
import { rule as sqlserverUserOptions } from './gcp-cloudsql-sqlserver-user-options-not-set/rule.js';
import { rule as sqlserverRemoteAccess } from './gcp-cloudsql-sqlserver-remote-access-off/rule.js';
import { rule as sqlserverTraceFlag3625 } from './gcp-cloudsql-sqlserver-trace-flag-3625-on/rule.js';
import { rule as sqlserverContainedDbAuth } from './gcp-cloudsql-sqlserver-contained-db-auth-off/rule.js';
import { rule as sslRequired } from './gcp-cloudsql-instance-ssl-required/rule.js';
import { rule as noOpenAuthorizedNetworks } from './gcp-cloudsql-instance-no-open-authorized-networks/rule.js';
import { rule as iamDatabaseAuthentication } from './gcp-cloudsql-instance-iam-database-authentication/rule.js';
import { rule as noPublicIp } from './gcp-cloudsql-instance-no-public-ip/rule.js';
import { rule as automatedBackups } from './gcp-cloudsql-instance-automated-backups-enabled/rule.js';
import { rule as deletionProtection } from './gcp-cloudsql-instance-deletion-protection/rule.js';
import { rule as pointInTimeRecovery } from './gcp-cloudsql-instance-point-in-time-recovery-enabled/rule.js';

export const rules: PostureRule[] = [
  mysqlAdminAccess,
  mysqlSkipShowDatabase,
  mysqlLocalInfile,
  postgresLogErrorVerbosity,
  postgresLogConnections,
  postgresLogDisconnections,
  postgresLogStatement,
  postgresLogMinMessages,
  postgresLogMinErrorStatement,
  postgresLogMinDuration,
  postgresPgaudit,
  sqlserverExternalScripts,
  sqlserverCrossDbChaining,
  sqlserverUserConnections,
  sqlserverUserOptions,
  sqlserverRemoteAccess,
  sqlserverTraceFlag3625,
  sqlserverContainedDbAuth,
  sslRequired,
  noOpenAuthorizedNetworks,
  iamDatabaseAuthentication,
  noPublicIp,
  automatedBackups,
  deletionProtection,
  pointInTimeRecovery,
];
