import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'build-cache';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'no lifecycle configuration', expect: 'FAIL', target: uid, resources: [bucket(name, { lifecycle: null })] },
  { name: 'only disabled rules', expect: 'FAIL', target: uid, resources: [bucket(name, { lifecycle: { rules: [{ id: 'x', status: 'Disabled' }] } })] },
  { name: 'an enabled rule', expect: 'PASS', target: uid, resources: [bucket(name)] },
  { name: 'lifecycle not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { lifecycle: undefined }, { errors: { lifecycle: 'AccessDenied' } })] },
];
