import type { RuleFixture } from '../../../../../src/model/rule.js';
import { trail, trailArn } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'SSE-S3 only', expect: 'FAIL', target: trailArn('main'), resources: [trail('main', { kmsKeyId: undefined })] },
  { name: 'SSE-KMS key set', expect: 'PASS', target: trailArn('main'), resources: [trail('main')] },
];
