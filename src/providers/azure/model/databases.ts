/** Azure SQL, Azure Database for PostgreSQL and MySQL flexible servers, Cosmos DB. Conventions: ./index.ts. */
import type { DatabaseAccountGetResults } from '@azure/arm-cosmosdb';
import type { Server as MySqlFlexibleServer } from '@azure/arm-mysql-flexible';
import type { Server as PostgreSqlFlexibleServer } from '@azure/arm-postgresql-flexible';
import type {
  Database,
  EncryptionProtector,
  FirewallRule,
  LogicalDatabaseTransparentDataEncryption,
  Server as SqlServer,
  ServerAzureADAdministrator,
  ServerBlobAuditingPolicy,
  ServerSecurityAlertPolicy,
  ServerVulnerabilityAssessment,
  SqlVulnerabilityAssessment,
} from '@azure/arm-sql';

/** A server-level IP firewall rule (SQL, PostgreSQL and MySQL flexible servers share the shape). */
export type DatabaseFirewallRule = Pick<FirewallRule, 'name' | 'startIpAddress' | 'endIpAddress'>;

/**
 * An Azure SQL logical server. `administrators` (the Microsoft Entra admin and Entra-only
 * authentication) comes with the server itself; the other fields are its child settings.
 */
export type SqlServerConfig = Pick<SqlServer, 'id' | 'name' | 'version' | 'minimalTlsVersion' | 'publicNetworkAccess' | 'administrators' | 'privateEndpointConnections'> & {
  /** mamori: `FirewallRules.listByServer` (always written, `[]` when there are none). */
  firewallRules?: DatabaseFirewallRule[];
  /** mamori: `ServerBlobAuditingPolicies.get(…, 'default')` (always exists; `state` Disabled when off). */
  auditing?: Pick<ServerBlobAuditingPolicy, 'state' | 'retentionDays' | 'isAzureMonitorTargetEnabled' | 'storageEndpoint'>;
  /** mamori: `EncryptionProtectors.get(…, 'current')` (the TDE protector: ServiceManaged or AzureKeyVault). */
  encryptionProtector?: Pick<EncryptionProtector, 'serverKeyType' | 'serverKeyName' | 'uri' | 'autoRotationEnabled'>;
  /** mamori: `ServerAzureADAdministrators.listByServer`, first item (absent when none); `administrators` carries the same. */
  entraAdministrator?: Pick<ServerAzureADAdministrator, 'administratorType' | 'login' | 'sid' | 'azureADOnlyAuthentication'>;
  /** mamori: `ServerSecurityAlertPolicies.get(…, 'Default')` (Microsoft Defender for SQL / advanced threat protection at server level). */
  securityAlertPolicy?: Pick<ServerSecurityAlertPolicy, 'state' | 'emailAccountAdmins' | 'emailAddresses' | 'disabledAlerts'>;
  /** mamori: `ServerVulnerabilityAssessments.get(…, 'default')` (classic vulnerability assessment, storage-account based; `{}` when not configured). */
  vulnerabilityAssessment?: Pick<ServerVulnerabilityAssessment, 'storageContainerPath' | 'recurringScans'>;
  /** mamori: `SqlVulnerabilityAssessmentsSettings.get(…, 'default')` (express configuration; `state` Enabled / Disabled). */
  sqlVulnerabilityAssessment?: Pick<SqlVulnerabilityAssessment, 'state'>;
};
export type SqlDatabaseConfig = Pick<Database, 'id' | 'name' | 'sku' | 'status'> & {
  /** mamori: `TransparentDataEncryptions.get(…, 'current')`. */
  transparentDataEncryption?: Pick<LogicalDatabaseTransparentDataEncryption, 'state'>;
  /** mamori: `DatabaseBlobAuditingPolicies.get(…, 'default')`. */
  auditing?: Pick<ServerBlobAuditingPolicy, 'state' | 'retentionDays'>;
};
/** Flexible servers: the SDK's server plus mamori's `configurations` (server parameters by name) and firewall rules. */
export type PostgreSqlFlexibleServerConfig = Pick<PostgreSqlFlexibleServer, 'id' | 'name' | 'version' | 'network' | 'authConfig' | 'dataEncryption' | 'backup' | 'highAvailability'> & {
  /** mamori: `Configurations.listByServer`, as `{ name: value }` with every parameter the API returns (values as returned: `on`, `TLSv1.2`). */
  configurations?: Record<string, string>;
  /** mamori: `FirewallRules.listByServer` (always written, `[]` for private-access servers). */
  firewallRules?: DatabaseFirewallRule[];
};
export type MySqlFlexibleServerConfig = Pick<MySqlFlexibleServer, 'id' | 'name' | 'version' | 'network' | 'backup' | 'highAvailability'> & {
  /** mamori: `Configurations.listByServer`, as `{ name: value }` with every parameter the API returns (values as returned: `ON`, `TLSv1.2,TLSv1.3`). */
  configurations?: Record<string, string>;
  /** mamori: `FirewallRules.listByServer` (always written, `[]` for private-access servers). */
  firewallRules?: DatabaseFirewallRule[];
};
export type CosmosDbAccountConfig = Pick<
  DatabaseAccountGetResults,
  'id' | 'name' | 'kind' | 'publicNetworkAccess' | 'isVirtualNetworkFilterEnabled' | 'ipRules' | 'virtualNetworkRules' | 'disableLocalAuth' | 'minimalTlsVersion' | 'keyVaultKeyUri' | 'privateEndpointConnections' | 'backupPolicy' | 'disableKeyBasedMetadataWriteAccess'
>;
