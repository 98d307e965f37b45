import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: '8e86a5b6-b9bd-49d1-8e21-4bb8a0862222', effect: 'DeployIfNotExists', name: 'Configure Azure Defender for servers to be enabled' },
  audit: { guid: '4da35fc9-c9e7-4960-aec9-797fe7d9051d', effect: 'AuditIfNotExists', name: 'Azure Defender for servers should be enabled' },
});
