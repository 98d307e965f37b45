import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'a certificate issued for 24 months',
    expect: 'FAIL',
    target: vaultUid('kv-app-prod'),
    resources: [vault('kv-app-prod', {}, { certificates: [{ name: 'api-contoso-co-jp', validityInMonths: 12, expires: '2027-06-01T00:00:00.000Z' }, { name: 'legacy-partner-mtls', validityInMonths: 24, expires: '2028-01-15T00:00:00.000Z' }] })],
  },
  { name: 'all 12 months or less', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { certificates: [{ name: 'api-contoso-co-jp', validityInMonths: 12 }, { name: 'internal-grpc', validityInMonths: 6 }] })] },
  { name: 'a policy not readable', expect: 'NOT_ASSESSED', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { certificates: [{ name: 'api-contoso-co-jp', validityInMonths: 12 }, { name: 'imported-cert' }] })] },
  { name: 'certificates not collected', expect: 'NOT_ASSESSED', target: vaultUid('kv-private'), resources: [vault('kv-private', {}, { certificates: undefined })] },
  { name: 'no certificates', expect: 'NOT_APPLICABLE', target: vaultUid('kv-keys-only'), resources: [vault('kv-keys-only', {}, { certificates: [] })] },
];
