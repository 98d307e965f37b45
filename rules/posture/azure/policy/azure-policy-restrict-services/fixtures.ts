import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '6c112d4e-5bc7-47ae-a041-ea2d9dccd749', effect: 'Deny', name: 'Not allowed resource types' },
  audit: { guid: '6c112d4e-5bc7-47ae-a041-ea2d9dccd749', effect: 'Audit', name: 'Not allowed resource types' },
});
