import type { RuleFixture } from '../../../../../src/model/rule.js';
import { DIRECTORY_ROLES } from '../../../../../src/providers/azure/model/index.js';
import { tenant } from '../../testing.js';
import { directoryRoleAssignment, IDS } from '../testing.js';

const TENANT_UID = tenant().uid;
const ga = (id: string) => directoryRoleAssignment(id, DIRECTORY_ROLES.globalAdministrator, { roleName: 'Global Administrator' });

export const fixtures: RuleFixture[] = [
  {
    name: 'two break-glass accounts and one named admin',
    expect: 'PASS',
    target: TENANT_UID,
    resources: [tenant(), ga(IDS.breakGlass1), ga(IDS.breakGlass2), ga(IDS.alice), directoryRoleAssignment(IDS.bob, DIRECTORY_ROLES.userAdministrator, { roleName: 'User Administrator' })],
  },
  { name: 'a single Global Administrator', expect: 'FAIL', target: TENANT_UID, resources: [tenant(), ga(IDS.alice), directoryRoleAssignment(IDS.bob, DIRECTORY_ROLES.securityAdministrator)] },
  {
    name: 'six Global Administrators',
    expect: 'FAIL',
    target: TENANT_UID,
    resources: [tenant(), ...[IDS.alice, IDS.bob, IDS.carol, IDS.dave, IDS.breakGlass1, IDS.breakGlass2].map(ga)],
  },
  { name: 'role assignments not collected', expect: 'NOT_ASSESSED', target: TENANT_UID, resources: [tenant()] },
];
