import type { RuleFixture } from '../../../../../src/model/rule.js';
import { application, applicationUid } from '../testing.js';

// Snapshot time: 2026-11-01T00:00:00Z (the fixture default).
const secret = (keyId: string, start: string | null, end: string) => ({ keyId, displayName: 'deploy', startDateTime: start, endDateTime: end });
const APP = (n: number) => `b2c3d4e5-0000-4000-8000-00000000000${n}`;

export const fixtures: RuleFixture[] = [
  {
    name: 'two-year secret',
    expect: 'FAIL',
    target: applicationUid(APP(1)),
    resources: [application(APP(1), 'legacy-integration', { passwordCredentials: [secret('8e9f0a1b-0000-4000-8000-000000000001', '2026-01-10T00:00:00Z', '2028-01-10T00:00:00Z')] })],
  },
  {
    name: 'secret set to expire in 2299 by a script, start date missing',
    expect: 'FAIL',
    target: applicationUid(APP(2)),
    resources: [application(APP(2), 'old-script', { passwordCredentials: [secret('8e9f0a1b-0000-4000-8000-000000000002', null, '2299-12-31T00:00:00Z')] })],
  },
  {
    name: 'six-month secret, and an expired two-year one',
    expect: 'PASS',
    target: applicationUid(APP(3)),
    resources: [
      application(APP(3), 'web-frontend', {
        passwordCredentials: [secret('8e9f0a1b-0000-4000-8000-000000000003', '2026-09-01T00:00:00Z', '2027-03-01T00:00:00Z'), secret('8e9f0a1b-0000-4000-8000-000000000004', '2023-01-01T00:00:00Z', '2025-01-01T00:00:00Z')],
      }),
    ],
  },
  { name: 'no client secrets', expect: 'PASS', target: applicationUid(APP(4)), resources: [application(APP(4), 'github-deploy')] },
];
