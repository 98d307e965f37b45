/** Config schemas of the databases types (model/databases.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';
import { AZURE_TYPES } from '../model/index.js';

export const DATABASES_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  [AZURE_TYPES.sqlServer]: {
    id: 'string',
    name: 'string',
    version: 'string?',
    // Left out by older API versions and on servers that never set it (no minimum: TLS 1.0 accepted).
    minimalTlsVersion: 'string?',
    // Left out when never set: public access Enabled.
    publicNetworkAccess: 'string?',
    // Left out when no Microsoft Entra admin is set.
    administrators: 'object?',
    privateEndpointConnections: 'array?',
    // What mamori adds: always written (a failed call is recorded in errors).
    firewallRules: 'array',
    auditing: 'object',
    encryptionProtector: 'object',
    entraAdministrator: 'object?',
    securityAlertPolicy: 'object',
    vulnerabilityAssessment: 'object',
    sqlVulnerabilityAssessment: 'object',
  },
  [AZURE_TYPES.sqlDatabase]: {
    id: 'string',
    name: 'string',
    sku: 'object?',
    status: 'string?',
    transparentDataEncryption: 'object',
    auditing: 'object?',
  },
  [AZURE_TYPES.postgresqlFlexibleServer]: {
    id: 'string',
    name: 'string',
    version: 'string?',
    network: 'object?',
    authConfig: 'object?',
    dataEncryption: 'object?',
    backup: 'object?',
    highAvailability: 'object?',
    configurations: 'object',
    firewallRules: 'array',
  },
  [AZURE_TYPES.mysqlFlexibleServer]: {
    id: 'string',
    name: 'string',
    version: 'string?',
    network: 'object?',
    backup: 'object?',
    highAvailability: 'object?',
    configurations: 'object',
    firewallRules: 'array',
  },
  [AZURE_TYPES.cosmosDbAccount]: {
    id: 'string',
    name: 'string',
    kind: 'string?',
    // Left out by older API versions: Enabled.
    publicNetworkAccess: 'string?',
    isVirtualNetworkFilterEnabled: 'boolean?',
    ipRules: 'array?',
    virtualNetworkRules: 'array?',
    // Left out when never set: local (key) authentication allowed.
    disableLocalAuth: 'boolean?',
    minimalTlsVersion: 'string?',
    keyVaultKeyUri: 'string?',
    privateEndpointConnections: 'array?',
    backupPolicy: 'object?',
    disableKeyBasedMetadataWriteAccess: 'boolean?',
  },
};
