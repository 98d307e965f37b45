import type { RuleFixture } from '../../../../../src/model/rule.js';
import { key, user, userUid } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'console user with a never-used key',
    expect: 'FAIL',
    target: userUid('alice'),
    resources: [user('alice', { accessKeys: [key('AKIAEXAMPLEUNUSED001', '2025-01-01T00:00:00.000Z', null)] })],
  },
  {
    name: 'console user whose key is in use',
    expect: 'PASS',
    target: userUid('bob'),
    resources: [user('bob', { accessKeys: [key('AKIAEXAMPLEUSED00001', '2026-09-01T00:00:00.000Z', '2026-10-30T00:00:00.000Z')] })],
  },
  {
    name: 'programmatic user with an unused key',
    expect: 'NOT_APPLICABLE',
    target: userUid('ci'),
    resources: [user('ci', { loginProfile: null, accessKeys: [key('AKIAEXAMPLEUNUSED002', '2026-10-30T00:00:00.000Z', null)] })],
  },
  { name: 'access keys denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { accessKeys: undefined }, { accessKeys: 'AccessDenied' })] },
];
