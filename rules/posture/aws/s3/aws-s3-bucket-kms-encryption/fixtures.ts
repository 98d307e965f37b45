import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'pipeline-artifacts';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  { name: 'SSE-S3', expect: 'FAIL', target: uid, resources: [bucket(name, { encryption: { rules: [{ sseAlgorithm: 'AES256', bucketKeyEnabled: false }] } })] },
  { name: 'no default encryption configuration', expect: 'FAIL', target: uid, resources: [bucket(name, { encryption: null })] },
  { name: 'SSE-KMS with a customer managed key', expect: 'PASS', target: uid, resources: [bucket(name)] },
  { name: 'DSSE-KMS', expect: 'PASS', target: uid, resources: [bucket(name, { encryption: { rules: [{ sseAlgorithm: 'aws:kms:dsse' }] } })] },
  { name: 'encryption not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [bucket(name, { encryption: undefined }, { errors: { encryption: 'AccessDenied' } })] },
];
