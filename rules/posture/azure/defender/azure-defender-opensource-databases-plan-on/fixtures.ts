import type { RuleFixture } from '../../../../../src/model/rule.js';
import { planFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = planFixtures('OpenSourceRelationalDatabases');
