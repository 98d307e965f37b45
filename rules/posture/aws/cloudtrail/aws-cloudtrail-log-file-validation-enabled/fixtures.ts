import type { RuleFixture } from '../../../../../src/model/rule.js';
import { trail, trailArn } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'validation disabled', expect: 'FAIL', target: trailArn('main'), resources: [trail('main', { logFileValidationEnabled: false })] },
  { name: 'validation enabled', expect: 'PASS', target: trailArn('main'), resources: [trail('main')] },
];
