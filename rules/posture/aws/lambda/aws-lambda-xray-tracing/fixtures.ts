import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fnUid, lambdaFunction } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'PassThrough tracing', expect: 'FAIL', target: fnUid('order-processor'), resources: [lambdaFunction('order-processor', { TracingMode: 'PassThrough' })] },
  { name: 'Active tracing', expect: 'PASS', target: fnUid('order-processor'), resources: [lambdaFunction('order-processor')] },
];
