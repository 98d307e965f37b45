/** How each provider names itself and its scopes in the formats the field uses (OCSF). */
import type { Provider } from './types.js';

/** OCSF `cloud.provider` values and `account.type` / `type_id` of a scope (OCSF 1.1 account type ids). */
const OCSF: Record<Provider, { provider: string; accountType: string; accountTypeId: number }> = {
  aws: { provider: 'AWS', accountType: 'AWS Account', accountTypeId: 10 },
  gcp: { provider: 'GCP', accountType: 'GCP Project', accountTypeId: 11 },
  azure: { provider: 'Azure', accountType: 'Azure Subscription', accountTypeId: 13 },
};

/**
 * The OCSF `cloud` object of a finding: provider, scope (`account`), region, and the organisation
 * or folder path above the scope when it is known (`org`: the organisation; `folders`: mamori's own
 * extension in `unmapped` is not needed, the path is in `org.name` order).
 */
export function ocsfCloud(provider: Provider, account: string, region: string, scopePath?: string[]) {
  const o = OCSF[provider];
  // Organisation-level scopes (organizations/1, folders/2, managementGroups/mg, tenants/t) are not
  // accounts of the provider's kind.
  const orgNode = /^(organizations|folders|managementGroups|tenants)\//.test(account);
  const org = scopePath?.find((p) => p.startsWith('organizations/')) ?? (account.startsWith('organizations/') ? account : undefined);
  return {
    provider: o.provider,
    account: orgNode ? { uid: account, type: 'Other', type_id: 99 } : { uid: account, type: o.accountType, type_id: o.accountTypeId },
    region,
    ...(org ? { org: { uid: org.slice('organizations/'.length) } } : {}),
  };
}

/** The provider a resource identifier belongs to, when a source does not say (imports, old hub rows). */
export function providerOfUid(uid: string): Provider | undefined {
  if (uid.startsWith('arn:')) return 'aws';
  if (uid.startsWith('//') || /^projects\/[^/]+/.test(uid) || /^(organizations|folders)\/\d+/.test(uid)) return 'gcp';
  if (/^\/subscriptions\//i.test(uid) || /^\/providers\/Microsoft\./i.test(uid)) return 'azure';
  return undefined;
}
