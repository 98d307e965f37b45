/** Fixture builders for the Entra ID rules. */
import { AZURE_TYPES, azureIds, type ApplicationConfig, type ConditionalAccessPolicyConfig, type DirectoryRoleAssignmentConfig, type UserConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { azureResource, TENANT, TENANT_SCOPE } from '../testing.js';

export const userUid = (id: string) => azureIds.graphObject(TENANT, 'users', id);
export const applicationUid = (id: string) => azureIds.graphObject(TENANT, 'applications', id);
export const caPolicyUid = (id: string) => azureIds.graphObject(TENANT, 'identity/conditionalAccess/policies', id);

/** Object ids used in the fixtures (Graph object ids are GUIDs). */
export const IDS = {
  alice: '0b6f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  bob: '1c7a7b3f-2d4e-4f60-9b0c-1d2e3f4a5b6c',
  carol: '2d8b8c40-3e5f-4071-8c1d-2e3f4a5b6c7d',
  dave: '3e9c9d51-4f60-4182-9d2e-3f4a5b6c7d8e',
  erin: '4fadae62-5071-4293-8e3f-4a5b6c7d8e9f',
  frank: '50bebf73-6182-43a4-9f40-5b6c7d8e9fa0',
  breakGlass1: '61cfc084-7293-44b5-a051-6c7d8e9fa0b1',
  breakGlass2: '72d0d195-83a4-45c6-b162-7d8e9fa0b1c2',
  adminsGroup: '83e1e2a6-94b5-46d7-8273-8e9fa0b1c2d3',
  spn: '94f2f3b7-a5c6-47e8-9384-9fa0b1c2d3e4',
} as const;

/** A member user with MFA registered; override what the fixture is about. */
export function user(id: string, upn: string, config: Partial<UserConfig> = {}, errors?: Record<string, string>): Resource {
  return azureResource<UserConfig>({
    type: AZURE_TYPES.user,
    uid: userUid(id),
    account: TENANT_SCOPE,
    region: 'global',
    name: upn,
    config: {
      id,
      userPrincipalName: upn,
      displayName: upn.split('@')[0],
      userType: 'Member',
      accountEnabled: true,
      createdDateTime: '2024-04-01T09:00:00Z',
      registration: { isMfaRegistered: true, isMfaCapable: true, isAdmin: false, isPasswordlessCapable: false, methodsRegistered: ['microsoftAuthenticatorPush', 'softwareOneTimePasscode'] },
      directoryRoles: [],
      ...config,
    },
    errors,
  });
}

export function application(id: string, displayName: string, config: Partial<ApplicationConfig> = {}): Resource {
  return azureResource<ApplicationConfig>({
    type: AZURE_TYPES.application,
    uid: applicationUid(id),
    account: TENANT_SCOPE,
    region: 'global',
    name: displayName,
    config: {
      id,
      appId: `a${id.slice(1)}`,
      displayName,
      signInAudience: 'AzureADMyOrg',
      createdDateTime: '2025-01-15T00:00:00Z',
      passwordCredentials: [],
      keyCredentials: [],
      ...config,
    },
  });
}

/** An enabled Conditional Access policy: all users (two break-glass accounts excluded), all apps, require MFA. */
export function caPolicy(id: string, displayName: string, config: Partial<ConditionalAccessPolicyConfig> = {}): Resource {
  return azureResource<ConditionalAccessPolicyConfig>({
    type: AZURE_TYPES.conditionalAccessPolicy,
    uid: caPolicyUid(id),
    account: TENANT_SCOPE,
    region: 'global',
    name: displayName,
    config: {
      id,
      displayName,
      state: 'enabled',
      createdDateTime: '2025-03-01T00:00:00Z',
      conditions: {
        clientAppTypes: ['all'],
        applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
        users: { includeUsers: ['All'], excludeUsers: [IDS.breakGlass1, IDS.breakGlass2], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
      },
      grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] },
      ...config,
    },
  });
}

/** An active directory role assignment at the tenant scope (`/`). */
export function directoryRoleAssignment(principalId: string, roleDefinitionId: string, config: Partial<DirectoryRoleAssignmentConfig> = {}): Resource {
  const id = `${roleDefinitionId.slice(0, 8)}${principalId}`;
  return azureResource<DirectoryRoleAssignmentConfig>({
    type: AZURE_TYPES.directoryRoleAssignment,
    uid: azureIds.graphObject(TENANT, 'roleManagement/directory/roleAssignments', id),
    account: TENANT_SCOPE,
    region: 'global',
    name: id,
    config: { id, principalId, principalType: 'user', roleDefinitionId, directoryScopeId: '/', ...config },
  });
}
