import type { RuleFixture } from '../../../../../src/model/rule.js';
import { operationAlertFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = operationAlertFixtures('Microsoft.Security/securitySolutions/write', 'Microsoft.Security/securitySolutions/delete');
