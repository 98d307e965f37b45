import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: 'e56962a6-4747-49cd-b67b-bf8b01975c4c', effect: 'deny', name: 'Allowed locations' },
  audit: { guid: 'e56962a6-4747-49cd-b67b-bf8b01975c4c', effect: 'audit', name: 'Allowed locations' },
});
