import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '4733ea7b-a883-42fe-8cac-97454c2a9e4a', effect: 'Deny', name: 'Storage accounts should have infrastructure encryption' },
  audit: { guid: '4733ea7b-a883-42fe-8cac-97454c2a9e4a', effect: 'Audit', name: 'Storage accounts should have infrastructure encryption' },
});
