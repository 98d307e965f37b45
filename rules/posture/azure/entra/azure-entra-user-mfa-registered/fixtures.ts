import type { RuleFixture } from '../../../../../src/model/rule.js';
import { IDS, user, userUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'member with Authenticator registered', expect: 'PASS', target: userUid(IDS.alice), resources: [user(IDS.alice, 'alice@contoso.com')] },
  {
    name: 'member without any MFA method',
    expect: 'FAIL',
    target: userUid(IDS.bob),
    resources: [user(IDS.bob, 'bob@contoso.com', { registration: { isMfaRegistered: false, isMfaCapable: false, isAdmin: false, methodsRegistered: [] } })],
  },
  {
    name: 'guest without MFA registered here',
    expect: 'FAIL',
    target: userUid(IDS.erin),
    resources: [user(IDS.erin, 'erin_partner.example#EXT#@contoso.onmicrosoft.com', { userType: 'Guest', registration: { isMfaRegistered: false, methodsRegistered: [] } })],
  },
  {
    name: 'disabled account',
    expect: 'NOT_APPLICABLE',
    target: userUid(IDS.carol),
    resources: [user(IDS.carol, 'carol@contoso.com', { accountEnabled: false, registration: { isMfaRegistered: false, methodsRegistered: [] } })],
  },
  { name: 'not in the registration report', expect: 'NOT_ASSESSED', target: userUid(IDS.dave), resources: [user(IDS.dave, 'dave@contoso.com', { registration: undefined })] },
];
