import type { RuleFixture } from '../../../../../src/model/rule.js';
import { key, user, userUid } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'two active keys',
    expect: 'FAIL',
    target: userUid('ci'),
    resources: [user('ci', { accessKeys: [key('AKIAEXAMPLEKEYONE001', '2026-01-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'), key('AKIAEXAMPLEKEYTWO001', '2026-09-01T00:00:00.000Z', '2026-10-30T00:00:00.000Z')] })],
  },
  {
    name: 'one active, one inactive',
    expect: 'PASS',
    target: userUid('ci2'),
    resources: [user('ci2', { accessKeys: [key('AKIAEXAMPLEKEYONE002', '2026-01-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z', 'Inactive'), key('AKIAEXAMPLEKEYTWO002', '2026-09-01T00:00:00.000Z', '2026-10-30T00:00:00.000Z')] })],
  },
  { name: 'no keys', expect: 'NOT_APPLICABLE', target: userUid('dev'), resources: [user('dev')] },
  { name: 'access keys denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { accessKeys: undefined }, { accessKeys: 'AccessDenied' })] },
];
