/** Azure Databricks workspaces (SDK `@azure/arm-databricks`). */
import { AZURE_TYPES } from '../../model/index.js';
import { listingCollector } from './simple.js';

export const collector = listingCollector({
  service: 'databricks',
  type: AZURE_TYPES.databricksWorkspace,
  operation: 'databricks.workspaces.listBySubscription',
  model: ['id', 'name', 'sku', 'parameters', 'publicNetworkAccess', 'requiredNsgRules', 'encryption', 'privateEndpointConnections'],
  list: async (ctx) => {
    const { AzureDatabricksManagementClient } = await import('@azure/arm-databricks');
    const client = ctx.clients.arm(AzureDatabricksManagementClient, ctx.scope.subscriptionId!);
    return () => client.workspaces.listBySubscription();
  },
});
