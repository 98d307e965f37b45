import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '4fa4b6c0-31ca-4c0d-b10d-24b96f62a751', effect: 'deny', name: 'Storage account public access should be disallowed' },
  audit: { guid: 'b2982f36-99f2-4db5-8eff-283140c09693', effect: 'Audit', name: 'Storage accounts should disable public network access' },
});
