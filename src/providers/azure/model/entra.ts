/** Entra ID, read through Microsoft Graph v1.0. Conventions: ./index.ts. */
import type { Application, AuthorizationPolicy, ConditionalAccessPolicy, NamedLocation, UserRegistrationDetails } from '@microsoft/microsoft-graph-types';

export interface TenantConfig {
  tenantId: string;
  displayName?: string;
  /** identitySecurityDefaultsEnforcementPolicy.isEnabled */
  securityDefaultsEnabled?: boolean;
  authorizationPolicy?: Pick<AuthorizationPolicy, 'allowInvitesFrom' | 'allowedToSignUpEmailBasedSubscriptions' | 'allowEmailVerifiedUsersToJoinOrganization' | 'blockMsolPowerShell' | 'defaultUserRolePermissions' | 'guestUserRoleId'>;
  /** The `Group.Unified` directory setting's values (`EnableGroupCreation`, …); absent when the tenant keeps the defaults. */
  groupUnifiedSettings?: Record<string, string>;
  /** deviceRegistrationPolicy (beta-free fields): whether joining or registering devices needs MFA. */
  deviceRegistrationPolicy?: { multiFactorAuthConfiguration?: string; userDeviceQuota?: number };
  /** adminConsentRequestPolicy.isEnabled */
  adminConsentRequestEnabled?: boolean;
}

export interface UserConfig {
  id: string;
  userPrincipalName: string;
  displayName?: string;
  /** `Member` or `Guest` */
  userType?: string;
  accountEnabled?: boolean;
  createdDateTime?: string;
  /** mamori: the user's MFA registration, from the authentication-methods registration report. */
  registration?: Pick<UserRegistrationDetails, 'isMfaRegistered' | 'isMfaCapable' | 'isAdmin' | 'methodsRegistered' | 'isPasswordlessCapable'>;
  /** mamori: the directory roles assigned to the user (role display names), active assignments. */
  directoryRoles?: string[];
}

export type ApplicationConfig = Pick<Application, 'appId' | 'displayName' | 'signInAudience' | 'createdDateTime'> & {
  id: string;
  passwordCredentials?: { keyId?: string; displayName?: string | null; startDateTime?: string | null; endDateTime?: string | null }[];
  keyCredentials?: { keyId?: string; displayName?: string | null; startDateTime?: string | null; endDateTime?: string | null; type?: string | null; usage?: string | null }[];
};

export type ConditionalAccessPolicyConfig = Pick<ConditionalAccessPolicy, 'displayName' | 'state' | 'conditions' | 'grantControls' | 'sessionControls' | 'createdDateTime' | 'modifiedDateTime'> & { id: string };
export type NamedLocationConfig = NamedLocation & {
  id: string;
  /** `#microsoft.graph.ipNamedLocation` or `#microsoft.graph.countryNamedLocation` */
  '@odata.type'?: string;
  isTrusted?: boolean;
  ipRanges?: { cidrAddress?: string }[];
  countriesAndRegions?: string[];
};

export interface DirectoryRoleAssignmentConfig {
  id: string;
  principalId: string;
  /** `user`, `group`, `servicePrincipal` (from the principal's @odata.type) */
  principalType?: string;
  roleDefinitionId: string;
  /** The role's display name (`Global Administrator`). */
  roleName?: string;
  directoryScopeId?: string;
}

/** Entra ID directory role template ids (the same in every tenant). */
export const DIRECTORY_ROLES = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  /** Held by the Microsoft Entra Connect sync account; Conditional Access templates exclude it. */
  directorySynchronizationAccounts: 'd29b2b05-8046-44ba-8758-1e26182fcf32',
} as const;

/** `authorizationPolicy.guestUserRoleId` values: what guests can see in the directory. */
export const GUEST_USER_ROLES = {
  /** Guests have the same access as members (most inclusive). */
  member: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
  /** Guests have limited access to properties and memberships of directory objects (the default). */
  guest: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
  /** Guests can see only their own directory objects (most restrictive). */
  restrictedGuest: '2af84b1e-32c8-42b7-82bc-daa82404023b',
} as const;

/** Application (client) ids of Microsoft first-party apps that Conditional Access policies target. */
export const WELL_KNOWN_APPS = {
  /** "Windows Azure Service Management API" (Azure Resource Manager: portal, Azure CLI, PowerShell, ARM templates). */
  azureManagement: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
} as const;
