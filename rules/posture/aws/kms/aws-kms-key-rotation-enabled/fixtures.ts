import type { RuleFixture } from '../../../../../src/model/rule.js';
import { key, keyArn } from '../testing.js';

const id = '1234abcd-12ab-34cd-56ef-1234567890ab';
const uid = keyArn(id);

export const fixtures: RuleFixture[] = [
  { name: 'customer key without rotation', expect: 'FAIL', target: uid, resources: [key(id, { config: { rotation: { enabled: false }, aliases: ['alias/orders-db'] } })] },
  { name: 'customer key with rotation', expect: 'PASS', target: uid, resources: [key(id)] },
  { name: 'AWS managed key', expect: 'NOT_APPLICABLE', target: uid, resources: [key(id, { metadata: { keyManager: 'AWS' }, config: { rotation: null } })] },
  { name: 'asymmetric signing key', expect: 'NOT_APPLICABLE', target: uid, resources: [key(id, { metadata: { keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' }, config: { rotation: null } })] },
  { name: 'rotation status not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [key(id, { config: { rotation: undefined } }, { errors: { rotation: 'AccessDenied' } })] },
];
