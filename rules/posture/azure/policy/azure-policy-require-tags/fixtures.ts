import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

// Both definitions have a fixed Deny: DoNotEnforce is their audit-only form.
export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '96670d01-0a4d-4649-9c89-2d3abc0a5025', effect: 'Deny', name: 'Require a tag on resource groups' },
});
