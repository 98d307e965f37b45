/**
 * Azure RBAC: role assignments of the subscription (at it, below it, and inherited from the
 * management groups above), each with its role's name resolved; the custom role definitions
 * assignable there, and the built-in roles some assignment uses (the ~600 others are not copied).
 */
import { AZURE_TYPES, azureScope, azureUid, type RoleAssignmentConfig, type RoleDefinitionConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { pick } from '../util.js';

/** Where something assigned at `scope` belongs: its subscription, or the management group it is on. */
export function accountOfScope(scope: string | undefined, fallback: string): string {
  const mg = scope ? /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)/i.exec(scope) : null;
  if (mg) return azureScope.managementGroup(mg[1]);
  const sub = scope ? /^\/subscriptions\/([^/]+)/i.exec(scope) : null;
  return sub ? azureScope.subscription(sub[1]) : fallback;
}

const guidOf = (id: string | undefined) => (id ? id.split('/').pop()!.toLowerCase() : '');

export const collector: AzureServiceCollector = {
  service: 'authorization',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.roleAssignment, AZURE_TYPES.roleDefinition],
  async collect(ctx) {
    const { AuthorizationManagementClient } = await import('@azure/arm-authorization');
    const client = ctx.clients.arm(AuthorizationManagementClient, ctx.scope.subscriptionId!);
    // The SDK puts the scope in the path as given: no leading slash.
    const scope = `subscriptions/${ctx.scope.subscriptionId}`;
    const [definitions, assignments] = await Promise.all([
      ctx.list('authorization.roleDefinitions.list', [AZURE_TYPES.roleDefinition], () => client.roleDefinitions.list(scope)),
      ctx.list('authorization.roleAssignments.listForSubscription', [AZURE_TYPES.roleAssignment], () => client.roleAssignments.listForSubscription()),
    ]);
    const byGuid = new Map((definitions ?? []).map((d) => [guidOf(d.id), d]));
    const used = new Set<string>();
    for (const a of assignments ?? []) {
      if (!a.id || !a.name) continue;
      const config: RoleAssignmentConfig = pick<RoleAssignmentConfig>(a, ['id', 'name', 'scope', 'roleDefinitionId', 'principalId', 'principalType', 'condition', 'createdOn']);
      const role = byGuid.get(guidOf(a.roleDefinitionId));
      if (role?.roleName) config.roleName = role.roleName;
      used.add(guidOf(a.roleDefinitionId));
      ctx.emit({ uid: azureUid(a.id), type: AZURE_TYPES.roleAssignment, name: a.name, account: accountOfScope(a.scope, ctx.account), config });
    }
    for (const d of definitions ?? []) {
      if (!d.id || !d.name) continue;
      if (d.roleType !== 'CustomRole' && !used.has(guidOf(d.id))) continue;
      const config = pick<RoleDefinitionConfig>(d, ['id', 'name', 'roleName', 'roleType', 'description', 'permissions', 'assignableScopes']);
      ctx.emit({ uid: azureUid(d.id), type: AZURE_TYPES.roleDefinition, name: d.roleName ?? d.name, config });
    }
  },
};
