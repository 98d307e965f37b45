import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as criticalResourcesLocked } from './azure-authorization-critical-resources-locked/rule.js';
import { rule as disabledUsersNoRoles } from './azure-authorization-disabled-users-no-roles/rule.js';
import { rule as lockAdminCustomRole } from './azure-authorization-lock-admin-custom-role/rule.js';
import { rule as noCustomOwnerRoles } from './azure-authorization-no-custom-owner-roles/rule.js';
import { rule as noGuestPrivilegedRoles } from './azure-authorization-no-guest-privileged-roles/rule.js';
import { rule as noRootScopePrivilegedRoles } from './azure-authorization-no-root-scope-privileged-roles/rule.js';
import { rule as nonPrivilegedAssignmentsReviewed } from './azure-authorization-non-privileged-assignments-reviewed/rule.js';
import { rule as privilegedAssignmentsReviewed } from './azure-authorization-privileged-assignments-reviewed/rule.js';
import { rule as subscriptionOwnersCount } from './azure-authorization-subscription-owners-count/rule.js';
import { rule as subscriptionTransferRestricted } from './azure-authorization-subscription-transfer-restricted/rule.js';
import { rule as userAccessAdminRestricted } from './azure-authorization-user-access-admin-restricted/rule.js';

export const rules: PostureRule[] = [
  userAccessAdminRestricted,
  privilegedAssignmentsReviewed,
  disabledUsersNoRoles,
  nonPrivilegedAssignmentsReviewed,
  noCustomOwnerRoles,
  lockAdminCustomRole,
  subscriptionTransferRestricted,
  subscriptionOwnersCount,
  noGuestPrivilegedRoles,
  noRootScopePrivilegedRoles,
  criticalResourcesLocked,
];
