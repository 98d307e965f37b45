/** Azure Database for PostgreSQL flexible servers (SDK `@azure/arm-postgresql-flexible`). */
import { AZURE_TYPES } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { collectFlexible } from './flexible.js';

export const collector: AzureServiceCollector = {
  service: 'postgresql',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.postgresqlFlexibleServer],
  gatedBy: [AZURE_TYPES.postgresqlFlexibleServer],
  async collect(ctx) {
    const { PostgreSQLManagementFlexibleServerClient } = await import('@azure/arm-postgresql-flexible');
    const client = ctx.clients.arm(PostgreSQLManagementFlexibleServerClient, ctx.scope.subscriptionId!);
    await collectFlexible(ctx, {
      type: AZURE_TYPES.postgresqlFlexibleServer,
      prefix: 'postgresql',
      model: ['id', 'name', 'version', 'network', 'authConfig', 'dataEncryption', 'backup', 'highAvailability'],
      servers: () => client.servers.listBySubscription(),
      configurations: (rg, name) => client.configurations.listByServer(rg, name),
      firewallRules: (rg, name) => client.firewallRules.listByServer(rg, name),
    });
  },
};
