import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, azureUid, type ApplicationGatewayConfig, type WafPolicyConfig } from '../../../../../src/providers/azure/model/index.js';
import { gatewayTier } from '../appgw.js';

export const rule = defineRule<ApplicationGatewayConfig>({
  id: 'azure-network-appgw-waf-enabled',
  services: ['network'],
  title: {
    en: 'Application gateways run the Web Application Firewall',
    ja: 'Application Gateway で Web アプリケーション ファイアウォール (WAF) が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.applicationGateway],
  requires: ['id', 'sku', 'firewallPolicy', 'webApplicationFirewallConfiguration'],
  reads: [AZURE_TYPES.wafPolicy],
  readsAcrossScopes: [AZURE_TYPES.wafPolicy],
  frameworks: {
    'cis-azure-6.0': ['7.10'],
    'mcsb-1.0': ['NS-6'],
    'nist-800-53-r5': ['SC-7', 'SI-4'],
    'pci-dss-4.0': ['6.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that the application gateway is on a WAF tier and that its firewall is on: a WAF_v2 gateway with an associated WAF policy whose state is Enabled (or, for gateways not yet migrated, an enabled legacy WAF configuration). Standard, Standard_v2 and Basic gateways have no WAF and fail.',
      urgency: 'Act within days: the gateway publishes web applications to the internet, where injection and other OWASP Top 10 attacks arrive continuously.',
      risk: 'Without a WAF, SQL injection, cross-site scripting, remote file inclusion, protocol abuse and known-CVE exploit attempts go straight to the backend applications. A single unpatched or poorly written endpoint can then leak data or give an attacker code execution.',
      recommendation:
        'Move the gateway to the WAF_v2 tier and associate a WAF policy in Prevention mode with the latest Default Rule Set (or OWASP CRS 3.2), after a short period in Detection mode to tune exclusions. Migrate gateways that still use the legacy WAF configuration to a WAF policy.',
      console: [
        'In the Azure portal, open "Application gateways" and select the gateway.',
        'Under "Settings", open "Web application firewall".',
        'Upgrade the tier to "WAF V2" if needed, then create or select a WAF policy under "WAF policy" and click "Save".',
        'In the WAF policy, confirm that the policy is enabled and set the mode to Prevention once tuning is done.',
      ],
    },
    ja: {
      description:
        'Application Gateway が WAF レベルで、ファイアウォールが有効になっていることを確認します。具体的には、WAF_v2 ゲートウェイに状態が「有効」の WAF ポリシーが関連付けられていること（移行前のゲートウェイでは従来の WAF 構成が有効であること）です。Standard、Standard_v2、Basic のゲートウェイには WAF がないため不合格となります。',
      urgency: '数日以内に対応してください。ゲートウェイは Web アプリケーションをインターネットに公開しており、インジェクションなどの OWASP Top 10 の攻撃が絶えず届きます。',
      risk: 'WAF がないと、SQL インジェクション、クロスサイト スクリプティング、リモート ファイル インクルード、プロトコルの悪用、既知の CVE を狙う攻撃がそのままバックエンドのアプリケーションに届きます。修正されていないエンドポイントや作りの甘いエンドポイントが 1 つあるだけで、データの漏えいや攻撃者によるコード実行につながります。',
      recommendation:
        'ゲートウェイを WAF_v2 レベルに移行し、最新の既定の規則セット (DRS)（または OWASP CRS 3.2）を使用した防止モードの WAF ポリシーを関連付けてください。除外の調整のため、短期間は検出モードで運用してから切り替えます。従来の WAF 構成を使用しているゲートウェイは WAF ポリシーに移行してください。',
      console: [
        'Azure portal で「アプリケーション ゲートウェイ」を開き、対象のゲートウェイを選択します。',
        '「設定」の「Web アプリケーション ファイアウォール」を開きます。',
        '必要に応じてレベルを「WAF V2」にアップグレードし、「WAF ポリシー」で WAF ポリシーを作成または選択して「保存」をクリックします。',
        'WAF ポリシーでポリシーが有効であることを確認し、調整が終わったらモードを「防止」に設定します。',
      ],
    },
  },
  remediation: {
    cli: [
      'az network application-gateway waf-policy create --resource-group RG_NAME --name waf-policy-web --type OWASP --version 3.2',
      'az network application-gateway waf-policy policy-setting update --resource-group RG_NAME --policy-name waf-policy-web --state Enabled --mode Prevention',
      'az network application-gateway update --resource-group RG_NAME --name AGW_NAME --sku WAF_v2 \\',
      '  --set firewallPolicy.id=$(az network application-gateway waf-policy show -g RG_NAME -n waf-policy-web --query id -o tsv)',
    ].join('\n'),
    terraform: [
      'resource "azurerm_web_application_firewall_policy" "web" {',
      '  name                = "waf-policy-web"',
      '  resource_group_name = azurerm_resource_group.example.name',
      '  location            = azurerm_resource_group.example.location',
      '  policy_settings {',
      '    enabled = true',
      '    mode    = "Prevention"',
      '  }',
      '  managed_rules {',
      '    managed_rule_set {',
      '      type    = "OWASP"',
      '      version = "3.2"',
      '    }',
      '  }',
      '}',
      '',
      'resource "azurerm_application_gateway" "web" {',
      '  # ...',
      '  sku {',
      '    name = "WAF_v2"',
      '    tier = "WAF_v2"',
      '  }',
      '  firewall_policy_id = azurerm_web_application_firewall_policy.web.id',
      '}',
    ].join('\n'),
    bicep: [
      "resource wafPolicy 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2024-05-01' = {",
      "  name: 'waf-policy-web'",
      '  location: location',
      '  properties: {',
      "    policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true }",
      "    managedRules: { managedRuleSets: [ { ruleSetType: 'OWASP', ruleSetVersion: '3.2' } ] }",
      '  }',
      '}',
      '',
      "resource appGateway 'Microsoft.Network/applicationGateways@2024-05-01' = {",
      '  name: gatewayName',
      '  location: location',
      '  properties: {',
      '    // ...',
      "    sku: { name: 'WAF_v2', tier: 'WAF_v2' }",
      '    firewallPolicy: { id: wafPolicy.id }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview',
    'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/policy-overview',
  ],
  evaluate(resource, ctx) {
    const gw = resource.config;
    const tier = gatewayTier(gw);
    const legacy = gw.webApplicationFirewallConfiguration;
    const policyId = gw.firewallPolicy?.id;
    const evidence = { tier, firewallPolicy: policyId?.split('/').pop(), legacyWafEnabled: legacy?.enabled };
    if (tier !== 'WAF_v2' && tier !== 'WAF') {
      return fail(
        { en: `Application gateway ${resource.name} is on the ${tier ?? 'unknown'} tier, which has no Web Application Firewall.`, ja: `Application Gateway ${resource.name} は WAF のない ${tier ?? '不明な'} レベルです。` },
        evidence,
      );
    }
    if (policyId) {
      const policy = ctx.byUid<WafPolicyConfig>(azureUid(policyId));
      if (!policy) {
        return notAssessed(
          { en: `The WAF policy ${policyId} of ${resource.name} is not in the snapshot, so whether it is enabled is unknown.`, ja: `${resource.name} の WAF ポリシー ${policyId} がスナップショットにないため、有効かどうかを判断できません。` },
          evidence,
        );
      }
      const state = policy.config.policySettings?.state;
      const mode = policy.config.policySettings?.mode;
      if (state === 'Disabled') {
        return fail(
          { en: `The WAF policy ${policy.name} of application gateway ${resource.name} is disabled.`, ja: `Application Gateway ${resource.name} の WAF ポリシー ${policy.name} は無効になっています。` },
          { ...evidence, policyState: state, policyMode: mode },
        );
      }
      return pass(
        { en: `Application gateway ${resource.name} runs WAF policy ${policy.name} (${mode ?? 'mode not set'}).`, ja: `Application Gateway ${resource.name} は WAF ポリシー ${policy.name}（${mode ?? 'モード未設定'}）を使用しています。` },
        { ...evidence, policyState: state ?? 'Enabled', policyMode: mode },
      );
    }
    if (legacy?.enabled === true) {
      return pass(
        {
          en: `Application gateway ${resource.name} runs the legacy WAF configuration (${legacy.firewallMode}); migrate it to a WAF policy.`,
          ja: `Application Gateway ${resource.name} は従来の WAF 構成（${legacy.firewallMode}）を使用しています。WAF ポリシーに移行してください。`,
        },
        evidence,
      );
    }
    return fail(
      { en: `Application gateway ${resource.name} is on the ${tier} tier but has no WAF policy and no enabled WAF configuration.`, ja: `Application Gateway ${resource.name} は ${tier} レベルですが、WAF ポリシーも有効な WAF 構成もありません。` },
      evidence,
    );
  },
});
