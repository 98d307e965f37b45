import type { RuleFixture } from '../../../../../src/model/rule.js';
import { tenant } from '../../testing.js';

const TENANT_UID = tenant().uid;

export const fixtures: RuleFixture[] = [
  { name: 'default: everyone can invite', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'everyone', guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3' } })] },
  { name: 'all members can invite', expect: 'FAIL', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'adminsGuestInvitersAndAllMembers' } })] },
  { name: 'admins and Guest Inviters only', expect: 'PASS', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters' } })] },
  { name: 'no one can invite', expect: 'PASS', target: TENANT_UID, resources: [tenant({ authorizationPolicy: { allowInvitesFrom: 'none' } })] },
  { name: 'authorization policy not readable', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant({}, { authorizationPolicy: 'Authorization_RequestDenied' })] },
];
