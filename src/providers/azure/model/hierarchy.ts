/** Management groups, subscriptions, locks, Azure RBAC and Azure Policy. Conventions: ./index.ts. */
import type { RoleAssignment, RoleDefinition } from '@azure/arm-authorization';
import type { ManagementLockObject } from '@azure/arm-locks';
import type { PolicyAssignment } from '@azure/arm-policy';

export interface ManagementGroupConfig {
  /** The group's name (its id segment), e.g. `mg-platform`; the tenant root group's name is the tenant id. */
  name: string;
  displayName?: string;
  tenantId: string;
  /** The parent group's name; absent for the tenant root group. */
  parent?: string;
  /** mamori: the ancestry above the group, nearest first. */
  ancestors: string[];
}

export interface SubscriptionConfig {
  subscriptionId: string;
  displayName?: string;
  /** `Enabled`, `Disabled`, `Warned`, `PastDue`, `Deleted` */
  state?: string;
  tenantId?: string;
  /** mamori: the management groups above the subscription, nearest first (root group last); empty when not readable. */
  managementGroupAncestors: string[];
  tags?: Record<string, string>;
}

export type ResourceGroupConfig = { name: string; location: string; provisioningState?: string };
export type LockConfig = Pick<ManagementLockObject, 'id' | 'name' | 'level' | 'notes'> & {
  /** mamori: the id of what the lock is on (subscription, resource group or resource), lower case. */
  lockedScope: string;
};
export type RoleDefinitionConfig = Pick<RoleDefinition, 'id' | 'name' | 'roleName' | 'roleType' | 'description' | 'permissions' | 'assignableScopes'>;
export type RoleAssignmentConfig = Pick<RoleAssignment, 'id' | 'name' | 'scope' | 'roleDefinitionId' | 'principalId' | 'principalType' | 'condition' | 'createdOn'> & {
  /** mamori: the role's name (`Owner`, `User Access Administrator`, a custom role's name), when resolved. */
  roleName?: string;
};

// ── Azure Policy ─────────────────────────────────────────────────────────────────────────────

/** The effect a definition takes, resolved from the assignment's parameters or the definition's defaults. */
export interface ResolvedPolicyDefinition {
  /** Lower-case definition id (`/providers/microsoft.authorization/policydefinitions/<guid>` for a built-in). */
  id: string;
  displayName?: string;
  policyType?: string;
  /** `deny`, `audit`, `auditIfNotExists`, `deployIfNotExists`, `modify`, `append`, `disabled`, `denyAction`, `manual`; lower case. */
  effect?: string;
  /** Within an initiative: the definition's reference id. */
  referenceId?: string;
}

export type PolicyAssignmentConfig = Pick<PolicyAssignment, 'id' | 'name' | 'displayName' | 'description' | 'scope' | 'notScopes' | 'policyDefinitionId' | 'enforcementMode' | 'parameters'> & {
  /** mamori: the assigned definition, or for an initiative (policy set) each member definition, with its effect resolved. */
  definitions?: ResolvedPolicyDefinition[];
  /** mamori: whether `policyDefinitionId` is an initiative (policy set definition). */
  isInitiative?: boolean;
};

export interface PolicyExemptionConfig {
  id: string;
  name: string;
  /** Where the exemption applies (management group, subscription, resource group or resource), lower case. */
  scope: string;
  policyAssignmentId: string;
  policyDefinitionReferenceIds?: string[];
  /** `Waiver` or `Mitigated` */
  exemptionCategory: string;
  expiresOn?: string;
  displayName?: string;
}

export interface PolicyStatesConfig {
  subscriptionId: string;
  /** Per assignment that applies to the subscription: how many resources are non-compliant (Policy Insights summary). */
  assignments: { policyAssignmentId: string; nonCompliantResources: number; nonCompliantPolicies: number }[];
}

/** Well-known role definition GUIDs (built-in roles have the same id in every tenant). */
export const BUILT_IN_ROLES = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  roleBasedAccessControlAdministrator: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
} as const;
