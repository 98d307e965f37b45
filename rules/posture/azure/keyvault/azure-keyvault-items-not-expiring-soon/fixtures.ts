import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

// Snapshot time of every fixture: 2026-11-01T00:00:00Z.
const keys = [{ name: 'cmk-storage', expires: '2027-09-01T00:00:00.000Z', rotationEnabled: true }];
const certificates = [{ name: 'api-contoso-co-jp', validityInMonths: 12, expires: '2027-02-01T00:00:00.000Z' }];

export const fixtures: RuleFixture[] = [
  { name: 'a secret expiring in 10 days', expect: 'FAIL', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { keys, certificates, secrets: [{ name: 'partner-api-token', expires: '2026-11-11T00:00:00.000Z' }, { name: 'db-password', expires: '2027-05-01T00:00:00.000Z' }] })] },
  { name: 'an enabled certificate already expired', expect: 'FAIL', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { keys, secrets: [], certificates: [{ name: 'old-mtls', validityInMonths: 12, expires: '2026-09-30T00:00:00.000Z' }] })] },
  {
    name: 'nothing near expiry (expired item is disabled, one never expires)',
    expect: 'PASS',
    target: vaultUid('kv-app-prod'),
    resources: [vault('kv-app-prod', {}, { keys, certificates, secrets: [{ name: 'db-password', expires: '2027-05-01T00:00:00.000Z' }, { name: 'old-token', enabled: false, expires: '2025-01-01T00:00:00.000Z' }, { name: 'webhook-url' }] })],
  },
  { name: 'certificates not collected, nothing else expiring', expect: 'NOT_ASSESSED', target: vaultUid('kv-private'), resources: [vault('kv-private', {}, { keys, secrets: [], certificates: undefined })] },
  { name: 'empty vault', expect: 'NOT_APPLICABLE', target: vaultUid('kv-empty'), resources: [vault('kv-empty', {}, { keys: [], secrets: [], certificates: [] })] },
];
