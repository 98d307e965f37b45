import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, instance } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'public IP', expect: 'FAIL', target: arn('instance', 'i-0web'), resources: [instance('i-0web', { publicIpAddress: '203.0.113.10' })] },
  { name: 'private only', expect: 'PASS', target: arn('instance', 'i-0app'), resources: [instance('i-0app')] },
];
