/** Fixture builders for the storage rules: a well-configured StorageV2 account, overridden per fixture. */
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource } from '../testing.js';

export const accountUid = (name: string) => armId(AZURE_TYPES.storageAccount, name).toLowerCase();

/** What `storageAccounts.list` returns for an account created in the portal in 2025 and hardened. */
export const SECURE_ACCOUNT: Partial<StorageAccountConfig> = {
  kind: 'StorageV2',
  sku: { name: 'Standard_GRS', tier: 'Standard' },
  creationTime: '2025-03-10T02:11:45.000Z' as unknown as Date,
  enableHttpsTrafficOnly: true,
  minimumTlsVersion: 'TLS1_2',
  allowBlobPublicAccess: false,
  allowSharedKeyAccess: false,
  allowCrossTenantReplication: false,
  defaultToOAuthAuthentication: true,
  publicNetworkAccess: 'Disabled',
  networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
  encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true, services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } } },
  keyPolicy: { keyExpirationPeriodInDays: 90 },
  keyCreationTime: { key1: '2026-09-15T08:00:00.000Z' as unknown as Date, key2: '2026-09-15T08:00:05.000Z' as unknown as Date },
  sasPolicy: { sasExpirationPeriod: '1.00:00:00', expirationAction: 'Block' },
  isHnsEnabled: false,
  privateEndpointConnections: [
    {
      name: 'pe-blob.8d1b',
      privateEndpoint: { id: '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg-network/providers/Microsoft.Network/privateEndpoints/pe-blob' },
      privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-Approved', actionRequired: 'None' },
    },
  ],
  blobService: {
    deleteRetentionPolicy: { enabled: true, days: 14, allowPermanentDelete: false },
    containerDeleteRetentionPolicy: { enabled: true, days: 14 },
    isVersioningEnabled: true,
  },
  fileService: {
    shareDeleteRetentionPolicy: { enabled: true, days: 14 },
    protocolSettings: { smb: { versions: 'SMB3.1.1', channelEncryption: 'AES-256-GCM', authenticationMethods: 'Kerberos', kerberosTicketEncryption: 'AES-256' } },
  },
  containers: [{ name: 'invoices', publicAccess: 'None' }],
};

/**
 * What ARM returns for a general-purpose v2 account created with the CLI around 2019 and never
 * hardened: every property holding its default is left out.
 */
export const LEGACY_ACCOUNT: Partial<StorageAccountConfig> = {
  kind: 'StorageV2',
  sku: { name: 'Standard_LRS', tier: 'Standard' },
  creationTime: '2019-06-03T10:20:30.000Z' as unknown as Date,
  enableHttpsTrafficOnly: true,
  networkRuleSet: { bypass: 'AzureServices', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
  encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } } },
  privateEndpointConnections: [],
  blobService: { deleteRetentionPolicy: { enabled: false } },
  fileService: { protocolSettings: { smb: {} } },
  containers: [{ name: 'logs' }],
};

export function storageAccount(
  name: string,
  config: Partial<StorageAccountConfig> = {},
  extra: { tags?: Record<string, string>; errors?: Record<string, string>; base?: Partial<StorageAccountConfig> } = {},
): Resource {
  return armResource<StorageAccountConfig>(AZURE_TYPES.storageAccount, name, { ...(extra.base ?? SECURE_ACCOUNT), ...config }, { tags: extra.tags ?? {}, errors: extra.errors });
}

/** A legacy account (see LEGACY_ACCOUNT) with overrides. */
export const legacyAccount = (name: string, config: Partial<StorageAccountConfig> = {}, extra: { tags?: Record<string, string>; errors?: Record<string, string> } = {}) =>
  storageAccount(name, config, { ...extra, base: LEGACY_ACCOUNT });
