import type { RuleFixture } from '../../../../../src/model/rule.js';
import { tenant } from '../../testing.js';

const TENANT_UID = tenant().uid;
const DEFAULTS = { allowedToCreateApps: true, allowedToCreateSecurityGroups: true, allowedToCreateTenants: true, allowedToReadOtherUsers: true, permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-low'] };

export const fixtures: RuleFixture[] = [
  { name: 'default: users can (allowedToCreateSecurityGroups true)', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters', defaultUserRolePermissions: DEFAULTS } })] },
  { name: 'restricted (allowedToCreateSecurityGroups false)', expect: 'PASS', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters', defaultUserRolePermissions: { ...DEFAULTS, allowedToCreateSecurityGroups: false } } })] },
  { name: 'authorization policy not readable', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { authorizationPolicy: 'Authorization_RequestDenied' })] },
];
