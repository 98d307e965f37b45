/** Azure SQL, Azure Database for PostgreSQL and MySQL flexible servers, Cosmos DB. Conventions: ./index.ts. */
import type { DatabaseAccountGetResults } from '@azure/arm-cosmosdb';
import type { Server as MySqlFlexibleServer } from '@azure/arm-mysql-flexible';
import type { Server as PostgreSqlFlexibleServer } from '@azure/arm-postgresql-flexible';
import type { Database, EncryptionProtector, FirewallRule, LogicalDatabaseTransparentDataEncryption, Server as SqlServer, ServerAzureADAdministrator, ServerBlobAuditingPolicy, ServerSecurityAlertPolicy, ServerVulnerabilityAssessment } from '@azure/arm-sql';

export type SqlServerConfig = Pick<SqlServer, 'id' | 'name' | 'version' | 'minimalTlsVersion' | 'publicNetworkAccess' | 'administrators' | 'privateEndpointConnections'> & {
  firewallRules?: Pick<FirewallRule, 'name' | 'startIpAddress' | 'endIpAddress'>[];
  auditing?: Pick<ServerBlobAuditingPolicy, 'state' | 'retentionDays' | 'isAzureMonitorTargetEnabled' | 'storageEndpoint'>;
  encryptionProtector?: Pick<EncryptionProtector, 'serverKeyType' | 'serverKeyName' | 'uri' | 'autoRotationEnabled'>;
  entraAdministrator?: Pick<ServerAzureADAdministrator, 'administratorType' | 'login' | 'sid' | 'azureADOnlyAuthentication'>;
  securityAlertPolicy?: Pick<ServerSecurityAlertPolicy, 'state' | 'emailAccountAdmins' | 'emailAddresses' | 'disabledAlerts'>;
  vulnerabilityAssessment?: Pick<ServerVulnerabilityAssessment, 'storageContainerPath' | 'recurringScans'>;
};
export type SqlDatabaseConfig = Pick<Database, 'id' | 'name' | 'sku' | 'status'> & {
  transparentDataEncryption?: Pick<LogicalDatabaseTransparentDataEncryption, 'state'>;
  auditing?: Pick<ServerBlobAuditingPolicy, 'state' | 'retentionDays'>;
};
/** Flexible servers: the SDK's server plus mamori's `configurations` (server parameters by name) and firewall rules. */
export type PostgreSqlFlexibleServerConfig = Pick<PostgreSqlFlexibleServer, 'id' | 'name' | 'version' | 'network' | 'authConfig' | 'dataEncryption' | 'backup' | 'highAvailability'> & {
  configurations?: Record<string, string>;
  firewallRules?: { name: string; startIpAddress: string; endIpAddress: string }[];
};
export type MySqlFlexibleServerConfig = Pick<MySqlFlexibleServer, 'id' | 'name' | 'version' | 'network' | 'backup' | 'highAvailability'> & {
  configurations?: Record<string, string>;
  firewallRules?: { name: string; startIpAddress: string; endIpAddress: string }[];
};
export type CosmosDbAccountConfig = Pick<
  DatabaseAccountGetResults,
  'id' | 'name' | 'kind' | 'publicNetworkAccess' | 'isVirtualNetworkFilterEnabled' | 'ipRules' | 'virtualNetworkRules' | 'disableLocalAuth' | 'minimalTlsVersion' | 'keyVaultKeyUri' | 'privateEndpointConnections' | 'backupPolicy' | 'disableKeyBasedMetadataWriteAccess'
>;
