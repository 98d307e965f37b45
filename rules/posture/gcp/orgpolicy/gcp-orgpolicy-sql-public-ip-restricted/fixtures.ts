import type { RuleFixture } from '../../../../../src/model/rule.js';
import { booleanFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = booleanFixtures('sql.restrictPublicIp');
