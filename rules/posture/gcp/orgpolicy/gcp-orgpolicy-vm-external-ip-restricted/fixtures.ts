import type { RuleFixture } from '../../../../../src/model/rule.js';
import { PROJECT } from '../../testing.js';
import { listFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = listFixtures('compute.vmExternalIpAccess', {
  good: { denyAll: true },
  inheritedAddition: { values: { allowedValues: [`projects/${PROJECT}/zones/us-central1-a/instances/bastion`] } },
  weak: { name: 'only a deny list of instances at the organisation', rule: { values: { deniedValues: [`projects/${PROJECT}/zones/us-central1-a/instances/web-1`] } } },
  inheritedAllowAll: 'PASS',
});
