/** Shared fixture scopes and builders for the Azure rules (each service folder adds its own builders). */
import { AZURE_TYPES, azureIds, azureScope, azureUid, type SubscriptionConfig, type TenantConfig } from '../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../src/model/types.js';

/** Fixture scopes: the "home" subscription under a management group, a second subscription, and the tenant. */
export const TENANT = '8f1c2d3e-4a5b-4c6d-8e7f-901234567890';
export const SUBSCRIPTION = '11111111-2222-4333-8444-555555555555';
export const OTHER_SUBSCRIPTION = '66666666-7777-4888-8999-000000000000';
export const MANAGEMENT_GROUP = 'mg-landing-zones';
export const RESOURCE_GROUP = 'rg-app';
export const LOCATION = 'japaneast';
export const TENANT_SCOPE = azureScope.tenant(TENANT);

/** The ARM id of a resource in the home subscription: `armId('Microsoft.Storage/storageAccounts', 'st1')`. */
export function armId(type: string, name: string, opts: { subscription?: string; resourceGroup?: string } = {}): string {
  return `/subscriptions/${opts.subscription ?? SUBSCRIPTION}/resourceGroups/${opts.resourceGroup ?? RESOURCE_GROUP}/providers/${type}/${name}`;
}

/** Builds an Azure fixture resource; only type, uid and config are required (uid is lower-cased as the collector does). */
export function azureResource<C extends object>(
  r: { type: string; uid: string; config: C } & Partial<Omit<Resource<C>, 'type' | 'uid' | 'config'>>,
): Resource {
  return {
    provider: 'azure',
    account: SUBSCRIPTION,
    region: LOCATION,
    name: r.uid.split('/').pop() ?? r.uid,
    tags: {},
    ...r,
    uid: azureUid(r.uid),
    config: r.config as Record<string, unknown>,
  };
}

/** An ARM resource in the home subscription: uid, name and `config.id`/`config.name` from the type and name. */
export function armResource<C extends object>(
  type: string,
  name: string,
  config: Partial<C>,
  extra: Partial<Omit<Resource<C>, 'type' | 'uid' | 'config'>> & { subscription?: string; resourceGroup?: string } = {},
): Resource {
  const { subscription, resourceGroup, ...rest } = extra;
  const id = armId(type, name, { subscription, resourceGroup });
  return azureResource({ type, uid: id, name, account: subscription ?? SUBSCRIPTION, config: { id, name, ...config }, ...rest });
}

/** The fixture subscription resource (under MANAGEMENT_GROUP), with optional overrides. */
export function subscription(config: Partial<SubscriptionConfig> = {}, subscriptionId = SUBSCRIPTION, errors?: Record<string, string>): Resource {
  return azureResource<SubscriptionConfig>({
    type: AZURE_TYPES.subscription,
    uid: azureIds.subscription(subscriptionId),
    account: subscriptionId,
    region: 'global',
    name: 'sub-prod',
    config: { subscriptionId, displayName: 'sub-prod', state: 'Enabled', tenantId: TENANT, managementGroupAncestors: [MANAGEMENT_GROUP, TENANT], ...config },
    errors,
  });
}

/** The fixture tenant resource (Entra ID directory-wide settings). */
export function tenant(config: Partial<TenantConfig> = {}, errors?: Record<string, string>): Resource {
  return azureResource<TenantConfig>({
    type: AZURE_TYPES.tenant,
    uid: azureIds.tenant(TENANT),
    account: TENANT_SCOPE,
    region: 'global',
    name: 'contoso',
    config: { tenantId: TENANT, displayName: 'Contoso', ...config },
    errors,
  });
}
