/** Config schemas of the hierarchy types (model/hierarchy.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const HIERARCHY_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.Management/managementGroups': { name: 'string', displayName: 'string?', tenantId: 'string', parent: 'string?', ancestors: 'array' },
  'Microsoft.Resources/subscriptions': { subscriptionId: 'string', displayName: 'string?', state: 'string?', tenantId: 'string?', managementGroupAncestors: 'array', tags: 'object?' },
  'Microsoft.Resources/resourceGroups': { name: 'string', location: 'string', provisioningState: 'string?' },
  // ARM always returns a lock's level; lockedScope is written by mamori.
  'Microsoft.Authorization/locks': { id: 'string', name: 'string', level: 'string', notes: 'string?', lockedScope: 'string' },
  // ARM always returns these for built-in and custom roles alike.
  'Microsoft.Authorization/roleDefinitions': {
    id: 'string',
    name: 'string',
    roleName: 'string?',
    roleType: 'string',
    description: 'string?',
    permissions: 'array',
    assignableScopes: 'array',
  },
  'Microsoft.Authorization/roleAssignments': {
    id: 'string',
    name: 'string',
    scope: 'string',
    roleDefinitionId: 'string',
    principalId: 'string',
    principalType: 'string?',
    condition: 'string|null?',
    createdOn: 'string?',
    roleName: 'string?',
  },
  'Microsoft.Authorization/policyAssignments': {
    id: 'string',
    name: 'string',
    displayName: 'string?',
    description: 'string?',
    scope: 'string?',
    notScopes: 'array?',
    policyDefinitionId: 'string?',
    enforcementMode: 'string?',
    parameters: 'object?',
    definitions: 'array?',
    isInitiative: 'boolean?',
  },
  'Microsoft.Authorization/policyExemptions': {
    id: 'string',
    name: 'string',
    scope: 'string?',
    policyAssignmentId: 'string?',
    policyDefinitionReferenceIds: 'array?',
    exemptionCategory: 'string?',
    expiresOn: 'string?',
    displayName: 'string?',
  },
  'Microsoft.PolicyInsights/policyStates': { subscriptionId: 'string', assignments: 'array' },
};
