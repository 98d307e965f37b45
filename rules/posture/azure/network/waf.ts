/** WAF policy helpers shared by the WAF policy rules. Pure functions. */
import { notApplicable, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import type { WafPolicyConfig } from '../../../../src/providers/azure/model/index.js';

/** What the policy is attached to: gateways, listeners and path rules. */
export function attachments(policy: WafPolicyConfig): number {
  return (policy.applicationGateways?.length ?? 0) + (policy.httpListeners?.length ?? 0) + (policy.pathBasedRules?.length ?? 0);
}

/** NOT_APPLICABLE for a policy attached to nothing (it filters no traffic); undefined otherwise. */
export function unattached(resource: Resource<WafPolicyConfig>): RuleOutcome | undefined {
  if (attachments(resource.config) > 0) return undefined;
  return notApplicable({
    en: `WAF policy ${resource.name} is not associated with any application gateway, listener or path rule.`,
    ja: `WAF ポリシー ${resource.name} はどの Application Gateway、リスナー、パス ベースの規則にも関連付けられていません。`,
  });
}

/** Names of the gateways (and counts of listeners / path rules) the policy protects, for evidence. */
export function attachedTo(policy: WafPolicyConfig): Record<string, unknown> {
  return {
    applicationGateways: (policy.applicationGateways ?? []).map((g) => g.id?.split('/').pop()),
    listeners: policy.httpListeners?.length ?? 0,
    pathBasedRules: policy.pathBasedRules?.length ?? 0,
  };
}

export const WAF_POLICY_REMEDIATION_TERRAFORM_HEAD = [
  'resource "azurerm_web_application_firewall_policy" "web" {',
  '  name                = "waf-policy-web"',
  '  resource_group_name = azurerm_resource_group.example.name',
  '  location            = azurerm_resource_group.example.location',
];
