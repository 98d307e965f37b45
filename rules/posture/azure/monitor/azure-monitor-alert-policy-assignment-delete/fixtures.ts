import type { RuleFixture } from '../../../../../src/model/rule.js';
import { operationAlertFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = operationAlertFixtures('Microsoft.Authorization/policyAssignments/delete', 'Microsoft.Authorization/policyAssignments/write');
