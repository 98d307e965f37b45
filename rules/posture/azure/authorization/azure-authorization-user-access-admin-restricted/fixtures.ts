import type { RuleFixture } from '../../../../../src/model/rule.js';
import { BUILT_IN_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { subscription, SUBSCRIPTION } from '../../testing.js';
import { MG_SCOPE, roleAssignment, SUB_SCOPE } from '../testing.js';

const SUB_UID = subscription().uid;
const ALICE = '0b6f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const BOB = '1c7a7b3f-2d4e-4f60-9b0c-1d2e3f4a5b6c';
const owner = roleAssignment('a0000000-0000-4000-8000-000000000001', SUB_SCOPE, BUILT_IN_ROLES.owner, ALICE);

export const fixtures: RuleFixture[] = [
  {
    name: 'elevated access left at root scope (recorded under the tenant root group)',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), owner, roleAssignment('a0000000-0000-4000-8000-000000000002', '/', BUILT_IN_ROLES.userAccessAdministrator, BOB)],
  },
  {
    name: 'User Access Administrator at the subscription (listed with the subscription)',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), owner, roleAssignment('a0000000-0000-4000-8000-000000000003', SUB_SCOPE, BUILT_IN_ROLES.userAccessAdministrator, BOB, 'ServicePrincipal')],
  },
  {
    name: 'inherited from the parent management group, recorded under the subscription',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), roleAssignment('a0000000-0000-4000-8000-000000000004', MG_SCOPE, BUILT_IN_ROLES.userAccessAdministrator, BOB, 'Group', { account: SUBSCRIPTION })],
  },
  {
    name: 'only on one resource group, plus Owner at the subscription',
    expect: 'PASS',
    target: SUB_UID,
    resources: [subscription(), owner, roleAssignment('a0000000-0000-4000-8000-000000000005', `${SUB_SCOPE}/resourceGroups/rg-app`, BUILT_IN_ROLES.userAccessAdministrator, BOB)],
  },
  {
    name: 'role assignments not collectable',
    expect: 'NOT_ASSESSED',
    target: SUB_UID,
    resources: [subscription()],
    errors: [{ provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'authorization', operation: 'roleAssignments.listForSubscription', code: 'AccessDenied', message: 'AuthorizationFailed: does not have authorization to perform action Microsoft.Authorization/roleAssignments/read' }],
  },
];
