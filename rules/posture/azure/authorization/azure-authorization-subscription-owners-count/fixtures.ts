import type { RuleFixture } from '../../../../../src/model/rule.js';
import { BUILT_IN_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { subscription, SUBSCRIPTION } from '../../testing.js';
import { MG_SCOPE, roleAssignment, SUB_SCOPE } from '../testing.js';

const SUB_UID = subscription().uid;
const P = (n: number) => `c0ffee00-0000-4000-8000-00000000000${n}`;
const owner = (n: number, scope = SUB_SCOPE) => roleAssignment(`b0000000-0000-4000-8000-00000000000${n}`, scope, BUILT_IN_ROLES.owner, P(n));

export const fixtures: RuleFixture[] = [
  { name: 'two Owners, plus a Contributor', expect: 'PASS', target: SUB_UID, resources: [subscription(), owner(1), owner(2), roleAssignment('b0000000-0000-4000-8000-000000000009', SUB_SCOPE, BUILT_IN_ROLES.contributor, P(9))] },
  { name: 'a single Owner; the management group Owners are not counted', expect: 'FAIL', target: SUB_UID, resources: [subscription(), owner(1), owner(2, MG_SCOPE), owner(3, MG_SCOPE)] },
  { name: 'five Owners', expect: 'FAIL', target: SUB_UID, resources: [subscription(), owner(1), owner(2), owner(3), owner(4), owner(5)] },
  { name: 'the same principal twice counts once', expect: 'FAIL', target: SUB_UID, resources: [subscription(), owner(1), roleAssignment('b0000000-0000-4000-8000-000000000008', SUB_SCOPE, BUILT_IN_ROLES.owner, P(1))] },
  {
    name: 'role assignments not collectable',
    expect: 'NOT_ASSESSED',
    target: SUB_UID,
    resources: [subscription()],
    errors: [{ provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'authorization', operation: 'roleAssignments.listForSubscription', code: 'AccessDenied', message: 'AuthorizationFailed' }],
  },
];
