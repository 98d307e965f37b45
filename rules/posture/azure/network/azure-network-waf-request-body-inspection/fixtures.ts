import type { RuleFixture } from '../../../../../src/model/rule.js';
import { uidOf, wafPolicy, wafPolicyId } from '../testing.js';

const target = (name: string) => uidOf(wafPolicyId(name));

export const fixtures: RuleFixture[] = [
  {
    name: 'request body inspection off',
    expect: 'FAIL',
    target: target('waf-nobody'),
    resources: [wafPolicy('waf-nobody', { policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: false, maxRequestBodySizeInKb: 128 } })],
  },
  { name: 'request body inspection on', expect: 'PASS', target: target('waf-web'), resources: [wafPolicy('waf-web')] },
  {
    name: 'policy not associated with anything',
    expect: 'NOT_APPLICABLE',
    target: target('waf-spare'),
    resources: [wafPolicy('waf-spare', { applicationGateways: undefined, policySettings: { state: 'Enabled', mode: 'Detection', requestBodyCheck: false } })],
  },
];
