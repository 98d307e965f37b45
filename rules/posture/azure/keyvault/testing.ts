/** Fixture builders for the Key Vault rules: a hardened vault, overridden per fixture. */
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../src/providers/azure/model/index.js';
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource, LOCATION, TENANT } from '../testing.js';

export const vaultUid = (name: string) => armId(AZURE_TYPES.keyVault, name).toLowerCase();

/** What `vaults.get` returns for a vault created in the portal in 2025 with RBAC, purge protection and a private endpoint. */
export const SECURE_PROPERTIES: KeyVaultConfig['properties'] = {
  tenantId: TENANT,
  enableSoftDelete: true,
  softDeleteRetentionInDays: 90,
  enablePurgeProtection: true,
  enableRbacAuthorization: true,
  publicNetworkAccess: 'Disabled',
  networkAcls: { bypass: 'None', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
  privateEndpointConnections: [
    {
      id: `${armId(AZURE_TYPES.keyVault, 'kv-app-prod')}/privateEndpointConnections/pe-kv-app-prod.5f1c`,
      privateEndpoint: { id: armId('Microsoft.Network/privateEndpoints', 'pe-kv-app-prod', { resourceGroup: 'rg-network' }) },
      privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None' },
      provisioningState: 'Succeeded',
    },
  ],
};

/** A vault in the fixture subscription; `properties` overrides are merged into SECURE_PROPERTIES. */
export function vault(name: string, overrides: Partial<KeyVaultConfig['properties']> = {}, config: Partial<KeyVaultConfig> = {}, errors?: Record<string, string>): Resource {
  return armResource<KeyVaultConfig>(AZURE_TYPES.keyVault, name, { location: LOCATION, keys: [], secrets: [], certificates: [], ...config, properties: { ...SECURE_PROPERTIES, ...overrides } }, { errors });
}

/** The same vault with the legacy access-policy permission model. */
export const ACCESS_POLICY_MODEL: Partial<KeyVaultConfig['properties']> = {
  enableRbacAuthorization: false,
  accessPolicies: [{ tenantId: TENANT, objectId: '3b1f6c2e-9d4a-4f7b-8e21-5c6d7e8f9a01', permissions: { keys: ['get', 'list', 'wrapKey', 'unwrapKey'], secrets: ['get', 'list'] } }],
};

/** FAIL / PASS / NOT_APPLICABLE (other model, nothing enabled) / NOT_ASSESSED fixtures for an expiry rule. */
export function expiryFixtures(kind: 'keys' | 'secrets', model: 'rbac' | 'accessPolicy'): RuleFixture[] {
  const own = model === 'rbac' ? {} : ACCESS_POLICY_MODEL;
  const other = model === 'rbac' ? ACCESS_POLICY_MODEL : {};
  const items = (expires: string | undefined) => [
    { name: kind === 'keys' ? 'cmk-storage' : 'sql-admin-password', enabled: true, created: '2025-04-01T09:00:00.000Z', expires: '2027-04-01T09:00:00.000Z', ...(kind === 'keys' ? { rotationEnabled: true } : {}) },
    { name: kind === 'keys' ? 'jwt-signing' : 'partner-api-token', created: '2024-11-12T02:30:00.000Z', expires, ...(kind === 'keys' ? { rotationEnabled: false } : {}) },
    { name: kind === 'keys' ? 'old-signing' : 'retired-token', enabled: false, created: '2022-01-01T00:00:00.000Z' },
  ];
  return [
    { name: `an enabled ${kind === 'keys' ? 'key' : 'secret'} without expiry`, expect: 'FAIL', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', own, { [kind]: items(undefined) })] },
    { name: 'every enabled item expires (disabled ones ignored)', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', own, { [kind]: items('2026-12-31T00:00:00.000Z') })] },
    { name: 'vault of the other permission model', expect: 'NOT_APPLICABLE', target: vaultUid('kv-legacy'), resources: [vault('kv-legacy', other, { [kind]: items(undefined) })] },
    { name: 'no enabled items', expect: 'NOT_APPLICABLE', target: vaultUid('kv-empty'), resources: [vault('kv-empty', own, { [kind]: [] })] },
    { name: 'items not readable (no data-plane permission)', expect: 'NOT_ASSESSED', target: vaultUid('kv-locked'), resources: [vault('kv-locked', own, { [kind]: undefined }, { [kind]: 'AccessDenied' })] },
  ];
}
