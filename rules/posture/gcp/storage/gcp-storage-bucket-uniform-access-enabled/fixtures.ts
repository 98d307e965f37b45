import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'fine-grained access', expect: 'FAIL', target: bucketUid('legacy'), resources: [bucket('legacy', { iamConfiguration: { uniformBucketLevelAccess: { enabled: false }, publicAccessPrevention: 'inherited' } })] },
  { name: 'no IAM configuration reported', expect: 'FAIL', target: bucketUid('bare'), resources: [bucket('bare', { iamConfiguration: undefined })] },
  { name: 'uniform access', expect: 'PASS', target: bucketUid('modern'), resources: [bucket('modern', { iamConfiguration: { uniformBucketLevelAccess: { enabled: true, lockedTime: '2027-01-30T00:00:00Z' } } })] },
];
