/** Cosmos DB accounts (SDK `@azure/arm-cosmosdb`). Keys and connection strings are never read. */
import { AZURE_TYPES } from '../../model/index.js';
import { listingCollector } from './simple.js';

export const collector = listingCollector({
  service: 'cosmosdb',
  type: AZURE_TYPES.cosmosDbAccount,
  operation: 'cosmosdb.databaseAccounts.list',
  model: ['id', 'name', 'kind', 'publicNetworkAccess', 'isVirtualNetworkFilterEnabled', 'ipRules', 'virtualNetworkRules', 'disableLocalAuth', 'minimalTlsVersion', 'keyVaultKeyUri', 'privateEndpointConnections', 'backupPolicy', 'disableKeyBasedMetadataWriteAccess'],
  list: async (ctx) => {
    const { CosmosDBManagementClient } = await import('@azure/arm-cosmosdb');
    const client = ctx.clients.arm(CosmosDBManagementClient, ctx.scope.subscriptionId!);
    return () => client.databaseAccounts.list();
  },
});
