/**
 * Entra ID through Microsoft Graph v1.0 (`@microsoft/microsoft-graph-client`), once per tenant:
 * the tenant's directory-wide policies (security defaults, authorization policy, Group.Unified
 * settings, device registration, admin consent requests), users with their MFA registration and
 * active directory roles, applications' credential metadata (never secret values or hints),
 * conditional access policies, named locations and directory role assignments.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CollectionErrorCode } from '../../../../model/types.js';
import { AZURE_TYPES, azureIds, type ApplicationConfig, type ConditionalAccessPolicyConfig, type DirectoryRoleAssignmentConfig, type NamedLocationConfig, type TenantConfig, type UserConfig } from '../../model/index.js';
import { azureErrorMessage, classifyAzureError } from '../errors.js';
import type { AzureCollectContext, AzureServiceCollector } from '../types.js';
import { fieldsFor, pick } from '../util.js';

const T = AZURE_TYPES;
const MAX_PAGES = 10_000;

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/** Every page of a Graph collection (`@odata.nextLink`). */
export async function graphList<T>(client: Client, graphBase: string, path: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | undefined = path;
  for (let i = 0; next; i++) {
    if (i >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages`);
    const page: Page<T> = await client.api(next).get();
    out.push(...(page.value ?? []));
    const link = page['@odata.nextLink'];
    // The link is absolute; the client is given the path under the version (it adds base and version).
    next = link ? link.replace(/^https?:\/\/[^/]+\/v1\.0/i, '').replace(new RegExp(`^${graphBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/v1\\.0`, 'i'), '') : undefined;
  }
  return out;
}

const USER_SELECT = 'id,userPrincipalName,displayName,userType,accountEnabled,createdDateTime';
const APP_SELECT = 'id,appId,displayName,signInAudience,createdDateTime,passwordCredentials,keyCredentials';

type Cred = { keyId?: string; displayName?: string | null; startDateTime?: string | null; endDateTime?: string | null; type?: string | null; usage?: string | null };

async function tenantPolicies(ctx: AzureCollectContext, client: Client, tenantId: string) {
  const uid = azureIds.tenant(tenantId);
  const errors: Record<string, string> = {};
  const config: TenantConfig = { tenantId };
  const read = async <R>(field: string, operation: string, path: string, use: (r: R) => void, absent?: (err: unknown) => boolean) => {
    const r = await ctx.detail(errors, uid, field, operation, () => client.api(path).get() as Promise<R>, absent);
    if (r) use(r);
  };
  await Promise.all([
    read<Page<{ displayName?: string }>>('displayName', 'graph.organization.list', '/organization?$select=id,displayName', (r) => {
      const name = r.value?.[0]?.displayName;
      if (name) config.displayName = name;
    }),
    read<{ isEnabled?: boolean }>('securityDefaultsEnabled', 'graph.identitySecurityDefaultsEnforcementPolicy.get', '/policies/identitySecurityDefaultsEnforcementPolicy', (r) => {
      if (typeof r.isEnabled === 'boolean') config.securityDefaultsEnabled = r.isEnabled;
    }),
    read<Record<string, unknown>>('authorizationPolicy', 'graph.authorizationPolicy.get', '/policies/authorizationPolicy', (r) => {
      const policy = Array.isArray((r as Page<unknown>).value) ? ((r as Page<Record<string, unknown>>).value![0] ?? {}) : r;
      config.authorizationPolicy = pick(policy, ['allowInvitesFrom', 'allowedToSignUpEmailBasedSubscriptions', 'allowEmailVerifiedUsersToJoinOrganization', 'blockMsolPowerShell', 'defaultUserRolePermissions', 'guestUserRoleId', 'allowedToUseSSPR', 'allowUserConsentForRiskyApps']);
    }),
    read<Page<{ displayName?: string; templateId?: string; values?: { name?: string; value?: string }[] }>>('groupUnifiedSettings', 'graph.groupSettings.list', '/groupSettings', (r) => {
      const unified = r.value?.find((s) => s.displayName === 'Group.Unified' || s.templateId === '62375ab9-6b52-47ed-826b-58e47e0e304b');
      if (unified) config.groupUnifiedSettings = Object.fromEntries((unified.values ?? []).filter((v) => v.name).map((v) => [v.name!, v.value ?? '']));
    }),
    read<{ multiFactorAuthConfiguration?: string; userDeviceQuota?: number }>('deviceRegistrationPolicy', 'graph.deviceRegistrationPolicy.get', '/policies/deviceRegistrationPolicy', (r) => {
      config.deviceRegistrationPolicy = pick(r, ['multiFactorAuthConfiguration', 'userDeviceQuota']);
    }),
    read<{ isEnabled?: boolean }>('adminConsentRequestEnabled', 'graph.adminConsentRequestPolicy.get', '/policies/adminConsentRequestPolicy', (r) => {
      if (typeof r.isEnabled === 'boolean') config.adminConsentRequestEnabled = r.isEnabled;
    }),
  ]);
  ctx.emit({ uid, type: T.tenant, name: config.displayName ?? tenantId, config, errors });
}

export const collector: AzureServiceCollector = {
  service: 'graph',
  scopes: ['tenant'],
  resourceTypes: [T.tenant, T.user, T.application, T.conditionalAccessPolicy, T.namedLocation, T.directoryRoleAssignment],
  async collect(ctx) {
    const tenantId = ctx.scope.tenantId!;
    const client = await ctx.clients.graph();
    const base = ctx.clients.endpoints.graph;
    const list = <R>(operation: string, types: string[], path: string) => ctx.get(operation, types, () => graphList<R>(client, base, path));
    const tenantUid = azureIds.tenant(tenantId);

    const [, users, registrations, roleDefinitions, roleAssignments] = await Promise.all([
      tenantPolicies(ctx, client, tenantId),
      list<{ id: string; userPrincipalName?: string } & Record<string, unknown>>('graph.users.list', [T.user], `/users?$select=${USER_SELECT}&$top=999`),
      // Registration report and role assignments are fields of users: their failure is marked on each user, not as a gap in the user listing.
      graphList<{ id: string } & Record<string, unknown>>(client, base, '/reports/authenticationMethods/userRegistrationDetails?$top=999').catch((err: unknown) => err as Error),
      list<{ id: string; displayName?: string; templateId?: string }>('graph.roleDefinitions.list', [T.directoryRoleAssignment], '/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId'),
      list<{ id: string; principalId?: string; roleDefinitionId?: string; directoryScopeId?: string; principal?: { '@odata.type'?: string } }>(
        'graph.roleAssignments.list',
        [T.directoryRoleAssignment],
        '/roleManagement/directory/roleAssignments?$expand=principal',
      ),
    ]);

    // Directory role assignments, with the role's name.
    const roleName = new Map<string, string>();
    for (const d of roleDefinitions ?? []) {
      if (d.displayName) {
        roleName.set(d.id.toLowerCase(), d.displayName);
        if (d.templateId) roleName.set(d.templateId.toLowerCase(), d.displayName);
      }
    }
    const rolesOf = new Map<string, string[]>();
    for (const a of roleAssignments ?? []) {
      if (!a.id || !a.principalId || !a.roleDefinitionId) continue;
      const type = a.principal?.['@odata.type']?.replace('#microsoft.graph.', '');
      const config: DirectoryRoleAssignmentConfig = { id: a.id, principalId: a.principalId, roleDefinitionId: a.roleDefinitionId, ...(type ? { principalType: type } : {}), ...(a.directoryScopeId ? { directoryScopeId: a.directoryScopeId } : {}) };
      const name = roleName.get(a.roleDefinitionId.toLowerCase());
      if (name) config.roleName = name;
      const list = rolesOf.get(a.principalId.toLowerCase()) ?? [];
      list.push(name ?? a.roleDefinitionId);
      rolesOf.set(a.principalId.toLowerCase(), list);
      ctx.emit({ uid: azureIds.graphObject(tenantId, 'roleManagement/directory/roleAssignments', a.id), type: T.directoryRoleAssignment, name: name ?? a.id, config });
    }

    // Users, with registration details and roles (or the reason each is missing).
    let registrationError: CollectionErrorCode | undefined;
    const registrationOf = new Map<string, Record<string, unknown>>();
    if (registrations instanceof Error) {
      registrationError = classifyAzureError(registrations);
      ctx.record({ operation: 'graph.userRegistrationDetails.list', code: registrationError as CollectionErrorCode, message: azureErrorMessage(registrations), resourceUid: tenantUid });
    } else {
      for (const r of registrations) if (r.id) registrationOf.set(r.id.toLowerCase(), r);
    }
    const rolesError = roleAssignments === undefined ? 'AccessDenied' : undefined;
    for (const u of users ?? []) {
      if (!u.id || !u.userPrincipalName) continue;
      const errors: Record<string, string> = {};
      const config = pick<UserConfig>(u, fieldsFor(T.user, ['id', 'userPrincipalName', 'displayName', 'userType', 'accountEnabled', 'createdDateTime']).filter((f) => f !== 'registration' && f !== 'directoryRoles'));
      const reg = registrationOf.get(u.id.toLowerCase());
      if (registrationError) errors.registration = registrationError;
      else if (reg) config.registration = pick(reg, ['isMfaRegistered', 'isMfaCapable', 'isAdmin', 'methodsRegistered', 'isPasswordlessCapable', 'isSsprRegistered', 'isSsprCapable', 'defaultMfaMethod', 'userPreferredMethodForSecondaryAuthentication']);
      if (rolesError) errors.directoryRoles = rolesError;
      else config.directoryRoles = rolesOf.get(u.id.toLowerCase()) ?? [];
      ctx.emit({ uid: azureIds.graphObject(tenantId, 'users', u.id), type: T.user, name: u.userPrincipalName, config, errors });
    }

    const [apps, policies, locations] = await Promise.all([
      list<{ id: string; passwordCredentials?: Cred[]; keyCredentials?: Cred[] } & Record<string, unknown>>('graph.applications.list', [T.application], `/applications?$select=${APP_SELECT}&$top=999`),
      list<{ id: string } & Record<string, unknown>>('graph.conditionalAccessPolicies.list', [T.conditionalAccessPolicy], '/identity/conditionalAccess/policies'),
      list<{ id: string; '@odata.type'?: string } & Record<string, unknown>>('graph.namedLocations.list', [T.namedLocation], '/identity/conditionalAccess/namedLocations'),
    ]);
    for (const a of apps ?? []) {
      if (!a.id) continue;
      // Only metadata: a password credential's `hint` and `secretText`, a key's `key` are never copied.
      const config: ApplicationConfig = {
        ...pick<ApplicationConfig>(a, ['appId', 'displayName', 'signInAudience', 'createdDateTime']),
        id: a.id,
        passwordCredentials: (a.passwordCredentials ?? []).map((c) => pick(c, ['keyId', 'displayName', 'startDateTime', 'endDateTime'])),
        keyCredentials: (a.keyCredentials ?? []).map((c) => pick(c, ['keyId', 'displayName', 'startDateTime', 'endDateTime', 'type', 'usage'])),
      };
      ctx.emit({ uid: azureIds.graphObject(tenantId, 'applications', a.id), type: T.application, name: String(a.displayName ?? a.id), config });
    }
    for (const p of policies ?? []) {
      if (!p.id) continue;
      const config = { ...pick<ConditionalAccessPolicyConfig>(p, fieldsFor(T.conditionalAccessPolicy, ['displayName', 'state', 'conditions', 'grantControls', 'sessionControls', 'createdDateTime', 'modifiedDateTime'])), id: p.id };
      ctx.emit({ uid: azureIds.graphObject(tenantId, 'identity/conditionalAccess/policies', p.id), type: T.conditionalAccessPolicy, name: String(p.displayName ?? p.id), config });
    }
    for (const l of locations ?? []) {
      if (!l.id) continue;
      const config = pick<NamedLocationConfig>(l, ['id', '@odata.type', 'displayName', 'isTrusted', 'ipRanges', 'countriesAndRegions', 'includeUnknownCountriesAndRegions', 'countryLookupMethod', 'createdDateTime', 'modifiedDateTime']);
      ctx.emit({ uid: azureIds.graphObject(tenantId, 'identity/conditionalAccess/namedLocations', l.id), type: T.namedLocation, name: String(l.displayName ?? l.id), config });
    }
  },
};
