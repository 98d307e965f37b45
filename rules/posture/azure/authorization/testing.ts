/** Fixture builders for the Azure RBAC rules. */
import { AZURE_TYPES, azureScope, type RoleAssignmentConfig, type RoleDefinitionConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { azureResource, MANAGEMENT_GROUP, SUBSCRIPTION, TENANT } from '../testing.js';

export const SUB_SCOPE = `/subscriptions/${SUBSCRIPTION}`;
export const MG_SCOPE = `/providers/Microsoft.Management/managementGroups/${MANAGEMENT_GROUP}`;
export const ROOT_MG = TENANT;

const ROLE_NAMES: Record<string, string> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
};

/**
 * A role assignment. `scope` is `/` (root), a management group, the subscription or something in it;
 * it is recorded under the scope's own account (management groups: `managementGroups/<name>`) unless
 * `account` says otherwise (the collector may also list inherited ones under the subscription).
 */
export function roleAssignment(
  name: string,
  scope: string,
  role: string,
  principalId: string,
  principalType: 'User' | 'Group' | 'ServicePrincipal' = 'User',
  opts: { account?: string } = {},
): Resource {
  const mg = /managementGroups\/([^/]+)$/i.exec(scope)?.[1];
  const account = opts.account ?? (scope === '/' ? azureScope.managementGroup(ROOT_MG) : mg ? azureScope.managementGroup(mg) : SUBSCRIPTION);
  const id = `${scope === '/' ? '' : scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  return azureResource<RoleAssignmentConfig>({
    type: AZURE_TYPES.roleAssignment,
    uid: id,
    account,
    region: 'global',
    name,
    config: {
      id,
      name,
      scope,
      roleDefinitionId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId,
      principalType,
      roleName: ROLE_NAMES[role],
      createdOn: '2025-06-01T10:00:00.000Z' as never,
    },
  });
}

export function roleDefinition(name: string, config: Partial<RoleDefinitionConfig>, subscription = SUBSCRIPTION): Resource {
  const id = `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${name}`;
  return azureResource<RoleDefinitionConfig>({
    type: AZURE_TYPES.roleDefinition,
    uid: id,
    account: subscription,
    region: 'global',
    name: config.roleName ?? name,
    config: { id, name, roleType: 'CustomRole', assignableScopes: [`/subscriptions/${subscription}`], permissions: [{ actions: [], notActions: [], dataActions: [], notDataActions: [] }], ...config },
  });
}
