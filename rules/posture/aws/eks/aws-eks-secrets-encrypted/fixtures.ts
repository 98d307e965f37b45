import type { RuleFixture } from '../../../../../src/model/rule.js';
import { CLUSTER_UID as target, clusterFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'no encryption config', expect: 'FAIL', target, resources: [clusterFixture({ encryptionConfig: [] })] },
  {
    name: 'encryption config without secrets',
    expect: 'FAIL',
    target,
    resources: [clusterFixture({ encryptionConfig: [{ resources: [], keyArn: 'arn:aws:kms:us-east-1:111111111111:key/abcd' }] })],
  },
  { name: 'secrets encrypted with KMS', expect: 'PASS', target, resources: [clusterFixture()] },
  { name: 'cluster not describable', expect: 'NOT_ASSESSED', target, resources: [clusterFixture({}, { encryptionConfig: 'AccessDenied' })] },
];
