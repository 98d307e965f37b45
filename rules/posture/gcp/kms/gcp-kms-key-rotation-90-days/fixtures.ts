import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type CryptoKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { LOCATION, PROJECT, gcpResource } from '../../testing.js';

const ring = `projects/${PROJECT}/locations/${LOCATION}/keyRings/app`;
const uid = (k: string) => `//cloudkms.googleapis.com/${ring}/cryptoKeys/${k}`;
const key = (k: string, config: Partial<CryptoKeyConfig>) =>
  gcpResource<CryptoKeyConfig>({ type: GCP_TYPES.cryptoKey, uid: uid(k), region: LOCATION, config: { name: `${ring}/cryptoKeys/${k}`, purpose: 'ENCRYPT_DECRYPT', ...config } });

// Snapshot time: 2026-11-01T00:00:00Z.
export const fixtures: RuleFixture[] = [
  { name: 'no rotation period', expect: 'FAIL', target: uid('none'), resources: [key('none', {})] },
  { name: 'rotation every 365 days', expect: 'FAIL', target: uid('yearly'), resources: [key('yearly', { rotationPeriod: '31536000s', nextRotationTime: '2027-03-01T00:00:00Z' })] },
  { name: 'next rotation deferred beyond 90 days', expect: 'FAIL', target: uid('deferred'), resources: [key('deferred', { rotationPeriod: '7776000s', nextRotationTime: '2027-06-01T00:00:00Z' })] },
  { name: 'rotation every 90 days', expect: 'PASS', target: uid('good'), resources: [key('good', { rotationPeriod: '7776000s', nextRotationTime: '2026-12-15T00:00:00Z' })] },
  { name: 'external (Cloud EKM over the internet) key', expect: 'NOT_APPLICABLE', target: uid('ekm'), resources: [key('ekm', { versionTemplate: { protectionLevel: 'EXTERNAL', algorithm: 'EXTERNAL_SYMMETRIC_ENCRYPTION' } })] },
  { name: 'asymmetric signing key', expect: 'NOT_APPLICABLE', target: uid('sign'), resources: [key('sign', { purpose: 'ASYMMETRIC_SIGN' })] },
];
