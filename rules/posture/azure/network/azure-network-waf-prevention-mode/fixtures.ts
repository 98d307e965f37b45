import type { RuleFixture } from '../../../../../src/model/rule.js';
import { uidOf, wafPolicy, wafPolicyId } from '../testing.js';

const target = (name: string) => uidOf(wafPolicyId(name));

export const fixtures: RuleFixture[] = [
  { name: 'Detection mode', expect: 'FAIL', target: target('waf-detect'), resources: [wafPolicy('waf-detect', { policySettings: { state: 'Enabled', mode: 'Detection', requestBodyCheck: true } })] },
  { name: 'policy disabled', expect: 'FAIL', target: target('waf-off'), resources: [wafPolicy('waf-off', { policySettings: { state: 'Disabled', mode: 'Prevention', requestBodyCheck: true } })] },
  { name: 'enabled in Prevention mode', expect: 'PASS', target: target('waf-web'), resources: [wafPolicy('waf-web')] },
  { name: 'unassociated policy in Detection mode', expect: 'NOT_APPLICABLE', target: target('waf-spare'), resources: [wafPolicy('waf-spare', { applicationGateways: [], policySettings: { state: 'Enabled', mode: 'Detection' } })] },
];
