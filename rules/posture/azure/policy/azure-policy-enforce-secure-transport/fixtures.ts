import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '404c3081-a854-4457-ae30-26a93ef643f9', effect: 'Deny', name: 'Secure transfer to storage accounts should be enabled' },
  audit: { guid: '404c3081-a854-4457-ae30-26a93ef643f9', effect: 'Audit', name: 'Secure transfer to storage accounts should be enabled' },
});
