import type { RuleFixture } from '../../../../../src/model/rule.js';
import { key, user, userUid } from '../fixture-helpers.js';

// Fixture time 2026-11-01.
export const fixtures: RuleFixture[] = [
  {
    name: 'access key last used 120 days ago',
    expect: 'FAIL',
    target: userUid('old-script'),
    resources: [user('old-script', { loginProfile: null, accessKeys: [key('AKIAEXAMPLEOLD000001', '2025-01-01T00:00:00.000Z', '2026-07-04T00:00:00.000Z')] })],
  },
  {
    name: 'console password never used since 2025',
    expect: 'FAIL',
    target: userUid('leaver'),
    resources: [user('leaver', { passwordLastUsed: null, loginProfile: { createDate: '2025-01-01T00:00:00.000Z', passwordResetRequired: true } })],
  },
  {
    name: 'access key last used 60 days ago',
    expect: 'FAIL',
    target: userUid('monthly-job'),
    resources: [user('monthly-job', { loginProfile: null, accessKeys: [key('AKIAEXAMPLEMONTHLY01', '2025-01-01T00:00:00.000Z', '2026-09-02T00:00:00.000Z')] })],
  },
  {
    name: 'password and key used this week',
    expect: 'PASS',
    target: userUid('dev'),
    resources: [user('dev', { accessKeys: [key('AKIAEXAMPLEFRESH0001', '2026-09-01T00:00:00.000Z', '2026-10-30T00:00:00.000Z')] })],
  },
  {
    name: 'stale key is inactive',
    expect: 'NOT_APPLICABLE',
    target: userUid('parked'),
    resources: [user('parked', { loginProfile: null, accessKeys: [key('AKIAEXAMPLEPARKED001', '2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z', 'Inactive')] })],
  },
  { name: 'access keys denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { accessKeys: undefined }, { accessKeys: 'AccessDenied' })] },
];
