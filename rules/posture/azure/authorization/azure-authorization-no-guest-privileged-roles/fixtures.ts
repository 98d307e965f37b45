import type { RuleFixture } from '../../../../../src/model/rule.js';
import { BUILT_IN_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { IDS, user } from '../../entra/testing.js';
import { MG_SCOPE, roleAssignment, SUB_SCOPE } from '../testing.js';

const SUB_UID = subscription().uid;
const alice = user(IDS.alice, 'alice@contoso.com');
const erin = user(IDS.erin, 'erin_partner.example#EXT#@contoso.onmicrosoft.com', { userType: 'Guest' });

export const fixtures: RuleFixture[] = [
  {
    name: 'guest Owner of the subscription',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), alice, erin, roleAssignment('e0000000-0000-4000-8000-000000000001', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.alice), roleAssignment('e0000000-0000-4000-8000-000000000002', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.erin)],
  },
  {
    name: 'guest Contributor inherited from the management group',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), alice, erin, roleAssignment('e0000000-0000-4000-8000-000000000003', MG_SCOPE, BUILT_IN_ROLES.contributor, IDS.erin)],
  },
  {
    name: 'guest is only Reader; members are Owners',
    expect: 'PASS',
    target: SUB_UID,
    resources: [
      subscription(),
      alice,
      erin,
      roleAssignment('e0000000-0000-4000-8000-000000000004', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.alice),
      roleAssignment('e0000000-0000-4000-8000-000000000005', SUB_SCOPE, 'acdd72a7-3385-48ef-bd42-f606fba81ae7', IDS.erin),
    ],
  },
  {
    name: 'Entra ID users not collected',
    expect: 'NOT_ASSESSED',
    target: SUB_UID,
    resources: [subscription(), roleAssignment('e0000000-0000-4000-8000-000000000006', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.alice)],
  },
];
