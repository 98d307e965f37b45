import type { RuleFixture } from '../../../../../src/model/rule.js';
import { user, userUid } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'programmatic user without MFA', expect: 'FAIL', target: userUid('ci'), resources: [user('ci', { loginProfile: null, mfaDevices: [] })] },
  { name: 'user with a security key', expect: 'PASS', target: userUid('dev'), resources: [user('dev')] },
  { name: 'MFA listing denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { mfaDevices: undefined }, { mfaDevices: 'AccessDenied' })] },
];
