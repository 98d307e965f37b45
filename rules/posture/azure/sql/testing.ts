/** Fixture builders for the Azure SQL rules. */
import { AZURE_TYPES, type SqlDatabaseConfig, type SqlServerConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource, azureResource, TENANT } from '../testing.js';

export const sqlServerUid = (name: string) => armId(AZURE_TYPES.sqlServer, name).toLowerCase();
export const sqlDatabaseUid = (server: string, db: string) => `${sqlServerUid(server)}/databases/${db}`;
export const DBA_GROUP_ID = '0b6c1f3e-2d4a-4e5f-9a8b-7c6d5e4f3a21';
export const KEY_URI = 'https://kv-data-prod.vault.azure.net/keys/sql-tde/7f3c2a1b9e8d4c5fa6b7c8d9e0f1a2b3';

/** A well-configured server: every rule passes on it. */
export const HARDENED_SQL_SERVER: Partial<SqlServerConfig> = {
  version: '12.0',
  minimalTlsVersion: '1.2',
  publicNetworkAccess: 'Disabled',
  administrators: { administratorType: 'ActiveDirectory', principalType: 'Group', login: 'sql-admins', sid: DBA_GROUP_ID, tenantId: TENANT, azureADOnlyAuthentication: true },
  privateEndpointConnections: [],
  firewallRules: [],
  auditing: { state: 'Enabled', retentionDays: 180, isAzureMonitorTargetEnabled: true, storageEndpoint: 'https://stauditprod.blob.core.windows.net/' },
  encryptionProtector: { serverKeyType: 'AzureKeyVault', serverKeyName: 'kv-data-prod_sql-tde_7f3c2a1b9e8d4c5fa6b7c8d9e0f1a2b3', uri: KEY_URI, autoRotationEnabled: true },
  securityAlertPolicy: { state: 'Enabled', emailAccountAdmins: true, emailAddresses: [], disabledAlerts: [] },
  vulnerabilityAssessment: {},
  sqlVulnerabilityAssessment: { state: 'Enabled' },
};

export function sqlServer(name: string, config: Partial<SqlServerConfig> = {}, errors?: Record<string, string>): Resource {
  return armResource<SqlServerConfig>(AZURE_TYPES.sqlServer, name, { ...HARDENED_SQL_SERVER, ...config }, { errors });
}

export function sqlDatabase(server: string, db: string, config: Partial<SqlDatabaseConfig> = {}, errors?: Record<string, string>): Resource {
  const id = `${armId(AZURE_TYPES.sqlServer, server)}/databases/${db}`;
  return azureResource<SqlDatabaseConfig>({
    type: AZURE_TYPES.sqlDatabase,
    uid: id,
    name: db,
    config: { id, name: db, sku: { name: 'GP_Gen5', tier: 'GeneralPurpose' }, status: 'Online', transparentDataEncryption: { state: 'Enabled' }, ...config },
    errors,
  });
}
