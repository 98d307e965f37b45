import type { RuleFixture } from '../../../../../src/model/rule.js';
import { BUILT_IN_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { IDS, user } from '../../entra/testing.js';
import { roleAssignment, SUB_SCOPE } from '../testing.js';

const SUB_UID = subscription().uid;
const alice = user(IDS.alice, 'alice@contoso.com');
const frank = user(IDS.frank, 'frank@contoso.com', { accountEnabled: false });
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

export const fixtures: RuleFixture[] = [
  {
    name: 'disabled user still Reader on a resource group',
    expect: 'FAIL',
    target: SUB_UID,
    resources: [subscription(), alice, frank, roleAssignment('d0000000-0000-4000-8000-000000000001', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.alice), roleAssignment('d0000000-0000-4000-8000-000000000002', `${SUB_SCOPE}/resourceGroups/rg-app`, READER, IDS.frank)],
  },
  {
    name: 'only enabled users hold roles',
    expect: 'PASS',
    target: SUB_UID,
    resources: [subscription(), alice, frank, roleAssignment('d0000000-0000-4000-8000-000000000003', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.alice)],
  },
  { name: 'Entra ID users not collected', expect: 'NOT_ASSESSED', target: SUB_UID, resources: [subscription(), roleAssignment('d0000000-0000-4000-8000-000000000004', SUB_SCOPE, BUILT_IN_ROLES.owner, IDS.alice)] },
];
