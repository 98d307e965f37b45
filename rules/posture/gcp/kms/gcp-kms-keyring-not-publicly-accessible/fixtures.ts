import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type IamPolicy, type KeyRingConfig } from '../../../../../src/providers/gcp/model.js';
import { LOCATION, PROJECT, gcpResource } from '../../testing.js';

const name = `projects/${PROJECT}/locations/${LOCATION}/keyRings/app`;
const uid = `//cloudkms.googleapis.com/${name}`;
const ring = (iamPolicy: IamPolicy | undefined, errors?: Record<string, string>) =>
  gcpResource<KeyRingConfig>({ type: GCP_TYPES.keyRing, uid, region: LOCATION, config: { name, iamPolicy }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'encrypter/decrypter granted to allAuthenticatedUsers', expect: 'FAIL', target: uid, resources: [ring({ bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['allAuthenticatedUsers'] }] })] },
  { name: 'admin role for a group only', expect: 'PASS', target: uid, resources: [ring({ bindings: [{ role: 'roles/cloudkms.admin', members: ['group:kms-admins@example.com'] }] })] },
  { name: 'empty policy', expect: 'PASS', target: uid, resources: [ring({})] },
  { name: 'key ring IAM policy not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [ring(undefined, { iamPolicy: 'AccessDenied' })] },
];
