import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'backups';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'no Object Lock configuration', expect: 'FAIL', target: uid, resources: [bucket(name, { objectLock: null })] },
  { name: 'Object Lock with default retention', expect: 'PASS', target: uid, resources: [bucket(name)] },
  { name: 'Object Lock without default retention', expect: 'PASS', target: uid, resources: [bucket(name, { objectLock: { enabled: true } })] },
  { name: 'not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { objectLock: undefined }, { errors: { objectLock: 'AccessDenied' } })] },
];
