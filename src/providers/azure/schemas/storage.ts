/** Config schemas of the storage types (model/storage.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const STORAGE_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.Storage/storageAccounts': {
    id: 'string',
    name: 'string',
    // ARM returns kind and sku for every account.
    kind: 'string',
    sku: 'object',
    creationTime: 'string|null?',
    enableHttpsTrafficOnly: 'boolean|null?',
    minimumTlsVersion: 'string|null?',
    allowBlobPublicAccess: 'boolean|null?',
    allowSharedKeyAccess: 'boolean|null?',
    publicNetworkAccess: 'string|null?',
    networkRuleSet: 'object|null?',
    encryption: 'object|null?',
    keyPolicy: 'object|null?',
    keyCreationTime: 'object|null?',
    allowCrossTenantReplication: 'boolean|null?',
    defaultToOAuthAuthentication: 'boolean|null?',
    privateEndpointConnections: 'array|null?',
    sasPolicy: 'object|null?',
    isHnsEnabled: 'boolean|null?',
    enableNfsV3: 'boolean|null?',
    immutableStorageWithVersioning: 'object|null?',
    blobService: 'object?',
    fileService: 'object?',
    containers: 'array?',
  },
  'Microsoft.Databricks/workspaces': {
    id: 'string',
    name: 'string',
    sku: 'object|null?',
    parameters: 'object|null?',
    publicNetworkAccess: 'string|null?',
    requiredNsgRules: 'string|null?',
    encryption: 'object|null?',
    privateEndpointConnections: 'array|null?',
  },
};
