import type { RuleFixture } from '../../../../../src/model/rule.js';
import { listFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = listFixtures('gcp.restrictNonCmekServices', {
  good: { values: { deniedValues: ['storage.googleapis.com', 'bigquery.googleapis.com'] } },
  inheritedAddition: { values: { deniedValues: ['sqladmin.googleapis.com'] } },
  weak: { name: 'allowAll set at the organisation', rule: { allowAll: true } },
  inheritedAllowAll: 'PASS',
});
