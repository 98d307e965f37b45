import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type WafPolicyConfig } from '../../../../../src/providers/azure/model/index.js';
import { attachedTo, unattached } from '../waf.js';

export const rule = defineRule<WafPolicyConfig>({
  id: 'azure-network-waf-prevention-mode',
  services: ['network'],
  title: {
    en: 'Application Gateway WAF policies are enabled and in Prevention mode',
    ja: 'Application Gateway の WAF ポリシーが有効で、防止モードになっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.wafPolicy],
  requires: ['id', 'policySettings', 'applicationGateways', 'httpListeners', 'pathBasedRules'],
  frameworks: {
    'mcsb-1.0': ['NS-6'],
    'nist-800-53-r5': ['SC-7', 'SI-4', 'SI-4(4)'],
    'pci-dss-4.0': ['6.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that an Application Gateway WAF policy that is in use is enabled (policySettings.state Enabled) and in Prevention mode. In Detection mode the WAF only logs what its rules match and blocks nothing. Policies not associated with any gateway, listener or path rule are not applicable.',
      urgency: 'Act within days: a WAF left in Detection mode or disabled after tuning gives a false sense of protection to every application behind it.',
      risk: 'In Detection mode, or with the policy disabled, SQL injection, cross-site scripting and exploit attempts that the managed rules recognise are still forwarded to the backends; the logs record the attack while it succeeds.',
      recommendation:
        'After a short tuning period in Detection mode (add exclusions for legitimate traffic the rules flag), switch the policy to Prevention and keep it enabled. Monitor the WAF logs for blocked legitimate requests instead of leaving the whole policy in Detection.',
      console: [
        'In the Azure portal, open "Web Application Firewall policies (WAF)" and select the policy.',
        'On the "Overview" page, select "Switch to prevention mode" (and "Enable" if the policy is disabled).',
      ],
    },
    ja: {
      description:
        '使用中の Application Gateway の WAF ポリシーが有効（policySettings.state が Enabled）で、防止モードになっていることを確認します。検出モードの WAF は規則に一致したものを記録するだけで、何もブロックしません。どの Application Gateway、リスナー、パス ベースの規則にも関連付けられていないポリシーは対象外です。',
      urgency: '数日以内に対応してください。調整後も検出モードのまま、あるいは無効のままの WAF は、背後のすべてのアプリケーションに誤った安心感を与えます。',
      risk: '検出モードやポリシーが無効の状態では、マネージド規則が認識した SQL インジェクション、クロスサイト スクリプティング、攻撃コードもバックエンドに転送されます。攻撃が成功している間、ログに記録されるだけです。',
      recommendation:
        '検出モードで短期間の調整（規則が検出する正当な通信の除外の追加）を行った後、ポリシーを防止モードに切り替え、有効のまま維持してください。ポリシー全体を検出モードのままにするのではなく、正当な要求がブロックされていないか WAF のログを監視します。',
      console: [
        'Azure portal で「Web アプリケーション ファイアウォール ポリシー (WAF)」を開き、対象のポリシーを選択します。',
        '「概要」ページで「防止モードに切り替える」を選択します（ポリシーが無効の場合は「有効にする」も選択します）。',
      ],
    },
  },
  remediation: {
    cli: 'az network application-gateway waf-policy policy-setting update --resource-group RG_NAME --policy-name WAF_POLICY_NAME --state Enabled --mode Prevention',
    terraform: ['resource "azurerm_web_application_firewall_policy" "web" {', '  # ...', '  policy_settings {', '    enabled = true', '    mode    = "Prevention"', '  }', '}'].join('\n'),
    bicep: [
      "resource wafPolicy 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2024-05-01' = {",
      "  name: 'waf-policy-web'",
      '  location: location',
      '  properties: {',
      "    policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true }",
      "    managedRules: { managedRuleSets: [ { ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' } ] }",
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/policy-overview', 'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview#waf-modes'],
  evaluate(resource) {
    const skip = unattached(resource);
    if (skip) return skip;
    const { state, mode } = resource.config.policySettings!;
    const evidence = { state, mode, ...attachedTo(resource.config) };
    if (state === 'Disabled') {
      return fail({ en: `WAF policy ${resource.name} is disabled.`, ja: `WAF ポリシー ${resource.name} は無効になっています。` }, evidence);
    }
    if (mode === 'Detection') {
      return fail({ en: `WAF policy ${resource.name} is in Detection mode: it logs attacks but blocks nothing.`, ja: `WAF ポリシー ${resource.name} は検出モードです。攻撃を記録するだけで何もブロックしません。` }, evidence);
    }
    if (mode !== 'Prevention') {
      return notAssessed({ en: `The mode of WAF policy ${resource.name} was not collected.`, ja: `WAF ポリシー ${resource.name} のモードが収集されていません。` }, evidence);
    }
    return pass({ en: `WAF policy ${resource.name} is enabled in Prevention mode.`, ja: `WAF ポリシー ${resource.name} は防止モードで有効になっています。` }, evidence);
  },
});
