import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type CryptoKeyConfig, type IamPolicy } from '../../../../../src/providers/gcp/model.js';
import { LOCATION, PROJECT, gcpResource } from '../../testing.js';

const name = `projects/${PROJECT}/locations/${LOCATION}/keyRings/app/cryptoKeys/data`;
const uid = `//cloudkms.googleapis.com/${name}`;
const key = (iamPolicy: IamPolicy | undefined, errors?: Record<string, string>) =>
  gcpResource<CryptoKeyConfig>({ type: GCP_TYPES.cryptoKey, uid, region: LOCATION, config: { name, purpose: 'ENCRYPT_DECRYPT', iamPolicy }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'decrypter role granted to allUsers', expect: 'FAIL', target: uid, resources: [key({ bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'] }] })] },
  { name: 'viewer granted to allAuthenticatedUsers', expect: 'FAIL', target: uid, resources: [key({ bindings: [{ role: 'roles/cloudkms.viewer', members: ['user:a@example.com', 'allAuthenticatedUsers'] }] })] },
  {
    name: 'key used by one service account',
    expect: 'PASS',
    target: uid,
    resources: [key({ bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:app@${PROJECT}.iam.gserviceaccount.com`] }] })],
  },
  { name: 'key IAM policy not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [key(undefined, { iamPolicy: 'AccessDenied' })] },
];
