import type { RuleFixture } from '../../../../../src/model/rule.js';
import { BUILT_IN_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { subscription, SUBSCRIPTION } from '../../testing.js';
import { MG_SCOPE, roleAssignment } from '../testing.js';

const SUB_UID = subscription().uid;
const P = 'f00dcafe-0000-4000-8000-000000000001';

export const fixtures: RuleFixture[] = [
  { name: 'Owner at root scope', expect: 'FAIL', target: SUB_UID, resources: [subscription(), roleAssignment('f0000000-0000-4000-8000-000000000001', '/', BUILT_IN_ROLES.owner, P)] },
  {
    name: 'elevated access at root, listed with the subscription',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), roleAssignment('f0000000-0000-4000-8000-000000000002', '/', BUILT_IN_ROLES.userAccessAdministrator, P, 'User', { account: SUBSCRIPTION })],
  },
  { name: 'Owner on the management group only; Reader at root', expect: 'PASS', target: SUB_UID, resources: [subscription(), roleAssignment('f0000000-0000-4000-8000-000000000003', MG_SCOPE, BUILT_IN_ROLES.owner, P, 'Group'), roleAssignment('f0000000-0000-4000-8000-000000000004', '/', 'acdd72a7-3385-48ef-bd42-f606fba81ae7', P)] },
  {
    name: 'role assignments not collectable',
    expect: 'NOT_ASSESSED',
    target: SUB_UID,
    resources: [subscription()],
    errors: [{ provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'authorization', operation: 'roleAssignments.listForSubscription', code: 'AccessDenied', message: 'AuthorizationFailed' }],
  },
];
