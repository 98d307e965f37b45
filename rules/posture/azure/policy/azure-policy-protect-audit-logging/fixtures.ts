import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

// The definition's only effects are DeployIfNotExists and Disabled: DoNotEnforce is its audit-only form.
export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '2465583e-4e78-4c15-b6be-a36cbc7c8b0f', effect: 'DeployIfNotExists', name: 'Configure Azure Activity logs to stream to specified Log Analytics workspace' },
});
