import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountPab, ALL_BLOCKED, bucket, bucketUid } from '../testing.js';

const name = 'public-assets';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'no bucket-level configuration', expect: 'FAIL', target: uid, resources: [bucket(name, { publicAccessBlock: null }), accountPab(null)] },
  {
    name: 'RestrictPublicBuckets off, even though the account blocks everything',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: { ...ALL_BLOCKED, RestrictPublicBuckets: false } }), accountPab(ALL_BLOCKED)],
  },
  { name: 'all four settings on', expect: 'PASS', target: uid, resources: [bucket(name), accountPab(null)] },
  {
    name: 'setting not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { publicAccessBlock: undefined }, { errors: { publicAccessBlock: 'AccessDenied' } })],
  },
];
