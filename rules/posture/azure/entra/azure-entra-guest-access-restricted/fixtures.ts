import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GUEST_USER_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { tenant } from '../../testing.js';

const TENANT_UID = tenant().uid;

export const fixtures: RuleFixture[] = [
  { name: 'default limited guest access', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'everyone', guestUserRoleId: GUEST_USER_ROLES.guest } })] },
  { name: 'guests have member access', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'everyone', guestUserRoleId: GUEST_USER_ROLES.member } })] },
  { name: 'restricted guest user', expect: 'PASS', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'everyone', guestUserRoleId: GUEST_USER_ROLES.restrictedGuest } })] },
  { name: 'authorization policy not readable', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { authorizationPolicy: 'Authorization_RequestDenied' })] },
];
