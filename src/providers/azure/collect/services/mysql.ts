/** Azure Database for MySQL flexible servers (SDK `@azure/arm-mysql-flexible`). */
import { AZURE_TYPES } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { collectFlexible } from './flexible.js';

export const collector: AzureServiceCollector = {
  service: 'mysql',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.mysqlFlexibleServer],
  gatedBy: [AZURE_TYPES.mysqlFlexibleServer],
  async collect(ctx) {
    const { MySQLManagementFlexibleServerClient } = await import('@azure/arm-mysql-flexible');
    const client = ctx.clients.arm(MySQLManagementFlexibleServerClient, ctx.scope.subscriptionId!);
    await collectFlexible(ctx, {
      type: AZURE_TYPES.mysqlFlexibleServer,
      prefix: 'mysql',
      model: ['id', 'name', 'version', 'network', 'backup', 'highAvailability'],
      servers: () => client.servers.list(),
      configurations: (rg, name) => client.configurations.listByServer(rg, name),
      firewallRules: (rg, name) => client.firewallRules.listByServer(rg, name),
    });
  },
};
