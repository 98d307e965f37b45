import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'audit-archive';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  {
    name: 'versioning enabled without MFA Delete, no lifecycle',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { lifecycle: null, versioning: { status: 'Enabled', mfaDelete: 'Disabled' } })],
  },
  {
    name: 'versioning never enabled',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { lifecycle: null, versioning: { status: 'Disabled', mfaDelete: 'Disabled' } })],
  },
  {
    name: 'MFA Delete enabled',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { lifecycle: null, versioning: { status: 'Enabled', mfaDelete: 'Enabled' } })],
  },
  { name: 'bucket with lifecycle rules', expect: 'NOT_APPLICABLE', target: uid, resources: [bucket(name)] },
  {
    name: 'versioning not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { lifecycle: null, versioning: undefined }, { errors: { versioning: 'AccessDenied' } })],
  },
];
