import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type WafPolicyConfig } from '../../../../../src/providers/azure/model/index.js';
import { attachedTo, unattached } from '../waf.js';

export const rule = defineRule<WafPolicyConfig>({
  id: 'azure-network-waf-request-body-inspection',
  services: ['network'],
  title: {
    en: 'Application Gateway WAF policies inspect request bodies',
    ja: 'Application Gateway の WAF ポリシーで要求本文の検査が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.wafPolicy],
  requires: ['id', 'policySettings', 'applicationGateways', 'httpListeners', 'pathBasedRules'],
  frameworks: {
    'cis-azure-6.0': ['7.14'],
    'mcsb-1.0': ['NS-6'],
    'nist-800-53-r5': ['SC-7', 'SI-4'],
    'pci-dss-4.0': ['6.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that the Application Gateway WAF policy has request body inspection on (policySettings.requestBodyCheck, "Request body inspection" in the portal). Policies not associated with any gateway, listener or path rule are not applicable.',
      urgency: 'Fix within the month: with inspection off, the WAF silently lets through every attack sent in a POST, PUT or JSON body.',
      risk: 'Most application input (forms, JSON and XML APIs, file uploads) travels in the request body. Without inspecting it, the managed rules only see the URL and headers, so SQL injection, cross-site scripting and command injection payloads in bodies reach the application unfiltered.',
      recommendation:
        'Turn request body inspection on and keep the inspection limit high enough for your payloads (up to 2 MB on CRS 3.2 / DRS 2.1 and later). If a specific endpoint needs large uploads, raise the file upload limit or add a per-URI exclusion instead of disabling inspection for the whole policy.',
      console: [
        'In the Azure portal, open "Web Application Firewall policies (WAF)" and select the policy.',
        'Under "Settings", open "Policy settings".',
        'Turn on "Enforce request body inspection" / "Request body inspection" and set the inspection limit, then click "Save".',
      ],
    },
    ja: {
      description:
        'Application Gateway の WAF ポリシーで要求本文の検査（policySettings.requestBodyCheck、ポータルでは「要求本文の検査」）が有効になっていることを確認します。どの Application Gateway、リスナー、パス ベースの規則にも関連付けられていないポリシーは対象外です。',
      urgency: '1 か月以内に対応してください。検査が無効だと、POST、PUT、JSON の本文で送られる攻撃を WAF はすべて黙って通過させます。',
      risk: 'アプリケーションへの入力の多く（フォーム、JSON や XML の API、ファイルのアップロード）は要求本文で送られます。本文を検査しないとマネージド規則は URL とヘッダーしか見ないため、本文に含まれる SQL インジェクション、クロスサイト スクリプティング、コマンド インジェクションのペイロードがフィルタリングされずにアプリケーションに届きます。',
      recommendation:
        '要求本文の検査を有効にし、ペイロードに合わせて検査の上限を十分に大きくしてください（CRS 3.2 / DRS 2.1 以降では最大 2 MB）。特定のエンドポイントで大きなアップロードが必要な場合は、ポリシー全体で検査を無効にするのではなく、ファイル アップロードの上限を上げるか URI ごとの除外を追加します。',
      console: [
        'Azure portal で「Web アプリケーション ファイアウォール ポリシー (WAF)」を開き、対象のポリシーを選択します。',
        '「設定」の「ポリシー設定」を開きます。',
        '「要求本文の検査」をオンにして検査の上限を設定し、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az network application-gateway waf-policy policy-setting update --resource-group RG_NAME --policy-name WAF_POLICY_NAME --request-body-check true --request-body-inspect-limit-in-kb 128',
    terraform: [
      'resource "azurerm_web_application_firewall_policy" "web" {',
      '  # ...',
      '  policy_settings {',
      '    enabled                     = true',
      '    mode                        = "Prevention"',
      '    request_body_check          = true',
      '    request_body_inspect_limit_in_kb = 128',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource wafPolicy 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2024-05-01' = {",
      "  name: 'waf-policy-web'",
      '  location: location',
      '  properties: {',
      "    policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true, requestBodyInspectLimitInKB: 128 }",
      "    managedRules: { managedRuleSets: [ { ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' } ] }",
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/application-gateway-waf-request-size-limits', 'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/policy-overview'],
  evaluate(resource) {
    const skip = unattached(resource);
    if (skip) return skip;
    const settings = resource.config.policySettings!;
    // The API defaults requestBodyCheck to true; only an explicit false turns inspection off.
    const check = settings.requestBodyCheck ?? true;
    const evidence = { requestBodyCheck: check, requestBodyInspectLimitInKB: settings.requestBodyInspectLimitInKB, ...attachedTo(resource.config) };
    if (check) {
      return pass({ en: `WAF policy ${resource.name} inspects request bodies.`, ja: `WAF ポリシー ${resource.name} は要求本文を検査しています。` }, evidence);
    }
    return fail({ en: `WAF policy ${resource.name} does not inspect request bodies.`, ja: `WAF ポリシー ${resource.name} は要求本文を検査していません。` }, evidence);
  },
});
