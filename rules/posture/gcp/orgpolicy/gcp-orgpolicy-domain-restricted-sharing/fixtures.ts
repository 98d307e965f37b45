import type { RuleFixture } from '../../../../../src/model/rule.js';
import { listFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = listFixtures('iam.allowedPolicyMemberDomains', {
  good: { values: { allowedValues: ['C01abcd23'] } },
  inheritedAddition: { values: { allowedValues: ['C09partner'] } },
  weak: { name: 'allowAll set at the organisation', rule: { allowAll: true } },
  inheritedAllowAll: 'FAIL',
});
