/**
 * Azure RBAC role assignments that apply to a subscription: those in the subscription (at its
 * scope or below) and those inherited from the management groups above it and the root scope `/`.
 * The collector may record an inherited assignment under the subscription (as
 * `roleAssignments.listForSubscription` returns it) or under the management group it is made on
 * (scope `managementGroups/<name>`); both are read, once each.
 */
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { AZURE_TYPES, azureIds, azureScope, BUILT_IN_ROLES, type RoleAssignmentConfig, type SubscriptionConfig, type UserConfig } from '../../../../src/providers/azure/model/index.js';

export type ScopeLevel = 'root' | 'managementGroup' | 'subscription' | 'resourceGroup' | 'resource';

export interface AppliedAssignment {
  resource: Resource<RoleAssignmentConfig>;
  /** Lower-case role definition GUID. */
  role: string;
  principalId: string;
  principalType: string;
  scope: string;
  level: ScopeLevel;
}

/** The GUID at the end of a role definition id. */
export const roleGuid = (roleDefinitionId: string | undefined) => (roleDefinitionId ?? '').split('/').pop()!.toLowerCase();

/** Where a scope sits, or undefined when it does not apply to the subscription. */
export function scopeLevel(scope: string, subscriptionId: string, ancestors: readonly string[]): ScopeLevel | undefined {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  if (s === '') return 'root';
  const sub = azureIds.subscription(subscriptionId);
  if (s === sub) return 'subscription';
  if (s.startsWith(`${sub}/`)) return /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s) ? 'resourceGroup' : 'resource';
  if (ancestors.some((g) => s === azureIds.managementGroup(g))) return 'managementGroup';
  return undefined;
}

/** Every role assignment that applies to the subscription, deduplicated by id. */
export function assignmentsApplyingTo(sub: Resource<SubscriptionConfig>, ctx: EvaluationContext): AppliedAssignment[] {
  const subscriptionId = (sub.config.subscriptionId ?? sub.account).toLowerCase();
  const ancestors = sub.config.managementGroupAncestors ?? [];
  const accounts = [azureScope.subscription(subscriptionId), ...ancestors.map((g) => azureScope.managementGroup(g))];
  const seen = new Set<string>();
  const out: AppliedAssignment[] = [];
  for (const account of accounts) {
    for (const r of ctx.resources<RoleAssignmentConfig>(AZURE_TYPES.roleAssignment, { account })) {
      if (seen.has(r.uid)) continue;
      seen.add(r.uid);
      const c = r.config;
      const scope = c.scope ?? '';
      const level = scopeLevel(scope, subscriptionId, ancestors);
      if (!level || !c.principalId) continue;
      out.push({ resource: r, role: roleGuid(c.roleDefinitionId), principalId: c.principalId.toLowerCase(), principalType: c.principalType ?? 'Unknown', scope, level });
    }
  }
  return out;
}

/** Small evidence for an assignment. */
export const describeAssignment = (a: AppliedAssignment) => ({
  role: a.resource.config.roleName ?? a.role,
  principalId: a.principalId,
  principalType: a.principalType,
  scope: a.scope || '/',
});

/** Azure RBAC's "privileged administrator roles": they grant full access or let the holder assign roles. */
export const PRIVILEGED_ROLES: Record<string, string> = {
  [BUILT_IN_ROLES.owner]: 'Owner',
  [BUILT_IN_ROLES.contributor]: 'Contributor',
  [BUILT_IN_ROLES.userAccessAdministrator]: 'User Access Administrator',
  [BUILT_IN_ROLES.roleBasedAccessControlAdministrator]: 'Role Based Access Control Administrator',
};

export interface UserLookup {
  /** The user, or undefined when the principal is not among the collected users. */
  get(principalId: string): Resource<UserConfig> | undefined;
  /** Whether the users of the tenant are known completely (collected, and their listing did not fail). */
  complete: boolean;
  tenantScope?: string;
}

/** Looks up Entra ID users of the subscription's tenant (scope `tenants/<id>`). */
export function usersOf(sub: Resource<SubscriptionConfig>, ctx: EvaluationContext): UserLookup {
  const tenantId = sub.config.tenantId;
  if (!tenantId) return { get: () => undefined, complete: false };
  const tenantScope = azureScope.tenant(tenantId);
  const failed = (ctx.listingErrors?.(tenantScope) ?? []).some((e) => e.service === 'graph' && (!e.resourceTypes || e.resourceTypes.includes(AZURE_TYPES.user)));
  const any = ctx.resources(AZURE_TYPES.user, { account: tenantScope }).length > 0;
  return {
    get: (principalId) => ctx.byUid<UserConfig>(azureIds.graphObject(tenantId, 'users', principalId)),
    complete: any && !failed,
    tenantScope,
  };
}
