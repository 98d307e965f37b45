import type { RuleFixture } from '../../../../../src/model/rule.js';
import { key, user, userUid } from '../fixture-helpers.js';

// Fixture time 2026-11-01.
export const fixtures: RuleFixture[] = [
  {
    name: 'active key 200 days old',
    expect: 'FAIL',
    target: userUid('ops-admin'),
    resources: [user('ops-admin', { accessKeys: [key('AKIAEXAMPLEOPSADMIN1', '2026-04-15T00:00:00.000Z', '2026-10-30T00:00:00.000Z')] })],
  },
  {
    name: 'key 30 days old',
    expect: 'PASS',
    target: userUid('ci'),
    resources: [user('ci', { accessKeys: [key('AKIAEXAMPLECI0000001', '2026-10-02T00:00:00.000Z', '2026-10-31T00:00:00.000Z')] })],
  },
  {
    name: 'old key is inactive',
    expect: 'NOT_APPLICABLE',
    target: userUid('parked'),
    resources: [user('parked', { accessKeys: [key('AKIAEXAMPLEPARKED002', '2024-01-01T00:00:00.000Z', null, 'Inactive')] })],
  },
  { name: 'access keys denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { accessKeys: undefined }, { accessKeys: 'AccessDenied' })] },
];
