/** Key Vault. Conventions: ./index.ts. */
import type { Vault } from '@azure/arm-keyvault';

/** Key and secret metadata only (names, enabled, expiry, rotation): never values. */
export interface VaultItemMetadata {
  name: string;
  enabled?: boolean;
  /** ISO time the item expires; absent when it never does. */
  expires?: string;
  created?: string;
  /** Keys: whether an automatic rotation policy with a rotate action exists. */
  rotationEnabled?: boolean;
}
export type KeyVaultConfig = Pick<Vault, 'id' | 'name' | 'location'> & {
  properties: Pick<
    Vault['properties'],
    'tenantId' | 'enableSoftDelete' | 'softDeleteRetentionInDays' | 'enablePurgeProtection' | 'enableRbacAuthorization' | 'networkAcls' | 'publicNetworkAccess' | 'privateEndpointConnections' | 'accessPolicies'
  >;
  /** mamori: key metadata (management plane list of keys). */
  keys?: VaultItemMetadata[];
  /** mamori: secret metadata (management plane list of secrets; values are never read). */
  secrets?: VaultItemMetadata[];
};
