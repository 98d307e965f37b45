/**
 * Key Vault (SDK `@azure/arm-keyvault`, management plane only): vaults with their access
 * configuration, and the metadata of their keys (with rotation policy) and secrets — names,
 * enabled, expiry. Secret values are never requested (the management-plane list does not carry
 * them, and nothing but metadata is copied).
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid, type KeyVaultConfig, type VaultItemMetadata } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { armParts, pick } from '../util.js';

const VAULT_PROPERTIES = [
  'tenantId', 'sku', 'enableSoftDelete', 'softDeleteRetentionInDays', 'enablePurgeProtection', 'enableRbacAuthorization', 'networkAcls', 'publicNetworkAccess',
  'privateEndpointConnections', 'accessPolicies', 'enabledForDeployment', 'enabledForDiskEncryption', 'enabledForTemplateDeployment', 'vaultUri',
];
/** Keys read one by one for their rotation policy when the listing leaves it out. */
const MAX_KEY_GETS = 100;

/** An attribute time (epoch seconds for keys, Date for secrets) as ISO. */
function iso(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000).toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return undefined;
}

function metadata(name: string, attributes: { enabled?: boolean; expires?: unknown; created?: unknown } | undefined): VaultItemMetadata {
  const m: VaultItemMetadata = { name };
  if (attributes?.enabled !== undefined) m.enabled = attributes.enabled;
  const expires = iso(attributes?.expires);
  if (expires) m.expires = expires;
  const created = iso(attributes?.created);
  if (created) m.created = created;
  return m;
}

const rotates = (policy: { lifetimeActions?: { action?: { type?: string } }[] } | undefined) => (policy?.lifetimeActions ?? []).some((a) => a.action?.type?.toLowerCase() === 'rotate');

export const collector: AzureServiceCollector = {
  service: 'keyvault',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.keyVault],
  gatedBy: [AZURE_TYPES.keyVault],
  async collect(ctx) {
    const { KeyVaultManagementClient } = await import('@azure/arm-keyvault');
    const client = ctx.clients.arm(KeyVaultManagementClient, ctx.scope.subscriptionId!);
    const vaults = await ctx.list('keyvault.vaults.listBySubscription', [AZURE_TYPES.keyVault], () => client.vaults.listBySubscription());
    await mapPool(vaults ?? [], 4, async (v) => {
      if (!v.id || !v.name) return;
      const { resourceGroup, name, uid } = armParts(v.id);
      const errors: Record<string, string> = {};
      const config = {
        id: v.id,
        name: v.name,
        location: v.location ?? '',
        properties: pick<KeyVaultConfig['properties']>(v.properties, VAULT_PROPERTIES),
      } as KeyVaultConfig;
      const keys = await ctx.detailList(errors, uid, 'keys', 'keyvault.keys.list', () => client.keys.list(resourceGroup, name));
      if (keys) {
        let gets = 0;
        config.keys = await mapPool(
          keys.filter((k) => k.name),
          4,
          async (k) => {
            const m = metadata(k.name!, k.attributes);
            let policy = k.rotationPolicy;
            if (!policy && gets++ < MAX_KEY_GETS) {
              const full = await ctx.detail({}, uid, 'keys', 'keyvault.keys.get', () => client.keys.get(resourceGroup, name, k.name!));
              if (full === undefined) return m;
              policy = full?.rotationPolicy;
            } else if (!policy) return m;
            m.rotationEnabled = rotates(policy);
            return m;
          },
        );
      }
      const secrets = await ctx.detailList(errors, uid, 'secrets', 'keyvault.secrets.list', () => client.secrets.list(resourceGroup, name));
      if (secrets) config.secrets = secrets.filter((s) => s.name).map((s) => metadata(s.name!, s.properties?.attributes));
      ctx.emit({ uid: azureUid(uid), type: AZURE_TYPES.keyVault, name: v.name, region: v.location, tags: v.tags, config, errors });
    });
  },
};
