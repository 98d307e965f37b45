import type { RuleFixture } from '../../../../../src/model/rule.js';
import { tenant } from '../../testing.js';

const TENANT_UID = tenant().uid;
const withConsent = (permissionGrantPoliciesAssigned: string[]) =>
  tenant({ authorizationPolicy: { allowInvitesFrom: 'everyone', defaultUserRolePermissions: { allowedToCreateApps: true, allowedToCreateSecurityGroups: true, allowedToReadOtherUsers: true, permissionGrantPoliciesAssigned } } });

export const fixtures: RuleFixture[] = [
  {
    name: 'legacy: users consent to any app',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [withConsent(['ManagePermissionGrantsForSelf.microsoft-user-default-legacy', 'ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team'])],
  },
  { name: 'verified publishers, low-impact permissions', expect: 'PASS', target: TENANT_UID, resources: [withConsent(['ManagePermissionGrantsForSelf.microsoft-user-default-low'])] },
  { name: 'user consent disabled', expect: 'PASS', target: TENANT_UID, resources: [withConsent([])] },
  { name: 'authorization policy not readable', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { authorizationPolicy: 'Authorization_RequestDenied' })] },
];
