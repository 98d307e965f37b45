import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fnUid, lambdaFunction } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'no VPC', expect: 'FAIL', target: fnUid('order-processor'), resources: [lambdaFunction('order-processor', { VpcConfig: null })] },
  { name: 'in two private subnets', expect: 'PASS', target: fnUid('order-processor'), resources: [lambdaFunction('order-processor')] },
];
