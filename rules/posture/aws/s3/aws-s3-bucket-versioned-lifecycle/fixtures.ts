import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'orders-data';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'versioned, no lifecycle', expect: 'FAIL', target: uid, resources: [bucket(name, { lifecycle: null })] },
  {
    name: 'versioned, only a disabled rule',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { lifecycle: { rules: [{ id: 'old', status: 'Disabled' }] } })],
  },
  { name: 'versioned with an enabled rule', expect: 'PASS', target: uid, resources: [bucket(name)] },
  {
    name: 'unversioned bucket',
    expect: 'NOT_APPLICABLE',
    target: uid,
    resources: [bucket(name, { lifecycle: null, versioning: { status: 'Disabled', mfaDelete: 'Disabled' } })],
  },
  { name: 'lifecycle not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { lifecycle: undefined }, { errors: { lifecycle: 'AccessDenied' } })] },
];
