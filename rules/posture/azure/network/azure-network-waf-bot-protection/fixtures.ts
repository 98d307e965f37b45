import type { RuleFixture } from '../../../../../src/model/rule.js';
import { uidOf, wafPolicy, wafPolicyId } from '../testing.js';

const target = (name: string) => uidOf(wafPolicyId(name));

export const fixtures: RuleFixture[] = [
  { name: 'OWASP only', expect: 'FAIL', target: target('waf-nobot'), resources: [wafPolicy('waf-nobot', { managedRules: { managedRuleSets: [{ ruleSetType: 'OWASP', ruleSetVersion: '3.2' }] } })] },
  {
    name: 'bot manager with the BadBots group overridden off',
    expect: 'FAIL',
    target: target('waf-badbots-off'),
    resources: [
      wafPolicy('waf-badbots-off', {
        managedRules: {
          managedRuleSets: [
            { ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' },
            { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.0', ruleGroupOverrides: [{ ruleGroupName: 'BadBots' }] },
          ],
        },
      }),
    ],
  },
  { name: 'OWASP 3.2 and bot manager 1.0', expect: 'PASS', target: target('waf-web'), resources: [wafPolicy('waf-web')] },
  {
    name: 'policy associated with a listener only, no bot rules',
    expect: 'FAIL',
    target: target('waf-listener'),
    resources: [
      wafPolicy('waf-listener', {
        applicationGateways: undefined,
        httpListeners: [{ id: '/subscriptions/x/resourceGroups/rg-app/providers/Microsoft.Network/applicationGateways/agw-web/httpListeners/api' }],
        managedRules: { managedRuleSets: [{ ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' }] },
      }),
    ],
  },
  { name: 'unassociated policy', expect: 'NOT_APPLICABLE', target: target('waf-spare'), resources: [wafPolicy('waf-spare', { applicationGateways: [] })] },
];
