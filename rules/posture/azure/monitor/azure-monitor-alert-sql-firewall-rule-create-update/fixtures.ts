import type { RuleFixture } from '../../../../../src/model/rule.js';
import { operationAlertFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = operationAlertFixtures('Microsoft.Sql/servers/firewallRules/write', 'Microsoft.Sql/servers/firewallRules/delete');
