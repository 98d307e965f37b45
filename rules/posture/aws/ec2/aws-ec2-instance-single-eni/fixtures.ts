import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, instance } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'two ENIs', expect: 'FAIL', target: arn('instance', 'i-0dual'), resources: [instance('i-0dual', { networkInterfaceCount: 2 })] },
  { name: 'one ENI', expect: 'PASS', target: arn('instance', 'i-0one'), resources: [instance('i-0one')] },
];
