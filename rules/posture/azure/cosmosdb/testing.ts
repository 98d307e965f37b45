/** Fixture builders for the Cosmos DB rules. */
import { AZURE_TYPES, type CosmosDbAccountConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource } from '../testing.js';

export const cosmosUid = (name: string) => armId(AZURE_TYPES.cosmosDbAccount, name).toLowerCase();

export function cosmosAccount(name: string, config: Partial<CosmosDbAccountConfig> = {}): Resource {
  return armResource<CosmosDbAccountConfig>(
    AZURE_TYPES.cosmosDbAccount,
    name,
    { kind: 'GlobalDocumentDB', publicNetworkAccess: 'Disabled', isVirtualNetworkFilterEnabled: false, ipRules: [], virtualNetworkRules: [], disableLocalAuth: true, minimalTlsVersion: 'Tls12', ...config },
  );
}
