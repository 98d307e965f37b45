import type { RuleFixture } from '../../../../../src/model/rule.js';
import { listFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = listFixtures('gcp.restrictServiceUsage', {
  good: { values: { allowedValues: ['compute.googleapis.com', 'storage.googleapis.com'] } },
  inheritedAddition: { values: { allowedValues: ['bigquery.googleapis.com'] } },
  weak: { name: 'allowAll set at the organisation', rule: { allowAll: true } },
  inheritedAllowAll: 'FAIL',
});
