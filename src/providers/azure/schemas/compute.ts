/** Config schemas of the compute types (model/compute.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';
import { AZURE_TYPES } from '../model/index.js';

export const COMPUTE_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  [AZURE_TYPES.webApp]: {
    id: 'string',
    name: 'string',
    kind: 'string?',
    // Left out when never set: HTTP allowed.
    httpsOnly: 'boolean?',
    clientCertEnabled: 'boolean?',
    clientCertMode: 'string?',
    // Left out when the app has no managed identity.
    identity: 'object?',
    publicNetworkAccess: 'string?',
    virtualNetworkSubnetId: 'string?',
    // What mamori adds from separate calls: always written (a failed call is recorded in errors).
    siteConfig: 'object',
    authEnabled: 'boolean',
    basicPublishingCredentials: 'object',
  },
  [AZURE_TYPES.virtualMachine]: {
    id: 'string',
    name: 'string',
    hardwareProfile: 'object?',
    // ARM always returns the storage profile of a VM.
    storageProfile: 'object',
    osProfile: 'object?',
    networkProfile: 'object?',
    // Left out for a Standard-security VM without encryption at host.
    securityProfile: 'object?',
    identity: 'object?',
    diagnosticsProfile: 'object?',
    extensions: 'array',
  },
  [AZURE_TYPES.disk]: {
    id: 'string',
    name: 'string',
    managedBy: 'string?',
    diskState: 'string?',
    encryption: 'object?',
    encryptionSettingsCollection: 'object?',
    // Left out by older API versions: AllowAll / Enabled.
    networkAccessPolicy: 'string?',
    publicNetworkAccess: 'string?',
    osType: 'string?',
    diskAccessId: 'string?',
  },
  [AZURE_TYPES.aksCluster]: {
    id: 'string',
    name: 'string',
    kubernetesVersion: 'string?',
    // ARM always returns enableRBAC for a managed cluster.
    enableRbac: 'boolean',
    // Left out for clusters without Microsoft Entra integration.
    aadProfile: 'object?',
    apiServerAccessProfile: 'object?',
    networkProfile: 'object?',
    addonProfiles: 'object?',
    // Left out when never set: local accounts enabled.
    disableLocalAccounts: 'boolean?',
    securityProfile: 'object?',
    autoUpgradeProfile: 'object?',
    agentPoolProfiles: 'array?',
    identity: 'object?',
    privateFqdn: 'string?',
    publicNetworkAccess: 'string?',
  },
};
