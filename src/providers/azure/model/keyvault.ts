/** Key Vault. Conventions: ./index.ts. */
import type { Vault } from '@azure/arm-keyvault';

/** Key and secret metadata only (names, enabled, expiry, rotation): never values. */
export interface VaultItemMetadata {
  name: string;
  /** `attributes.enabled`; absent means enabled (the Key Vault default). */
  enabled?: boolean;
  /** ISO time the item expires (`attributes.expires`, converted from epoch seconds for keys); absent when it never does. */
  expires?: string;
  created?: string;
  /**
   * Keys only: `true` when the key's rotation policy (`Key.rotationPolicy` of the management-plane
   * key, or the data-plane getKeyRotationPolicy) has a lifetime action of type `Rotate`, `false`
   * when it has none or there is no policy; absent when the policy could not be read.
   */
  rotationEnabled?: boolean;
}

/**
 * mamori: a certificate's issuance policy, from the Key Vault certificates data plane
 * (listPropertiesOfCertificates, then getCertificatePolicy per certificate). Never the certificate itself.
 */
export interface VaultCertificateMetadata {
  name: string;
  /** `policy.x509CertificateProperties.validityInMonths` (`validityInMonths` of the JS data-plane client's CertificatePolicy); absent when the policy could not be read. */
  validityInMonths?: number;
  /** ISO time the current version expires. */
  expires?: string;
  /** Absent means enabled. */
  enabled?: boolean;
}

export type KeyVaultConfig = Pick<Vault, 'id' | 'name' | 'location'> & {
  /**
   * ARM leaves out what holds its default: `enableRbacAuthorization` absent is `false` (access
   * policies), `enablePurgeProtection` absent is off, `softDeleteRetentionInDays` absent is 90,
   * `publicNetworkAccess` absent is `Enabled`, `networkAcls` absent is "allow all networks".
   */
  properties: Pick<
    Vault['properties'],
    'tenantId' | 'enableSoftDelete' | 'softDeleteRetentionInDays' | 'enablePurgeProtection' | 'enableRbacAuthorization' | 'networkAcls' | 'publicNetworkAccess' | 'privateEndpointConnections' | 'accessPolicies'
  >;
  /** mamori: key metadata (management plane list of keys, with each key's rotation policy). Absent when not readable. */
  keys?: VaultItemMetadata[];
  /** mamori: secret metadata (management plane list of secrets; values are never read). Absent when not readable. */
  secrets?: VaultItemMetadata[];
  /** mamori: certificate metadata (data plane, see VaultCertificateMetadata). Absent when not collected (the data plane needs network reach and a data-plane role). */
  certificates?: VaultCertificateMetadata[];
};
