import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

// The definition's effect is a fixed Deny: DoNotEnforce is its audit-only form.
export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '83a86a26-fd1f-447c-b59d-e51f44264114', effect: 'Deny', name: 'Network interfaces should not have public IPs' },
});
