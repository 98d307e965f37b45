import type { RuleFixture } from '../../../../../src/model/rule.js';
import { user, userUid } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'console password without MFA', expect: 'FAIL', target: userUid('ops-admin'), resources: [user('ops-admin', { mfaDevices: [] })] },
  { name: 'console password with MFA', expect: 'PASS', target: userUid('dev'), resources: [user('dev')] },
  { name: 'no console password', expect: 'NOT_APPLICABLE', target: userUid('ci'), resources: [user('ci', { loginProfile: null, mfaDevices: [] })] },
  {
    name: 'login profile denied',
    expect: 'NOT_ASSESSED',
    target: userUid('x'),
    resources: [user('x', { loginProfile: undefined, mfaDevices: [] }, { loginProfile: 'AccessDenied' })],
  },
];
