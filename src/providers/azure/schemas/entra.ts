/** Config schemas of the entra types (model/entra.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const ENTRA_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  // The tenant: tenantId is written by mamori; each policy is its own Graph call, absent when that call failed.
  'Microsoft.Graph/organization': {
    tenantId: 'string',
    displayName: 'string?',
    securityDefaultsEnabled: 'boolean?',
    authorizationPolicy: 'object?',
    groupUnifiedSettings: 'object?',
    deviceRegistrationPolicy: 'object?',
    adminConsentRequestEnabled: 'boolean?',
  },
  'Microsoft.Graph/users': {
    id: 'string',
    userPrincipalName: 'string',
    displayName: 'string|null?',
    userType: 'string|null?',
    accountEnabled: 'boolean|null?',
    createdDateTime: 'string|null?',
    registration: 'object?',
    directoryRoles: 'array?',
  },
  // Graph always returns both credential collections (empty when the app has none).
  'Microsoft.Graph/applications': {
    id: 'string',
    appId: 'string?',
    displayName: 'string|null?',
    signInAudience: 'string|null?',
    createdDateTime: 'string|null?',
    passwordCredentials: 'array',
    keyCredentials: 'array',
  },
  'Microsoft.Graph/conditionalAccessPolicies': {
    id: 'string',
    displayName: 'string?',
    state: 'string',
    conditions: 'object',
    grantControls: 'object|null?',
    sessionControls: 'object|null?',
    createdDateTime: 'string|null?',
    modifiedDateTime: 'string|null?',
  },
  'Microsoft.Graph/namedLocations': {
    id: 'string',
    displayName: 'string?',
    '@odata.type': 'string?',
    isTrusted: 'boolean?',
    ipRanges: 'array?',
    countriesAndRegions: 'array?',
  },
  'Microsoft.Graph/roleManagement/directory/roleAssignments': {
    id: 'string',
    principalId: 'string',
    principalType: 'string?',
    roleDefinitionId: 'string',
    roleName: 'string?',
    directoryScopeId: 'string?',
  },
};
