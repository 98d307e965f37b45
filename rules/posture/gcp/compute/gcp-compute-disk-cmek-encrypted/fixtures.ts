import type { RuleFixture } from '../../../../../src/model/rule.js';
import { disk, diskUid } from '../testing.js';

const KMS_KEY = 'projects/mamori-prod/locations/us-central1/keyRings/compute/cryptoKeys/disks/cryptoKeyVersions/1';

export const fixtures: RuleFixture[] = [
  { name: 'Google-managed encryption', expect: 'FAIL', target: diskUid('data'), resources: [disk('data')] },
  { name: 'Cloud KMS key', expect: 'PASS', target: diskUid('data'), resources: [disk('data', { diskEncryptionKey: { kmsKeyName: KMS_KEY } })] },
  { name: 'customer-supplied key', expect: 'PASS', target: diskUid('data'), resources: [disk('data', { diskEncryptionKey: { sha256: 'KbzRSzM0gBrHhqGq6BJ/H2qHcxDBPZL6sZ+Bbm8yQGA=' } })] },
];
