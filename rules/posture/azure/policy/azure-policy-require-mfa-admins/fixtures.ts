import type { RuleFixture } from '../../../../../src/model/rule.js';
import { guardrailFixtures } from '../testing.js';

// AuditIfNotExists is the definition's strongest effect (the other is Disabled): audited passes, DoNotEnforce too.
export const fixtures: RuleFixture[] = guardrailFixtures({
  enforcing: { guid: 'e3e008c3-56b9-4133-8fd7-d3347377402a', effect: 'AuditIfNotExists', name: 'Accounts with owner permissions on Azure resources should be MFA enabled' },
  auditIsBest: true,
});
