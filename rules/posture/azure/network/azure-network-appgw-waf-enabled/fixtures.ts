import type { RuleFixture } from '../../../../../src/model/rule.js';
import { appGateway, appGatewayId, uidOf, wafPolicy, wafPolicyId } from '../testing.js';

const target = (name: string) => uidOf(appGatewayId(name));

export const fixtures: RuleFixture[] = [
  { name: 'Standard_v2 gateway', expect: 'FAIL', target: target('agw-std'), resources: [appGateway('agw-std', { sku: { name: 'Standard_v2', tier: 'Standard_v2' } })] },
  { name: 'WAF_v2 without a policy', expect: 'FAIL', target: target('agw-nopolicy'), resources: [appGateway('agw-nopolicy')] },
  {
    name: 'WAF_v2 with a disabled policy',
    expect: 'FAIL',
    target: target('agw-web'),
    resources: [appGateway('agw-web', { firewallPolicy: { id: wafPolicyId('waf-off') } }), wafPolicy('waf-off', { policySettings: { state: 'Disabled', mode: 'Prevention' } })],
  },
  {
    name: 'WAF_v2 with an enabled policy',
    expect: 'PASS',
    target: target('agw-web'),
    resources: [appGateway('agw-web', { firewallPolicy: { id: wafPolicyId('waf-web') } }), wafPolicy('waf-web')],
  },
  {
    name: 'WAF v1 gateway with the legacy WAF configuration enabled',
    expect: 'PASS',
    target: target('agw-v1'),
    resources: [
      appGateway('agw-v1', {
        sku: { name: 'WAF_Medium', tier: 'WAF', capacity: 2 },
        webApplicationFirewallConfiguration: { enabled: true, firewallMode: 'Prevention', ruleSetType: 'OWASP', ruleSetVersion: '3.0' },
      }),
    ],
  },
  {
    name: 'the associated policy is not in the snapshot',
    expect: 'NOT_ASSESSED',
    target: target('agw-web'),
    resources: [appGateway('agw-web', { firewallPolicy: { id: wafPolicyId('waf-elsewhere') } })],
  },
];
