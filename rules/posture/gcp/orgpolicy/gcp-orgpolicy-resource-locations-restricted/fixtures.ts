import type { RuleFixture } from '../../../../../src/model/rule.js';
import { listFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = listFixtures('gcp.resourceLocations', {
  good: { values: { allowedValues: ['in:asia-northeast1-locations'] } },
  inheritedAddition: { values: { allowedValues: ['in:us-central1-locations'] } },
  weak: { name: 'only a deny list of locations at the organisation', rule: { values: { deniedValues: ['in:us-locations'] } } },
  inheritedAllowAll: 'FAIL',
});
