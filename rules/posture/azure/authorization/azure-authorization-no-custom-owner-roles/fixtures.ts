import type { RuleFixture } from '../../../../../src/model/rule.js';
import { MANAGEMENT_GROUP, SUBSCRIPTION } from '../../testing.js';
import { roleDefinition } from '../testing.js';

const uid = (name: string) => `/subscriptions/${SUBSCRIPTION}/providers/microsoft.authorization/roledefinitions/${name}`;
const A = 'd1e2f3a4-0000-4000-8000-000000000001';
const B = 'd1e2f3a4-0000-4000-8000-000000000002';
const C = 'd1e2f3a4-0000-4000-8000-000000000003';
const D = 'd1e2f3a4-0000-4000-8000-000000000004';

export const fixtures: RuleFixture[] = [
  {
    name: 'custom "Subscription Admin" with * at the subscription',
    expect: 'FAIL',
    target: uid(A),
    resources: [roleDefinition(A, { roleName: 'Subscription Admin', permissions: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }] })],
  },
  {
    name: 'custom role with * assignable at a management group (Contributor-like notActions)',
    expect: 'FAIL',
    target: uid(B),
    resources: [
      roleDefinition(B, {
        roleName: 'Platform Operator',
        permissions: [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write'] }],
        assignableScopes: [`/providers/Microsoft.Management/managementGroups/${MANAGEMENT_GROUP}`],
      }),
    ],
  },
  {
    name: 'custom role with specific actions',
    expect: 'PASS',
    target: uid(C),
    resources: [roleDefinition(C, { roleName: 'VM Operator', permissions: [{ actions: ['Microsoft.Compute/virtualMachines/read', 'Microsoft.Compute/virtualMachines/start/action'], notActions: [] }] })],
  },
  {
    name: 'built-in Owner',
    expect: 'NOT_APPLICABLE',
    target: uid(D),
    resources: [roleDefinition(D, { roleName: 'Owner', roleType: 'BuiltInRole', permissions: [{ actions: ['*'], notActions: [] }], assignableScopes: ['/'] })],
  },
];
