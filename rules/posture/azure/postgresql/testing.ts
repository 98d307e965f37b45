/** Fixture builders for the PostgreSQL flexible server rules. */
import { AZURE_TYPES, type PostgreSqlFlexibleServerConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource, TENANT } from '../testing.js';

export const pgUid = (name: string) => armId(AZURE_TYPES.postgresqlFlexibleServer, name).toLowerCase();

/** Server parameters as the API returns them for a new server (defaults). */
export const PG_DEFAULT_PARAMETERS: Record<string, string> = {
  require_secure_transport: 'on',
  ssl_min_protocol_version: 'TLSv1.2',
  log_connections: 'on',
  log_disconnections: 'off',
  log_checkpoints: 'on',
  'connection_throttle.enable': 'off',
};

export function pgServer(name: string, config: Partial<PostgreSqlFlexibleServerConfig> = {}, errors?: Record<string, string>): Resource {
  return armResource<PostgreSqlFlexibleServerConfig>(
    AZURE_TYPES.postgresqlFlexibleServer,
    name,
    {
      version: '16',
      network: { publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: `${armId('Microsoft.Network/virtualNetworks', 'vnet-data')}/subnets/snet-postgres` },
      authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled', tenantId: TENANT },
      configurations: PG_DEFAULT_PARAMETERS,
      firewallRules: [],
      ...config,
    },
    { errors },
  );
}
