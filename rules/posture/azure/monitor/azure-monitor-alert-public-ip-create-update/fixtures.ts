import type { RuleFixture } from '../../../../../src/model/rule.js';
import { operationAlertFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = operationAlertFixtures('Microsoft.Network/publicIPAddresses/write', 'Microsoft.Network/publicIPAddresses/delete');
