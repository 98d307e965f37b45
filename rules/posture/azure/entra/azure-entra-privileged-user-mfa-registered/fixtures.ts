import type { RuleFixture } from '../../../../../src/model/rule.js';
import { IDS, user, userUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'Global Administrator without MFA',
    expect: 'FAIL',
    target: userUid(IDS.alice),
    resources: [user(IDS.alice, 'alice@contoso.com', { directoryRoles: ['Global Administrator'], registration: { isMfaRegistered: false, isAdmin: true, methodsRegistered: [] } })],
  },
  {
    name: 'User Administrator with FIDO2 registered',
    expect: 'PASS',
    target: userUid(IDS.bob),
    resources: [user(IDS.bob, 'bob@contoso.com', { directoryRoles: ['User Administrator'], registration: { isMfaRegistered: true, isAdmin: true, methodsRegistered: ['fido2'] } })],
  },
  {
    name: 'ordinary user without MFA is out of scope',
    expect: 'NOT_APPLICABLE',
    target: userUid(IDS.carol),
    resources: [user(IDS.carol, 'carol@contoso.com', { registration: { isMfaRegistered: false, isAdmin: false, methodsRegistered: [] } })],
  },
  {
    name: 'administrator missing from the registration report',
    expect: 'NOT_ASSESSED',
    target: userUid(IDS.dave),
    resources: [user(IDS.dave, 'dave@contoso.com', { directoryRoles: ['Security Administrator'], registration: undefined })],
  },
];
