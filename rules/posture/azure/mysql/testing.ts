/** Fixture builders for the MySQL flexible server rules. */
import { AZURE_TYPES, type MySqlFlexibleServerConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource } from '../testing.js';

export const mysqlUid = (name: string) => armId(AZURE_TYPES.mysqlFlexibleServer, name).toLowerCase();

/** Server parameters as the API returns them for a hardened server. */
export const MYSQL_HARDENED_PARAMETERS: Record<string, string> = {
  require_secure_transport: 'ON',
  tls_version: 'TLSv1.2,TLSv1.3',
  audit_log_enabled: 'ON',
  audit_log_events: 'CONNECTION,DDL,DCL',
};

export function mysqlServer(name: string, config: Partial<MySqlFlexibleServerConfig> = {}, errors?: Record<string, string>): Resource {
  return armResource<MySqlFlexibleServerConfig>(
    AZURE_TYPES.mysqlFlexibleServer,
    name,
    { version: '8.0.21', network: { publicNetworkAccess: 'Disabled' }, configurations: MYSQL_HARDENED_PARAMETERS, firewallRules: [], ...config },
    { errors },
  );
}
