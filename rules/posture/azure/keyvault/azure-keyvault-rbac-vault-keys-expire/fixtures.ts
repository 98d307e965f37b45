import type { RuleFixture } from '../../../../../src/model/rule.js';
import { expiryFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = expiryFixtures('keys', 'rbac');
