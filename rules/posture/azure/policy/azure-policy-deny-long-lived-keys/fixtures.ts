import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54', effect: 'Deny', name: 'Storage accounts should prevent shared key access' },
  audit: { guid: '8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54', effect: 'Audit', name: 'Storage accounts should prevent shared key access' },
});
