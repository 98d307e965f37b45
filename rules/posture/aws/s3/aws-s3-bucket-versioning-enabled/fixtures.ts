import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'pipeline-artifacts';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'never enabled', expect: 'FAIL', target: uid, resources: [bucket(name, { versioning: { status: 'Disabled', mfaDelete: 'Disabled' } })] },
  { name: 'suspended', expect: 'FAIL', target: uid, resources: [bucket(name, { versioning: { status: 'Suspended', mfaDelete: 'Disabled' } })] },
  { name: 'enabled', expect: 'PASS', target: uid, resources: [bucket(name)] },
  { name: 'versioning not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { versioning: undefined }, { errors: { versioning: 'AccessDenied' } })] },
];
