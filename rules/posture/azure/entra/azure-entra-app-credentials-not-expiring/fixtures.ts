import type { RuleFixture } from '../../../../../src/model/rule.js';
import { application, applicationUid } from '../testing.js';

// Snapshot time: 2026-11-01T00:00:00Z (the fixture default).
const secret = (keyId: string, start: string, end: string) => ({ keyId, displayName: 'ci-pipeline', startDateTime: start, endDateTime: end });
const cert = (keyId: string, start: string, end: string) => ({ keyId, displayName: 'CN=contoso-api', startDateTime: start, endDateTime: end, type: 'AsymmetricX509Cert', usage: 'Verify' });

export const fixtures: RuleFixture[] = [
  {
    name: 'secret expires in 10 days',
    expect: 'FAIL',
    target: applicationUid('a1b2c3d4-0000-4000-8000-000000000001'),
    resources: [application('a1b2c3d4-0000-4000-8000-000000000001', 'billing-sync', { passwordCredentials: [secret('9f0e1d2c-0000-4000-8000-000000000001', '2026-05-11T00:00:00Z', '2026-11-11T00:00:00Z')] })],
  },
  {
    name: 'expired certificate left next to a valid one',
    expect: 'FAIL',
    target: applicationUid('a1b2c3d4-0000-4000-8000-000000000002'),
    resources: [
      application('a1b2c3d4-0000-4000-8000-000000000002', 'contoso-api', {
        keyCredentials: [cert('9f0e1d2c-0000-4000-8000-000000000002', '2024-09-01T00:00:00Z', '2025-09-01T00:00:00Z'), cert('9f0e1d2c-0000-4000-8000-000000000003', '2025-08-15T00:00:00Z', '2027-08-15T00:00:00Z')],
      }),
    ],
  },
  {
    name: 'certificate valid for another nine months',
    expect: 'PASS',
    target: applicationUid('a1b2c3d4-0000-4000-8000-000000000003'),
    resources: [application('a1b2c3d4-0000-4000-8000-000000000003', 'reporting', { keyCredentials: [cert('9f0e1d2c-0000-4000-8000-000000000004', '2026-08-01T00:00:00Z', '2027-08-01T00:00:00Z')] })],
  },
  { name: 'federated-credential app without secrets or certificates', expect: 'NOT_APPLICABLE', target: applicationUid('a1b2c3d4-0000-4000-8000-000000000004'), resources: [application('a1b2c3d4-0000-4000-8000-000000000004', 'github-deploy')] },
];
